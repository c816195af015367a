import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignAdjudicationList } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { ADJUDICATIONS_PAGE, nextAdjudicationOffset } from '../components/adjudication';

export type AdjudicationListView = z.infer<typeof CampaignAdjudicationList>;
export type AdjudicationView = AdjudicationListView['items'][number];
type Query = {
  status?: 'open' | 'resolved';
  /** Sent as typed; blank means no search. */
  q?: string;
  limit?: number;
  offset?: number;
};

/** One page of a campaign's adjudications (oldest first); the server applies the search `q`. */
export const listAdjudications = (id: string, query: Query, signal?: AbortSignal) =>
  api<AdjudicationListView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/adjudications`, { query, signal });

/** Records keyed twice with differences, waiting for an adjudicator: pages of 20 ("Xem thêm" asks for the next). */
export const openAdjudicationsQueryOptions = (id: string, q: string) =>
  infiniteQueryOptions({
    queryKey: ['campaigns', id, 'adjudications', 'open', 'pages', q],
    queryFn: ({ pageParam, signal }) => listAdjudications(id, { status: 'open', limit: ADJUDICATIONS_PAGE, offset: pageParam, q }, signal),
    initialPageParam: 0,
    getNextPageParam: (last, _all, offset) => nextAdjudicationOffset(last, offset),
    staleTime: 0,
    // While a new search is on its way the previous results stay on screen.
    placeholderData: keepPreviousData,
  });
export const useOpenAdjudications = (id: string, q: string, enabled = true) => useInfiniteQuery({ ...openAdjudicationsQueryOptions(id, q), enabled });

/** How many records wait for adjudication in all (whatever the search). */
export const openAdjudicationCountQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['campaigns', id, 'adjudications', 'open', 'count'],
    queryFn: ({ signal }) => listAdjudications(id, { status: 'open', limit: 1 }, signal),
    select: (r) => r.total,
    staleTime: 0,
  });
export const useOpenAdjudicationCount = (id: string, enabled = true) => useQuery({ ...openAdjudicationCountQueryOptions(id), enabled });
