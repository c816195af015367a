import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CampaignAssignmentBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { CampaignView } from './get-campaign';

/** Assigns an officer to key the records of a unit. */
export const assignOfficer = ({ id, body }: { id: string; body: z.input<typeof CampaignAssignmentBody> }) =>
  api<CampaignView>(`/api/v1/registry/campaigns/${encodeURIComponent(id)}/assignments`, { method: 'POST', body });
export function useAssignOfficer() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: assignOfficer, onSuccess: (c) => qc.setQueryData(['campaigns', c.id, 'detail'], c) });
}
