import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDb, type DbHandle } from '@thidua/db';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { withDb } from './global-setup.js';

/** A movable clock for expiry tests. */
export class FakeClock {
  constructor(public t = new Date('2026-11-25T03:00:00Z')) {}
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  handle: DbHandle;
  clock: FakeClock;
  config: Config;
  close(): Promise<void>;
}

/** The real app on a fresh copy of the migrated, seeded template database (PGlite or PostgreSQL). */
export async function createTestApp(opts: { env?: Record<string, string>; clock?: FakeClock } = {}): Promise<TestApp> {
  const tpl = inject('dbTemplate');
  const config = loadConfig({ DEMO: '1', DEMO_PASSWORD: 'demo', LOG_LEVEL: 'silent', ...opts.env } as NodeJS.ProcessEnv);
  let handle: DbHandle;
  let drop: (() => Promise<void>) | undefined;
  if (tpl.kind === 'pglite') {
    handle = await openDb({ dataDir: 'memory', loadDataDir: new Blob([fs.readFileSync(tpl.file)]) });
  } else {
    const name = `thidua_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: tpl.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tpl.template}`);
    await admin.end();
    handle = await openDb({ databaseUrl: withDb(tpl.url, name), poolMax: 5 });
    drop = async () => {
      const c = new pg.Client({ connectionString: tpl.url });
      await c.connect();
      // Let the pool's connections finish closing first: FORCE-killing a connection that is still saying
      // goodbye makes its client emit an error nobody listens to any more.
      for (let i = 0; i < 60; i++) {
        const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0]!.n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const clock = opts.clock ?? new FakeClock();
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config: { ...config, database: handle.kind }, now: clock.now, logger: false });
  await app.ready();
  return {
    app,
    handle,
    clock,
    config,
    close: async () => {
      await app.close();
      await handle.close();
      await drop?.();
    },
  };
}

/** A logged-in client: carries the session cookie and the CSRF token like the web app does. */
export class Client {
  cookies: Record<string, string> = {};
  csrf: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  async login(username: string, password = 'demo') {
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookie = Object.entries(this.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.ip,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined && typeof body === 'object' && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) } : {}),
    });
    for (const c of res.cookies) {
      if (c.value === '' || (c as { maxAge?: number }).maxAge === 0) delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
    return res;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', url, body ?? {}, headers);
}

export async function loggedIn(app: FastifyInstance, username: string, ip?: string) {
  const c = new Client(app, ip);
  const res = await c.login(username);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return c;
}
