import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';
import { acquireDirLock, type DirLock } from './lock.js';
import { DatabaseStartError } from './errors.js';

export type Schema = typeof schema;
// Both drivers expose the same query builder; the app is typed against the common base.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = PgDatabase<any, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Db | Tx;

const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
/**
 * Migration folders in dependency order, each with its own history table (ADR 0004). A module's
 * folder is applied only when it holds a journal.
 */
export const MIGRATION_MODULES = ['core', 'ledger', 'registry', 'dossiers', 'clusters'] as const;
export function migrationSets() {
  return MIGRATION_MODULES.filter((m) => fs.existsSync(path.join(migrationsRoot, m, 'meta', '_journal.json'))).map((m) => ({
    migrationsFolder: path.join(migrationsRoot, m),
    migrationsTable: `__drizzle_migrations_${m}`,
    migrationsSchema: 'drizzle',
  }));
}

export type DbKind = 'pglite' | 'postgres';

export interface OpenDbOptions {
  /** `postgres://…` for PostgreSQL; otherwise the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database (its files live in `<dataDir>/pglite`). `memory` for tests. */
  dataDir?: string | undefined;
  /** For tests: start the embedded database from a dump of a migrated one. */
  loadDataDir?: Blob | undefined;
  migrate?: boolean;
  poolMax?: number;
}

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Runs raw SQL text (used by backup/maintenance); returns rows. */
  exec(text: string): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
  /** Applies pending migrations (openDb does it unless `migrate: false`). */
  migrate(): Promise<void>;
  /** True when the embedded data directory already held a database before this open. */
  existed?: boolean;
  close(): Promise<void>;
}

const MARKER = 'thidua-data.json';

export async function openDb(opts: OpenDbOptions): Promise<DbHandle> {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) return openPostgres(opts.databaseUrl, opts);
  return openPglite(opts);
}

async function openPostgres(url: string, opts: OpenDbOptions): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolMax ?? 10 });
  // An idle connection closed by the server (restart, failover, a dropped test database) must not crash
  // the process: the pool discards it and opens a new one on the next query.
  pool.on('error', (e) => {
    if (!closing) console.error(`[thidua] PostgreSQL: kết nối nhàn rỗi bị đóng (${(e as Error).message})`);
  });
  let closing = false;
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end();
    throw new DatabaseStartError('database_unreachable', `Không kết nối được PostgreSQL: ${(e as Error).message}`);
  }
  if (opts.migrate !== false) await migratePostgres(url);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pool,
    migrate: () => migratePostgres(url),
    exec: async (text) => {
      await pool.query(text);
    },
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

async function openPglite(opts: OpenDbOptions): Promise<DbHandle> {
  const memory = !opts.dataDir || opts.dataDir === 'memory';
  let lock: DirLock | undefined;
  let pgDir: string | undefined;
  let existed = false;
  if (!memory) {
    const dataDir = path.resolve(opts.dataDir!);
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDirLock(dataDir);
    pgDir = path.join(dataDir, 'pglite');
    const markerPath = path.join(dataDir, MARKER);
    const hasMarker = fs.existsSync(markerPath);
    const hasCluster = fs.existsSync(path.join(pgDir, 'PG_VERSION'));
    existed = hasCluster;
    if (hasMarker && !hasCluster) {
      lock.release();
      throw new DatabaseStartError(
        'data_dir_damaged',
        damagedMessage(dataDir, 'thư mục cơ sở dữ liệu đã được khởi tạo trước đây nhưng không còn dữ liệu'),
      );
    }
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(pgDir ? { dataDir: pgDir } : {}),
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      extensions: { pg_trgm, unaccent },
      // PGlite keeps up to 1 GB of WAL by default; cap it (tech spike §1).
      postgresqlconf: ['max_wal_size = 64MB', 'min_wal_size = 32MB'],
    });
    await pglite.query('SELECT 1');
  } catch (e) {
    lock?.release();
    if (memory) throw e;
    throw new DatabaseStartError('data_dir_damaged', damagedMessage(path.resolve(opts.dataDir!), (e as Error).message));
  }
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  if (opts.migrate !== false) {
    await pglite.exec(LEGACY_HISTORY_SQL);
    for (const set of migrationSets()) await migratePglite(drizzlePglite(pglite, { schema }), set);
  }
  if (!memory) {
    const markerPath = path.join(path.resolve(opts.dataDir!), MARKER);
    if (!fs.existsSync(markerPath)) {
      fs.writeFileSync(markerPath, JSON.stringify({ engine: 'pglite', pgliteVersion: '0.5.16', initialisedAt: new Date().toISOString() }));
    }
  }
  return {
    db,
    kind: 'pglite',
    pglite,
    existed,
    migrate: async () => {
      await pglite.exec(LEGACY_HISTORY_SQL);
      for (const set of migrationSets()) await migratePglite(drizzlePglite(pglite, { schema }), set);
    },
    exec: async (text) => {
      await pglite.exec(text);
    },
    close: async () => {
      try {
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Data directories made before migrations were split per module (2026-11-25, ADR 0004) recorded
 * the core migrations in drizzle.__drizzle_migrations: carry that history over once.
 */
const LEGACY_HISTORY_SQL = `DO $$ BEGIN
  IF to_regclass('drizzle.__drizzle_migrations') IS NOT NULL THEN
    CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations_core (LIKE drizzle.__drizzle_migrations INCLUDING ALL);
    IF NOT EXISTS (SELECT 1 FROM drizzle.__drizzle_migrations_core) THEN
      INSERT INTO drizzle.__drizzle_migrations_core SELECT * FROM drizzle.__drizzle_migrations;
    END IF;
  END IF;
END $$;`;

/** One migrator at a time across processes: an advisory lock on a dedicated connection. */
async function migratePostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7462011)');
    await client.query(LEGACY_HISTORY_SQL);
    for (const set of migrationSets()) await migratePg(drizzlePg(client, { schema }), set);
  } finally {
    await client.query('SELECT pg_advisory_unlock(7462011)').catch(() => undefined);
    await client.end();
  }
}

function damagedMessage(dataDir: string, reason: string): string {
  return (
    `Cơ sở dữ liệu nhúng tại ${dataDir} bị hỏng hoặc không đọc được (${reason}). ` +
    `thidua không khởi động để tránh chạy trên dữ liệu rỗng. Khôi phục bản sao lưu gần nhất bằng lệnh: ` +
    `npx thidua restore --latest --data-dir ${dataDir}`
  );
}

/** Tables planned statistics for after bulk loads (PGlite has no autovacuum). */
export async function analyze(db: DbOrTx): Promise<void> {
  await db.execute(sql`ANALYZE`);
}
