import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDb, seedReferenceData } from '@thidua/db';
import { loadConfig } from '../src/config.js';
import { seedDemo } from '../src/demo/seed.js';
import { IdentityService } from '../src/modules/identity/identity.service.js';
import { ensureServerSecret } from '../src/modules/system/secret.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/**
 * Builds one migrated database with reference and demo data, once per run. Every test file then
 * starts from its own copy (PGlite: loadDataDir of the dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const config = loadConfig({ DEMO: '1', DEMO_PASSWORD: 'demo' } as NodeJS.ProcessEnv);
  if (url) {
    const template = `thidua_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const tplUrl = withDb(url, template);
    const h = await openDb({ databaseUrl: tplUrl });
    await seedReferenceData(h.db);
    await seedDemo(h.db, new IdentityService({ db: h.db, config, now: () => new Date(), dbKind: 'postgres' }, await ensureServerSecret(h.db)), 'demo', { registry: false });
    await h.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      // Drop the per-file databases and the template.
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'thidua_t_${process.pid}_%' OR datname = $1`, [template]);
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const h = await openDb({ dataDir: 'memory' });
  await seedReferenceData(h.db);
  await seedDemo(h.db, new IdentityService({ db: h.db, config, now: () => new Date(), dbKind: 'pglite' }, await ensureServerSecret(h.db)), 'demo', { registry: false });
  const blob = (await h.pglite!.dumpDataDir('none')) as Blob;
  const file = path.join(os.tmpdir(), `thidua-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await h.close();
  project.provide('dbTemplate', { kind: 'pglite', file });
  return () => fs.rmSync(file, { force: true });
}

export function withDb(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
