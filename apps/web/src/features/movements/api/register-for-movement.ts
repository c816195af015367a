import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegisterForMovement } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { movementQueryKey, type RegistrationView } from './get-movement';

export type RegisterBody = z.input<typeof RegisterForMovement>;

/** A unit (or an individual through the unit) registers the titles it aims for (đăng ký thi đua). */
export const registerForMovement = ({ movementId, body }: { movementId: string; body: RegisterBody }) =>
  api<RegistrationView>(`/api/v1/movements/${encodeURIComponent(movementId)}/registrations`, { method: 'POST', body });

export function useRegisterForMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: registerForMovement,
    onSuccess: (_r, v) => void qc.invalidateQueries({ queryKey: movementQueryKey(v.movementId) }),
  });
}
