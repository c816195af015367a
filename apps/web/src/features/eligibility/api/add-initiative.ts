import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PersonHistory, Scope } from './get-person-history';
import { useOnHistoryWritten } from './history-writes';

export interface InitiativeInput {
  year: number;
  scope: Scope;
  title: string;
  decisionNumber?: string;
  decisionDate?: string;
}

/** Records an initiative (sáng kiến) or research work recognised in a year. */
export const addInitiative = (personId: string, body: InitiativeInput) =>
  api<PersonHistory>(`/api/v1/people/${encodeURIComponent(personId)}/initiatives`, { method: 'POST', body });

export function useAddInitiative(personId: string) {
  const onWritten = useOnHistoryWritten(personId);
  return useMutation({ mutationFn: (b: InitiativeInput) => addInitiative(personId, b), onSuccess: onWritten });
}
