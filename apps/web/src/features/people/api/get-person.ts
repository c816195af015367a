import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Person } from '@thidua/contracts';
import { api } from '@/lib/api-client';

/** One person with positions; `version` is what If-Match must name when editing. */
export const getPerson = (id: string, signal?: AbortSignal) => api<Person>(`/api/v1/people/${encodeURIComponent(id)}`, { signal });

export const personQueryKey = (id: string) => ['people', 'one', id] as const;
export const personQueryOptions = (id: string) =>
  queryOptions({ queryKey: personQueryKey(id), queryFn: ({ signal }) => getPerson(id, signal) });

export const usePerson = (id: string | undefined) => useQuery({ ...personQueryOptions(id ?? ''), enabled: Boolean(id) });
