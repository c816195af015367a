import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Health } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type HealthResponse = z.infer<typeof Health>;

export const getHealth = () => api<HealthResponse>('/api/health');
export const healthQueryOptions = () =>
  queryOptions({ queryKey: ['system', 'health'], queryFn: getHealth, staleTime: 10 * 60_000, retry: 1 });
export const useHealth = () => useQuery(healthQueryOptions());
