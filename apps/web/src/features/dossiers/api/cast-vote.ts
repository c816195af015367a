import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { councilSessionQueryKey, type CouncilSessionView } from './get-council-session';

/** The member's secret ballot paper: one choice per nominee, cast once. */
export const castVote = ({ id, votes }: { id: string; votes: { itemId: string; choice: 'for' | 'against' | 'abstain' }[] }) =>
  api<CouncilSessionView>(`/api/v1/council-sessions/${encodeURIComponent(id)}/votes`, { method: 'POST', body: { votes } });

export function useCastVote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: castVote,
    onSuccess: (s) => {
      qc.setQueryData(councilSessionQueryKey(s.id), s);
      void qc.invalidateQueries({ queryKey: ['dossiers', 'inbox'] });
    },
  });
}
