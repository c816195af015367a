import { useMutation } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';

export interface EvidenceFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Multipart upload of a self-assessment evidence file (the shared client sends JSON only): the CSRF
 * token is read from /api/auth/me. The server checks the content (PDF, DOCX, JPEG, PNG → else 415).
 */
export async function uploadEvidence({ id, year, organisationId, criterionCode, file }: { id: string; year: number; organisationId: string; criterionCode: string; file: File }) {
  const me = await api<{ csrfToken?: string }>('/api/auth/me');
  const form = new FormData();
  form.append('file', file, file.name);
  const q = new URLSearchParams({ organisationId, criterionCode });
  const res = await fetch(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round/evidence?${q.toString()}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
  });
  const data = (await res.json().catch(() => ({}))) as EvidenceFile & { code?: string; message?: string; details?: Record<string, unknown> };
  if (!res.ok) throw new ApiError(res.status, (data.code ?? 'bad_response') as never, data.message ?? `HTTP ${res.status}`, data.details ?? {});
  return data as EvidenceFile;
}

export const useUploadEvidence = () => useMutation({ mutationFn: uploadEvidence });
