import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DatabaseStartError } from './errors.js';

/**
 * Backups of the embedded database: a gzip tarball of the data directory made by PGlite itself
 * (`dumpDataDir`), restorable with `loadDataDir`. Taken at start-up before migrating and daily; the
 * last `keep` are kept. PostgreSQL deployments use pg_dump / WAL archiving (docs/operations.md).
 */
export function backupDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'backups');
}

export async function backupPglite(pglite: PGlite, dataDir: string, keep = 7, now = new Date()): Promise<string> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `thidua-${stamp}.tar.gz`);
  const blob = (await pglite.dumpDataDir('gzip')) as Blob;
  const tmp = `${file}.part`;
  fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(tmp, file);
  pruneBackups(dir, keep);
  return file;
}

export function listBackups(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^thidua-.*\.tar\.gz$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function pruneBackups(dir: string, keep: number) {
  const files = fs.readdirSync(dir).filter((f) => /^thidua-.*\.tar\.gz$/.test(f)).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f), { force: true });
}

/**
 * Replaces the embedded data directory with a backup. The damaged directory is moved aside
 * (`pglite.damaged-<time>`), never deleted.
 */
export async function restorePglite(dataDir: string, backupFile?: string): Promise<{ restoredFrom: string; movedAside?: string }> {
  const abs = path.resolve(dataDir);
  const file = backupFile ?? listBackups(abs).at(-1);
  if (!file || !fs.existsSync(file)) {
    throw new DatabaseStartError('backup_missing', `Không tìm thấy bản sao lưu trong ${backupDir(abs)}.`);
  }
  const pgDir = path.join(abs, 'pglite');
  let movedAside: string | undefined;
  if (fs.existsSync(pgDir)) {
    movedAside = `${pgDir}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(pgDir, movedAside);
  }
  fs.mkdirSync(pgDir, { recursive: true });
  const buf = fs.readFileSync(file);
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const pglite = await PGlite.create({
    dataDir: pgDir,
    loadDataDir: new Blob([buf]),
    extensions: { pg_trgm, unaccent },
  });
  await pglite.query('SELECT 1');
  await pglite.close();
  return { restoredFrom: file, ...(movedAside ? { movedAside } : {}) };
}
