import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PersonList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type PersonListResponse = z.infer<typeof PersonList>;
export interface ListPeopleParams {
  q?: string | undefined;
  organisationId?: string | undefined;
  limit: number;
  offset: number;
}

export const listPeople = (p: ListPeopleParams, signal?: AbortSignal) =>
  api<PersonListResponse>('/api/v1/people', {
    query: { q: p.q?.trim(), organisationId: p.organisationId, limit: p.limit, offset: p.offset },
    signal,
  });

export const listPeopleQueryOptions = (p: ListPeopleParams) =>
  queryOptions({ queryKey: ['people', 'list', p], queryFn: ({ signal }) => listPeople(p, signal), placeholderData: keepPreviousData });

export const usePeople = (p: ListPeopleParams) => useQuery(listPeopleQueryOptions(p));
