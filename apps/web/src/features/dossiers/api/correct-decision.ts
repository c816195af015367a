import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CorrectDecision } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { DecisionView } from './get-decision';

export type CorrectDecisionBody = z.input<typeof CorrectDecision>;

/** Issues a correction decision (quyết định đính chính) referencing decision `id`; one Idempotency-Key per form. */
export const correctDecision = ({ id, body, key }: { id: string; body: CorrectDecisionBody; key: string }) =>
  api<DecisionView>(`/api/v1/decisions/${encodeURIComponent(id)}/corrections`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });

export function useCorrectDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: correctDecision,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
    },
  });
}
