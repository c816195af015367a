import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterBallotView } from '@thidua/contracts';
import { api, ApiError } from '@/lib/api-client';

export type BallotView = z.infer<typeof ClusterBallotView>;
/** null when no ballot was opened for the year. */
export const getBallot = async (id: string, year: number, signal?: AbortSignal) => {
  try {
    return await api<BallotView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/ballot`, { signal });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not_found') return null;
    throw e;
  }
};
export const ballotQueryOptions = (id: string, year: number) => queryOptions({ queryKey: ['clusters', id, year, 'ballot'], queryFn: ({ signal }) => getBallot(id, year, signal) });
export const useBallot = (id: string, year: number) => useQuery(ballotQueryOptions(id, year));
