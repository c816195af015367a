import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@thidua/contracts';
import { getOrganisation } from './get-organisation';

const MAX_DEPTH = 8;

/**
 * The chain from the root down to `id` as of `asOf` (for the breadcrumb). The API has no ancestors
 * route, so this walks `parentId` one request per level; the tree is shallow (central → province →
 * department → unit).
 */
export async function getOrganisationPath(id: string, asOf: string, signal?: AbortSignal): Promise<Organisation[]> {
  const chain: Organisation[] = [];
  let next: string | null = id;
  while (next && chain.length < MAX_DEPTH) {
    const o: Organisation = await getOrganisation(next, asOf, signal);
    chain.unshift(o);
    next = o.parentId;
  }
  return chain;
}

export const organisationPathQueryOptions = (id: string, asOf: string) =>
  queryOptions({
    queryKey: ['organisations', 'path', id, asOf],
    queryFn: ({ signal }) => getOrganisationPath(id, asOf, signal),
    staleTime: 5 * 60_000,
  });

export const useOrganisationPath = (id: string | undefined, asOf: string) =>
  useQuery({ ...organisationPathQueryOptions(id ?? '', asOf), enabled: Boolean(id) });
