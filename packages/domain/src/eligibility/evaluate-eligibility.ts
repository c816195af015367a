// The explainable eligibility engine (RULES.md §1–4): validates the request, selects the rule set and
// decree by `asOf`, runs the award's rule against the indexed history and explains the verdict —
// every failed condition with its code, Vietnamese message, basis and earliest fixing year.
import type { DecreeId, RuleSetId, SubjectKind } from '../catalogue/catalogue.types.js';
import { SUBJECT_KINDS } from '../catalogue/catalogue.types.js';
import { getAwardDefinition, type AwardDefinition } from '../catalogue/awards.js';
import { getParameterDefinition } from '../catalogue/parameters.js';
import { EligibilityInputError, type EligibilityInputIssue } from './eligibility.errors.js';
import type {
  EligibilityVerdict,
  EvaluationOptions,
  EvaluationRequest,
  EvaluationResult,
  MessageParams,
  MetCondition,
  ToConfirmItem,
  UnmetCode,
  UnmetCondition,
} from './eligibility.types.js';
import { buildHistoryIndex, NO_YEAR, type HistoryIndex } from './history-index.js';
import { NO_PARAMS } from './rules/rule-helpers.js';
import { basisCitation, formatBasis, type BasisCitation, type BasisRef, type RuleCitation } from './legal-basis.js';
import { formatUnmetMessage } from './messages.js';
import { isIsoCalendarDate, selectDecree, selectRuleSet } from './rule-sets.js';
import { findEligibilityRule } from './rules/index.js';
import { reviewJudgementGrounds } from './rules/review.rule.js';
import type {
  ConditionSink,
  EligibilityRule,
  JudgementGround,
  ResolvedParameter,
  RuleContext,
} from './rules/rule.types.js';

interface PassEntry {
  readonly cond: string;
  readonly alt: number;
  readonly basis: BasisRef;
  readonly params: MessageParams;
}
interface FailEntry extends PassEntry {
  readonly code: UnmetCode;
  readonly year: number | undefined;
  readonly unfixable: boolean;
}

class DetailSink implements ConditionSink {
  readonly detail = true;
  readonly passes: PassEntry[] = [];
  readonly fails: FailEntry[] = [];
  pass(cond: string, alt: number, basis: BasisRef, params: MessageParams): void {
    this.passes.push({ cond, alt, basis, params });
  }
  fail(
    cond: string,
    alt: number,
    basis: BasisRef,
    code: UnmetCode,
    year: number | undefined,
    params: MessageParams,
    unfixable = false,
  ): void {
    this.fails.push({ cond, alt, basis, code, year, params, unfixable });
  }
}

/**
 * Records only which conditions held, for the `earliestYear` search. Each condition id maps to
 * `round × 16 + bits of the alternatives seen`, so a new round needs no clearing.
 */
class ProbeSink implements ConditionSink {
  readonly detail = false;
  private round = 0;
  private readonly passed = new Map<string, number>();
  private readonly failed = new Map<string, number>();
  nextRound(): void {
    this.round++;
  }
  private mark(m: Map<string, number>, cond: string, alt: number): void {
    const v = m.get(cond);
    const bit = 1 << alt;
    m.set(cond, v !== undefined && v >> 4 === this.round ? v | bit : (this.round << 4) | bit);
  }
  private has(m: Map<string, number>, cond: string, alt: number): boolean {
    const v = m.get(cond);
    return v !== undefined && v >> 4 === this.round && (v & (1 << alt)) !== 0;
  }
  pass(cond: string, alt: number): void {
    this.mark(this.passed, cond, alt);
  }
  fail(cond: string, alt: number): void {
    this.mark(this.failed, cond, alt);
  }
  holds(cond: string, alt: number): boolean {
    return this.has(this.passed, cond, alt) && !this.has(this.failed, cond, alt);
  }
}

function condKey(cond: string, alt: number): string {
  return alt === 0 ? cond : `${alt}:${cond}`;
}

/**
 * How many years past the furthest known year (last recorded year, last year a discipline touches)
 * the `earliestYear` search looks: the longest look-back of a rule is 6 years ([Y−5, Y]), and an
 * anchored window needs 5 years after its anchor, so a condition that can hold does so by then.
 */
const SEARCH_MARGIN = 6;

/** Conditions no later achievement year can fix: the prerequisite award, an open investigation. */
const UNFIXABLE: ReadonlySet<string> = new Set(['prior_award', 'no_open_investigation']);

/**
 * Blocks (RULES.md §2; Decree 98/2023, 152/2025 Art. 4(4)): a discipline overlapping year `year`, or an
 * investigation, inspection or complaint review open at `asOf`, makes the subject ineligible.
 */
function evaluateBlocks(ctx: RuleContext, year: number, sink: ConditionSink): void {
  const h = ctx.h;
  let disciplined = false;
  for (const d of h.disciplines) {
    if (d.fromYear <= year && d.toYear >= year) {
      disciplined = true;
      sink.fail(
        'no_discipline_in_year',
        0,
        'blocks',
        'blocked',
        year,
        sink.detail ? { reason: 'discipline', year, from: d.from, to: d.to } : NO_PARAMS,
      );
    }
  }
  if (!disciplined) sink.pass('no_discipline_in_year', 0, 'blocks', sink.detail ? { year } : NO_PARAMS);
  if (h.openInvestigations.length === 0) {
    sink.pass('no_open_investigation', 0, 'blocks', sink.detail ? { asOf: ctx.asOf } : NO_PARAMS);
    return;
  }
  for (const inv of h.openInvestigations) {
    sink.fail(
      'no_open_investigation',
      0,
      'blocks',
      'blocked',
      undefined,
      sink.detail ? { reason: 'investigation', from: inv.from, to: inv.to, asOf: ctx.asOf } : NO_PARAMS,
    );
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

interface ValidatedHead {
  readonly def: AwardDefinition;
  readonly kind: SubjectKind;
  readonly year: number;
  readonly asOf: string;
  readonly ruleSet: RuleSetId;
  readonly decree: DecreeId;
}

function validateHead(request: unknown): ValidatedHead {
  if (typeof request !== 'object' || request === null) {
    throw new EligibilityInputError('validation_failed', [{ path: '', issue: 'request must be an object' }]);
  }
  const r = request as Record<string, unknown>;
  const issues: EligibilityInputIssue[] = [];
  if (typeof r.award !== 'string') issues.push({ path: 'award', issue: 'must be an award code' });
  if (!isIsoCalendarDate(r.asOf)) issues.push({ path: 'asOf', issue: 'must be a date YYYY-MM-DD' });
  if (typeof r.year !== 'number' || !Number.isInteger(r.year) || r.year < MIN_YEAR || r.year > MAX_YEAR) {
    issues.push({ path: 'year', issue: 'must be an integer achievement year' });
  }
  const subject = r.subject as Record<string, unknown> | null | undefined;
  const kind = typeof subject === 'object' && subject !== null ? subject.kind : undefined;
  if (typeof kind !== 'string' || !(SUBJECT_KINDS as readonly string[]).includes(kind)) {
    issues.push({ path: 'subject.kind', issue: 'must be individual, collective or household' });
  }
  if (issues.length > 0) throw new EligibilityInputError('validation_failed', issues);
  const def = getAwardDefinition(r.award as string);
  if (def === undefined) {
    throw new EligibilityInputError('unknown_award', [
      { path: 'award', issue: `unknown award code ${JSON.stringify(r.award)}` },
    ]);
  }
  if (!def.subjects.includes(kind as SubjectKind)) {
    throw new EligibilityInputError('validation_failed', [
      {
        path: 'subject.kind',
        issue: `${def.code} is not given to a ${String(kind)} (allowed: ${def.subjects.join(', ')})`,
      },
    ]);
  }
  const asOf = r.asOf as string;
  const ruleSet = selectRuleSet(asOf);
  const decree = selectDecree(asOf);
  if (ruleSet === null || decree === null) {
    throw new EligibilityInputError('rule_set_unknown', [
      { path: 'asOf', issue: 'no rule set is encoded before 2018-01-01' },
    ]);
  }
  return { def, kind: kind as SubjectKind, year: r.year as number, asOf, ruleSet, decree };
}

function validateOptions(options: EvaluationOptions | undefined): Readonly<Record<string, number>> | undefined {
  const p = options?.parameters;
  if (p === undefined) return undefined;
  const issues: EligibilityInputIssue[] = [];
  for (const [key, value] of Object.entries(p)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push({ path: `options.parameters.${key}`, issue: 'must be a non-negative number' });
    }
  }
  if (issues.length > 0) throw new EligibilityInputError('validation_failed', issues);
  return p;
}

class EngineContext implements RuleContext {
  constructor(
    readonly h: HistoryIndex,
    readonly ruleSet: RuleSetId,
    readonly decree: DecreeId,
    readonly asOf: string,
    private readonly overrides: Readonly<Record<string, number>> | undefined,
  ) {}

  parameter(key: string): ResolvedParameter {
    const def = getParameterDefinition(key, this.ruleSet);
    if (def === undefined) throw new Error(`Unknown parameter ${key}`);
    const override = this.overrides?.[key];
    const value = override ?? def.default;
    if (typeof value !== 'number') throw new Error(`Parameter ${key} has no numeric value`);
    return { value, comparison: def.comparison ?? 'at_least' };
  }
}

const BASIS_REFS: readonly BasisRef[] = ['award', 'blocks', 'discipline_restart', 'merit_only', 'anchor', 'vote'];

/** Basis texts and `toConfirm` of one award/subject under one rule set and decree: static data. */
interface AwardTexts {
  readonly basis: Readonly<Record<BasisRef, string>>;
  readonly citation: Readonly<Record<BasisRef, BasisCitation>>;
  readonly toConfirm: readonly ToConfirmItem[];
}

const textsCache = new Map<string, (AwardTexts | undefined)[]>();
const KIND_INDEX: Readonly<Record<SubjectKind, number>> = { individual: 0, collective: 1, household: 2 };
const RULE_SET_INDEX: Readonly<Record<RuleSetId, number>> = { 'law-2013': 0, 'law-2022': 1 };
const DECREE_INDEX: Readonly<Record<DecreeId, number>> = {
  '91/2017/NĐ-CP': 0,
  '98/2023/NĐ-CP': 1,
  '152/2025/NĐ-CP': 2,
};

function awardTexts(
  def: AwardDefinition,
  kind: SubjectKind,
  rule: EligibilityRule | undefined,
  ruleSet: RuleSetId,
  decree: DecreeId,
): AwardTexts {
  let byVariant = textsCache.get(def.code);
  if (byVariant === undefined) textsCache.set(def.code, (byVariant = []));
  const slot = KIND_INDEX[kind] * 6 + RULE_SET_INDEX[ruleSet] * 3 + DECREE_INDEX[decree];
  let t = byVariant[slot];
  if (t !== undefined) return t;
  const citation = rule ? rule.citation(ruleSet) : reviewCitation(def, ruleSet);
  const basis = {} as Record<BasisRef, string>;
  const citations = {} as Record<BasisRef, BasisCitation>;
  for (const ref of BASIS_REFS) {
    basis[ref] = formatBasis(ruleSet, decree, ref, ref === 'blocks' ? null : citation);
    citations[ref] = basisCitation(ruleSet, decree, ref, ref === 'blocks' ? null : citation);
  }
  const grounds: readonly JudgementGround[] = rule
    ? rule.judgementGrounds(ruleSet)
    : reviewJudgementGrounds(def, kind, ruleSet);
  const toConfirm = Object.freeze(
    grounds.map((g) =>
      Object.freeze({
        code: g.code,
        message: g.message,
        basis: formatBasis(ruleSet, decree, g.ref ?? 'award', g.citation),
        params: Object.freeze({ award: def.code, ground: g.key, ...g.params }),
        citation: basisCitation(ruleSet, decree, g.ref ?? 'award', g.citation),
      }),
    ),
  );
  t = { basis: Object.freeze(basis), citation: Object.freeze(citations), toConfirm };
  byVariant[slot] = t;
  return t;
}

/**
 * Evaluates whether `request.subject` may be proposed for `request.award` for achievement year
 * `request.year`, as of the date the dossier is received. Pure: no clock, no I/O.
 * Throws `EligibilityInputError` (`unknown_award`, `rule_set_unknown`, `validation_failed`).
 */
export function evaluateEligibility(request: EvaluationRequest, options?: EvaluationOptions): EvaluationResult {
  const head = validateHead(request);
  const overrides = validateOptions(options);
  const { def, kind, year, asOf, ruleSet, decree } = head;
  const h = buildHistoryIndex((request as { history?: unknown }).history, asOf, kind);
  const ctx = new EngineContext(h, ruleSet, decree, asOf, overrides);
  const rule: EligibilityRule | undefined = findEligibilityRule(def.code, kind);

  const sink = new DetailSink();
  evaluateBlocks(ctx, year, sink);
  rule?.evaluate(ctx, year, sink);

  // Verdict: every alternative-0 condition holds, and — where the rule has alternatives — at least
  // one alternative holds entirely.
  let commonFailed = false;
  let altSeen = 0;
  let altFailed = 0;
  for (const f of sink.fails) {
    if (f.alt === 0) commonFailed = true;
    else {
      altSeen |= 1 << f.alt;
      altFailed |= 1 << f.alt;
    }
  }
  for (const p of sink.passes) if (p.alt !== 0) altSeen |= 1 << p.alt;
  const someAltHolds = altSeen === 0 || (altSeen & ~altFailed) !== 0;
  let verdict: EligibilityVerdict;
  if (rule === undefined) verdict = commonFailed ? 'ineligible' : 'review';
  else verdict = !commonFailed && someAltHolds ? 'eligible' : 'ineligible';

  // Failures of alternatives matter only when no alternative holds.
  let kept: FailEntry[] = sink.fails;
  if (altSeen !== 0 && someAltHolds) {
    kept = [];
    for (const f of sink.fails) if (f.alt === 0) kept.push(f);
  }
  const earliest = kept.length > 0 ? searchEarliest(ctx, rule, year, kept) : undefined;

  const texts = awardTexts(def, kind, rule, ruleSet, decree);
  const basis = texts.basis;
  const citation = texts.citation;

  const unmet: UnmetCondition[] = new Array<UnmetCondition>(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i] as FailEntry;
    const e = earliest?.get(condKey(f.cond, f.alt));
    const u: { -readonly [K in keyof UnmetCondition]: UnmetCondition[K] } = {
      code: f.code,
      message: formatUnmetMessage(f.code, f.params, e),
      basis: basis[f.basis],
      params: f.params,
      citation: citation[f.basis],
    };
    if (f.year !== undefined) u.year = f.year;
    if (e !== undefined) u.earliestYear = e;
    if (f.alt !== 0) u.alternative = f.alt;
    unmet[i] = u;
  }
  const passes = sink.passes;
  const met: MetCondition[] = new Array<MetCondition>(passes.length);
  for (let i = 0; i < passes.length; i++) {
    const p = passes[i] as PassEntry;
    met[i] =
      p.alt === 0
        ? { code: p.cond, basis: basis[p.basis], params: p.params, citation: citation[p.basis] }
        : { code: p.cond, basis: basis[p.basis], alternative: p.alt, params: p.params, citation: citation[p.basis] };
  }
  const toConfirm = texts.toConfirm;

  return { verdict, ruleSet, decree, unmet, met, toConfirm };
}

function reviewCitation(def: AwardDefinition, ruleSet: RuleSetId): RuleCitation {
  const lawArticle = ruleSet === 'law-2022' ? def.criteria.law2022Article : def.criteria.law2013Article;
  return lawArticle === undefined ? {} : { lawArticle };
}

/**
 * `earliestYear` (RULES.md §3): for each failed condition, the first achievement year ≥ `year` at
 * which it would hold if every year after the history's last recorded year met every requirement.
 * Conditions no year can fix (a missing prerequisite award, a low rating inside a fixed window, an
 * investigation open at `asOf`) get none.
 */
function searchEarliest(
  ctx: EngineContext,
  rule: EligibilityRule | undefined,
  year: number,
  fails: readonly FailEntry[],
): Map<string, number> {
  const found = new Map<string, number>();
  const pending: FailEntry[] = [];
  outer: for (const f of fails) {
    if (UNFIXABLE.has(f.cond)) continue;
    for (const g of fails) if (g.unfixable && g.cond === f.cond && g.alt === f.alt) continue outer;
    for (const p of pending) if (p.cond === f.cond && p.alt === f.alt) continue outer;
    pending.push(f);
  }
  if (pending.length === 0) return found;
  const h = ctx.h;
  const furthest = Math.max(year, h.last === NO_YEAR ? year : h.last, h.lastDisciplineYear);
  const bound = furthest + SEARCH_MARGIN;
  const probe = new ProbeSink();
  h.hyp = true;
  try {
    for (let y = year; y <= bound && pending.length > 0; y++) {
      probe.nextRound();
      evaluateBlocks(ctx, y, probe);
      rule?.evaluate(ctx, y, probe);
      for (let i = pending.length - 1; i >= 0; i--) {
        const f = pending[i] as FailEntry;
        if (probe.holds(f.cond, f.alt)) {
          found.set(condKey(f.cond, f.alt), y);
          pending.splice(i, 1);
        }
      }
    }
  } finally {
    h.hyp = false;
  }
  return found;
}
