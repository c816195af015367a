import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateDossier } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { dossierQueryKey } from './get-dossier';
import type { DossierView } from './list-dossiers';

export type CreateDossierBody = z.input<typeof CreateDossier>;

/** Creates a draft dossier; the Idempotency-Key (one per form) makes a double click or a retry harmless. */
export const createDossier = ({ body, key }: { body: CreateDossierBody; key: string }) =>
  api<DossierView>('/api/v1/dossiers', { method: 'POST', body, headers: { 'Idempotency-Key': key } });

export function useCreateDossier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createDossier,
    onSuccess: (d) => {
      qc.setQueryData(dossierQueryKey(d.id), d);
      void qc.invalidateQueries({ queryKey: ['dossiers', 'list'] });
      void qc.invalidateQueries({ queryKey: ['dossiers', 'inbox'] });
    },
  });
}
