// Public surface of the award catalogue (re-exported by eligibility/index.ts).
export * from './catalogue.types.js';
export {
  AWARD_CATALOGUE,
  getAwardDefinition,
  isAwardCode,
  type AwardBonus,
  type AwardCriteriaReference,
  type AwardDefinition,
} from './awards.js';
export { AWARD_AUTHORITIES_EN, AWARD_NAMES_EN, awardAuthorityEn, awardNameEn } from './award-names-en.js';
export {
  ELIGIBILITY_PARAMETERS,
  getParameterDefinition,
  parameterDefault,
  type ParameterComparison,
  type ParameterDefinition,
  type ParameterScope,
  type ParameterUnit,
  type ParameterValue,
} from './parameters.js';
export {
  awardConflict,
  awardLevelBand,
  conflictingAwards,
  type AwardConflictReason,
  type AwardForConflict,
} from './conflicts.js';
