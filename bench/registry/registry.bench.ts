// Registry bench (outside CI): generates realistic Vietnamese award rows, imports them through the
// real import code (CSV, streaming), then measures name-search latency (ranked, capped total) beside
// the same query in raw SQL. Usage:
//   node --import tsx bench/registry/registry.bench.ts --rows 1000000 --db postgres://postgres@127.0.0.1:5432/postgres
//   node --import tsx bench/registry/registry.bench.ts --rows 100000 --db pglite [--keep]   (then: --reuse --db pglite --data-dir <printed dir>)
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '@thidua/db';
import { freshBenchDb } from './bench-db.js';
import { FAMILY, MIDDLE_F, MIDDLE_M, GIVEN_F, GIVEN_M, rng, pick, weighted } from '../../apps/api/src/demo/names.js';
import { RegistryImportService, getImport, processImport, storeUpload } from '../../apps/api/src/modules/registry/registry.import.service.js';
import { RegistryService } from '../../apps/api/src/modules/registry/registry.service.js';
import { loadConfig } from '../../apps/api/src/config.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, db: { type: 'string', default: 'pglite' }, runs: { type: 'string', default: '40' }, 'raw-runs': { type: 'string' }, reuse: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, 'data-dir': { type: 'string' } } });
const N = Number(values.rows);
const free = Number(execSync(`df -Pk ${os.tmpdir()} | tail -1 | awk '{print $4}'`).toString().trim()) * 1024;
const need = N * 600; // CSV + database + indexes, generous
if (free < need) {
  console.error(`Not enough free disk: ${(free / 1e9).toFixed(1)} GB free, need about ${(need / 1e9).toFixed(1)} GB`);
  process.exit(2);
}

const PROVINCES = ['Hưng Yên', 'Thái Bình', 'Hải Dương', 'Nam Định', 'Ninh Bình', 'Hà Nam', 'Bắc Ninh', 'Vĩnh Phúc', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh'];
const COMMUNES = ['Hiến Nam', 'Lam Sơn', 'Tân Hưng', 'Vũ Phúc', 'Kim Động', 'Tiên Lữ', 'Phù Cừ', 'Ân Thi', 'Khoái Châu', 'Văn Giang', 'Mỹ Hào', 'Yên Mỹ'];
const AWARDS: [string, number][] = [['lao_dong_tien_tien', 40], ['chien_si_thi_dua_co_so', 20], ['giay_khen', 20], ['Bằng khen của Chủ tịch UBND tỉnh', 10], ['chien_si_thi_dua_tinh', 4], ['bang_khen_thu_tuong', 3], ['huan_chuong_lao_dong_hang_ba', 2], ['huy_chuong_khang_chien_chong_my_hang_nhat', 1]];

async function csvFile(n: number): Promise<string> {
  const file = path.join(os.tmpdir(), `thidua-bench-${n}.csv`);
  if (fs.existsSync(file)) return file;
  const r = rng(42);
  const out = fs.createWriteStream(file);
  out.write('Họ và tên,Năm sinh,Giới tính,Quê quán,Đơn vị,Hình thức khen thưởng,Loại hình,Năm thành tích,Số quyết định,Ngày quyết định,Cơ quan ban hành,Số CCCD\n');
  let buf = '';
  let person = 0;
  for (let i = 0; i < n; ) {
    // A person with an award history of 1–4 entries.
    const female = r() < 0.5;
    const name = `${weighted(r, FAMILY)} ${pick(r, female ? MIDDLE_F : MIDDLE_M)} ${r() < 0.3 ? pick(r, female ? MIDDLE_F : MIDDLE_M) + ' ' : ''}${pick(r, female ? GIVEN_F : GIVEN_M)}`;
    const by = 1945 + Math.floor(r() * 60);
    const home = `${pick(r, COMMUNES)}, ${pick(r, PROVINCES)}`;
    const h = 1 + Math.floor(r() * 4);
    person++;
    for (let k = 0; k < h && i < n; k++, i++) {
      const year = Math.max(by + 20, 1975 + Math.floor(r() * 50));
      const y = Math.min(year, 2024);
      const award = weighted(r, AWARDS.map(([a, w]) => [a, w] as const));
      buf += `${name},${by},${female ? 'Nữ' : 'Nam'},"${home}",Hưng Yên,${award},,${y},${person}-${k}/QĐ-UBND,15/01/${y + 1},UBND tỉnh,\n`;
    }
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  await new Promise<void>((res) => out.end(buf, () => res()));
  return file;
}

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function main() {
  let handle: DbHandle;
  let N_ROWS = N;
  let importLine = '';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-db-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv) };
  if (values.reuse) {
    // Search only, on the database left by an earlier run (PGlite: the directory a --keep run printed).
    if (values.db === 'pglite') {
      if (!values['data-dir']) throw new Error('--reuse --db pglite needs --data-dir <the directory a --keep run printed>');
      handle = await openDb({ dataDir: values['data-dir'] });
    } else {
      const u = new URL(values.db!);
      u.pathname = '/thidua_bench_registry';
      handle = await openDb({ databaseUrl: u.toString() });
    }
    const [c] = (await handle.db.execute(sql`SELECT count(*)::int AS n FROM award_entry`)).rows as { n: number }[];
    N_ROWS = c!.n;
    importLine = `Search re-run on the database of the earlier import (${N_ROWS.toLocaleString('en')} entries).`;
  } else {
    const t0 = Date.now();
    const file = await csvFile(N);
    console.log(`CSV ${N} rows: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const fresh = await freshBenchDb(values.db!, 'thidua_bench_registry', dataDir);
    handle = fresh.handle;
    const deps = { db: handle.db, config, now: () => new Date(), dbKind: handle.kind };

    // Import (parse pass + commit pass), peak RSS sampled.
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const loads: number[] = [];
    const loadSampler = setInterval(() => loads.push(os.loadavg()[0]!), 30_000);
    const stored = await storeUpload(dataDir, fs.createReadStream(file), 2 ** 40);
    const { id } = await new RegistryImportService(deps).create(null, { ...stored, fileName: 'bench.csv', commit: true, ownerOrgId: fresh.ownerOrgId }, null);
    const ti = Date.now();
    await processImport(id, { db: handle.db, now: deps.now, batchSize: 2000 });
    const secs = (Date.now() - ti) / 1000;
    clearInterval(sampler);
    clearInterval(loadSampler);
    const loadText = loads.length ? ` Load average during the import ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (sampled every 30 s).` : '';
    const rec = (await getImport(handle.db, id))!;
    console.log(`import: status ${rec.status}, rows ${rec.rows}, created ${rec.created}, ${secs.toFixed(1)} s → ${(N / secs).toFixed(0)} rows/s (parse + commit), peak RSS growth ${((peak - rss0) / 1e6).toFixed(0)} MB`);
    await handle.db.execute(sql`ANALYZE`);

    importLine = `Import of a ${(fs.statSync(file).size / 1e6).toFixed(0)} MB CSV through the real import code (?commit=true: one read of the file — legacy-encoding vote counted by the walk, validation and name keys in a worker thread — committed in batches of 2,000 with identity lookups and the word index): ` +
      `**${(N / secs).toFixed(0)} rows/s** end to end (${secs.toFixed(0)} s), peak RSS growth **${((peak - rss0) / 1e6).toFixed(0)} MB**; ${rec.created.toLocaleString('en')} entries created.${loadText}`;
  }
  const deps = { db: handle.db, config, now: () => new Date(), dbKind: handle.kind };
  // Search latency: ranked + capped (the API's code path) beside raw SQL.
  const svc = new RegistryService(deps);
  const queries = ['nguyen van', 'nguyễn văn an', 'tran thi hoa', 'Trần Thị Hòa', 'le minh', 'pham thu h', 'hoang van hai', 'khong', 'vu thi lan', 'dang quoc'];
  const lines: string[] = [];
  // The raw-SQL side runs the same number of times unless --raw-runs says fewer (at 10M it takes seconds a run).
  const rawRuns = Math.min(Number(values.runs), Number(values['raw-runs'] ?? values.runs));
  // The API's runs of every query first, then the raw SQL's: a raw query scans the whole registry (1.3 GB at
  // 10M) and, run between two API runs, evicted the pages the next API run needed — that run's latency was the
  // scan's, not the search's (every run before 2026-12-08 interleaved them; see bench/RESULTS.md).
  const measured = new Map<string, { api: number[]; raw: number[]; total: number; capped: boolean }>();
  for (const q of queries) {
    const m = { api: [] as number[], raw: [] as number[], total: 0, capped: false };
    measured.set(q, m);
    for (let i = 0; i < Number(values.runs); i++) {
      const t = performance.now();
      const r = await svc.search(null, { q, limit: 20, offset: 0 });
      m.api.push(performance.now() - t);
      m.total = r.total;
      m.capped = Boolean((r as { totalCapped?: boolean }).totalCapped);
    }
  }
  for (const q of queries) {
    const m = measured.get(q)!;
    for (let i = 0; i < rawRuns; i++) {
      const t = performance.now();
      await handle.db.execute(sql`SELECT e.id, p.full_name FROM award_entry e JOIN person p ON p.id = e.person_id
        WHERE public.vn_unaccent(p.full_name) LIKE '%' || public.vn_unaccent(${q}) || '%' LIMIT 20`);
      await handle.db.execute(sql`SELECT count(*) FROM (SELECT 1 FROM award_entry e JOIN person p ON p.id = e.person_id
        WHERE public.vn_unaccent(p.full_name) LIKE '%' || public.vn_unaccent(${q}) || '%' LIMIT 10001) x`);
      m.raw.push(performance.now() - t);
    }
    const { api, raw, total, capped } = m;
    lines.push(`| ${q} | ${total}${capped ? ' (capped)' : ''} | ${pct(api, 50).toFixed(1)} | ${pct(api, 95).toFixed(1)} | ${pct(raw, 50).toFixed(1)} | ${pct(raw, 95).toFixed(1)} |`);
    console.log(lines[lines.length - 1]);
  }
  const all = lines.join('\n');
  let server = '';
  if (values.db !== 'pglite') {
    const [st] = (await handle.db.execute(sql`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
      current_setting('max_wal_size') AS wal, current_setting('checkpoint_timeout') AS ct`)).rows as { v: string; sb: string; wal: string; ct: string }[];
    server = ` PostgreSQL ${st!.v} with shared_buffers ${st!.sb}, max_wal_size ${st!.wal}, checkpoint_timeout ${st!.ct}.`;
  }
  const section = `\n## Registry (issue #6) — ${values.db === 'pglite' ? 'PGlite' : 'PostgreSQL 15'}, ${N_ROWS.toLocaleString('en')} rows (${new Date().toISOString().slice(0, 16)}Z)\n\n` +
    `Machine: ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} at the end; the bench itself and PostgreSQL account for about 2), ${(os.totalmem() / 1e9).toFixed(0)} GB RAM.${server} Command: \`node --import tsx bench/registry/registry.bench.ts${values.reuse ? '' : ` --rows ${N}`} --db ${values.db === 'pglite' ? 'pglite' : 'postgres://…'}${values.reuse ? ' --reuse' : ''}${values['data-dir'] ? ' --data-dir …' : ''} --runs ${values.runs}${rawRuns < Number(values.runs) ? ` --raw-runs ${rawRuns}` : ''}\`.\n\n` +
    `${importLine}\n\n` +
    `Search, ${values.runs} runs per query${rawRuns < Number(values.runs) ? ` (raw SQL ${rawRuns})` : ''}, ms. "API" = RegistryService.search (people by name — a name typed from its first word first as a prefix of the accent-free name, registry migration 0005, else the GIN word index of migration 0004 with the prefix lexemes of migration 0008 — at most 10,001, verified and ranked by name with matchesName/rankName, the entries of the page read, total counted up to the cap unless the candidates were cut). ` +
    `"raw SQL" = the spike's accent-stripped substring query (first 20 rows + a count capped at 10,001), which cannot honour RULES.md §8 (word order, "Hòa" ≠ "Hóa"). The API's runs of all queries come first, then the raw SQL's (no longer interleaved).\n\n` +
    `| query | total | API p50 | API p95 | raw SQL p50 | raw SQL p95 |\n|---|---|---|---|---|---|\n${all}\n`;
  fs.appendFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../RESULTS.md'), section);
  await handle.close();
  // --keep leaves this run's PGlite database (in dataDir) for --reuse --data-dir, or search-phases.ts --pglite.
  if (values.db === 'pglite' && values.keep && !values.reuse) console.log(`PGlite database kept in ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
