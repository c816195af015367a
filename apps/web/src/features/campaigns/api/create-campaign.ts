import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignCreateBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { CampaignView } from './get-campaign';

/** A manager opens a campaign (a resistance-war one gets the resistance-war periods and awards by default). */
export const createCampaign = (body: z.input<typeof CampaignCreateBody>) =>
  api<CampaignView>('/api/v1/registry/campaigns', { method: 'POST', body });
export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => qc.invalidateQueries({ queryKey: ['campaigns', 'list'] }) });
}
