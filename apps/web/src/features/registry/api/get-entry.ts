import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegistryEntryDetail } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type RegistryEntryDetailView = z.infer<typeof RegistryEntryDetail>;
export type EntryCorrectionView = RegistryEntryDetailView['corrections'][number];

/** One registry entry with the history of its corrections (GET /api/v1/registry/entries/{id}). */
export const getRegistryEntry = (id: string, signal?: AbortSignal) => api<RegistryEntryDetailView>(`/api/v1/registry/entries/${encodeURIComponent(id)}`, { signal });
export const registryEntryQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['registry', 'entry', id], queryFn: ({ signal }) => getRegistryEntry(id, signal), staleTime: 0 });
export const useRegistryEntry = (id: string | null | undefined) => useQuery({ ...registryEntryQueryOptions(id ?? ''), enabled: Boolean(id) });
