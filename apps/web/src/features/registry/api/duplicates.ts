import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegistryDuplicateList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type DuplicateList = z.infer<typeof RegistryDuplicateList>;
export type Duplicate = DuplicateList['items'][number];

export const listDuplicates = (p: { limit: number; offset: number }, signal?: AbortSignal) =>
  api<DuplicateList>('/api/v1/registry/duplicates', { query: { status: 'open', ...p }, signal });
export const duplicatesQueryOptions = (p: { limit: number; offset: number }) =>
  queryOptions({ queryKey: ['registry', 'duplicates', p], queryFn: ({ signal }) => listDuplicates(p, signal) });
export const useDuplicates = (p: { limit: number; offset: number }) => useQuery(duplicatesQueryOptions(p));

export const useMergeDuplicate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; keepPersonId: string }) => api<{ id: string; movedEntryIds: string[] }>(`/api/v1/registry/duplicates/${v.id}/merge`, { method: 'POST', body: { keepPersonId: v.keepPersonId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['registry'] }),
  });
};
export const useUndoMerge = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => api(`/api/v1/registry/merges/${mergeId}/undo`, { method: 'POST', body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['registry'] }),
  });
};
export const useNotDuplicate = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`/api/v1/registry/duplicates/${id}/not-duplicate`, { method: 'POST', body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['registry', 'duplicates'] }),
  });
};
