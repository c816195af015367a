// Validates the history of a request and indexes it by year, once per evaluation, so that rules
// answer "rating of year y", "held merit title in y", "initiatives in [a, b]" without scanning.
//
// The index also answers in a *hypothetical* mode used for `earliestYear` (RULES.md §3): every year
// after the history's last recorded year is assumed to meet every yearly requirement — rated
// `xuat_sac`, holding every merit *title* (danh hiệu), with initiatives of national scope — while
// recorded disciplines still apply and no *form* (the prerequisite award of a chain) is assumed.
import type { AnnualRating, AwardType, InitiativeScope, SubjectKind } from '../catalogue/catalogue.types.js';
import { ANNUAL_RATINGS, AWARD_TYPES, INITIATIVE_SCOPES } from '../catalogue/catalogue.types.js';
import { getAwardDefinition } from '../catalogue/awards.js';
import { EligibilityInputError, type EligibilityInputIssue } from './eligibility.errors.js';
import type { MemberStatsRecord } from './eligibility.types.js';
import { isIsoCalendarDate } from './rule-sets.js';

export const RATING_RANK: Readonly<Record<AnnualRating, number>> = {
  khong_hoan_thanh: 0,
  hoan_thanh: 1,
  tot: 2,
  xuat_sac: 3,
};
export const RATING_BY_RANK: readonly AnnualRating[] = ['khong_hoan_thanh', 'hoan_thanh', 'tot', 'xuat_sac'];
export const RANK_TOT = 2;
export const RANK_XUAT_SAC = 3;
/** Rank of a missing rating. */
export const RANK_NONE = -1;

export const SCOPE_RANK: Readonly<Record<InitiativeScope, number>> = { co_so: 1, tinh: 2, toan_quoc: 3 };
export const SCOPE_BY_RANK: readonly (InitiativeScope | null)[] = [null, 'co_so', 'tinh', 'toan_quoc'];

/** Year sentinels: before any year, after any year. */
export const NO_YEAR = -1_000_000;
export const OPEN_END_YEAR = 1_000_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
/** Hypothetical years supply this many initiatives each: more than any rule needs. */
const HYPOTHETICAL_INITIATIVES = 1_000;

export interface DisciplinePeriod {
  readonly from: string;
  readonly to: string | null;
  readonly fromYear: number;
  /** Last year touched; `OPEN_END_YEAR` when the period has no end. */
  readonly toYear: number;
}

export interface InvestigationPeriod {
  readonly from: string;
  readonly to: string | null;
}

const PERFECT_MEMBER_STATS: MemberStatsRecord = Object.freeze({
  year: 0,
  members: 1,
  completedTasks: 1,
  laoDongTienTien: 1,
  chienSiThiDuaCoSo: 1,
  disciplinedWarningOrAbove: 0,
});

const RATING_SET: ReadonlySet<string> = new Set(ANNUAL_RATINGS);
const TYPE_SET: ReadonlySet<string> = new Set(AWARD_TYPES);
const SCOPE_SET: ReadonlySet<string> = new Set(INITIATIVE_SCOPES);

export class HistoryIndex {
  /** When true, years after `last` answer as if every requirement were met. */
  hyp = false;
  /** The history's last recorded year (ratings, held awards, initiatives, member figures). */
  readonly last: number;
  readonly disciplines: readonly DisciplinePeriod[];
  readonly openInvestigations: readonly InvestigationPeriod[];
  /** Largest finite year any discipline touches, for bounding searches. */
  readonly lastDisciplineYear: number;

  private readonly ratingBase: number;
  private readonly ratingRanks: readonly number[];
  private readonly meritHeld: Map<string, number[]>;
  private readonly otherTypesHeld: Map<string, AwardType[]> | null;
  private readonly meritNotYetDecided: Map<string, string> | null;
  private readonly initiativeYears: number[];
  private readonly initiativeScopes: number[];
  private readonly members: Map<number, MemberStatsRecord>;

  constructor(parts: {
    last: number;
    ratingBase: number;
    ratingRanks: number[];
    meritHeld: Map<string, number[]>;
    otherTypesHeld: Map<string, AwardType[]> | null;
    meritNotYetDecided: Map<string, string> | null;
    initiativeYears: number[];
    initiativeScopes: number[];
    disciplines: DisciplinePeriod[];
    openInvestigations: InvestigationPeriod[];
    members: Map<number, MemberStatsRecord>;
  }) {
    this.last = parts.last;
    this.ratingBase = parts.ratingBase;
    this.ratingRanks = parts.ratingRanks;
    this.meritHeld = parts.meritHeld;
    this.otherTypesHeld = parts.otherTypesHeld;
    this.meritNotYetDecided = parts.meritNotYetDecided;
    this.initiativeYears = parts.initiativeYears;
    this.initiativeScopes = parts.initiativeScopes;
    this.disciplines = parts.disciplines;
    this.openInvestigations = parts.openInvestigations;
    this.members = parts.members;
    let ld = NO_YEAR;
    for (const d of parts.disciplines) {
      if (d.toYear !== OPEN_END_YEAR && d.toYear > ld) ld = d.toYear;
      if (d.fromYear > ld) ld = d.fromYear;
    }
    this.lastDisciplineYear = ld;
  }

  private future(y: number): boolean {
    return this.hyp && y > this.last;
  }

  /** Rank of the rating of year `y` (`RANK_NONE` when missing). */
  rating(y: number): number {
    if (this.future(y)) return RANK_XUAT_SAC;
    const r = this.ratingRanks[y - this.ratingBase];
    return r === undefined ? RANK_NONE : r;
  }

  /** Whether a merit (`cong_trang`) title `code` of achievement year `y` is held at `asOf`. */
  holdsTitle(code: string, y: number): boolean {
    if (this.future(y)) return true;
    const ys = this.meritHeld.get(code);
    return ys !== undefined && ys.includes(y);
  }

  /** Latest achievement year of a held merit award `code` (never hypothetical). */
  latestMerit(code: string): number | undefined {
    const ys = this.meritHeld.get(code);
    if (ys === undefined) return undefined;
    let latest = ys[0] as number;
    for (let i = 1; i < ys.length; i++) if ((ys[i] as number) > latest) latest = ys[i] as number;
    return latest;
  }

  /** Types other than `cong_trang` of held awards `code`, sorted, or undefined. */
  otherTypes(code: string): readonly AwardType[] | undefined {
    return this.otherTypesHeld === null ? undefined : this.otherTypesHeld.get(code);
  }

  /** Decision date of a merit award `code` decided after `asOf` (the latest such), if any. */
  notYetDecided(code: string): string | undefined {
    return this.meritNotYetDecided === null ? undefined : this.meritNotYetDecided.get(code);
  }

  /** Held merit award `code` of year `y` exists only as a decision after `asOf`? */
  notYetDecidedFor(code: string, y: number): string | undefined {
    return this.meritNotYetDecided === null ? undefined : this.meritNotYetDecided.get(`${code}@${y}`);
  }

  /** Widest initiative scope rank recognised in [a, b] (0 when none). */
  initiativeBest(a: number, b: number): number {
    if (a > b) return 0;
    if (this.hyp && b > this.last) return 3;
    let best = 0;
    const ys = this.initiativeYears;
    for (let i = 0; i < ys.length; i++) {
      const y = ys[i] as number;
      if (y >= a && y <= b) {
        const s = this.initiativeScopes[i] as number;
        if (s > best) best = s;
      }
    }
    return best;
  }

  /** Number of initiatives of scope rank ≥ `minScope` recognised in [a, b]. */
  initiativeCount(a: number, b: number, minScope: number): number {
    if (a > b) return 0;
    let n = 0;
    if (this.hyp && b > this.last) n += HYPOTHETICAL_INITIATIVES;
    const ys = this.initiativeYears;
    for (let i = 0; i < ys.length; i++) {
      const y = ys[i] as number;
      if (y >= a && y <= b && (this.initiativeScopes[i] as number) >= minScope) n++;
    }
    return n;
  }

  /** The discipline touching [a, b] that reaches furthest, or null. */
  lastDisciplineTouching(a: number, b: number): DisciplinePeriod | null {
    let found: DisciplinePeriod | null = null;
    for (const d of this.disciplines) {
      if (d.fromYear <= b && d.toYear >= a && (found === null || d.toYear > found.toYear)) found = d;
    }
    return found;
  }

  /** Member figures of year `y`, or undefined when not recorded. */
  memberStats(y: number): MemberStatsRecord | undefined {
    if (this.future(y)) return PERFECT_MEMBER_STATS;
    return this.members.get(y);
  }
}

/** JSON path of item `i` of `history[key]`, built only when reporting an issue. */
function itemPath(key: string, i: number): string {
  return `history.${key}[${i}]`;
}

function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function arrayAt(history: Record<string, unknown>, key: string, issues: EligibilityInputIssue[]): readonly unknown[] {
  const v = history[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    issues.push({ path: `history.${key}`, issue: 'must be an array' });
    return [];
  }
  return v;
}

/** Validates `history` and builds its index. Throws `EligibilityInputError`. */
export function buildHistoryIndex(history: unknown, asOf: string, subjectKind: SubjectKind): HistoryIndex {
  const issues: EligibilityInputIssue[] = [];
  const unknownAwards: EligibilityInputIssue[] = [];
  if (history !== undefined && history !== null && !isObject(history)) {
    throw new EligibilityInputError('validation_failed', [{ path: 'history', issue: 'must be an object' }]);
  }
  const h: Record<string, unknown> = (history as Record<string, unknown> | undefined | null) ?? {};
  let last = NO_YEAR;

  // Ratings: one per year, stored in an array indexed from the earliest year.
  const ratingList = arrayAt(h, 'ratings', issues);
  let ratingBase = 0;
  const ratingRanks: number[] = [];
  if (ratingList.length > 0) {
    let min = MAX_YEAR;
    let max = MIN_YEAR;
    for (let i = 0; i < ratingList.length; i++) {
      const r = ratingList[i] as { year?: unknown } | null;
      const y = r !== null && typeof r === 'object' ? r.year : undefined;
      if (isYear(y)) {
        if (y < min) min = y;
        if (y > max) max = y;
      }
    }
    ratingBase = min;
    for (let y = min; y <= max; y++) ratingRanks.push(RANK_NONE);
    for (let i = 0; i < ratingList.length; i++) {
      const r = ratingList[i];
      if (!isObject(r) || !isYear(r.year) || typeof r.rating !== 'string' || !RATING_SET.has(r.rating)) {
        issues.push({
          path: itemPath('ratings', i),
          issue: 'needs an integer year and a rating among xuat_sac, tot, hoan_thanh, khong_hoan_thanh',
        });
        continue;
      }
      if (ratingRanks[r.year - min] !== RANK_NONE) {
        issues.push({ path: `${itemPath('ratings', i)}.year`, issue: `second rating for ${r.year}` });
        continue;
      }
      ratingRanks[r.year - min] = RATING_RANK[r.rating as AnnualRating];
      if (r.year > last) last = r.year;
    }
  }

  // Awards: held = decided on or before asOf (or no decision date). Only `cong_trang` is indexed for
  // chains; other types are remembered to explain `prior_award_not_merit`.
  const meritHeld = new Map<string, number[]>();
  let otherTypesHeld: Map<string, AwardType[]> | null = null;
  let meritNotYetDecided: Map<string, string> | null = null;
  const awardList = arrayAt(h, 'awards', issues);
  for (let i = 0; i < awardList.length; i++) {
    const a = awardList[i];
    if (!isObject(a) || typeof a.award !== 'string') {
      issues.push({ path: itemPath('awards', i), issue: 'needs an award code' });
      continue;
    }
    if (!getAwardDefinition(a.award)) {
      unknownAwards.push({
        path: `${itemPath('awards', i)}.award`,
        issue: `unknown award code ${JSON.stringify(a.award)}`,
      });
      continue;
    }
    const type = a.type === undefined || a.type === null ? 'cong_trang' : a.type;
    if (typeof type !== 'string' || !TYPE_SET.has(type)) {
      issues.push({ path: `${itemPath('awards', i)}.type`, issue: 'unknown award type' });
      continue;
    }
    const date = a.decisionDate;
    if (date !== undefined && date !== null && !isIsoCalendarDate(date)) {
      issues.push({ path: `${itemPath('awards', i)}.decisionDate`, issue: 'must be a date YYYY-MM-DD' });
      continue;
    }
    let year: number;
    if (a.year === undefined || a.year === null) {
      // Decree 152 Art. 33(7): without an achievement period, count from the decision date.
      if (typeof date !== 'string') {
        issues.push({ path: `${itemPath('awards', i)}.year`, issue: 'needs an achievement year or a decision date' });
        continue;
      }
      year = Number(date.slice(0, 4));
    } else if (isYear(a.year)) {
      year = a.year;
    } else {
      issues.push({ path: `${itemPath('awards', i)}.year`, issue: 'must be an integer year' });
      continue;
    }
    const held = typeof date !== 'string' || date <= asOf;
    if (!held) {
      if (type === 'cong_trang') {
        if (meritNotYetDecided === null) meritNotYetDecided = new Map();
        const prev = meritNotYetDecided.get(a.award);
        if (prev === undefined || date > prev) meritNotYetDecided.set(a.award, date as string);
        meritNotYetDecided.set(`${a.award}@${year}`, date as string);
      }
      continue;
    }
    if (year > last) last = year;
    if (type === 'cong_trang') {
      const ys = meritHeld.get(a.award);
      if (ys === undefined) meritHeld.set(a.award, [year]);
      else ys.push(year);
    } else {
      if (otherTypesHeld === null) otherTypesHeld = new Map();
      let t = otherTypesHeld.get(a.award);
      if (!t) otherTypesHeld.set(a.award, (t = []));
      if (!t.includes(type as AwardType)) {
        t.push(type as AwardType);
        t.sort();
      }
    }
  }

  // Initiatives and scientific works.
  const initiativeYears: number[] = [];
  const initiativeScopes: number[] = [];
  const initiativeList = arrayAt(h, 'initiatives', issues);
  for (let i = 0; i < initiativeList.length; i++) {
    const it = initiativeList[i];
    if (!isObject(it) || !isYear(it.year) || typeof it.scope !== 'string' || !SCOPE_SET.has(it.scope)) {
      issues.push({
        path: `history.initiatives[${i}]`,
        issue: 'needs an integer year and a scope among co_so, tinh, toan_quoc',
      });
      continue;
    }
    initiativeYears.push(it.year);
    initiativeScopes.push(SCOPE_RANK[it.scope as InitiativeScope]);
    if (it.year > last) last = it.year;
  }

  // Blocks. Periods are closed intervals of dates; an investigation is open at asOf when it has
  // started by then and has no end or ends after asOf (RULES.md §2).
  const disciplines: DisciplinePeriod[] = [];
  const openInvestigations: InvestigationPeriod[] = [];
  const blockList = arrayAt(h, 'blocks', issues);
  for (let i = 0; i < blockList.length; i++) {
    const b = blockList[i];
    if (!isObject(b) || (b.kind !== 'discipline' && b.kind !== 'investigation')) {
      issues.push({ path: itemPath('blocks', i), issue: 'needs kind discipline or investigation' });
      continue;
    }
    if (!isIsoCalendarDate(b.from)) {
      issues.push({ path: `${itemPath('blocks', i)}.from`, issue: 'must be a date YYYY-MM-DD' });
      continue;
    }
    const to = b.to === undefined || b.to === null ? null : b.to;
    if (to !== null && (!isIsoCalendarDate(to) || to < b.from)) {
      issues.push({ path: `${itemPath('blocks', i)}.to`, issue: 'must be a date YYYY-MM-DD not before from' });
      continue;
    }
    if (b.kind === 'discipline') {
      disciplines.push({
        from: b.from,
        to,
        fromYear: Number(b.from.slice(0, 4)),
        toYear: to === null ? OPEN_END_YEAR : Number(to.slice(0, 4)),
      });
    } else if (b.from <= asOf && (to === null || to > asOf)) {
      openInvestigations.push({ from: b.from, to });
    }
  }

  // Member figures (collectives only; ignored for other subjects).
  const members = new Map<number, MemberStatsRecord>();
  const statsList = arrayAt(h, 'memberStats', issues);
  if (subjectKind === 'collective') {
    for (let i = 0; i < statsList.length; i++) {
      const m = statsList[i];
      if (
        !isObject(m) ||
        !isYear(m.year) ||
        !isCount(m.members) ||
        m.members < 1 ||
        !isCount(m.completedTasks) ||
        !isCount(m.laoDongTienTien) ||
        !isCount(m.chienSiThiDuaCoSo) ||
        !isCount(m.disciplinedWarningOrAbove)
      ) {
        issues.push({
          path: itemPath('memberStats', i),
          issue: 'needs an integer year, members ≥ 1 and non-negative integer counts',
        });
        continue;
      }
      if (
        m.completedTasks > m.members ||
        m.laoDongTienTien > m.members ||
        m.chienSiThiDuaCoSo > m.members ||
        m.disciplinedWarningOrAbove > m.members
      ) {
        issues.push({ path: itemPath('memberStats', i), issue: 'a count exceeds the number of members' });
        continue;
      }
      if (members.has(m.year)) {
        issues.push({ path: `${itemPath('memberStats', i)}.year`, issue: `second member figures for ${m.year}` });
        continue;
      }
      members.set(m.year, {
        year: m.year,
        members: m.members,
        completedTasks: m.completedTasks,
        laoDongTienTien: m.laoDongTienTien,
        chienSiThiDuaCoSo: m.chienSiThiDuaCoSo,
        disciplinedWarningOrAbove: m.disciplinedWarningOrAbove,
      });
      if (m.year > last) last = m.year;
    }
  }

  if (issues.length > 0) throw new EligibilityInputError('validation_failed', issues);
  if (unknownAwards.length > 0) throw new EligibilityInputError('unknown_award', unknownAwards);

  return new HistoryIndex({
    last,
    ratingBase,
    ratingRanks,
    meritHeld,
    otherTypesHeld,
    meritNotYetDecided,
    initiativeYears,
    initiativeScopes,
    disciplines,
    openInvestigations,
    members,
  });
}
