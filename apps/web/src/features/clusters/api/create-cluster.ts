import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateCluster } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterDetailView } from './get-cluster';

/** The council's secretariat creates a cluster or block (members are added afterwards, per year). */
export const createCluster = (body: z.input<typeof CreateCluster>) => api<ClusterDetailView>('/api/v1/clusters', { method: 'POST', body });
export function useCreateCluster() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createCluster, onSuccess: () => qc.invalidateQueries({ queryKey: ['clusters', 'list'] }) });
}
