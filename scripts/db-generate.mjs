// npm run db:generate -- <module> <name> [--custom]
// Generates the next SQL migration of one module from its Drizzle schema files (ADR 0004).
// Serialised with a lock file so that two developers' runs on one tree never interleave.
import fs from 'node:fs';
import path from 'node:path';
import { root, run } from './lib.mjs';

const [mod, name, ...rest] = process.argv.slice(2);
const config = path.join(root, 'packages/db/drizzle', `${mod}.config.ts`);
if (!mod || !name || !fs.existsSync(config)) {
  console.error('usage: npm run db:generate -- <module> <name> [--custom]   (modules: ' + fs.readdirSync(path.join(root, 'packages/db/drizzle')).map((f) => f.replace('.config.ts', '')).join(', ') + ')');
  process.exit(1);
}
const lock = path.join(root, 'packages/db/.generate.lock');
for (let i = 0; ; i++) {
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    break;
  } catch {
    if (i > 120) throw new Error(`lock held: ${lock}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
try {
  process.exitCode = await run(path.join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config, `--name=${name}`, ...rest]);
} finally {
  fs.rmSync(lock, { force: true });
}
