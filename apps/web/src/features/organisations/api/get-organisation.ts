import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@thidua/contracts';
import { api } from '@/lib/api-client';

/** One organisation with its name and parent as of `asOf`. */
export const getOrganisation = (id: string, asOf: string | undefined, signal?: AbortSignal) =>
  api<Organisation>(`/api/v1/organisations/${encodeURIComponent(id)}`, { query: { asOf }, signal });

export const organisationQueryOptions = (id: string, asOf?: string) =>
  queryOptions({ queryKey: ['organisations', 'one', id, asOf ?? null], queryFn: ({ signal }) => getOrganisation(id, asOf, signal) });

export const useOrganisation = (id: string | undefined, asOf?: string) =>
  useQuery({ ...organisationQueryOptions(id ?? '', asOf), enabled: Boolean(id) });
