import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvaluationResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export interface PersonEligibilityResponse {
  person: { id: string; fullName: string };
  year: number;
  asOf: string;
  items: { award: string; name: string; result: z.infer<typeof EvaluationResult> }[];
}

/** The chain awards (LĐTT, CSTĐ cơ sở, …) for one person and achievement year, evaluated on the stored history. */
export const getPersonEligibility = (id: string, year: number, signal?: AbortSignal) =>
  api<PersonEligibilityResponse>(`/api/v1/people/${encodeURIComponent(id)}/eligibility`, { query: { year }, signal });

export const personEligibilityQueryKey = (id: string) => ['eligibility', 'person', id] as const;
export const personEligibilityQueryOptions = (id: string, year: number) =>
  queryOptions({ queryKey: [...personEligibilityQueryKey(id), year], queryFn: ({ signal }) => getPersonEligibility(id, year, signal) });
export const usePersonEligibility = (id: string, year: number) => useQuery(personEligibilityQueryOptions(id, year));
