// Request and answer of the eligibility engine: exactly the JSON of CONTRACT.md "Eligibility
// evaluation", plus `params` on every condition (met and unmet) so another language catalogue can word it.
import type {
  AnnualRating,
  AwardType,
  DecreeId,
  InitiativeScope,
  RuleSetId,
  SubjectKind,
} from '../catalogue/catalogue.types.js';
import type { BasisCitation } from './legal-basis.js';

export type { ArticleRef, BasisCitation } from './legal-basis.js';

export type EligibilityVerdict = 'eligible' | 'ineligible' | 'review';

/** Unmet codes (award-codes.md; extend, never rename). */
export const UNMET_CODES = [
  'rating_too_low',
  'missing_title',
  'streak_broken',
  'missing_initiative',
  'initiative_scope_too_narrow',
  'missing_prior_award',
  'prior_award_not_merit',
  'window_too_short',
  'not_enough_titles',
  'missing_excellent_year',
  'blocked',
  'members_not_all_completed',
  'members_ratio_too_low',
  'no_member_cstdcs',
  'member_disciplined',
] as const;
export type UnmetCode = (typeof UNMET_CODES)[number];

/**
 * Condition ids a rule reports as held (`met[].code`; extend, never rename). Each comes with the `params`
 * needed to word it (the web's catalogue does, in every language):
 * - `no_discipline_in_year` {year}; `no_open_investigation` {asOf};
 * - `rating_at_least_tot`, `ldtt_standard`, `rating_excellent`, `collective_rating` {year, required, actual, subject};
 * - `rating_excellent_run`, `window_ratings` {from, to, required};
 * - `title_run` {title, titleName, runFrom, runTo, runYears};
 * - `run_uninterrupted` {runFrom, runTo};
 * - `initiative_in_year`, `initiative_scope_in_window` {from, to, minScope, bestScope, clippedFrom};
 * - `initiatives_in_window` {from, to, minScope, required, found, clippedFrom};
 * - `prior_award` {prior, priorName, year};
 * - `window_uninterrupted` {from, to, afterDiscipline};
 * - `window_length` {year, anchorYear, anchorReason, anchorAward, anchorAwardName, length, required};
 * - `titles_in_window` {from, to, title, titleName, found, required};
 * - `excellent_year_in_window` {from, to, found, required};
 * - `members_ldtt_ratio` {year, members, holders, title, titleName, percent, threshold, comparison};
 * - `members_completed` {year, members, completed, threshold};
 * - `member_cstdcs` {year, found, required, title, titleName};
 * - `no_member_disciplined` {year}.
 */
export const MET_CODES = [
  'no_discipline_in_year',
  'no_open_investigation',
  'rating_at_least_tot',
  'ldtt_standard',
  'rating_excellent',
  'collective_rating',
  'rating_excellent_run',
  'window_ratings',
  'title_run',
  'run_uninterrupted',
  'initiative_in_year',
  'initiative_scope_in_window',
  'initiatives_in_window',
  'prior_award',
  'window_uninterrupted',
  'window_length',
  'titles_in_window',
  'excellent_year_in_window',
  'members_ldtt_ratio',
  'members_completed',
  'member_cstdcs',
  'no_member_disciplined',
] as const;
export type MetCode = (typeof MET_CODES)[number];

export interface RatingRecord {
  readonly year: number;
  readonly rating: AnnualRating;
}

export interface HeldAwardRecord {
  readonly award: string;
  /** Achievement year. When absent, the year of `decisionDate` (Decree 152 Art. 33(7)). */
  readonly year?: number;
  /** Default `cong_trang`, as in the registry import. */
  readonly type?: AwardType;
  /** ISO date. An award decided after `asOf` is not held; one without a date is. */
  readonly decisionDate?: string | null;
}

export interface InitiativeRecord {
  readonly year: number;
  readonly scope: InitiativeScope;
}

export type BlockKind = 'discipline' | 'investigation';

export interface BlockRecord {
  readonly kind: BlockKind;
  /** ISO date. */
  readonly from: string;
  /** ISO date, inclusive; absent or null = still running. */
  readonly to?: string | null;
}

/** Per-year figures of a collective's members (CONTRACT.md). */
export interface MemberStatsRecord {
  readonly year: number;
  readonly members: number;
  readonly completedTasks: number;
  readonly laoDongTienTien: number;
  readonly chienSiThiDuaCoSo: number;
  readonly disciplinedWarningOrAbove: number;
}

export interface EvaluationHistory {
  readonly ratings?: readonly RatingRecord[];
  readonly awards?: readonly HeldAwardRecord[];
  readonly initiatives?: readonly InitiativeRecord[];
  readonly blocks?: readonly BlockRecord[];
  readonly memberStats?: readonly MemberStatsRecord[];
}

export interface EvaluationRequest {
  /** Award code (award-codes.md). */
  readonly award: string;
  /** Date the dossier is received (ISO). Selects the rule set and decree; nothing reads a clock. */
  readonly asOf: string;
  /** Achievement year proposed. */
  readonly year: number;
  readonly subject: { readonly kind: SubjectKind };
  /** Arrays default to empty. */
  readonly history?: EvaluationHistory;
}

export type MessageParamValue = string | number | boolean | null;
export type MessageParams = Readonly<Record<string, MessageParamValue>>;

export interface UnmetCondition {
  readonly code: UnmetCode;
  /** Vietnamese, NFC. */
  readonly message: string;
  readonly basis: string;
  /** The achievement year the condition concerns, when it concerns one. */
  readonly year?: number;
  /** First achievement year ≥ the proposed one at which this condition could hold (RULES.md §3). */
  readonly earliestYear?: number;
  /** Branch number where the law offers alternatives (1, 2, …). */
  readonly alternative?: number;
  readonly params: MessageParams;
  /** `basis` as data (the Law, the decree and their articles), to word it in another language. */
  readonly citation?: BasisCitation;
}

export interface MetCondition {
  /** One of MET_CODES (a newer engine may add more). */
  readonly code: string;
  readonly basis: string;
  readonly alternative?: number;
  /** The figures of the condition, to word it (see MET_CODES). */
  readonly params: MessageParams;
  /** `basis` as data. */
  readonly citation?: BasisCitation;
}

export interface ToConfirmItem {
  readonly code: string;
  readonly message: string;
  readonly basis: string;
  /**
   * `award`, and `ground`: which wording `message` is (stable; one code can have several, per rule set or
   * award), with the figures and names in it (`percent`; `awardName` and `subject` for `tieu_chuan_xet_tang`).
   */
  readonly params: MessageParams;
  /** `basis` as data (absent for an award added to the catalogue as data, whose basis is its own text). */
  readonly citation?: BasisCitation;
}

export interface EvaluationResult {
  readonly verdict: EligibilityVerdict;
  readonly ruleSet: RuleSetId;
  readonly decree: DecreeId;
  readonly unmet: readonly UnmetCondition[];
  readonly met: readonly MetCondition[];
  readonly toConfirm: readonly ToConfirmItem[];
}

/**
 * Overrides of numeric parameters (catalogue `ELIGIBILITY_PARAMETERS`) resolved by the caller for
 * the organisation and date, e.g. `{ 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent': 80 }`.
 * The comparison (≥ or >) stays the one of the rule set.
 */
export interface EvaluationOptions {
  readonly parameters?: Readonly<Record<string, number>>;
}
