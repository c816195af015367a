import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrganisationList, OrgKind } from '@thidua/contracts';
import { api } from '@/lib/api-client';

// The organisation picker is shared by several features (people, users), so it owns its own calls
// here instead of borrowing the organisations feature's (features never import each other).
export type OrganisationListResponse = z.infer<typeof OrganisationList>;

export interface OrganisationSearch {
  q?: string;
  kind?: OrgKind;
  asOf?: string;
  limit?: number;
}

export const searchOrganisations = (s: OrganisationSearch, signal?: AbortSignal) =>
  api<OrganisationListResponse>('/api/v1/organisations', {
    query: { q: s.q?.trim(), kind: s.kind, asOf: s.asOf, limit: s.limit ?? 20 },
    signal,
  });

export const organisationSearchQueryOptions = (s: OrganisationSearch) =>
  queryOptions({
    queryKey: ['organisation-picker', 'search', s],
    queryFn: ({ signal }) => searchOrganisations(s, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useOrganisationSearch = (s: OrganisationSearch, enabled = true) => useQuery({ ...organisationSearchQueryOptions(s), enabled });
