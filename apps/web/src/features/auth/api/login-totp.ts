import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LoginResult, TotpBody } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type LoginTotpInput = z.infer<typeof TotpBody>;

/** Completes a login that answered `{mfaRequired, mfaToken}`. */
export const loginTotp = (body: LoginTotpInput) => api<z.infer<typeof LoginResult>>('/api/auth/login/totp', { method: 'POST', body });
export const useLoginTotp = () => useMutation({ mutationFn: loginTotp });
