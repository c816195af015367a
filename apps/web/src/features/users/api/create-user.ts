import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateUser, User } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type CreateUserInput = z.infer<typeof CreateUser>;

/** The new user must change the password at first login (the server sets mustChangePassword). */
export const createUser = (body: CreateUserInput) => api<User>('/api/v1/users', { method: 'POST', body });

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }) });
}
