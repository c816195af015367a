import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ParameterView } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type Parameter = z.infer<typeof ParameterView>;
export interface ParameterList {
  items: Parameter[];
  total: number;
}

/** Rule parameters (quotas, vote shares, deadlines) with default, legal basis, status and dated overrides. */
export const listParameters = (signal?: AbortSignal) => api<ParameterList>('/api/v1/parameters', { signal });
export const parametersQueryKey = ['parameters'] as const;
export const parametersQueryOptions = () => queryOptions({ queryKey: parametersQueryKey, queryFn: ({ signal }) => listParameters(signal) });
export const useParameters = () => useQuery(parametersQueryOptions());
