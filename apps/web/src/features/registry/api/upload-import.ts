import { useMutation } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';

/** Uploads a .xlsx/.csv file (multipart, field "file"); the CSRF token comes from /api/auth/me. */
export async function uploadImport(file: File, commit: boolean): Promise<{ id: string; status: string }> {
  const me = await api<{ csrfToken?: string }>('/api/auth/me');
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/v1/registry/imports${commit ? '?commit=true' : ''}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string; status?: string; code?: string; message?: string; details?: Record<string, unknown> };
  if (!res.ok) throw new ApiError(res.status, (body.code as never) ?? 'bad_response', body.message ?? `HTTP ${res.status}`, body.details ?? {});
  return { id: body.id!, status: body.status! };
}

export const useUploadImport = () => useMutation({ mutationFn: (v: { file: File; commit: boolean }) => uploadImport(v.file, v.commit) });
