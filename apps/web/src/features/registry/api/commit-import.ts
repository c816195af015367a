import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RegistryImportView } from './get-import';

export const commitImport = (id: string) => api<RegistryImportView>(`/api/v1/registry/imports/${id}/commit`, { method: 'POST' });

export const useCommitImport = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: commitImport, onSuccess: (_d, id) => qc.invalidateQueries({ queryKey: ['registry', 'import', id] }) });
};
