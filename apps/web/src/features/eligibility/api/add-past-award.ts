import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AwardType, PersonHistory } from './get-person-history';
import { useOnHistoryWritten } from './history-writes';

export interface PastAwardInput {
  award: string;
  type: AwardType;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  decisionAuthority: string;
}

/** Enters an award already decided on paper into the ledger. */
export const addPastAward = (personId: string, body: PastAwardInput) =>
  api<PersonHistory>(`/api/v1/people/${encodeURIComponent(personId)}/awards`, { method: 'POST', body });

export function useAddPastAward(personId: string) {
  const onWritten = useOnHistoryWritten(personId);
  return useMutation({ mutationFn: (b: PastAwardInput) => addPastAward(personId, b), onSuccess: onWritten });
}
