// Property-based tests (fast-check) of invariants that really hold under RULES.md, with why.
// Histories are generated relative to the proposed year Y (offsets 0..11 years back) under both
// rule sets, biased towards good records so that a fair share of subjects is eligible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility,
  type AnnualRating,
  type AwardType,
  type BlockRecord,
  type EvaluationHistory,
  type EvaluationRequest,
  type EvaluationResult,
  type HeldAwardRecord,
  type InitiativeRecord,
  type InitiativeScope,
} from '../../src/eligibility/index.js';
import { award, LAW_2013, LAW_2022, request, unmetSummary } from './builders.js';

const INDIVIDUAL_CHAINS = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
  'bang_khen_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_ba',
] as const;
/** Awards whose streaks and windows are fixed spans ending at Y (no anchor). */
const FIXED_SPAN = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
  'bang_khen_tinh',
] as const;
const RANK: Record<AnnualRating, number> = { khong_hoan_thanh: 0, hoan_thanh: 1, tot: 2, xuat_sac: 3 };
const RUNS = { numRuns: 300 };

interface AbstractAward {
  code: string;
  d: number;
  type: AwardType;
  decided: 'none' | 'before' | 'after';
}
interface AbstractBlock {
  kind: 'discipline' | 'investigation';
  d: number;
  month: number;
  months: number;
  state: 'open' | 'closed' | 'future';
}
interface AbstractHistory {
  ratings: (AnnualRating | null)[];
  awards: AbstractAward[];
  initiatives: { d: number; scope: InitiativeScope }[];
  blocks: AbstractBlock[];
  chain: boolean;
}

const ratingArb = fc.constantFrom<AnnualRating | null>(
  'xuat_sac',
  'xuat_sac',
  'xuat_sac',
  'tot',
  'tot',
  'tot',
  'hoan_thanh',
  null,
);
const awardArb = fc.record<AbstractAward>({
  code: fc.constantFrom(
    'chien_si_thi_dua_co_so',
    'chien_si_thi_dua_co_so',
    'chien_si_thi_dua_co_so',
    'chien_si_thi_dua_tinh',
    'bang_khen_tinh',
    'bang_khen_thu_tuong',
    'huan_chuong_lao_dong_hang_ba',
  ),
  d: fc.integer({ min: 0, max: 11 }),
  type: fc.constantFrom<AwardType>('cong_trang', 'cong_trang', 'cong_trang', 'cong_trang', 'chuyen_de', 'dot_xuat'),
  decided: fc.constantFrom<AbstractAward['decided']>('none', 'before', 'before', 'after'),
});
const blockArb = fc.record<AbstractBlock>({
  kind: fc.constantFrom<AbstractBlock['kind']>('discipline', 'discipline', 'investigation'),
  d: fc.integer({ min: 0, max: 9 }),
  month: fc.integer({ min: 1, max: 12 }),
  months: fc.integer({ min: 1, max: 18 }),
  state: fc.constantFrom<AbstractBlock['state']>('open', 'closed', 'future'),
});
const historyArb: fc.Arbitrary<AbstractHistory> = fc.record({
  ratings: fc.array(ratingArb, { minLength: 10, maxLength: 10 }),
  awards: fc.array(awardArb, { maxLength: 12 }),
  initiatives: fc.array(
    fc.record({
      d: fc.integer({ min: 0, max: 9 }),
      scope: fc.constantFrom<InitiativeScope>('co_so', 'co_so', 'tinh', 'toan_quoc'),
    }),
    { maxLength: 7 },
  ),
  blocks: fc.array(blockArb, { maxLength: 2 }),
  chain: fc.boolean(),
});
const settingArb = fc.constantFrom(LAW_2022, LAW_2013);
const awardCodeArb = fc.constantFrom(...INDIVIDUAL_CHAINS);

const pad = (n: number) => String(n).padStart(2, '0');

/** The concrete history for achievement year `y` (asOf is 1 March of y+1). */
function concrete(a: AbstractHistory, y: number): EvaluationHistory {
  const ratings = [];
  for (let d = 0; d < a.ratings.length; d++) {
    const r = a.ratings[d];
    if (r !== null && r !== undefined) ratings.push({ year: y - d, rating: r });
  }
  const awards: HeldAwardRecord[] = [];
  if (a.chain) {
    // A well-formed chain, so that eligible subjects are common.
    awards.push(
      award('bang_khen_tinh', y - 6),
      award('bang_khen_thu_tuong', y - 6),
      award('chien_si_thi_dua_tinh', y - 3),
      award('chien_si_thi_dua_tinh', y),
    );
    for (const d of [0, 1, 2, 4]) awards.push(award('chien_si_thi_dua_co_so', y - d));
  }
  for (const x of a.awards) {
    const year = y - x.d;
    const decisionDate =
      x.decided === 'none' ? undefined : x.decided === 'before' ? `${year + 1}-01-15` : `${y + 1}-06-01`;
    awards.push(award(x.code, year, decisionDate === undefined ? { type: x.type } : { type: x.type, decisionDate }));
  }
  const initiatives: InitiativeRecord[] = a.initiatives.map((i) => ({ year: y - i.d, scope: i.scope }));
  if (a.chain) initiatives.push({ year: y - 1, scope: 'toan_quoc' }, { year: y, scope: 'co_so' });
  const blocks: BlockRecord[] = a.blocks.map((b) => {
    if (b.kind === 'investigation') {
      if (b.state === 'open') return { kind: 'investigation', from: `${y + 1}-01-10` };
      if (b.state === 'closed') return { kind: 'investigation', from: `${y}-05-01`, to: `${y}-12-01` };
      return { kind: 'investigation', from: `${y + 1}-04-01` };
    }
    const fromYear = y - b.d;
    const endIndex = b.month - 1 + b.months;
    const to = `${fromYear + Math.floor(endIndex / 12)}-${pad((endIndex % 12) + 1)}-01`;
    return { kind: 'discipline', from: `${fromYear}-${pad(b.month)}-01`, to };
  });
  return { ratings, awards, initiatives, blocks };
}

function evaluate(code: string, at: { asOf: string; year: number }, h: EvaluationHistory): EvaluationResult {
  return evaluateEligibility(request(code, at, h));
}

/** Counts how often the premise "eligible before" held, to make sure the properties are exercised. */
function premiseCounter() {
  let eligible = 0;
  let total = 0;
  return {
    see(r: EvaluationResult) {
      total++;
      if (r.verdict === 'eligible') eligible++;
    },
    check(min = 0.05) {
      expect(eligible / total).toBeGreaterThan(min);
    },
  };
}

describe('monotonicity (verdicts never get worse when the record gets better)', () => {
  // Ratings are only compared with "≥ tốt", "= xuất sắc" and "≥ 1 xuất sắc": each is monotone in the
  // rating, and a missing rating counts as below every rating. Nothing rewards a lower rating.
  it('raising a rating (or recording a missing one) never turns eligible into ineligible', () => {
    const c = premiseCounter();
    fc.assert(
      fc.property(
        settingArb,
        awardCodeArb,
        historyArb,
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom<AnnualRating>('xuat_sac', 'tot', 'hoan_thanh'),
        (at, code, a, d, candidate) => {
          const before = evaluate(code, at, concrete(a, at.year));
          c.see(before);
          if (before.verdict !== 'eligible') return;
          const current = a.ratings[d] ?? null;
          const raised = current === null || RANK[candidate] > RANK[current] ? candidate : current;
          const b: AbstractHistory = { ...a, ratings: a.ratings.map((r, i) => (i === d ? raised : r)) };
          expect(evaluate(code, at, concrete(b, at.year)).verdict).toBe('eligible');
        },
      ),
      RUNS,
    );
    c.check();
  });

  // An investigation only produces `blocked`; it never moves an anchor or clips a window.
  it('removing an investigation never turns eligible into ineligible (every chain)', () => {
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const before = evaluate(code, at, concrete(a, at.year));
        if (before.verdict !== 'eligible') return;
        const b = { ...a, blocks: a.blocks.filter((x) => x.kind !== 'investigation') };
        expect(evaluate(code, at, concrete(b, at.year)).verdict).toBe('eligible');
      }),
      RUNS,
    );
  });

  // For fixed spans ending at Y a discipline can only block, break a streak or clip a window, so
  // removing it only removes failures. NOT true for anchored windows (Bằng khen Thủ tướng, HCLĐ hạng
  // Ba): the discipline moves the anchor forward, which drops earlier low-rated years from the window
  // (see the explicit counterexample below).
  it('removing a discipline never turns eligible into ineligible (fixed-span awards)', () => {
    const c = premiseCounter();
    fc.assert(
      fc.property(settingArb, fc.constantFrom(...FIXED_SPAN), historyArb, fc.nat(), (at, code, a, pick) => {
        const before = evaluate(code, at, concrete(a, at.year));
        c.see(before);
        if (before.verdict !== 'eligible' || a.blocks.length === 0) return;
        const drop = pick % a.blocks.length;
        const b = { ...a, blocks: a.blocks.filter((_, i) => i !== drop) };
        expect(evaluate(code, at, concrete(b, at.year)).verdict).toBe('eligible');
      }),
      RUNS,
    );
    c.check();
  });

  // Titles (CSTĐ cơ sở, CSTĐ tỉnh) enter only runs and counts. NOT true of the prerequisite forms: a
  // later merit Bằng khen tỉnh becomes the new anchor P and shortens the window (counterexample below).
  it('adding a held merit CSTĐ cơ sở or CSTĐ tỉnh for a year never removes eligibility', () => {
    const c = premiseCounter();
    fc.assert(
      fc.property(
        settingArb,
        awardCodeArb,
        historyArb,
        fc.constantFrom('chien_si_thi_dua_co_so', 'chien_si_thi_dua_tinh'),
        fc.integer({ min: 0, max: 9 }),
        (at, code, a, title, d) => {
          const before = evaluate(code, at, concrete(a, at.year));
          c.see(before);
          if (before.verdict !== 'eligible') return;
          const b = {
            ...a,
            awards: [...a.awards, { code: title, d, type: 'cong_trang' as const, decided: 'before' as const }],
          };
          expect(evaluate(code, at, concrete(b, at.year)).verdict).toBe('eligible');
        },
      ),
      RUNS,
    );
    c.check();
  });

  // Initiatives only ever satisfy "a work of scope ≥ s in a window" or "n works in a window".
  it('adding an initiative never removes eligibility', () => {
    fc.assert(
      fc.property(
        settingArb,
        awardCodeArb,
        historyArb,
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom<InitiativeScope>('co_so', 'tinh', 'toan_quoc'),
        (at, code, a, d, scope) => {
          const before = evaluate(code, at, concrete(a, at.year));
          if (before.verdict !== 'eligible') return;
          const b = { ...a, initiatives: [...a.initiatives, { d, scope }] };
          expect(evaluate(code, at, concrete(b, at.year)).verdict).toBe('eligible');
        },
      ),
      RUNS,
    );
  });
});

describe('counterexamples: why the two properties above exclude anchored windows and forms', () => {
  const at = LAW_2022;
  const y = at.year;
  const history = (withDiscipline: boolean, laterBangKhenTinh: boolean): EvaluationHistory => ({
    ratings: [
      { year: y - 9, rating: 'hoan_thanh' },
      ...Array.from({ length: 9 }, (_, i) => ({ year: y - 8 + i, rating: 'tot' as const })),
    ],
    awards: [
      award('bang_khen_tinh', y - 10),
      ...(laterBangKhenTinh ? [award('bang_khen_tinh', y - 2)] : []),
      award('chien_si_thi_dua_co_so', y - 4),
      award('chien_si_thi_dua_co_so', y - 2),
      award('chien_si_thi_dua_co_so', y),
    ],
    blocks: withDiscipline ? [{ kind: 'discipline', from: `${y - 6}-03-01`, to: `${y - 6}-09-01` }] : [],
  });

  it('removing a discipline can make Bằng khen Thủ tướng ineligible (the restart had dropped a low year)', () => {
    expect(evaluate('bang_khen_thu_tuong', at, history(true, false)).verdict).toBe('eligible');
    expect(unmetSummary(evaluate('bang_khen_thu_tuong', at, history(false, false)))).toEqual([
      ['rating_too_low', y - 9, null, null],
    ]);
  });

  it('adding a later merit Bằng khen tỉnh can make Bằng khen Thủ tướng ineligible (the anchor moves)', () => {
    expect(evaluate('bang_khen_thu_tuong', at, history(true, false)).verdict).toBe('eligible');
    expect(evaluate('bang_khen_thu_tuong', at, history(true, true)).verdict).toBe('ineligible');
  });
});

describe('consistency of every answer', () => {
  it('awards decided after asOf count exactly as if absent', () => {
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const withLate = evaluate(code, at, concrete(a, at.year));
        const without = evaluate(
          code,
          at,
          concrete({ ...a, awards: a.awards.filter((x) => x.decided !== 'after') }, at.year),
        );
        expect(withLate.verdict).toBe(without.verdict);
        expect(unmetSummary(withLate)).toEqual(unmetSummary(without));
      }),
      RUNS,
    );
  });

  it('verdict, unmet entries, alternatives, earliest years and messages agree', () => {
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const r = evaluate(code, at, concrete(a, at.year));
        expect(r.verdict === 'eligible').toBe(r.unmet.length === 0);
        expect(r.verdict).not.toBe('review');
        for (const u of r.unmet) {
          expect(u.message.length).toBeGreaterThan(0);
          expect(u.message.normalize('NFC')).toBe(u.message);
          if (u.earliestYear !== undefined) expect(u.earliestYear).toBeGreaterThanOrEqual(at.year);
          if (u.alternative !== undefined) {
            const hasAlternatives =
              code === 'bang_khen_tinh' || (code === 'chien_si_thi_dua_co_so' && r.ruleSet === 'law-2022');
            expect(hasAlternatives).toBe(true);
          }
          if (u.code === 'missing_prior_award' || u.code === 'prior_award_not_merit')
            expect(u.earliestYear).toBeUndefined();
        }
        expect(r.toConfirm.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  // `earliestYear` E says: if every year after the last recorded one met every requirement, the
  // condition would hold at E. Completing the history that way (ratings xuất sắc, merit titles, five
  // national works a year) and proposing E must clear that condition.
  it('earliestYear is sound: completing the history after its last year clears the condition at E', () => {
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const h = concrete(a, at.year);
        const r = evaluate(code, at, h);
        for (const u of r.unmet) {
          if (u.earliestYear === undefined) continue;
          const e = u.earliestYear;
          const last = lastRecordedYear(h, at.asOf);
          const filled = fillPerfectly(h, last, e);
          const later = evaluateEligibility({ ...request(code, at, filled), year: e });
          const same = later.unmet.filter(
            (v) =>
              v.code === u.code &&
              v.alternative === u.alternative &&
              !(v.code === 'blocked' && v.params.reason === 'investigation'),
          );
          expect(same, `${code} ${u.code} at ${e}`).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  // …and it is the first such year: one year earlier, with the history completed up to that year,
  // the condition still fails (checked for conditions required in every case, alternative 0).
  it('earliestYear is minimal', () => {
    let checked = 0;
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const h = concrete(a, at.year);
        const r = evaluate(code, at, h);
        for (const u of r.unmet) {
          if (u.earliestYear === undefined || u.alternative !== undefined || u.earliestYear - 1 < at.year) continue;
          const e = u.earliestYear - 1;
          const filled = fillPerfectly(h, lastRecordedYear(h, at.asOf), e);
          const earlier = evaluateEligibility({ ...request(code, at, filled), year: e });
          const same = earlier.unmet.filter(
            (v) =>
              v.code === u.code &&
              v.alternative === undefined &&
              !(v.code === 'blocked' && v.params.reason === 'investigation'),
          );
          expect(same.length, `${code} ${u.code} at ${e}`).toBeGreaterThan(0);
          checked++;
        }
      }),
      RUNS,
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('is pure: the same input gives the same answer and is not mutated', () => {
    fc.assert(
      fc.property(settingArb, awardCodeArb, historyArb, (at, code, a) => {
        const req: EvaluationRequest = deepFreeze(request(code, at, concrete(a, at.year)));
        expect(evaluateEligibility(req)).toEqual(evaluateEligibility(req));
      }),
      { numRuns: 100 },
    );
  });
});

function lastRecordedYear(h: EvaluationHistory, asOf: string): number {
  let last = -Infinity;
  for (const r of h.ratings ?? []) last = Math.max(last, r.year);
  for (const x of h.awards ?? [])
    if (!x.decisionDate || x.decisionDate <= asOf) last = Math.max(last, x.year ?? -Infinity);
  for (const i of h.initiatives ?? []) last = Math.max(last, i.year);
  return last;
}

function fillPerfectly(h: EvaluationHistory, last: number, upTo: number): EvaluationHistory {
  const ratings = [...(h.ratings ?? [])];
  const awards = [...(h.awards ?? [])];
  const initiatives = [...(h.initiatives ?? [])];
  const start = Number.isFinite(last) ? last + 1 : upTo - 20;
  for (let y = start; y <= upTo; y++) {
    ratings.push({ year: y, rating: 'xuat_sac' });
    for (const t of ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so', 'chien_si_thi_dua_tinh']) awards.push(award(t, y));
    for (let k = 0; k < 5; k++) initiatives.push({ year: y, scope: 'toan_quoc' });
  }
  return { ...h, ratings, awards, initiatives };
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
