import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AddClusterMember } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterDetailView } from './get-cluster';

/** A membership from a date (the year's members are those valid on 31/12). */
export const addClusterMember = ({ id, body }: { id: string; body: z.input<typeof AddClusterMember> }) =>
  api<ClusterDetailView>(`/api/v1/clusters/${encodeURIComponent(id)}/members`, { method: 'POST', body });
export function useAddClusterMember() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: addClusterMember, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
