import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterRotation } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type RotationView = z.infer<typeof ClusterRotation>;
/** Members that have not led for longest first (lineage-aware). */
export const getRotation = (id: string, year: number, signal?: AbortSignal) => api<RotationView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/rotation`, { signal });
export const rotationQueryOptions = (id: string, year: number) => queryOptions({ queryKey: ['clusters', id, year, 'rotation'], queryFn: ({ signal }) => getRotation(id, year, signal) });
export const useRotation = (id: string, year: number, enabled = true) => useQuery({ ...rotationQueryOptions(id, year), enabled });
