import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateClusterMember } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterDetailView } from './get-cluster';

/** Edits a membership (end date, women preference, note) with a reason; years already scored are refused. */
export const updateClusterMember = ({ id, memberId, body }: { id: string; memberId: string; body: z.input<typeof UpdateClusterMember> }) =>
  api<ClusterDetailView>(`/api/v1/clusters/${encodeURIComponent(id)}/members/${encodeURIComponent(memberId)}`, { method: 'PATCH', body });
export function useUpdateClusterMember() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateClusterMember, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
