import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BallotView } from './get-ballot';

/** Opens the honouring ballot (suy tôn) on the nominees the ranking and quotas give. */
export const openBallot = ({ id, year }: { id: string; year: number }) => api<BallotView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/ballot`, { method: 'POST' });
export function useOpenBallot() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: openBallot, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
