import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AddClusterConference } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterYearOverviewView } from './get-year-overview';

/** A mid-year or year-end conference (hội nghị sơ kết, tổng kết) with its participants and minutes. */
export const addConference = ({ id, year, body }: { id: string; year: number; body: z.input<typeof AddClusterConference> }) =>
  api<ClusterYearOverviewView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/conferences`, { method: 'POST', body });
export function useAddConference() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: addConference, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
