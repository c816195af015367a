export { AwardSelect } from './AwardSelect';
export { useAwards, type AwardSummary } from './list-awards';
