import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { councilSessionQueryKey, type CouncilSessionView } from './get-council-session';

/** Counts the ballots over all members and locks the results. */
export const closeCouncilSession = (id: string) =>
  api<CouncilSessionView>(`/api/v1/council-sessions/${encodeURIComponent(id)}/close`, { method: 'POST' });

export function useCloseCouncilSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeCouncilSession,
    onSuccess: (s) => {
      qc.setQueryData(councilSessionQueryKey(s.id), s);
      void qc.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}
