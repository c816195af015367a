import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OrganisationList, OrgKind } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type OrganisationListResponse = z.infer<typeof OrganisationList>;

export interface ListOrganisationsParams {
  asOf: string;
  kind?: OrgKind | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Organisations valid on `asOf`, within the caller's scope; children of `parentId` when given. */
export const listOrganisations = (p: ListOrganisationsParams, signal?: AbortSignal) =>
  api<OrganisationListResponse>('/api/v1/organisations', {
    query: { asOf: p.asOf, kind: p.kind, parentId: p.parentId, q: p.q?.trim(), limit: p.limit, offset: p.offset },
    signal,
  });

export const listOrganisationsQueryOptions = (p: ListOrganisationsParams) =>
  queryOptions({
    queryKey: ['organisations', 'list', p],
    queryFn: ({ signal }) => listOrganisations(p, signal),
    placeholderData: keepPreviousData,
  });

export const useOrganisations = (p: ListOrganisationsParams, enabled = true) => useQuery({ ...listOrganisationsQueryOptions(p), enabled });
