import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SubmitClusterScores } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { RoundView } from './get-round';

/** Self-assessment or scores given to the other members, acting for one member. */
export const submitScores = ({ id, year, body }: { id: string; year: number; body: z.input<typeof SubmitClusterScores> }) =>
  api<RoundView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round/scores`, { method: 'POST', body });
export function useSubmitScores() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: submitScores, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
