import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignAdjudicationList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AdjudicationListView = z.infer<typeof CampaignAdjudicationList>;
export type AdjudicationView = AdjudicationListView['items'][number];
/** Records keyed twice with differences, waiting for an adjudicator. */
export const listOpenAdjudications = (id: string, signal?: AbortSignal) =>
  api<AdjudicationListView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/adjudications`, { query: { status: 'open' }, signal });
export const openAdjudicationsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['campaigns', id, 'adjudications', 'open'],
    queryFn: ({ signal }) => listOpenAdjudications(id, signal),
    staleTime: 0,
  });
export const useOpenAdjudications = (id: string, enabled = true) => useQuery({ ...openAdjudicationsQueryOptions(id), enabled });
