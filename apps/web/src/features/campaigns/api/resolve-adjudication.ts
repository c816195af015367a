import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignAdjudication, CampaignResolveBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';

/** Settles the differing fields (the chosen or typed cells) and writes the record to the registry. */
export const resolveAdjudication = ({
  id,
  adjudicationId,
  body,
}: {
  id: string;
  adjudicationId: string;
  body: z.input<typeof CampaignResolveBody>;
}) =>
  api<z.infer<typeof CampaignAdjudication>>(
    `/api/v1/registry/campaigns/${encodeURIComponent(id)}/adjudications/${encodeURIComponent(adjudicationId)}/resolve`,
    { method: 'POST', body },
  );
export function useResolveAdjudication() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: resolveAdjudication,
    onSuccess: (_a, v) => {
      void qc.invalidateQueries({ queryKey: ['campaigns', v.id, 'adjudications'] });
      void qc.invalidateQueries({ queryKey: ['campaigns', v.id, 'progress'] });
      void qc.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    },
  });
}
