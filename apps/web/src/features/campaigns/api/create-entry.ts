import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignEntry, CampaignEntryBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CampaignEntryView = z.infer<typeof CampaignEntry>;
/**
 * Keys one paper record. `key` is the record's Idempotency-Key: the same for every retry of this
 * record (a double click or a lost answer creates nothing new), a fresh one for the next record.
 */
export const createEntry = ({ id, key, body }: { id: string; key: string; body: z.input<typeof CampaignEntryBody> }) =>
  api<CampaignEntryView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/entries`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
export function useCreateEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createEntry,
    onSuccess: (_e, v) => {
      void qc.invalidateQueries({ queryKey: ['campaigns', v.id, 'entries'] });
      void qc.invalidateQueries({ queryKey: ['campaigns', v.id, 'progress'] });
      void qc.invalidateQueries({ queryKey: ['campaigns', v.id, 'adjudications'] });
      void qc.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    },
  });
}
