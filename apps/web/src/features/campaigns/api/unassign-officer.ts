import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CampaignView } from './get-campaign';

export const unassignOfficer = ({ id, userId, orgId }: { id: string; userId: string; orgId: string }) =>
  api<CampaignView>(
    `/api/v1/registry/campaigns/${encodeURIComponent(id)}/assignments/${encodeURIComponent(userId)}/${encodeURIComponent(orgId)}`,
    { method: 'DELETE' },
  );
export function useUnassignOfficer() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: unassignOfficer, onSuccess: (c) => qc.setQueryData(['campaigns', c.id, 'detail'], c) });
}
