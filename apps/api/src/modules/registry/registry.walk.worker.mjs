// Bootstrap of the import walk's worker thread (registry.walk.ts): registers tsx, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./registry.walk.worker.ts');
