import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegistryItem } from './search-registry';
import { api } from '@/lib/api-client';

/** Reissue a lost or damaged certificate: the old entry becomes "reissued" and points to the new one. */
export const useReissueEntry = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; certificateCode: string; reason: string }) =>
      api<RegistryItem>(`/api/v1/registry/entries/${v.id}/reissue`, { method: 'POST', body: { certificateCode: v.certificateCode, reason: v.reason } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['registry'] }),
  });
};
