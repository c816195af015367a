import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChangePassword } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ChangePasswordInput = z.infer<typeof ChangePassword>;

export const changePassword = (body: ChangePasswordInput) => api<{ ok: true }>('/api/auth/password', { method: 'POST', body });
export const useChangePassword = () => useMutation({ mutationFn: changePassword });
