import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MovementQueue } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type MovementQueueView = z.infer<typeof MovementQueue>;
export type QueueItemView = MovementQueueView['items'][number];
export interface MovementQueueParams {
  movementId?: string;
  limit: number;
  offset: number;
}

/** Registrations waiting for the caller's level (the level directly above the registering unit), oldest first. */
export const listMovementQueue = (q: MovementQueueParams, signal?: AbortSignal) => api<MovementQueueView>('/api/v1/movements/queue', { query: { ...q }, signal });
export const movementQueueKey = ['movements', 'queue'] as const;
export const movementQueueQueryOptions = (q: MovementQueueParams) =>
  queryOptions({ queryKey: [...movementQueueKey, q], queryFn: ({ signal }) => listMovementQueue(q, signal), placeholderData: keepPreviousData });
export const useMovementQueue = (q: MovementQueueParams) => useQuery(movementQueueQueryOptions(q));
