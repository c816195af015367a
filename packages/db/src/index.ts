export * from './client.js';
export * from './errors.js';
export * from './backup.js';
export * from './reference.js';
export * from './ids.js';
export * as schema from './schema/index.js';
export * from './schema/index.js';
