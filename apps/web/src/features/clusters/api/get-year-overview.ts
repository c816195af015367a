import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterYearOverview } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ClusterYearOverviewView = z.infer<typeof ClusterYearOverview>;
export const getYearOverview = (id: string, year: number, signal?: AbortSignal) => api<ClusterYearOverviewView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/overview`, { signal });
export const yearOverviewQueryOptions = (id: string, year: number) => queryOptions({ queryKey: ['clusters', id, year, 'overview'], queryFn: ({ signal }) => getYearOverview(id, year, signal) });
export const useYearOverview = (id: string, year: number) => useQuery(yearOverviewQueryOptions(id, year));
