import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PersonList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type PersonHit = z.infer<typeof PersonList>['items'][number];

/** People in scope whose name matches `q` (diacritics optional: the server folds them), to nominate. */
export const searchPeople = (q: string, signal?: AbortSignal) =>
  api<z.infer<typeof PersonList>>('/api/v1/people', { query: { q: q.trim(), limit: 20, offset: 0 }, signal });
export const searchPeopleQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['dossiers', 'people', q.trim()],
    queryFn: ({ signal }) => searchPeople(q, signal),
    placeholderData: keepPreviousData,
    enabled: q.trim().length >= 2,
  });
export const useSearchPeople = (q: string) => useQuery(searchPeopleQueryOptions(q));
