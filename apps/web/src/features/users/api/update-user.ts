import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateUser, User } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type UpdateUserInput = z.infer<typeof UpdateUser>;

/** Display name, roles (replaced as a whole), activation (deactivating ends the user's sessions). */
export const updateUser = ({ id, changes }: { id: string; changes: UpdateUserInput }) =>
  api<User>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }) });
}
