import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReissueIssueBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ReissueRequestView } from './list-reissue-requests';

/** Issues an approved request: a new entry with the new certificate code; the old one becomes "reissued". */
export const issueReissue = ({ id, body }: { id: string; body: z.input<typeof ReissueIssueBody> }) =>
  api<ReissueRequestView>(`/api/v1/registry/reissue-requests/${encodeURIComponent(id)}/issue`, { method: 'POST', body });
export function useIssueReissue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: issueReissue,
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['registry', 'reissue-requests', r.entryId] });
      void qc.invalidateQueries({ queryKey: ['registry', 'search'] });
    },
  });
}
