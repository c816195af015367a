import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignEntryList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CampaignEntryListView = z.infer<typeof CampaignEntryList>;
/** The records I keyed last (newest first) and how many I keyed today. */
export const listMyEntries = (id: string, limit: number, signal?: AbortSignal) =>
  api<CampaignEntryListView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/entries`, { query: { mine: 'true', limit }, signal });
export const myEntriesQueryOptions = (id: string, limit = 20) =>
  queryOptions({
    queryKey: ['campaigns', id, 'entries', 'mine', limit],
    queryFn: ({ signal }) => listMyEntries(id, limit, signal),
    staleTime: 0,
  });
export const useMyEntries = (id: string, limit = 20) => useQuery(myEntriesQueryOptions(id, limit));
