import { useQueryClient } from '@tanstack/react-query';
import { personEligibilityQueryKey } from './get-person-eligibility';
import { personHistoryQueryKey, type PersonHistory } from './get-person-history';

/** After a history write: the server answers with the new history; the verdicts are fetched again. */
export function useOnHistoryWritten(personId: string) {
  const qc = useQueryClient();
  return (history: PersonHistory) => {
    qc.setQueryData(personHistoryQueryKey(personId), history);
    void qc.invalidateQueries({ queryKey: personEligibilityQueryKey(personId) });
    void qc.invalidateQueries({ queryKey: ['eligibility', 'what-if', personId] });
  };
}
