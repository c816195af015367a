// The pure core: no I/O, no framework, no clock. Callers pass `now`/`asOf`.
// export * from './eligibility/index.js'; // TEMP
export * from './calendar/index.js';
export * from './text/index.js';
export * from './organisations/index.js';
