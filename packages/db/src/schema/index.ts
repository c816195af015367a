export * from './organisations.js';
export * from './people.js';
export * from './identity.js';
export * from './calendar.js';
export * from './ledger.js';
