// Small builders for eligibility requests in tests.
import type {
  AnnualRating,
  AwardType,
  BlockRecord,
  EvaluationHistory,
  EvaluationRequest,
  EvaluationResult,
  HeldAwardRecord,
  InitiativeRecord,
  InitiativeScope,
  MemberStatsRecord,
  SubjectKind,
} from '../../src/eligibility/index.js';

/** law-2022 with Decree 152 (asOf 2026-03-01, year 2025) and law-2013 (asOf 2023-03-01, year 2022). */
export const LAW_2022 = { asOf: '2026-03-01', year: 2025 } as const;
export const LAW_2013 = { asOf: '2023-03-01', year: 2022 } as const;
export const BOTH = [
  ['law-2022', LAW_2022],
  ['law-2013', LAW_2013],
] as const;

export function request(
  award: string,
  at: { readonly asOf: string; readonly year: number },
  history: EvaluationHistory = {},
  kind: SubjectKind = 'individual',
): EvaluationRequest {
  return { award, asOf: at.asOf, year: at.year, subject: { kind }, history };
}

/** Ratings from a `{year: rating}` map. */
export function ratings(spec: Record<number, AnnualRating>): { year: number; rating: AnnualRating }[] {
  return Object.entries(spec).map(([y, rating]) => ({ year: Number(y), rating }));
}

/** The same rating for every year of [from, to]. */
export function ratingRun(
  from: number,
  to: number,
  rating: AnnualRating = 'tot',
): { year: number; rating: AnnualRating }[] {
  const out = [];
  for (let y = from; y <= to; y++) out.push({ year: y, rating });
  return out;
}

export function award(
  code: string,
  year: number,
  opts: { type?: AwardType; decisionDate?: string | null } = {},
): HeldAwardRecord {
  return {
    award: code,
    year,
    type: opts.type ?? 'cong_trang',
    ...(opts.decisionDate !== undefined ? { decisionDate: opts.decisionDate } : {}),
  };
}

/** Merit CSTĐ cơ sở for each year, decided on 15 January of the next year. */
export function cstdcs(...years: number[]): HeldAwardRecord[] {
  return years.map((y) => award('chien_si_thi_dua_co_so', y, { decisionDate: `${y + 1}-01-15` }));
}

export function cstdTinh(...years: number[]): HeldAwardRecord[] {
  return years.map((y) => award('chien_si_thi_dua_tinh', y, { decisionDate: `${y + 1}-02-15` }));
}

export function initiative(year: number, scope: InitiativeScope = 'co_so'): InitiativeRecord {
  return { year, scope };
}

export function discipline(from: string, to?: string | null): BlockRecord {
  return to === undefined ? { kind: 'discipline', from } : { kind: 'discipline', from, to };
}

export function investigation(from: string, to?: string | null): BlockRecord {
  return to === undefined ? { kind: 'investigation', from } : { kind: 'investigation', from, to };
}

export function members(
  year: number,
  m: number,
  completed: number,
  ldtt: number,
  cstdcsCount: number,
  disciplined = 0,
): MemberStatsRecord {
  return {
    year,
    members: m,
    completedTasks: completed,
    laoDongTienTien: ldtt,
    chienSiThiDuaCoSo: cstdcsCount,
    disciplinedWarningOrAbove: disciplined,
  };
}

/** A compact, order-preserving view of `unmet`: code, year, earliestYear, alternative. */
export type UnmetSummary = readonly [
  code: string,
  year: number | null,
  earliestYear: number | null,
  alternative: number | null,
];

export function unmetSummary(r: EvaluationResult): UnmetSummary[] {
  return r.unmet.map((u) => [u.code, u.year ?? null, u.earliestYear ?? null, u.alternative ?? null] as const);
}

export function unmetCodes(r: EvaluationResult): string[] {
  return r.unmet.map((u) => u.code);
}
