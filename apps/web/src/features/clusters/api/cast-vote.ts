import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BallotView } from './get-ballot';

/** A member's secret ballot paper, cast once. */
export const castClusterVote = ({ id, year, voterOrgId, choices }: { id: string; year: number; voterOrgId: string; choices: { nomineeId: string; approve: boolean }[] }) =>
  api<BallotView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/ballot/votes`, { method: 'POST', body: { voterOrgId, choices } });
export function useCastClusterVote() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: castClusterVote, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
