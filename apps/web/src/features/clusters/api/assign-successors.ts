import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignClusterSuccessors } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterDetailView } from './get-cluster';

/** 2025 reform: members that ceased to exist before `date` leave; their successors join from that date. */
export const assignSuccessors = ({ id, body }: { id: string; body: z.input<typeof AssignClusterSuccessors> }) =>
  api<ClusterDetailView>(`/api/v1/clusters/${encodeURIComponent(id)}/members/successors`, { method: 'POST', body });
export function useAssignSuccessors() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: assignSuccessors, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id] }) });
}
