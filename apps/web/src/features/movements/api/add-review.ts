import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AddMovementReview } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { movementQueryKey, type MovementDetailView } from './get-movement';

export type ReviewBody = z.input<typeof AddMovementReview>;

/** Records an interim or final review (sơ kết, tổng kết) with its report. */
export const addMovementReview = ({ movementId, body }: { movementId: string; body: ReviewBody }) =>
  api<MovementDetailView>(`/api/v1/movements/${encodeURIComponent(movementId)}/reviews`, { method: 'POST', body });

export function useAddMovementReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addMovementReview,
    onSuccess: (m) => void qc.invalidateQueries({ queryKey: movementQueryKey(m.id) }),
  });
}
