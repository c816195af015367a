// Award dossiers, council ballots and decision numbering: pure rules (issue #4).
export * from './workflow.js';
export * from './deadlines.js';
export * from './ballot.js';
export * from './numbering.js';
export * from './notice.js';
export * from './decision-summary.js';
