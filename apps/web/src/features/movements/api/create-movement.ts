import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateMovement } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { movementLevelQueryKey, type MovementDetailView } from './get-movement';

export type CreateMovementBody = z.input<typeof CreateMovement>;

/** Launches a movement (phát động) with the units it is cascaded to. */
export const createMovement = (body: CreateMovementBody) => api<MovementDetailView>('/api/v1/movements', { method: 'POST', body });

export function useCreateMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createMovement,
    onSuccess: (m) => {
      qc.setQueryData(movementLevelQueryKey(m.id), m);
      void qc.invalidateQueries({ queryKey: ['movements', 'list'] });
    },
  });
}
