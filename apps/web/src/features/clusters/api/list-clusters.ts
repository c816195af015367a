import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ClusterListView = z.infer<typeof ClusterList>;
export const listClusters = (signal?: AbortSignal) => api<ClusterListView>('/api/v1/clusters', { signal });
export const clustersQueryOptions = () => queryOptions({ queryKey: ['clusters', 'list'], queryFn: ({ signal }) => listClusters(signal) });
export const useClusters = () => useQuery(clustersQueryOptions());
