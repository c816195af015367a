import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DecisionView } from './get-decision';

/** Issues the award decision for approved dossiers; the Idempotency-Key makes a double click harmless. */
export const issueDecision = (input: { dossierIds: string[]; date: string; signerName: string; key: string }) =>
  api<DecisionView>('/api/v1/decisions', {
    method: 'POST',
    body: { dossierIds: input.dossierIds, date: input.date, signerName: input.signerName },
    headers: { 'Idempotency-Key': input.key },
  });

export function useIssueDecision() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: issueDecision, onSuccess: () => void qc.invalidateQueries({ queryKey: ['dossiers'] }) });
}
