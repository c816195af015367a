import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me } from '@thidua/contracts';
import { api, isApiError } from '@/lib/api-client';

export type MeResponse = z.infer<typeof Me>;

/** The signed-in user, or null when there is no session (401). */
export async function getMe(): Promise<MeResponse | null> {
  try {
    return await api<MeResponse>('/api/auth/me');
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export const meQueryKey = ['auth', 'me'] as const;
export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
export const useMe = () => useQuery(meQueryOptions());
