import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AwardList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

// The award picker is shared (eligibility, later dossiers and the registry), so it owns its call; the
// query key is the catalogue feature's too, so the list is fetched once.
export type AwardListResponse = z.infer<typeof AwardList>;
export type AwardSummary = AwardListResponse['items'][number];

export const listAwards = (signal?: AbortSignal) => api<AwardListResponse>('/api/v1/awards', { signal });
export const awardsQueryOptions = () =>
  queryOptions({ queryKey: ['awards'], queryFn: ({ signal }) => listAwards(signal), staleTime: 30 * 60_000 });
export const useAwards = () => useQuery(awardsQueryOptions());
