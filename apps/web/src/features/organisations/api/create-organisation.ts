import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateOrganisation, Organisation } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CreateOrganisationInput = z.infer<typeof CreateOrganisation>;

export const createOrganisation = (body: CreateOrganisationInput) => api<Organisation>('/api/v1/organisations', { method: 'POST', body });

export function useCreateOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['organisations'] }),
  });
}
