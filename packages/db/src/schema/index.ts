export * from './organisations.js';
export * from './people.js';
export * from './identity.js';
export * from './calendar.js';
export * from './ledger.js';
export * from './registry.js';
export * from './dossiers.js';
export * from './clusters.js';
