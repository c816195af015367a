// Shared helpers of the npm scripts (plain Node, no dependencies).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const viteBin = [path.join(root, 'apps/web/node_modules/.bin/vite'), path.join(root, 'node_modules/.bin/vite')].find((p) => fs.existsSync(p));

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its sources (or the shared packages it uses) are newer than the bundle. */
export async function ensureWebBuilt({ force = false } = {}) {
  const web = path.join(root, 'apps/web');
  if (!fs.existsSync(path.join(web, 'index.html'))) return false;
  const dist = path.join(web, 'dist/index.html');
  const stale =
    force ||
    !fs.existsSync(dist) ||
    fs.statSync(dist).mtimeMs < Math.max(newestMtime(web), newestMtime(path.join(root, 'packages/contracts')), newestMtime(path.join(root, 'packages/i18n')));
  if (!stale) return true;
  if (!viteBin) throw new Error('vite is not installed: run npm install');
  console.log('[thidua] Đang dựng giao diện web (vite build)…');
  const code = await run(viteBin, ['build', '--logLevel', 'warn'], { cwd: web });
  if (code !== 0) throw new Error('vite build failed');
  return true;
}

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function canConnect(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on('connect', () => done(true));
    s.on('error', () => done(false));
  });
}
