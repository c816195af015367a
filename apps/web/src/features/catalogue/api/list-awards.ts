import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AwardList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AwardListResponse = z.infer<typeof AwardList>;
export type AwardRow = AwardListResponse['items'][number];

/** The award catalogue: emulation titles and forms of commendation with their level and authority. */
export const listAwards = (signal?: AbortSignal) => api<AwardListResponse>('/api/v1/awards', { signal });
export const awardCatalogueQueryOptions = () =>
  queryOptions({ queryKey: ['awards'], queryFn: ({ signal }) => listAwards(signal), staleTime: 30 * 60_000 });
export const useAwardCatalogue = () => useQuery(awardCatalogueQueryOptions());
