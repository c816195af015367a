import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginBody, LoginResult } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type LoginInput = z.infer<typeof LoginBody>;
export type LoginResponse = z.infer<typeof LoginResult>;

export const login = (body: LoginInput) => api<LoginResponse>('/api/auth/login', { method: 'POST', body });
export const useLogin = () => useMutation({ mutationFn: login });
