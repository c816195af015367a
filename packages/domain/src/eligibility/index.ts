// Public surface of the eligibility engine and of the award catalogue it uses. Re-exported by
// packages/domain/src/index.ts with `export *`, so names are specific on purpose.
export * from '../catalogue/index.js';
export {
  EligibilityInputError,
  type EligibilityInputErrorCode,
  type EligibilityInputIssue,
} from './eligibility.errors.js';
export * from './eligibility.types.js';
export { evaluateEligibility } from './evaluate-eligibility.js';
export { DECREE_PERIODS, RULE_SET_PERIODS, selectDecree, selectRuleSet } from './rule-sets.js';
export { LAW_NAMES } from './legal-basis.js';
export { RATING_LABELS_VI, SCOPE_LABELS_VI, AWARD_TYPE_LABELS_VI } from './messages.js';
export { cstdcsQuota, governmentFlagQuota } from './quotas.js';
export { ELIGIBILITY_RULES } from './rules/index.js';
export type { EligibilityRule } from './rules/rule.types.js';
