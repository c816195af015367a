// Where a registry name search spends its time (outside CI): each phase of RegistryService.rankedPage
// timed separately on the database a `registry.bench.ts` run left behind. Usage:
//   node --import tsx bench/registry/search-profile.ts --db postgres://postgres@127.0.0.1:5432/postgres [--name thidua_bench_registry] [--runs 10] [--explain] [--q "dang quoc"]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDb } from '@thidua/db';
import { matchesName, nameWords, parseQuery, rankName } from '@thidua/domain';
import { nameTsQuery } from '../../apps/api/src/modules/registry/name-index.js';
import { registryRepository as repo } from '../../apps/api/src/modules/registry/registry.repository.js';
import { RegistryService } from '../../apps/api/src/modules/registry/registry.service.js';
import { loadConfig } from '../../apps/api/src/config.js';

const { values } = parseArgs({ options: { db: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' }, name: { type: 'string', default: 'thidua_bench_registry' }, runs: { type: 'string', default: '10' }, explain: { type: 'boolean', default: false }, q: { type: 'string', multiple: true } } });
const u = new URL(values.db!);
u.pathname = `/${values.name}`;
const handle = await openDb({ databaseUrl: u.toString() });
const db = handle.db;
const svc = new RegistryService({ db, config: loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), now: () => new Date(), dbKind: handle.kind });
const queries = values.q?.length ? values.q : ['nguyen van', 'nguyễn văn an', 'tran thi hoa', 'le minh', 'pham thu h', 'khong', 'hoang van hai'];
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = { scope: null };
for (const q of queries) {
  const parsed = parseQuery(q);
  const t: Record<string, number[]> = { people: [], subjects: [], rank: [], search: [] };
  let n = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    let s = performance.now();
    const c1 = await repo.namePeople(db, { tsQuery: nameTsQuery(parsed.words) }, null, 10_001);
    t.people!.push(performance.now() - s);
    s = performance.now();
    const c2 = await repo.subjectNameCandidates(db, parsed.words, f, 10_001);
    t.subjects!.push(performance.now() - s);
    s = performance.now();
    const cache = new Map<string, number>();
    for (const name of [...c1.map((c) => c.nameKey), ...c2.map((c) => c.fullName)]) if (!cache.has(name)) { const w = nameWords(name); cache.set(name, matchesName(parsed, w) ? rankName(parsed, w) : 0); }
    t.rank!.push(performance.now() - s);
    n = c1.length;
    s = performance.now();
    await svc.search(null, { q, limit: 20, offset: 0 });
    t.search!.push(performance.now() - s);
  }
  console.log(`${q.padEnd(16)} people ${String(n).padStart(6)} | ` + Object.entries(t).map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join(' | ') + ' ms (medians)');
  if (values.explain) {
    const plan = await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) SELECT i.person_id FROM person_name_index i WHERE i.words @@ ${nameTsQuery(parsed.words)}::tsquery LIMIT 10001`);
    console.log((plan.rows as { 'QUERY PLAN': string }[]).map((r) => '    ' + r['QUERY PLAN']).join('\n'));
  }
}
await handle.close();
