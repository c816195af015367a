import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER, multipart } from './registry.helpers.js';

// A registry import killed (kill -9) in the middle of its commit resumes after a restart: every
// row ends up stored exactly once. The real server process on the embedded database.
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-regcrash-'));
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

function start(port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(apiDir, 'src/server.ts')], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DEMO: '1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function waitHealthy(port: number) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
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
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hoà', 'Hóa', 'Lan', 'Mai', 'Nam', 'Thảo'];

describe.skipIf(onPostgres)('registry import across a crash', () => {
  it('kill -9 during the commit of 20,000 rows, restart: resumes, every row stored once', { timeout: 600_000 }, async () => {
    const N = 20_000;
    const lines = [HEADER];
    for (let i = 0; i < N; i++) {
      const name = `${FAMILY[i % 8]} ${MIDDLE[(i >> 3) % 5]} ${GIVEN[(i >> 5) % 10]}`;
      lines.push(`${name},${1950 + (i % 50)},,Hưng Yên,Hưng Yên,bang_khen_tinh,cong_trang,2020,${i + 1}/QĐ-THU,15/01/2021,UBND tỉnh Hưng Yên,`);
    }
    const port = await freePort();
    const a = start(port, { THIDUA_IMPORT_BATCH_DELAY_MS: '150' });
    await waitHealthy(port);
    const s = await login(port);
    const m = multipart('lon.csv', lines.join('\r\n'));
    const up = await fetch(`http://127.0.0.1:${port}/api/v1/registry/imports?commit=true`, { method: 'POST', headers: { ...m.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken }, body: m.body });
    expect(up.status).toBe(202);
    const { id } = (await up.json()) as { id: string };
    const status = async (p: number, cookie: string) => (await (await fetch(`http://127.0.0.1:${p}/api/v1/registry/imports/${id}`, { headers: { cookie } })).json()) as { status: string; lastCommittedRow: number; counts: { valid: number; created: number; existing: number } };
    let st = await status(port, s.cookie);
    const deadline = Date.now() + 240_000;
    while (!(st.status === 'committing' && st.lastCommittedRow > 3000) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      st = await status(port, s.cookie);
    }
    expect(st.status).toBe('committing');
    a.child.kill('SIGKILL');
    await a.exited;
    const before = st.lastCommittedRow;
    expect(before).toBeLessThan(N + 1);

    const b = start(port);
    await waitHealthy(port);
    const s2 = await login(port);
    let done = await status(port, s2.cookie);
    const deadline2 = Date.now() + 300_000;
    while (done.status !== 'committed' && done.status !== 'failed' && Date.now() < deadline2) {
      await new Promise((r) => setTimeout(r, 250));
      done = await status(port, s2.cookie);
    }
    expect(done.status).toBe('committed');
    expect(done.counts.valid).toBe(N);
    expect(done.counts.created + done.counts.existing).toBe(N);
    expect(done.counts.created).toBe(N);
    // No duplicates: the export holds every row exactly once.
    const exp = await (await fetch(`http://127.0.0.1:${port}/api/v1/registry/export.csv`, { headers: { cookie: s2.cookie } })).text();
    const numbers = exp.split('\r\n').slice(1).filter(Boolean).map((l) => /,(\d+\/QĐ-THU),/.exec(l)?.[1]).filter(Boolean);
    expect(numbers.length).toBe(N);
    expect(new Set(numbers).size).toBe(N);
    b.child.kill('SIGTERM');
    await b.exited;
  });
});
