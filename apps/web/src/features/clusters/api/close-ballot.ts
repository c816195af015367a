import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Counts the ballot and records the proposals within the quotas. */
export const closeBallot = ({ id, year }: { id: string; year: number }) => api<{ items: unknown[] }>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/ballot/close`, { method: 'POST' });
export function useCloseBallot() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: closeBallot, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
