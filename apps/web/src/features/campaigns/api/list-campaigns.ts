import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CampaignListView = z.infer<typeof CampaignList>;
export type CampaignSummary = CampaignListView['items'][number];
export const listCampaigns = (signal?: AbortSignal) => api<CampaignListView>('/api/v1/registry/campaigns', { signal });
export const campaignsQueryOptions = () =>
  queryOptions({ queryKey: ['campaigns', 'list'], queryFn: ({ signal }) => listCampaigns(signal) });
export const useCampaigns = () => useQuery(campaignsQueryOptions());
