import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { parametersQueryKey } from './list-parameters';

export interface OverrideInput {
  value: number | string | boolean | null;
  effectiveFrom: string;
  organisationId: string | null;
  reason: string;
}

/** A new dated value of a parameter, for the whole deployment or one organisation (administrators; audited). */
export const addParameterOverride = (key: string, body: OverrideInput) =>
  api<unknown>(`/api/v1/parameters/${encodeURIComponent(key)}/overrides`, { method: 'POST', body });

export function useAddParameterOverride() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { key: string; body: OverrideInput }) => addParameterOverride(v.key, v.body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: parametersQueryKey }),
  });
}
