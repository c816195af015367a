import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReissueDecisionBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ReissueRequestView } from './list-reissue-requests';

/** The board approves or rejects a reissue request (with an optional note). */
export const decideReissue = ({
  id,
  action,
  body,
}: {
  id: string;
  action: 'approve' | 'reject';
  body: z.input<typeof ReissueDecisionBody>;
}) => api<ReissueRequestView>(`/api/v1/registry/reissue-requests/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });
export function useDecideReissue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: decideReissue,
    onSuccess: (r) => qc.invalidateQueries({ queryKey: ['registry', 'reissue-requests', r.entryId] }),
  });
}
