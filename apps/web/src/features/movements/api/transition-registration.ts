import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { movementQueryKey, type RegistrationView } from './get-movement';
import { movementQueueKey } from './list-queue';

export type RegistrationAction = 'approve' | 'return' | 'resubmit';

/** The reviewing level approves or returns (with a reason) a registration; the unit resubmits a returned one. */
export const transitionRegistration = ({ id, action, note }: { movementId: string; id: string; action: RegistrationAction; note?: string }) =>
  api<RegistrationView>(`/api/v1/movement-registrations/${encodeURIComponent(id)}/transition`, { method: 'POST', body: { action, ...(note ? { note } : {}) } });

export function useTransitionRegistration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: transitionRegistration,
    onSuccess: (_r, v) => {
      void qc.invalidateQueries({ queryKey: movementQueryKey(v.movementId) });
      void qc.invalidateQueries({ queryKey: movementQueueKey });
    },
  });
}
