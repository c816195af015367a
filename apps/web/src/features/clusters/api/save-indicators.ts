import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SaveClusterIndicators } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterYearOverviewView } from './get-year-overview';

/** Indicators reported by the members (or for the whole cluster): a value, or a numerator / denominator. */
export const saveIndicators = ({ id, year, body }: { id: string; year: number; body: z.input<typeof SaveClusterIndicators> }) =>
  api<ClusterYearOverviewView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/indicators`, { method: 'POST', body });
export function useSaveIndicators() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: saveIndicators, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
