import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RoundView } from './get-round';

/** Locks the scores and computes the ranking. */
export const closeRound = ({ id, year }: { id: string; year: number }) => api<RoundView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round/close`, { method: 'POST' });
export function useCloseRound() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: closeRound, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
