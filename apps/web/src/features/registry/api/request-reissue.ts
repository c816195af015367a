import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReissueRequestBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ReissueRequestView } from './list-reissue-requests';

/** The unit asks the board to reissue a lost or damaged certificate or medal. */
export const requestReissue = ({ entryId, body }: { entryId: string; body: z.input<typeof ReissueRequestBody> }) =>
  api<ReissueRequestView>(`/api/v1/registry/entries/${encodeURIComponent(entryId)}/reissue-requests`, { method: 'POST', body });
export function useRequestReissue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: requestReissue,
    onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['registry', 'reissue-requests', v.entryId] }),
  });
}
