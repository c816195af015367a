export * from './errors.js';
export * from './common.js';
export * from './organisations.js';
export * from './people.js';
export * from './identity.js';
export * from './misc.js';
export * from './eligibility.js';
