import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MovementList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type MovementOption = z.infer<typeof MovementList>['items'][number];

/** Emulation movements a dossier may cite (features do not share fetchers). */
export const listMovements = (signal?: AbortSignal) =>
  api<z.infer<typeof MovementList>>('/api/v1/movements', { query: { limit: 100 }, signal });
export const dossierMovementsQueryOptions = () =>
  queryOptions({ queryKey: ['dossiers', 'movements'], queryFn: ({ signal }) => listMovements(signal), staleTime: 10 * 60_000 });
export const useDossierMovements = () => useQuery(dossierMovementsQueryOptions());
