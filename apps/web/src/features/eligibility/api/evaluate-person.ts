import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvaluationResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { AwardType, BlockKind, Rating, Scope } from './get-person-history';

export interface WhatIf {
  ratings?: { year: number; rating: Rating }[];
  awards?: { award: string; year: number; type: AwardType }[];
  initiatives?: { year: number; scope: Scope }[];
  blocks?: { kind: BlockKind; from: string; to?: string | null }[];
}
export interface EvaluatePersonInput {
  personId: string;
  award: string;
  year: number;
  asOf?: string;
  whatIf?: WhatIf;
}
export interface EvaluatePersonResponse {
  person: { id: string; fullName: string };
  asOf: string;
  result: z.infer<typeof EvaluationResult>;
  conflicts: { reason: string; entryId: string; award: string; decisionNumber: string | null }[];
}

/** One person and award on the stored history plus hypothetical additions; nothing is saved (a POST only for its body). */
export const evaluatePerson = (body: EvaluatePersonInput, signal?: AbortSignal) =>
  api<EvaluatePersonResponse>('/api/v1/eligibility/evaluate-person', { method: 'POST', body, signal });

export const evaluatePersonQueryOptions = (body: EvaluatePersonInput) =>
  queryOptions({
    queryKey: ['eligibility', 'what-if', body.personId, body],
    queryFn: ({ signal }) => evaluatePerson(body, signal),
    placeholderData: keepPreviousData,
  });
export const useEvaluatePerson = (body: EvaluatePersonInput | null) =>
  useQuery({ ...evaluatePersonQueryOptions(body ?? { personId: '', award: '', year: 0 }), enabled: Boolean(body) });
