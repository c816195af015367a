import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The real process on the embedded database: restart, kill -9, the data-directory lock, damage
// detection and restore. PGlite only (PostgreSQL durability is PostgreSQL's own).
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-proc-'));
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function start(port: number): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(apiDir, 'src/server.ts')], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO: '1', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitHealthy(port: number, exited: Promise<number | null>) {
  const deadline = Date.now() + 90_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return (await r.json()) as { database: string };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

async function login(port: number) {
  const r = await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chuyenvien', password: 'demo' }) });
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken, user } = (await r.json()) as { csrfToken: string; user: { homeOrgId: string } };
  return { cookie, csrfToken, orgId: user.homeOrgId };
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(onPostgres)('the server process on the embedded database', () => {
  it('starts, keeps data across a clean restart and a kill -9, refuses a second process, and refuses a damaged directory with the restore command', { timeout: 300_000 }, async () => {
    const port = await freePort();
    const a = await start(port);
    expect((await waitHealthy(port, a.exited)).database).toBe('pglite');
    const s = await login(port);
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      body: JSON.stringify({ fullName: 'Nguyễn Thị Bền Bỉ', birthYear: 1980, ownerOrgId: s.orgId }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;

    // A second process on the same directory is refused (no silent corruption).
    const b = await start(await freePort());
    expect(await b.exited).toBe(2);
    expect(b.output()).toMatch(/đang được tiến trình khác sử dụng/);

    // kill -9, then start again: the data is there (and a backup was taken before migrating).
    a.child.kill('SIGKILL');
    await a.exited;
    const c = await start(port);
    await waitHealthy(port, c.exited);
    const s2 = await login(port);
    const got = await fetch(`http://127.0.0.1:${port}/api/v1/people/${id}`, { headers: { cookie: s2.cookie } });
    expect(got.status).toBe(200);
    expect(((await got.json()) as { fullName: string }).fullName).toBe('Nguyễn Thị Bền Bỉ');
    expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBeGreaterThanOrEqual(1);

    // Clean shutdown on SIGTERM releases the lock.
    c.child.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'thidua.lock'))).toBe(false);

    // Damage the data directory: start-up refuses and names the restore command.
    const pgDir = path.join(dataDir, 'pglite');
    fs.rmSync(path.join(pgDir, 'global', 'pg_control'), { force: true });
    const d = await start(port);
    expect(await d.exited).toBe(2);
    expect(d.output()).toMatch(/npx thidua restore --latest/);

    // Restore from the automatic backup and start again.
    const restore = spawn(process.execPath, [path.join(apiDir, 'bin/thidua.mjs'), 'restore', '--latest'], { cwd: apiDir, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'pipe' });
    expect(await new Promise((r) => restore.on('exit', r))).toBe(0);
    const e = await start(port);
    await waitHealthy(port, e.exited);
    const s3 = await login(port);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/people/${id}`, { headers: { cookie: s3.cookie } })).status).toBe(200);
    e.child.kill('SIGTERM');
    await e.exited;
  });
});
