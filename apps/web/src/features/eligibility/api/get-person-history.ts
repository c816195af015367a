import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Rating = 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
export type Scope = 'co_so' | 'tinh' | 'toan_quoc';
export type AwardType = 'cong_trang' | 'dot_xuat' | 'chuyen_de' | 'cong_hien' | 'nien_han' | 'doi_ngoai' | 'khang_chien';
export type BlockKind = 'discipline' | 'investigation';

export interface PersonHistory {
  ratings: { year: number; rating: Rating; source: string }[];
  awards: {
    id: string;
    award: string;
    type: AwardType;
    year: number;
    decisionNumber: string | null;
    decisionDate: string | null;
    decisionAuthority: string | null;
    status: string;
    source: string;
  }[];
  initiatives: { id: string; year: number; scope: Scope; title: string; decisionNumber: string | null; decisionDate: string | null }[];
  blocks: { id: string; kind: BlockKind; level: string | null; from: string; to: string | null; note: string | null }[];
}

/** What the rules read for a person: annual ratings, awards in the ledger, initiatives, discipline/investigation periods. */
export const getPersonHistory = (id: string, signal?: AbortSignal) =>
  api<PersonHistory>(`/api/v1/people/${encodeURIComponent(id)}/history`, { signal });

export const personHistoryQueryKey = (id: string) => ['eligibility', 'history', id] as const;
export const personHistoryQueryOptions = (id: string) =>
  queryOptions({ queryKey: personHistoryQueryKey(id), queryFn: ({ signal }) => getPersonHistory(id, signal) });
export const usePersonHistory = (id: string) => useQuery(personHistoryQueryOptions(id));
