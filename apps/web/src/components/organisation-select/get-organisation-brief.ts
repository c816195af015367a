import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@thidua/contracts';
import { api } from '@/lib/api-client';

/** One organisation by id, to name it next to a record that points at it. */
export const getOrganisationBrief = (id: string, signal?: AbortSignal) =>
  api<Organisation>(`/api/v1/organisations/${encodeURIComponent(id)}`, { signal });

export const organisationBriefQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organisation-picker', 'brief', id],
    queryFn: ({ signal }) => getOrganisationBrief(id, signal),
    staleTime: 10 * 60_000,
  });

export const useOrganisationBrief = (id: string | null | undefined) =>
  useQuery({ ...organisationBriefQueryOptions(id ?? ''), enabled: Boolean(id) });
