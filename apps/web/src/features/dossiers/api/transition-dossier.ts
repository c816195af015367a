import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { dossierQueryKey } from './get-dossier';
import type { DossierView } from './list-dossiers';

/** One workflow step; If-Match names the version shown, so a step taken meanwhile answers 412. */
export const transitionDossier = ({
  id,
  version,
  action,
  reason,
  opinion,
}: {
  id: string;
  version: number;
  action: string;
  reason?: string;
  opinion?: string;
}) =>
  api<DossierView>(`/api/v1/dossiers/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    body: { action, ...(reason ? { reason } : {}), ...(opinion ? { opinion } : {}) },
    headers: { 'If-Match': `"${version}"` },
  });

export function useTransitionDossier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: transitionDossier,
    onSuccess: (d) => {
      qc.setQueryData(dossierQueryKey(d.id), d);
      void qc.invalidateQueries({ queryKey: ['dossiers', 'list'] });
      void qc.invalidateQueries({ queryKey: ['dossiers', 'inbox'] });
    },
  });
}
