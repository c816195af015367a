import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';

/** The Excel template (columns Họ và tên, Năm sinh, Số CCCD, Năm đánh giá, Xếp loại): a plain link downloads it. */
export const RATINGS_TEMPLATE_URL = '/api/v1/history/ratings/template.xlsx';

export interface RatingsImportReport {
  rows: number;
  valid: number;
  invalid: number;
  written: number;
  errors: { row: number; column?: string; code: string; message: string }[];
}

/**
 * Uploads a .xlsx (multipart, field "file"): `dryRun` only checks. The shared client sends JSON only, so
 * this posts the form itself, with the CSRF token from /api/auth/me as the other uploads do.
 */
export async function importRatings(file: File, dryRun: boolean): Promise<RatingsImportReport> {
  const me = await api<{ csrfToken?: string }>('/api/auth/me');
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/v1/history/ratings/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(me.csrfToken ? { 'X-CSRF-Token': me.csrfToken } : {}) },
  });
  const data = (await res.json().catch(() => ({}))) as RatingsImportReport & {
    code?: string;
    message?: string;
    details?: Record<string, unknown>;
  };
  if (!res.ok)
    throw new ApiError(res.status, (data.code ?? 'bad_response') as never, data.message ?? `HTTP ${res.status}`, data.details ?? {});
  return data;
}

export function useImportRatings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { file: File; dryRun: boolean }) => importRatings(v.file, v.dryRun),
    onSuccess: (_d, v) => {
      if (!v.dryRun) void qc.invalidateQueries({ queryKey: ['eligibility'] });
    },
  });
}
