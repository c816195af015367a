import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '@thidua/contracts';
import { listOrganisations } from './list-organisations';

/** The root of the tree (kind `central`, code VN, "Trung ương"); null if outside the caller's scope. */
export async function getRootOrganisation(asOf: string, signal?: AbortSignal): Promise<Organisation | null> {
  const res = await listOrganisations({ asOf, kind: 'central', limit: 1, offset: 0 }, signal);
  return res.items[0] ?? null;
}

export const rootOrganisationQueryOptions = (asOf: string) =>
  queryOptions({
    queryKey: ['organisations', 'root', asOf],
    queryFn: ({ signal }) => getRootOrganisation(asOf, signal),
    staleTime: 10 * 60_000,
  });

export const useRootOrganisation = (asOf: string) => useQuery(rootOrganisationQueryOptions(asOf));
