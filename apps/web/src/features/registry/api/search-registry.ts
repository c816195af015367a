import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RegistrySearchResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type RegistrySearchResponse = z.infer<typeof RegistrySearchResult>;
export type RegistryItem = RegistrySearchResponse['items'][number];
export interface RegistrySearchParams {
  q?: string | undefined;
  award?: string | undefined;
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
