import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Campaign } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CampaignView = z.infer<typeof Campaign>;
/** One campaign with its targets, assignments and what the viewer may do (`can`). */
export const getCampaign = (id: string, signal?: AbortSignal) =>
  api<CampaignView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}`, { signal });
export const campaignQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['campaigns', id, 'detail'], queryFn: ({ signal }) => getCampaign(id, signal) });
export const useCampaign = (id: string) => useQuery(campaignQueryOptions(id));
