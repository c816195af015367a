import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TotpSetup } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type TotpSetupResponse = z.infer<typeof TotpSetup>;

/** Starts enrolment: a new secret, pending until a correct code confirms it. */
export const startTotpSetup = () => api<TotpSetupResponse>('/api/auth/totp/setup', { method: 'POST' });
export const useStartTotpSetup = () => useMutation({ mutationFn: startTotpSetup });
