import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Dossier } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type DossierView = z.infer<typeof Dossier>;
export interface DossierListResponse {
  items: DossierView[];
  total: number;
}

/** Dossiers in the user's scope, the nearest deadline first. */
export const listDossiers = (q: { status?: string; limit: number; offset: number }, signal?: AbortSignal) =>
  api<DossierListResponse>('/api/v1/dossiers', { query: q, signal });

export const dossiersQueryOptions = (q: { status?: string; limit: number; offset: number }) =>
  queryOptions({ queryKey: ['dossiers', 'list', q], queryFn: ({ signal }) => listDossiers(q, signal) });

export const useDossiers = (q: { status?: string; limit: number; offset: number }) => useQuery(dossiersQueryOptions(q));
