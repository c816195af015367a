// Bulk evaluation of one unit of 10,000 people with five years of history, from the database.
// Targets (issue #3): < 1 s on PostgreSQL, < 3 s on PGlite. Run:
//   npx tsx bench/eligibility-bulk.bench.ts                      (PGlite, in memory)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/eligibility-bulk.bench.ts
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDb, seedReferenceData } from '@thidua/db';
import { loadConfig } from '../apps/api/src/config.js';
import { EligibilityService } from '../apps/api/src/modules/eligibility/eligibility.service.js';

const N = Number(process.env.BENCH_PEOPLE ?? 10_000);
const url = process.env.BENCH_DATABASE_URL;
let dbName: string | undefined;
let handle;
if (url) {
  dbName = `thidua_bench_${process.pid}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  handle = await openDb({ databaseUrl: u.toString() });
} else {
  handle = await openDb({ dataDir: 'memory' });
}
const db = handle.db;
await seedReferenceData(db);
const org = ((await db.execute(sql`SELECT id FROM organisation WHERE code = '33' AND valid_from = '2025-07-01'`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
const t0 = performance.now();
await db.execute(sql`INSERT INTO person (full_name, birth_year, owner_org_id) SELECT 'Người ' || g, 1970 + g % 30, ${org}::uuid FROM generate_series(1, ${N}) g`);
await db.execute(sql`INSERT INTO annual_rating (person_id, year, rating)
  SELECT p.id, y, (ARRAY['xuat_sac','tot','tot','hoan_thanh'])[1 + (abs(hashtext(p.id::text || y)) % 4)] FROM person p, generate_series(2021, 2025) y`);
await db.execute(sql`INSERT INTO award_entry (subject_kind, person_id, award_code, award_type, achievement_year, decision_date, source, owner_org_id)
  SELECT 'individual', p.id, 'chien_si_thi_dua_co_so', 'cong_trang', y, make_date(y + 1, 1, 15), 'imported', ${org}::uuid
    FROM person p, generate_series(2022, 2024) y WHERE abs(hashtext(p.id::text || y)) % 3 = 0`);
await db.execute(sql`INSERT INTO award_entry (subject_kind, person_id, award_code, award_type, achievement_year, decision_date, source, owner_org_id)
  SELECT 'individual', p.id, 'bang_khen_tinh', 'cong_trang', 2019, '2020-02-01', 'imported', ${org}::uuid FROM person p WHERE abs(hashtext(p.id::text)) % 5 = 0`);
await db.execute(sql`INSERT INTO initiative (person_id, year, scope, title) SELECT p.id, 2024, 'co_so', 'Sáng kiến' FROM person p WHERE abs(hashtext(p.id::text)) % 4 = 0`);
await db.execute(sql`ANALYZE`);
console.log(`loaded ${N} people with 5 years of history in ${(performance.now() - t0).toFixed(0)} ms`);

const svc = new EligibilityService({ db, config: loadConfig({ DEMO: '0' } as NodeJS.ProcessEnv), now: () => new Date('2026-03-01T03:00:00Z'), dbKind: handle.kind });
const actor = { userId: 'bench', username: 'bench', displayName: 'bench', roles: [{ role: 'admin', scopeOrgId: null }], isDemo: false, via: 'token' as const, mfaSetupRequired: false };
const awards = ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'bang_khen_tinh', 'bang_khen_thu_tuong'];
const times: number[] = [];
for (let i = 0; i < 6; i++) {
  const s = performance.now();
  const r = await svc.bulk(actor, { organisationId: org, year: 2025, awards, asOf: '2026-03-01', includeDescendants: false });
  times.push(performance.now() - s);
  if (i === 0) console.log(`evaluated ${r.total} people × ${awards.length} awards; summary ${JSON.stringify(r.summary)}`);
}
const warm = times.slice(1).sort((a, b) => a - b);
console.log(`${handle.kind}: bulk of ${N} people × ${awards.length} awards — first ${times[0]!.toFixed(0)} ms, warm median ${warm[Math.floor(warm.length / 2)]!.toFixed(0)} ms, warm max ${warm.at(-1)!.toFixed(0)} ms`);
await handle.close();
if (url && dbName) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  await c.end();
}
