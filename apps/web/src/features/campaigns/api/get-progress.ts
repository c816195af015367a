import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignProgress } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CampaignProgressView = z.infer<typeof CampaignProgress>;
/** Progress per unit and per day against the targets and the deadline (working days), with the projection. */
export const getProgress = (id: string, signal?: AbortSignal) =>
  api<CampaignProgressView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/progress`, { signal });
export const progressQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['campaigns', id, 'progress'], queryFn: ({ signal }) => getProgress(id, signal), staleTime: 0 });
export const useProgress = (id: string) => useQuery(progressQueryOptions(id));
