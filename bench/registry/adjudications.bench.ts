// Adjudication list bench (outside CI): one double-entry campaign with `--n` open adjudications (two entries
// of realistic Vietnamese records that differ in the birth year, spread over three units), written in SQL as
// the campaign service writes them (the search text by the triggers of registry migration 0006), then the
// list `CampaignService.adjudications` timed page 1 (20) without and with searches of several kinds.
// Usage:
//   node --import tsx bench/registry/adjudications.bench.ts --n 20000 --db postgres://postgres@127.0.0.1:5432/postgres
//   node --import tsx bench/registry/adjudications.bench.ts --n 20000 --db pglite [--runs 20] [--explain]
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { REGISTRY_COLUMNS } from '@thidua/domain';
import { freshBenchDb } from './bench-db.js';
import { FAMILY, MIDDLE_F, MIDDLE_M, GIVEN_F, GIVEN_M, rng, pick, weighted } from '../../apps/api/src/demo/names.js';
import { CampaignService, adjudicationCandidatesSql } from '../../apps/api/src/modules/registry/registry.campaign.service.js';
import { pgArray } from '../../apps/api/src/modules/registry/name-index.js';
import { loadConfig } from '../../apps/api/src/config.js';
import type { Actor } from '../../apps/api/src/http/context.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '20000' }, db: { type: 'string', default: 'pglite' }, runs: { type: 'string', default: '20' }, explain: { type: 'boolean', default: false } } });
const N = Number(values.n);
const RUNS = Number(values.runs);
const COMMUNES = ['Hiến Nam', 'Lam Sơn', 'Tân Hưng', 'Vũ Phúc', 'Kim Động', 'Tiên Lữ', 'Phù Cừ', 'Ân Thi', 'Khoái Châu', 'Văn Giang', 'Mỹ Hào', 'Yên Mỹ'];
const AWARDS = ['Huân chương Kháng chiến chống Mỹ, cứu nước hạng Nhì', 'Huân chương Kháng chiến chống Mỹ, cứu nước hạng Ba', 'Huy chương Kháng chiến chống Mỹ, cứu nước hạng Nhất', 'Huân chương Kháng chiến hạng Ba'];
const QUERIES: [string, string][] = [
  ['no search', ''],
  ['common name', 'nguyen van hung'],
  ['full name', 'Khổng Minh Tuấn'],
  ['rare family name', 'khong'],
  ['record number', 'HS-1947'],
  ['record prefix', 'hs-19'],
  ['common word', 'van'],
  ['short word', 'an'],
  ['unit + name', 'hung yen tran'],
  ['no match', 'khongcoai'],
];

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-adj-'));
  const { handle, ownerOrgId } = await freshBenchDb(values.db!, 'thidua_bench_adjudications', dataDir);
  const db = handle.db;
  const units = ((await db.execute(sql`SELECT id FROM organisation WHERE kind = 'province' AND valid_to IS NULL ORDER BY code LIMIT 3`)).rows as { id: string }[]).map((r) => r.id);
  const [c] = (await db.execute(sql`INSERT INTO registry_campaign (name, kind, start_date, deadline, owner_org_id, double_entry)
    VALUES ('Bench đối chiếu', 'resistance_war', '2026-11-01', '2026-12-31', ${ownerOrgId}::uuid, true) RETURNING id`)).rows as { id: string }[];
  const campaign = c!.id;
  const officers = [randomUUID(), randomUUID()];
  const r = rng(7);
  const t0 = performance.now();
  for (let from = 0; from < N; from += 2000) {
    const size = Math.min(2000, N - from);
    const cols = { ref: [] as string[], org: [] as string[], first: [] as string[], second: [] as string[], fields: [] as string[], c1: [] as string[], c2: [] as string[] };
    for (let i = from; i < from + size; i++) {
      const female = r() < 0.5;
      const fullName = `${weighted(r, FAMILY)} ${pick(r, female ? MIDDLE_F : MIDDLE_M)} ${pick(r, female ? GIVEN_F : GIVEN_M)}`;
      const by = 1925 + Math.floor(r() * 35);
      const base = { fullName, gender: female ? 'Nữ' : 'Nam', hometown: `Xã ${pick(r, COMMUNES)}, Hưng Yên`, award: pick(r, AWARDS), year: String(1980 + Math.floor(r() * 10)), decisionNumber: `${100 + (i % 900)}/KT-CTN`, decisionDate: '05/03/1986', authority: 'Chủ tịch nước' };
      const a = { ...base, birth: String(by) };
      const b = { ...base, birth: String(by + 1) };
      cols.ref.push(`HS-${String(i + 1).padStart(5, '0')}`);
      cols.org.push(units[i % units.length]!);
      cols.first.push(randomUUID());
      cols.second.push(randomUUID());
      cols.c1.push(JSON.stringify(a));
      cols.c2.push(JSON.stringify(b));
      cols.fields.push(JSON.stringify(REGISTRY_COLUMNS.map((col) => ({ field: col.key, header: col.header, first: (a as Record<string, string>)[col.key] ?? null, second: (b as Record<string, string>)[col.key] ?? null, differs: col.key === 'birth' }))));
    }
    await db.transaction(async (tx) => {
      for (const [side, ids, cells] of [[0, cols.first, cols.c1], [1, cols.second, cols.c2]] as const) {
        await tx.execute(sql`INSERT INTO registry_campaign_entry (id, campaign_id, org_id, record_ref, entered_by, entered_by_username, cells, row, status, entered_on)
          SELECT u.id, ${campaign}::uuid, u.org, u.ref, ${officers[side]!}::uuid, ${side ? 'donvi2' : 'donvi'}, u.cells::jsonb, '{}'::jsonb, 'adjudication', '2026-11-20'
            FROM unnest(${pgArray(ids)}::uuid[], ${pgArray(cols.org)}::uuid[], ${pgArray(cols.ref)}::text[], ${pgArray(cells)}::text[]) AS u(id, org, ref, cells)`);
      }
      await tx.execute(sql`WITH a AS (INSERT INTO registry_campaign_adjudication (campaign_id, org_id, record_ref, first_entry_id, second_entry_id, fields)
          SELECT ${campaign}::uuid, u.org, u.ref, u.f, u.s, u.fields::jsonb
            FROM unnest(${pgArray(cols.org)}::uuid[], ${pgArray(cols.ref)}::text[], ${pgArray(cols.first)}::uuid[], ${pgArray(cols.second)}::uuid[], ${pgArray(cols.fields)}::text[]) AS u(org, ref, f, s, fields)
          RETURNING id, first_entry_id, second_entry_id)
        UPDATE registry_campaign_entry e SET adjudication_id = a.id FROM a WHERE e.id IN (a.first_entry_id, a.second_entry_id)`);
    });
  }
  const seeded = performance.now() - t0;
  await db.execute(sql`VACUUM ANALYZE`); // what autovacuum (PostgreSQL, after inserts) or the server's start (PGlite) does
  const [counts] = (await db.execute(sql`SELECT count(*)::int AS n, count(search_text)::int AS texts FROM registry_campaign_adjudication WHERE campaign_id = ${campaign}::uuid`)).rows as { n: number; texts: number }[];
  console.log(`${values.db === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${counts!.n} open adjudications (${counts!.texts} with a search text), seeded in ${(seeded / 1000).toFixed(1)} s; ${RUNS} runs per query, page 1 (20)`);

  const svc = new CampaignService({ db, config: loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), now: () => new Date('2026-11-25T03:00:00Z'), dbKind: handle.kind });
  const actor: Actor = { userId: randomUUID(), username: 'bench', displayName: 'Bench', roles: [{ role: 'admin', scopeOrgId: null }], isDemo: false, via: 'session', mfaSetupRequired: false };
  console.log('| query | q | total | p50 ms | p95 ms |\n|---|---|---:|---:|---:|');
  for (const [label, q] of QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS + 2; i++) {
      const s = performance.now();
      const page = await svc.adjudications(actor, campaign, { status: 'open', q, limit: 20, offset: 0 });
      if (i >= 2) times.push(performance.now() - s); // two warm-up runs
      total = page.total;
    }
    console.log(`| ${label} | ${q ? `\`${q}\`` : ''} | ${total} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} |`);
  }
  if (values.explain) {
    for (const words of [['khong'], ['nguyen', 'van', 'hung'], ['an']]) {
      const plan = (await db.execute(sql`EXPLAIN ANALYZE ${adjudicationCandidatesSql(sql`campaign_id = ${campaign}::uuid AND status = 'open'`, words, words.map(() => []))}`)).rows as Record<string, string>[];
      console.log(`\n-- ${words.join(' ')}\n${plan.map((x) => Object.values(x)[0]).join('\n')}`);
    }
  }
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await main();
