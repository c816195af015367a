import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegistrySearchResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type RegistrySearchResponse = z.infer<typeof RegistrySearchResult>;
export type RegistryItem = RegistrySearchResponse['items'][number];
export interface RegistrySearchParams {
  q?: string | undefined;
  award?: string | undefined;
  type?: string | undefined;
  organisationId?: string | undefined;
  includeDescendants?: boolean | undefined;
  hometown?: string | undefined;
  status?: 'valid' | 'revoked' | 'reissued' | undefined;
  subjectKind?: 'individual' | 'collective' | 'household' | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  birthYear?: number | undefined;
  decisionNumber?: string | undefined;
  limit: number;
  offset: number;
}

/** Registry search (RULES.md §8 name matching, capped total). */
export const searchRegistry = (p: RegistrySearchParams, signal?: AbortSignal) =>
  api<RegistrySearchResponse>('/api/v1/registry/search', { query: { ...p }, signal });

export const searchRegistryQueryOptions = (p: RegistrySearchParams) =>
  queryOptions({ queryKey: ['registry', 'search', p], queryFn: ({ signal }) => searchRegistry(p, signal), placeholderData: keepPreviousData });

export const useRegistrySearch = (p: RegistrySearchParams) => useQuery(searchRegistryQueryOptions(p));

/** One entry (e.g. the new entry a reissue points to). */
export const getRegistryEntry = (id: string, signal?: AbortSignal) => api<RegistryItem>(`/api/v1/registry/entries/${id}`, { signal });
