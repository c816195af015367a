import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RevokeDecision } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { DecisionView } from './get-decision';

export type RevokeDecisionBody = z.input<typeof RevokeDecision>;

/** Issues a revocation decision (Law 2022 Art. 92(2)) referencing decision `id`; one Idempotency-Key per form. */
export const revokeDecision = ({ id, body, key }: { id: string; body: RevokeDecisionBody; key: string }) =>
  api<DecisionView>(`/api/v1/decisions/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });

export function useRevokeDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: revokeDecision,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void qc.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}
