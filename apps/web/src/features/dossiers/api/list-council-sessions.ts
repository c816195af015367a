import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CouncilSessionView } from './get-council-session';

export const listCouncilSessions = (signal?: AbortSignal) =>
  api<{ items: CouncilSessionView[]; total: number }>('/api/v1/council-sessions', { query: { limit: 50 }, signal });
export const councilSessionsQueryOptions = () =>
  queryOptions({ queryKey: ['council', 'list'], queryFn: ({ signal }) => listCouncilSessions(signal) });
export const useCouncilSessions = () => useQuery(councilSessionsQueryOptions());
