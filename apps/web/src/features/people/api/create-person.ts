import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreatePerson, Person } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CreatePersonInput = z.infer<typeof CreatePerson>;

export const createPerson = (body: CreatePersonInput) => api<Person>('/api/v1/people', { method: 'POST', body });

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createPerson, onSuccess: () => qc.invalidateQueries({ queryKey: ['people', 'list'] }) });
}
