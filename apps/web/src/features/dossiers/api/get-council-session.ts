import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CouncilSession } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CouncilSessionView = z.infer<typeof CouncilSession>;
export const getCouncilSession = (id: string, signal?: AbortSignal) =>
  api<CouncilSessionView>(`/api/v1/council-sessions/${encodeURIComponent(id)}`, { signal });
export const councilSessionQueryKey = (id: string) => ['council', 'one', id] as const;
export const councilSessionQueryOptions = (id: string) =>
  queryOptions({ queryKey: councilSessionQueryKey(id), queryFn: ({ signal }) => getCouncilSession(id, signal) });
export const useCouncilSession = (id: string | undefined) => useQuery({ ...councilSessionQueryOptions(id ?? ''), enabled: Boolean(id) });
