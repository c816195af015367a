import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Records the leader and deputies elected at the year-end conference. */
export const recordElection = ({ id, year, leaderId, deputyIds, electedOn }: { id: string; year: number; leaderId: string; deputyIds: string[]; electedOn?: string }) =>
  api<unknown>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/election`, { method: 'POST', body: { leaderId, deputyIds, ...(electedOn ? { electedOn } : {}) } });
export function useRecordElection() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: recordElection, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
