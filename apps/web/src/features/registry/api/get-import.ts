import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegistryImport } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type RegistryImportView = z.infer<typeof RegistryImport>;
const DONE = ['previewed', 'committed', 'failed'];

export const getImport = (id: string, signal?: AbortSignal) => api<RegistryImportView>(`/api/v1/registry/imports/${id}`, { signal });

/** Polls every second until the import rests (previewed, committed or failed). */
export const getImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['registry', 'import', id],
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (q) => (q.state.data && DONE.includes(q.state.data.status) ? false : 1000),
  });

export const useImport = (id: string | null) => useQuery({ ...getImportQueryOptions(id ?? ''), enabled: Boolean(id) });
