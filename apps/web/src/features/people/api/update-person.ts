import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Person, UpdatePerson } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { personQueryKey } from './get-person';

export type UpdatePersonInput = z.infer<typeof UpdatePerson>;

/**
 * Optimistic concurrency: If-Match names the version the form was loaded from; the server answers
 * 412 `precondition_failed` when someone saved in between, and nothing is overwritten.
 */
export const updatePerson = ({ id, version, changes }: { id: string; version: number; changes: UpdatePersonInput }) =>
  api<Person>(`/api/v1/people/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes, headers: { 'If-Match': `"${version}"` } });

export function useUpdatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (p) => {
      qc.setQueryData(personQueryKey(p.id), (old: Person | undefined) => ({ ...old, ...p, positions: p.positions ?? old?.positions }));
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
}
