import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignEntryBody, CampaignEntryCheck } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type EntryCheckView = z.infer<typeof CampaignEntryCheck>;
/** Validates a record as the import would, storing nothing (feedback while the officer types). */
export const checkEntry = ({ id, body, signal }: { id: string; body: z.input<typeof CampaignEntryBody>; signal?: AbortSignal }) =>
  api<EntryCheckView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/entries/check`, { method: 'POST', body, signal });
export const useCheckEntry = () => useMutation({ mutationFn: checkEntry });
