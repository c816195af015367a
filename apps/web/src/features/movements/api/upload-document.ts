import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { movementQueryKey, type MovementDocumentView } from './get-movement';

export type MovementDocumentKind = MovementDocumentView['kind'];

/**
 * Multipart upload of a movement's document, or of a review's when `reviewId` is given (the shared client
 * sends JSON only): the CSRF token is read from /api/auth/me. The server checks the content by its magic
 * bytes (415), its size (413) and scans it (file_infected).
 */
export async function uploadMovementDocument({ movementId, reviewId, kind, title, file }: { movementId: string; reviewId?: string; kind: MovementDocumentKind; title?: string; file: File }) {
  const me = await api<{ csrfToken?: string }>('/api/auth/me');
  const form = new FormData();
  form.append('kind', kind);
  if (title) form.append('title', title);
  form.append('file', file, file.name);
  const base = `/api/v1/movements/${encodeURIComponent(movementId)}`;
  const res = await fetch(reviewId ? `${base}/reviews/${encodeURIComponent(reviewId)}/documents` : `${base}/documents`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
  });
  const data = (await res.json().catch(() => ({}))) as MovementDocumentView & { code?: string; message?: string; details?: Record<string, unknown> };
  if (!res.ok) throw new ApiError(res.status, (data.code ?? 'bad_response') as never, data.message ?? `HTTP ${res.status}`, data.details ?? {});
  return data as MovementDocumentView;
}

export function useUploadMovementDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadMovementDocument,
    onSuccess: (_d, v) => void qc.invalidateQueries({ queryKey: movementQueryKey(v.movementId) }),
  });
}

/** The download link (the server checks the caller's access on every request). */
export const movementDocumentHref = (movementId: string, documentId: string) => `/api/v1/movements/${encodeURIComponent(movementId)}/documents/${encodeURIComponent(documentId)}`;
