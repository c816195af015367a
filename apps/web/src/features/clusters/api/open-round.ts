import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OpenClusterRound } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { RoundView } from './get-round';

export const openRound = ({ id, year, body }: { id: string; year: number; body: z.input<typeof OpenClusterRound> }) =>
  api<RoundView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round`, { method: 'POST', body });
export function useOpenRound() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: openRound, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
