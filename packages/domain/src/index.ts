// The pure core: no I/O, no framework, no clock. Callers pass `now`/`asOf`.
export * from './eligibility/index.js';
export * from './calendar/index.js';
export * from './text/index.js';
export * from './organisations/index.js';
export * from './clusters/index.js';
export * from './dossiers/index.js';
export * from './registry/index.js';
