// Campaign screens bench (outside CI): one double-entry campaign with `--n` adjudications (three in four open, the
// rest resolved), as many records whose two entries agreed (committed) and a tenth as many waiting for their
// second entry, keyed by two pairs of officers for `--units` units over the 25 days before the bench's today
// (2026-11-25), and beside it another campaign of n/2 committed records; written in SQL in the shape the campaign
// service writes (the adjudications' search text by the triggers of registry migration 0006). Then timed through
// CampaignService, p50/p95 of `--runs` runs after two warm-up runs: the adjudication list (page 1 open, resolved
// and all; a deep page of the open ones), the recent entries (all, and one officer's with the count of their
// entries today) and the progress dashboard. `--explain` prints EXPLAIN ANALYZE of every statement those calls
// send about the campaign's adjudications and entries (captured from the service, not written again here).
// Usage:
//   node --import tsx bench/registry/campaign.bench.ts --n 20000 --db postgres://postgres@127.0.0.1:5432/postgres
//   node --import tsx bench/registry/campaign.bench.ts --n 20000 --db pglite [--runs 20] [--units 6] [--explain]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { REGISTRY_COLUMNS } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { freshBenchDb } from './bench-db.js';
import { FAMILY, MIDDLE_M, GIVEN_M } from '../../apps/api/src/demo/names.js';
import { CampaignService } from '../../apps/api/src/modules/registry/registry.campaign.service.js';
import { pgArray } from '../../apps/api/src/modules/registry/name-index.js';
import { loadConfig } from '../../apps/api/src/config.js';
import type { Actor } from '../../apps/api/src/http/context.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    db: { type: 'string', default: 'pglite' },
    runs: { type: 'string', default: '20' },
    units: { type: 'string', default: '6' },
    explain: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const RUNS = Number(values.runs);
const UNITS = Number(values.units);

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/**
 * Seeds `records` paper records of one campaign: the first `adjudications` keyed twice with another birth year
 * (an adjudication; every fourth resolved), then agreeing pairs (committed), then `awaiting` single first entries.
 * Entry times are spread uniformly over 2026-11-01 01:00Z … 2026-11-25 02:00Z (08:00 Vietnam time on day one to
 * 09:00 on the bench's today); the second entry follows the first within 18 hours; entered_on and committed_on are
 * the Vietnam days of those instants, as the service writes them.
 */
async function seed(db: Db, campaign: string, units: string[], officers: string[], counts: { adjudications: number; committed: number; awaiting: number }) {
  const total = counts.adjudications + counts.committed + counts.awaiting;
  const columns = JSON.stringify(REGISTRY_COLUMNS.map((c) => ({ field: c.key, header: c.header })));
  const vn = (t: string) => sql.raw(`((${t}) AT TIME ZONE 'UTC' + interval '7 hours')::date`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`CREATE TEMP TABLE bench_rec ON COMMIT DROP AS
      SELECT i, CASE WHEN i <= ${counts.adjudications} THEN (CASE WHEN i % 4 = 0 THEN 'resolved' ELSE 'open' END)
                     WHEN i <= ${counts.adjudications + counts.committed} THEN 'committed' ELSE 'awaiting' END AS kind,
             (${pgArray(units)}::uuid[])[1 + i % ${units.length}] AS org, 'HS-' || lpad(i::text, 6, '0') AS ref, (i % 2) * 2 AS pair,
             gen_random_uuid() AS first_id, gen_random_uuid() AS second_id, t1, least(t1 + random() * interval '18 hours', timestamptz '2026-11-25 02:59:00+00') AS t2,
             jsonb_build_object('fullName', (${pgArray(FAMILY.map(([f]) => f))}::text[])[1 + floor(random() * ${FAMILY.length})::int] || ' ' ||
                 (${pgArray(MIDDLE_M)}::text[])[1 + floor(random() * ${MIDDLE_M.length})::int] || ' ' || (${pgArray(GIVEN_M)}::text[])[1 + floor(random() * ${GIVEN_M.length})::int],
               'birth', (1925 + floor(random() * 35)::int)::text, 'gender', 'Nam', 'hometown', 'Xã Tân Hưng, Hưng Yên',
               'award', 'Huân chương Kháng chiến chống Mỹ, cứu nước hạng Nhì', 'year', (1980 + i % 10)::text,
               'decisionNumber', (100 + i % 900) || '/KT-CTN', 'decisionDate', '05/03/1986', 'authority', 'Chủ tịch nước') AS c1
        FROM (SELECT i, timestamptz '2026-11-01 01:00:00+00' + random() * (timestamptz '2026-11-25 02:00:00+00' - timestamptz '2026-11-01 01:00:00+00') AS t1
                FROM generate_series(1, ${total}) i) g`);
    await tx.execute(sql`INSERT INTO registry_campaign_entry (id, campaign_id, org_id, record_ref, entered_by, entered_by_username, cells, row, status, entered_on, committed_on, created_at)
      SELECT first_id, ${campaign}::uuid, org, ref, (${pgArray(officers)}::uuid[])[1 + pair], 'canbo' || (1 + pair), c1,
             jsonb_build_object('fullName', c1->>'fullName', 'awardCode', 'huan_chuong_khang_chien_chong_my_hang_nhi', 'year', (c1->>'year')::int),
             CASE kind WHEN 'open' THEN 'adjudication' WHEN 'awaiting' THEN 'awaiting_second' ELSE kind END, ${vn('t1')},
             CASE kind WHEN 'committed' THEN ${vn('t2')} WHEN 'resolved' THEN least(${vn('t2')} + 1, date '2026-11-25') END, t1
        FROM bench_rec`);
    await tx.execute(sql`INSERT INTO registry_campaign_entry (id, campaign_id, org_id, record_ref, entered_by, entered_by_username, cells, row, status, entered_on, committed_on, created_at)
      SELECT second_id, ${campaign}::uuid, org, ref, (${pgArray(officers)}::uuid[])[2 + pair], 'canbo' || (2 + pair), c2,
             jsonb_build_object('fullName', c2->>'fullName', 'awardCode', 'huan_chuong_khang_chien_chong_my_hang_nhi', 'year', (c2->>'year')::int),
             CASE kind WHEN 'open' THEN 'adjudication' ELSE kind END, ${vn('t2')},
             CASE kind WHEN 'committed' THEN ${vn('t2')} WHEN 'resolved' THEN least(${vn('t2')} + 1, date '2026-11-25') END, t2
        FROM (SELECT *, CASE WHEN kind IN ('open', 'resolved') THEN jsonb_set(c1, '{birth}', to_jsonb(((c1->>'birth')::int + 1)::text)) ELSE c1 END AS c2
                FROM bench_rec WHERE kind <> 'awaiting') r`);
    await tx.execute(sql`WITH a AS (INSERT INTO registry_campaign_adjudication (campaign_id, org_id, record_ref, first_entry_id, second_entry_id, fields, status, resolved_by, resolved_at, created_at)
        SELECT ${campaign}::uuid, r.org, r.ref, r.first_id, r.second_id,
               (SELECT jsonb_agg(col || jsonb_build_object('first', f.cells->>(col->>'field'), 'second', s.cells->>(col->>'field'), 'differs', col->>'field' = 'birth')) FROM jsonb_array_elements(${columns}::jsonb) col),
               r.kind, CASE WHEN r.kind = 'resolved' THEN 'chuyenvien' END, CASE WHEN r.kind = 'resolved' THEN r.t2 + interval '1 day' END, r.t2
          FROM bench_rec r JOIN registry_campaign_entry f ON f.id = r.first_id JOIN registry_campaign_entry s ON s.id = r.second_id
          WHERE r.kind IN ('open', 'resolved')
        RETURNING id, first_entry_id, second_entry_id)
      UPDATE registry_campaign_entry e SET adjudication_id = a.id FROM a WHERE e.id IN (a.first_entry_id, a.second_entry_id)`);
    // Targets: a little above what each unit has keyed, and one unit with a target and nothing keyed yet.
    await tx.execute(sql`INSERT INTO registry_campaign_target (campaign_id, org_id, expected)
      SELECT ${campaign}::uuid, org, (count(*) * 1.2)::int FROM bench_rec GROUP BY org`);
  });
}

/** Records the statements a service call sends through `db.execute` (the campaign service reads with it). */
function recording(db: Db) {
  const seen: SQL[] = [];
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'execute') {
        return (q: SQL) => {
          seen.push(q);
          return target.execute(q);
        };
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { db: proxy, seen };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-campaign-'));
  const { handle, ownerOrgId } = await freshBenchDb(values.db!, 'thidua_bench_campaign', dataDir);
  const db = handle.db;
  const units = ((await db.execute(sql`SELECT id FROM organisation WHERE kind = 'province' AND valid_to IS NULL ORDER BY code LIMIT ${UNITS + 1}`)).rows as { id: string }[]).map((r) => r.id);
  const newCampaign = async (name: string, doubleEntry: boolean) =>
    ((await db.execute(sql`INSERT INTO registry_campaign (name, kind, start_date, deadline, owner_org_id, double_entry)
      VALUES (${name}, 'resistance_war', '2026-11-01', '2026-12-31', ${ownerOrgId}::uuid, ${doubleEntry}) RETURNING id`)).rows as { id: string }[])[0]!.id;
  const campaign = await newCampaign('Bench màn hình đợt nhập liệu', true);
  const other = await newCampaign('Bench đợt khác', false);
  const officers = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const t0 = performance.now();
  const counts = { adjudications: N, committed: N, awaiting: Math.round(N / 10) };
  await seed(db, campaign, units.slice(0, UNITS), officers, counts);
  await seed(db, other, units.slice(0, UNITS), officers, { adjudications: 0, committed: Math.round(N / 2), awaiting: 0 });
  // One more target unit with nothing keyed: progress lists it with zeros.
  await db.execute(sql`INSERT INTO registry_campaign_target (campaign_id, org_id, expected) VALUES (${campaign}::uuid, ${units[UNITS]!}::uuid, 50)`);
  const seeded = performance.now() - t0;
  await db.execute(sql`VACUUM ANALYZE`); // what autovacuum (PostgreSQL, after inserts) or the server's start (PGlite) does
  const [c] = (await db.execute(sql`SELECT (SELECT count(*) FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid)::int AS adj,
      (SELECT count(*) FROM registry_campaign_entry WHERE campaign_id = ${campaign}::uuid)::int AS entries, (SELECT count(*) FROM registry_campaign_entry)::int AS all_entries`)).rows as { adj: number; entries: number; all_entries: number }[];
  console.log(
    `${values.db === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${c!.adj} adjudications (${N - Math.floor(N / 4)} open), ${c!.entries} entries in the campaign (${c!.all_entries} in all, another campaign beside it), ${UNITS} units, 25 days; seeded in ${(seeded / 1000).toFixed(1)} s; ${RUNS} runs per call`,
  );

  const config = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const rec = recording(db);
  const svc = new CampaignService({ db: rec.db, config, now: () => new Date('2026-11-25T03:00:00Z'), dbKind: handle.kind });
  const admin: Actor = { userId: randomUUID(), username: 'bench', displayName: 'Bench', roles: [{ role: 'admin', scopeOrgId: null }], isDemo: false, via: 'session', mfaSetupRequired: false };
  const officer: Actor = { ...admin, userId: officers[0]!, username: 'canbo1' };
  const deep = Math.floor((N * 3) / 8);
  const calls: [string, () => Promise<unknown>][] = [
    ['adjudications, open, page 1', () => svc.adjudications(admin, campaign, { status: 'open', limit: 20, offset: 0 })],
    ['adjudications, resolved, page 1', () => svc.adjudications(admin, campaign, { status: 'resolved', limit: 20, offset: 0 })],
    ['adjudications, all, page 1', () => svc.adjudications(admin, campaign, { limit: 20, offset: 0 })],
    [`adjudications, open, offset ${deep}`, () => svc.adjudications(admin, campaign, { status: 'open', limit: 20, offset: deep })],
    ['recent entries, all units', () => svc.entries(admin, campaign, { limit: 20 })],
    ["recent entries, one officer's (+ today's count)", () => svc.entries(officer, campaign, { mine: 'true', limit: 20 })],
    ['progress', () => svc.progress(admin, campaign)],
  ];
  console.log('| call | p50 ms | p95 ms |\n|---|---:|---:|');
  const explained: [string, SQL[]][] = [];
  for (const [label, call] of calls) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      rec.seen.length = 0;
      const s = performance.now();
      await call();
      if (i >= 2) times.push(performance.now() - s); // two warm-up runs
    }
    explained.push([label, [...rec.seen]]);
    console.log(`| ${label} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} |`);
  }
  if (values.explain) {
    const dialect = new PgDialect();
    for (const [label, statements] of explained) {
      for (const q of statements) {
        const text = dialect.sqlToQuery(q).sql;
        if (!/registry_campaign_(entry|adjudication)\b/.test(text) || !/^\s*(SELECT|WITH)/i.test(text)) continue;
        const plan = (await db.execute(sql`EXPLAIN ANALYZE ${q}`)).rows as Record<string, string>[];
        console.log(`\n-- ${label}: ${text.replace(/\s+/g, ' ').slice(0, 160)}…\n${plan.map((x) => String(Object.values(x)[0]).slice(0, 200)).join('\n')}`);
      }
    }
  }
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await main();
