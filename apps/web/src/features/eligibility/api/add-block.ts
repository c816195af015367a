import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BlockKind, PersonHistory } from './get-person-history';
import { useOnHistoryWritten } from './history-writes';

export interface BlockInput {
  kind: BlockKind;
  level?: string;
  from: string;
  to?: string | null;
  note?: string;
}

/** Records a discipline period or an ongoing investigation (blocks commendation). */
export const addBlock = (personId: string, body: BlockInput) =>
  api<PersonHistory>(`/api/v1/people/${encodeURIComponent(personId)}/blocks`, { method: 'POST', body });

export function useAddBlock(personId: string) {
  const onWritten = useOnHistoryWritten(personId);
  return useMutation({ mutationFn: (b: BlockInput) => addBlock(personId, b), onSuccess: onWritten });
}
