// `npm start`: builds the web app when needed, then runs the server (embedded database and demo
// data by default; DATABASE_URL switches to PostgreSQL). Signals are passed on for a clean shutdown.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureWebBuilt, root } from './lib.mjs';

await ensureWebBuilt();
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], { stdio: 'inherit', cwd: process.cwd() });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
