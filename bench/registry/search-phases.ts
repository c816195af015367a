// Where RegistryService.search spends its time, by repository call (outside CI): every registry repository
// function is wrapped with a timer, the query is run --runs times, and the median time of each call per search
// is printed beside the whole search's median. Usage, on the database a registry.bench.ts run left behind:
//   node --import tsx bench/registry/search-phases.ts --db postgres://postgres@127.0.0.1:5432/postgres [--runs 20] [--q "nguyen van"]…
//   node --import tsx bench/registry/search-phases.ts --pglite <dir printed by registry.bench.ts --db pglite --keep>
import { parseArgs } from 'node:util';
import { openDb } from '@thidua/db';
import { registryRepository as repo } from '../../apps/api/src/modules/registry/registry.repository.js';
import { RegistryService } from '../../apps/api/src/modules/registry/registry.service.js';
import { loadConfig } from '../../apps/api/src/config.js';

const { values } = parseArgs({ options: { db: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' }, name: { type: 'string', default: 'thidua_bench_registry' }, runs: { type: 'string', default: '20' }, q: { type: 'string', multiple: true }, pglite: { type: 'string' } } });
const u = new URL(values.db!);
u.pathname = `/${values.name}`;
const handle = values.pglite ? await openDb({ dataDir: values.pglite }) : await openDb({ databaseUrl: u.toString() });
const svc = new RegistryService({ db: handle.db, config: loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), now: () => new Date(), dbKind: handle.kind });
const times = new Map<string, number>();
const r = repo as unknown as Record<string, unknown>;
for (const [k, fn] of Object.entries(r)) {
  if (typeof fn !== 'function') continue;
  r[k] = async (...args: unknown[]) => {
    const s = performance.now();
    try {
      return await (fn as (...a: unknown[]) => Promise<unknown>).apply(repo, args);
    } finally {
      times.set(k, (times.get(k) ?? 0) + performance.now() - s);
    }
  };
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const queries = values.q?.length ? values.q : ['nguyen van', 'le minh', 'khong', 'pham thu h', 'dang quoc', 'nguyễn văn an', 'tran thi hoa'];
for (const q of queries) {
  const per = new Map<string, number[]>();
  const total: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    times.clear();
    const s = performance.now();
    await svc.search(null, { q, limit: 20, offset: 0 });
    total.push(performance.now() - s);
    for (const [k, v] of times) per.set(k, [...(per.get(k) ?? []), v]);
  }
  console.log(`${q.padEnd(14)} search ${med(total).toFixed(1)} ms (p50) | ` + [...per].map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join(' | '));
}
await handle.close();
