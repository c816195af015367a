import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface QuotaResponse {
  organisationId: string;
  year: number;
  ldttHolders: number;
  /** null: no cap (law 2022). */
  capPercent: number | null;
  max: number | null;
  used: number;
  remaining: number | null;
}

/** The CSTĐ cơ sở cap of a unit for a year: a share of its Lao động tiên tiến holders (null = no cap). */
export const getQuota = (organisationId: string, year: number, signal?: AbortSignal) =>
  api<QuotaResponse>(`/api/v1/organisations/${encodeURIComponent(organisationId)}/quota`, { query: { year }, signal });

export const quotaQueryOptions = (organisationId: string, year: number) =>
  queryOptions({
    queryKey: ['eligibility', 'quota', organisationId, year],
    queryFn: ({ signal }) => getQuota(organisationId, year, signal),
    retry: false,
  });
export const useQuota = (organisationId: string, year: number, enabled = true) =>
  useQuery({ ...quotaQueryOptions(organisationId, year), enabled });
