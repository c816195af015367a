// What a rule file provides and what it receives. A rule reports every condition it checks to a
// sink — `pass` or one `fail` per failed fact — and never decides the verdict itself.
import type { AwardCode, DecreeId, RuleSetId, SubjectKind } from '../../catalogue/catalogue.types.js';
import type { ParameterComparison } from '../../catalogue/parameters.js';
import type { MessageParams, UnmetCode } from '../eligibility.types.js';
import type { HistoryIndex } from '../history-index.js';
import type { BasisRef, RuleCitation } from '../legal-basis.js';

export interface ResolvedParameter {
  readonly value: number;
  readonly comparison: ParameterComparison;
}

export interface RuleContext {
  readonly h: HistoryIndex;
  readonly ruleSet: RuleSetId;
  readonly decree: DecreeId;
  readonly asOf: string;
  /** A numeric parameter for this rule set, with the caller's override applied. */
  parameter(key: string): ResolvedParameter;
}

/**
 * Receives condition outcomes. `cond` is a stable condition id (shown as `met[].code`), `alt` the
 * alternative (0 = required in every case, 1, 2, … = branches of which one suffices).
 */
export interface ConditionSink {
  /** False while probing later years for `earliestYear`: `params` are not needed then. */
  readonly detail: boolean;
  /** `params`: the figures that word the held condition (MET_CODES); NO_PARAMS while probing. */
  pass(cond: string, alt: number, basis: BasisRef, params: MessageParams): void;
  /**
   * `unfixable`: the rule knows no later achievement year can fix this condition (no `earliestYear`
   * search needed), e.g. a low rating inside an anchored window that no recorded discipline can move.
   */
  fail(
    cond: string,
    alt: number,
    basis: BasisRef,
    code: UnmetCode,
    year: number | undefined,
    params: MessageParams,
    unfixable?: boolean,
  ): void;
}

/** A ground left to human judgement, listed in `toConfirm`. */
export interface JudgementGround {
  readonly code: string;
  /**
   * Which wording of the ground `message` is (stable, unique per text; the same `code` can have several, e.g.
   * per rule set). Sent as `params.ground` so another language's catalogue can word it.
   */
  readonly key: string;
  readonly message: string;
  /** The figures and names in `message` (e.g. `percent`), sent in `params`. */
  readonly params?: MessageParams;
  /** Citation of the ground; `null` = the decree alone. */
  readonly citation: RuleCitation | null;
  readonly ref?: BasisRef;
}

export interface EligibilityRule {
  readonly award: AwardCode;
  readonly subject: SubjectKind;
  /** Where the rule lives under each rule set. */
  citation(ruleSet: RuleSetId): RuleCitation;
  /** Checks every machine-checkable condition for achievement year `year`. */
  evaluate(ctx: RuleContext, year: number, sink: ConditionSink): void;
  /** Grounds needing human judgement, always listed in `toConfirm`. */
  judgementGrounds(ruleSet: RuleSetId): readonly JudgementGround[];
}
