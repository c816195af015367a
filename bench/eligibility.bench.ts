// Throughput of the pure eligibility engine on one core, for the individual chains of RULES.md §3
// (LĐTT, CSTĐ cơ sở, CSTĐ tỉnh, CSTĐ toàn quốc, Bằng khen tỉnh, Bằng khen Thủ tướng, Huân chương Lao
// động hạng Ba) under both rule sets, on a fixed pool of generated histories (about half eligible).
//
//   npx tsx bench/eligibility.bench.ts            print the result
//   npx tsx bench/eligibility.bench.ts --append   also append a section to bench/RESULTS-eligibility.md
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateEligibility, type EvaluationRequest } from '../packages/domain/src/eligibility/index.js';

const AWARDS = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
  'bang_khen_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_ba',
] as const;
const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh'] as const;
const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;

// Small deterministic PRNG (mulberry32) so that every run measures the same pool.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePool(size: number): EvaluationRequest[] {
  const r = rng(20260101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pool: EvaluationRequest[] = [];
  for (let i = 0; i < size; i++) {
    const award = AWARDS[i % AWARDS.length] as string;
    const law2013 = r() < 0.3;
    const year = law2013 ? 2019 + Math.floor(r() * 4) : 2024 + Math.floor(r() * 2);
    const asOf = `${year + 1}-03-01`;
    const first = year - 9;
    const ratings = [];
    const awards = [];
    const initiatives = [];
    const good = r() < 0.6; // mostly good records, to get a mix of verdicts
    for (let y = first; y <= year; y++) {
      const rating = good ? (r() < 0.6 ? 'xuat_sac' : 'tot') : pick(RATINGS);
      ratings.push({ year: y, rating });
      if (rating === 'xuat_sac' || r() < 0.2)
        awards.push({ award: 'chien_si_thi_dua_co_so', year: y, type: 'cong_trang', decisionDate: `${y + 1}-01-15` });
      if (r() < 0.5) initiatives.push({ year: y, scope: pick(SCOPES) });
    }
    if (r() < 0.85)
      awards.push({
        award: 'bang_khen_tinh',
        year: first - 1 + Math.floor(r() * 3),
        type: r() < 0.9 ? 'cong_trang' : 'chuyen_de',
      });
    if (r() < 0.85)
      awards.push({ award: 'bang_khen_thu_tuong', year: first - 1 + Math.floor(r() * 3), type: 'cong_trang' });
    if (r() < 0.8) {
      awards.push({ award: 'chien_si_thi_dua_tinh', year: year - 3, type: 'cong_trang' });
      awards.push({ award: 'chien_si_thi_dua_tinh', year, type: 'cong_trang' });
    }
    const blocks =
      r() < 0.1 ? [{ kind: 'discipline' as const, from: `${year - 2}-03-01`, to: `${year - 2}-09-01` }] : [];
    pool.push({
      award,
      asOf,
      year,
      subject: { kind: 'individual' },
      history: { ratings, awards, initiatives, blocks },
    } as EvaluationRequest);
  }
  return pool;
}

/**
 * Runs the pool for `ms` of wall time. Returns the count, the wall seconds and the CPU seconds of this
 * process: on a shared machine the CPU-time rate is the fairer "one core" figure.
 */
function run(pool: readonly EvaluationRequest[], ms: number): { n: number; seconds: number; cpuSeconds: number } {
  let n = 0;
  let sink = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < deadline) {
    for (let i = 0; i < pool.length; i++) {
      sink += evaluateEligibility(pool[i] as EvaluationRequest).unmet.length;
    }
    n += pool.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  if (sink < 0) console.log(sink); // keep the results alive
  return { n, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const pool = makePool(2_000);
const verdicts: Record<string, number> = {};
for (const req of pool) {
  const v = evaluateEligibility(req).verdict;
  verdicts[v] = (verdicts[v] ?? 0) + 1;
}
run(pool, 1_000); // warm-up
const samples = [run(pool, 2_000), run(pool, 2_000), run(pool, 2_000)];
const rates = samples.map((s) => s.n / s.seconds).sort((a, b) => a - b);
const median = rates[1] as number;
const cpuRates = samples.map((s) => s.n / s.cpuSeconds).sort((a, b) => a - b);
const cpuMedian = cpuRates[1] as number;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

const perAward: string[] = [];
for (const award of AWARDS) {
  const sub = pool.filter((p) => p.award === award);
  const s = run(sub, 500);
  perAward.push(`| \`${award}\` | ${fmt(s.n / s.cpuSeconds)} | ${fmt(s.n / s.seconds)} |`);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  `## ${new Date().toISOString().slice(0, 10)} — eligibility engine, individual chains`,
  '',
  `- Machine: ${cpu}, Node ${process.version}, one core (single-threaded loop, \`npx tsx bench/eligibility.bench.ts\`).`,
  `- Pool: ${pool.length} generated requests (7 awards × both rule sets; verdicts ${Object.entries(verdicts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}), each with 10 years of ratings, titles, initiatives, prior awards, some disciplines.`,
  `- Each evaluation includes validation, indexing, rule evaluation, messages and the \`earliestYear\` search.`,
  `- Load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${cpus().length} CPUs.`,
  `- **Median of 3 × 2 s runs: ${fmt(cpuMedian)} evaluations per CPU-second** (min ${fmt(cpuRates[0] as number)}, max ${fmt(cpuRates[2] as number)}); wall clock ${fmt(median)}/s (min ${fmt(rates[0] as number)}, max ${fmt(rates[2] as number)}). Target ≥ 100,000/s.`,
  '',
  '| award | evaluations per CPU-second | wall clock /s |',
  '|---|---|---|',
  ...perAward,
  '',
];
const text = lines.join('\n');
console.log(text);

if (process.argv.includes('--append')) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS-eligibility.md');
  if (!existsSync(file)) writeFileSync(file, '# Eligibility engine benchmark results\n\n');
  appendFileSync(file, `${text}\n`);
  console.log(`appended to ${file}`);
}
