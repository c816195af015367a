// Import profile (outside CI): times the phases of one import of the bench CSV on PostgreSQL or PGlite
// and samples the heap after forced GCs, so retained memory can be told from garbage not yet collected.
//   node --expose-gc --import tsx bench/registry/import-profile.ts --rows 200000 --db postgres://postgres@127.0.0.1:5432/postgres
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freshBenchDb } from './bench-db.js';
import { RegistryImportService, getImport, processImport, storeUpload } from '../../apps/api/src/modules/registry/registry.import.service.js';
import { readImportRows } from '../../apps/api/src/modules/registry/registry.file.js';
import { loadConfig } from '../../apps/api/src/config.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' }, db: { type: 'string', default: 'pglite' }, file: { type: 'string' }, batch: { type: 'string', default: '2000' } } });
const N = Number(values.rows);
const file = values.file ?? path.join(os.tmpdir(), `thidua-bench-${N}.csv`);
if (!fs.existsSync(file)) throw new Error(`${file} missing: run bench/registry/registry.bench.ts --rows ${N} once to generate it`);
const gc = (globalThis as { gc?: () => void }).gc;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-prof-db-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const { handle, ownerOrgId } = await freshBenchDb(values.db!, 'thidua_prof_registry', dataDir);
  const deps = { db: handle.db, config, now: () => new Date(), dbKind: handle.kind };
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakRetained = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const retained = setInterval(() => {
    gc?.();
    peakRetained = Math.max(peakRetained, process.memoryUsage().heapUsed - base.heapUsed);
  }, 2000);
  const stored = await storeUpload(dataDir, fs.createReadStream(file), 2 ** 40);
  const { id } = await new RegistryImportService(deps).create(null, { ...stored, fileName: 'bench.csv', commit: true, ownerOrgId }, null);
  let t = performance.now();
  await processImport(id, { db: handle.db, now: deps.now, batchSize: Number(values.batch) });
  const secs = (performance.now() - t) / 1000;
  clearInterval(sampler);
  clearInterval(retained);
  const rec = (await getImport(handle.db, id))!;
  const m = process.memoryUsage();
  console.log(`import: ${rec.status}, created ${rec.created}, ${secs.toFixed(1)} s → ${(N / secs).toFixed(0)} rows/s; peak RSS growth ${((peakRss - base.rss) / 1e6).toFixed(0)} MB; ` +
    `heap retained after GC (peak of samples) ${gc ? `${(peakRetained / 1e6).toFixed(0)} MB` : 'n/a (run with --expose-gc)'}; external ${((m.external - base.external) / 1e6).toFixed(0)} MB`);
  await handle.close();
  // Parsing alone, after the import (run before, it would grow the heap ahead of the RSS baseline).
  t = performance.now();
  let n = 0;
  for await (const r of readImportRows(file, 'csv')) n += r.rowNumber > 0 ? 1 : 0;
  console.log(`parse only: ${n} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
