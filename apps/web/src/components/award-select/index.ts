export { AwardSelect } from './AwardSelect';
export { awardNameIn, awardSearchText } from './award-name';
export { useAwardName } from './use-award-name';
export { useAwards, type AwardSummary } from './list-awards';
