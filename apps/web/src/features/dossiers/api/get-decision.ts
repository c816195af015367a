import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionDetail } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type DecisionView = z.infer<typeof DecisionDetail>;
export const getDecision = (id: string, signal?: AbortSignal) =>
  api<DecisionView>(`/api/v1/decisions/${encodeURIComponent(id)}`, { signal });
export const decisionQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['decisions', 'one', id], queryFn: ({ signal }) => getDecision(id, signal) });
export const useDecision = (id: string | undefined) => useQuery({ ...decisionQueryOptions(id ?? ''), enabled: Boolean(id) });
