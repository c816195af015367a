import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MovementList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type MovementListResponse = z.infer<typeof MovementList>;
export type MovementView = MovementListResponse['items'][number];
export interface MovementListParams {
  year?: number;
  limit: number;
  offset: number;
}

/** Movements that concern the caller (the newest first), optionally those running in `year`. */
export const listMovements = (q: MovementListParams, signal?: AbortSignal) => api<MovementListResponse>('/api/v1/movements', { query: { ...q }, signal });
export const movementsQueryOptions = (q: MovementListParams) =>
  queryOptions({ queryKey: ['movements', 'list', q], queryFn: ({ signal }) => listMovements(q, signal), placeholderData: keepPreviousData });
export const useMovements = (q: MovementListParams) => useQuery(movementsQueryOptions(q));
