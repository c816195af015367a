// Start-up time and read throughput of the real server (autocannon on loopback), on PGlite and
// on PostgreSQL. Outside CI. Run: node bench/http.bench.mjs [pglite|postgres]
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) — a scratch
// database is created and dropped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kinds = process.argv.slice(2).length ? process.argv.slice(2) : ['pglite', 'postgres'];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const freePort = () => new Promise((r) => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });

async function startServer(env) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts')], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (;;) {
    try { if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break; } catch { /* starting */ }
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, ms: performance.now() - t0 };
}
const stop = (child) => new Promise((r) => { child.on('exit', r); child.kill('SIGTERM'); });

async function login(port) {
  const r = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chuyenvien', password: 'demo' }) });
  return r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function cannon(url, headers) {
  return new Promise((resolve, reject) => autocannon({ url, connections: 10, duration: DURATION, headers }, (e, r) => (e ? reject(e) : resolve(r))));
}

const results = [];
for (const kind of kinds) {
  let env;
  let cleanup = async () => {};
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
    env = { DATA_DIR: dir, DATABASE_URL: '', DEMO: '1' };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `thidua_http_bench_${process.pid}`;
    const c = new pg.Client({ connectionString: base }); await c.connect(); await c.query(`CREATE DATABASE ${name}`); await c.end();
    const u = new URL(base); u.pathname = `/${name}`;
    env = { DATABASE_URL: u.toString(), DEMO: '1' };
    cleanup = async () => { const d = new pg.Client({ connectionString: base }); await d.connect(); await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await d.end(); };
  }
  const first = await startServer(env);
  await stop(first.child);
  const again = await startServer(env);
  const cookie = await login(again.port);
  const base = `http://127.0.0.1:${again.port}`;
  const routes = [
    ['GET /api/health', `${base}/api/health`],
    ['GET /api/v1/organisations?kind=province (34 rows)', `${base}/api/v1/organisations?kind=province&limit=100`],
    ['GET /api/v1/people?limit=20', `${base}/api/v1/people?limit=20`],
  ];
  for (const [label, url] of routes) {
    const r = await cannon(url, { cookie });
    results.push({ kind, label, rps: Math.round(r.requests.average), p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.non2xx });
  }
  await stop(again.child);
  await cleanup();
  results.push({ kind, label: 'start-up (first, empty store: create, migrate, seed)', ms: Math.round(first.ms) }, { kind, label: 'start-up (restart)', ms: Math.round(again.ms) });
}
console.log(JSON.stringify(results, null, 2));
for (const r of results) console.log(r.ms !== undefined ? `| ${r.kind} | ${r.label} | ${r.ms} ms |` : `| ${r.kind} | ${r.label} | ${r.rps} req/s | p50 ${r.p50} ms, p97.5 ${r.p97_5} ms, p99 ${r.p99} ms | errors ${r.errors} |`);
