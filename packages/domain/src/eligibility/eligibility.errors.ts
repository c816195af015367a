// The one error type of the eligibility engine. The server maps every code to HTTP 400.
//   unknown_award      the proposed award (or an award in the history) is not in the catalogue
//   rule_set_unknown   `asOf` falls before 2018-01-01: no rule set is encoded (RULES.md §3)
//   validation_failed  the request is malformed: bad dates, two ratings for one year, a subject
//                      kind the award is not given to, counts out of range, …

export type EligibilityInputErrorCode = 'unknown_award' | 'rule_set_unknown' | 'validation_failed';

export interface EligibilityInputIssue {
  /** JSON path of the offending value, e.g. `history.ratings[1].year`. */
  readonly path: string;
  /** Short English description for logs; user-facing text comes from the i18n catalogue by code. */
  readonly issue: string;
}

export class EligibilityInputError extends Error {
  override readonly name = 'EligibilityInputError';
  readonly code: EligibilityInputErrorCode;
  readonly issues: readonly EligibilityInputIssue[];

  constructor(code: EligibilityInputErrorCode, issues: readonly EligibilityInputIssue[]) {
    super(`${code}: ${issues.map((i) => `${i.path} ${i.issue}`).join('; ')}`);
    this.code = code;
    this.issues = issues;
  }
}
