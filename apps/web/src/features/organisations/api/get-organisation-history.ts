import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrganisationHistory } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type OrganisationHistoryResponse = z.infer<typeof OrganisationHistory>;

/** Names, parents and events over time, with the direct predecessors and successors. */
export const getOrganisationHistory = (id: string, signal?: AbortSignal) =>
  api<OrganisationHistoryResponse>(`/api/v1/organisations/${encodeURIComponent(id)}/history`, { signal });

export const organisationHistoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organisations', 'history', id],
    queryFn: ({ signal }) => getOrganisationHistory(id, signal),
    staleTime: 5 * 60_000,
  });

export const useOrganisationHistory = (id: string | undefined) =>
  useQuery({ ...organisationHistoryQueryOptions(id ?? ''), enabled: Boolean(id) });
