import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TotpConfirm } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type TotpConfirmInput = z.infer<typeof TotpConfirm>;

export const confirmTotp = (body: TotpConfirmInput) => api<{ ok: true }>('/api/auth/totp/confirm', { method: 'POST', body });
export const useConfirmTotp = () => useMutation({ mutationFn: confirmTotp });
