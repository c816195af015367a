import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DossierView } from './list-dossiers';

export const getDossier = (id: string, signal?: AbortSignal) => api<DossierView>(`/api/v1/dossiers/${encodeURIComponent(id)}`, { signal });
export const dossierQueryKey = (id: string) => ['dossiers', 'one', id] as const;
export const dossierQueryOptions = (id: string) =>
  queryOptions({ queryKey: dossierQueryKey(id), queryFn: ({ signal }) => getDossier(id, signal) });
export const useDossier = (id: string | undefined) => useQuery({ ...dossierQueryOptions(id ?? ''), enabled: Boolean(id) });
