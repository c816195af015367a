import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterRoundView } from '@thidua/contracts';
import { api, ApiError } from '@/lib/api-client';

export type RoundView = z.infer<typeof ClusterRoundView>;
/** null when the year has no scoring round yet. */
export const getRound = async (id: string, year: number, view: 'raw' | 'normalised', signal?: AbortSignal) => {
  try {
    return await api<RoundView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round`, { query: { view }, signal });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not_found') return null;
    throw e;
  }
};
export const roundQueryOptions = (id: string, year: number, view: 'raw' | 'normalised' = 'raw') =>
  queryOptions({ queryKey: ['clusters', id, year, 'round', view], queryFn: ({ signal }) => getRound(id, year, view, signal) });
export const useRound = (id: string, year: number, view: 'raw' | 'normalised' = 'raw') => useQuery(roundQueryOptions(id, year, view));
