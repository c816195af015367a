import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignTargetsBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { CampaignView } from './get-campaign';

/** The expected number of records of each listed unit (units not listed keep theirs). */
export const setTargets = ({ id, body }: { id: string; body: z.input<typeof CampaignTargetsBody> }) =>
  api<CampaignView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/targets`, { method: 'PUT', body });
export function useSetTargets() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setTargets,
    onSuccess: (c) => {
      qc.setQueryData(['campaigns', c.id, 'detail'], c);
      void qc.invalidateQueries({ queryKey: ['campaigns'] });
    },
  });
}
