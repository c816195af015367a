import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignUpdateBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { CampaignView } from './get-campaign';

/** Rename, extend the deadline, close or reopen — always with a reason (kept in the audit log). */
export const updateCampaign = ({ id, body }: { id: string; body: z.input<typeof CampaignUpdateBody> }) =>
  api<CampaignView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}`, { method: 'PATCH', body });
export function useUpdateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateCampaign,
    onSuccess: (c) => {
      qc.setQueryData(['campaigns', c.id, 'detail'], c);
      void qc.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
}
