import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvaluationRequest, EvaluationResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type EvaluationInput = z.input<typeof EvaluationRequest>;
export type EvaluationResponse = z.infer<typeof EvaluationResult>;

/** Checks one proposal against the rule set in force on `asOf`; every unmet condition is listed. Nothing is stored. */
export const evaluateEligibility = (body: EvaluationInput) =>
  api<EvaluationResponse>('/api/v1/eligibility/evaluate', { method: 'POST', body });
export const useEvaluateEligibility = () => useMutation({ mutationFn: evaluateEligibility });
