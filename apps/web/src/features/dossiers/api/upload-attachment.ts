import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { dossierQueryKey } from './get-dossier';

/**
 * Multipart upload (the shared client sends JSON only): the CSRF token is read from /api/auth/me.
 * The server checks the content by its magic bytes (415) and its size (413).
 */
export async function uploadAttachment({ id, kind, file }: { id: string; kind: string; file: File }) {
  const me = await api<{ csrfToken?: string }>('/api/auth/me');
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  const res = await fetch(`/api/v1/dossiers/${encodeURIComponent(id)}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
  });
  const data = (await res.json().catch(() => ({}))) as { code?: string; message?: string; details?: Record<string, unknown> };
  if (!res.ok)
    throw new ApiError(res.status, (data.code ?? 'bad_response') as never, data.message ?? `HTTP ${res.status}`, data.details ?? {});
  return data;
}

export function useUploadAttachment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_d, v) => void qc.invalidateQueries({ queryKey: dossierQueryKey(v.id) }),
  });
}
