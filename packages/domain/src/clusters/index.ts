// Clusters and blocks (cụm, khối thi đua) and emulation movements: pure rules (issue #5).
export * from './scoring.js';
export * from './ranking.js';
export * from './ballot.js';
export * from './quota.js';
export * from './rotation.js';
export * from './movement.js';
