import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Verdict = 'eligible' | 'ineligible' | 'review';
export interface BulkInput {
  organisationId: string;
  year: number;
  awards: string[];
}
export interface BulkResponse {
  organisationId: string;
  year: number;
  asOf: string;
  total: number;
  summary: Record<string, Record<Verdict, number>>;
  items: {
    person: { id: string; fullName: string };
    results: Record<string, { verdict: Verdict; unmet: { code: string; year?: number; earliestYear?: number }[] }>;
  }[];
}

/** Every person owned by a unit, for a year and a list of awards (the candidate list). Nothing is stored. */
export const bulkEvaluate = (body: BulkInput, signal?: AbortSignal) =>
  api<BulkResponse>('/api/v1/eligibility/bulk', { method: 'POST', body, signal });

export const bulkEvaluateQueryOptions = (body: BulkInput) =>
  queryOptions({ queryKey: ['eligibility', 'bulk', body], queryFn: ({ signal }) => bulkEvaluate(body, signal), retry: false });
export const useBulkEvaluate = (body: BulkInput, enabled = true) => useQuery({ ...bulkEvaluateQueryOptions(body), enabled });
