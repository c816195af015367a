import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ResetPassword } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ResetPasswordInput = z.infer<typeof ResetPassword>;

/** An administrator sets a temporary password; the user's sessions end and they must change it. */
export const resetPassword = ({ id, body }: { id: string; body: ResetPasswordInput }) =>
  api<{ ok: true }>(`/api/v1/users/${encodeURIComponent(id)}/password`, { method: 'POST', body });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
