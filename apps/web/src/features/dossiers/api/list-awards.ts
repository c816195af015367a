import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AwardList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AwardOption = z.infer<typeof AwardList>['items'][number];

/** The award catalogue, to choose what a dossier proposes (features do not share fetchers). */
export const listAwards = (signal?: AbortSignal) => api<z.infer<typeof AwardList>>('/api/v1/awards', { signal });
export const dossierAwardsQueryOptions = () =>
  queryOptions({ queryKey: ['dossiers', 'awards'], queryFn: ({ signal }) => listAwards(signal), staleTime: 30 * 60_000 });
export const useDossierAwards = () => useQuery(dossierAwardsQueryOptions());
