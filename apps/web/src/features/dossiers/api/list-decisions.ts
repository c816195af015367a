import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionSummary } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type DecisionRow = z.infer<typeof DecisionSummary>;
export const listDecisions = (q: { limit: number; offset: number }, signal?: AbortSignal) =>
  api<{ items: DecisionRow[]; total: number }>('/api/v1/decisions', { query: q, signal });
export const decisionsQueryOptions = (q: { limit: number; offset: number }) =>
  queryOptions({ queryKey: ['decisions', 'list', q], queryFn: ({ signal }) => listDecisions(q, signal) });
export const useDecisions = (q: { limit: number; offset: number }) => useQuery(decisionsQueryOptions(q));
