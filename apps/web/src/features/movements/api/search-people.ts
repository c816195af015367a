import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PersonList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type PersonHit = z.infer<typeof PersonList>['items'][number];

/** People in scope whose name matches `q`, for an individual's registration (features do not share fetchers). */
export const searchPeople = (q: string, signal?: AbortSignal) => api<z.infer<typeof PersonList>>('/api/v1/people', { query: { q: q.trim(), limit: 20, offset: 0 }, signal });
export const movementPeopleQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['movements', 'people', q.trim()], queryFn: ({ signal }) => searchPeople(q, signal), placeholderData: keepPreviousData, enabled: q.trim().length >= 2 });
export const useMovementPeople = (q: string) => useQuery(movementPeopleQueryOptions(q));
