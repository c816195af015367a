import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterDetail } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ClusterDetailView = z.infer<typeof ClusterDetail>;
export const getCluster = (id: string, signal?: AbortSignal) => api<ClusterDetailView>(`/api/v1/clusters/${encodeURIComponent(id)}`, { signal });
export const clusterQueryOptions = (id: string) => queryOptions({ queryKey: ['clusters', id, 'detail'], queryFn: ({ signal }) => getCluster(id, signal) });
export const useCluster = (id: string) => useQuery(clusterQueryOptions(id));
