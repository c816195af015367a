import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateCouncilMember } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { councilSessionQueryKey, type CouncilSessionView } from './get-council-session';

export type UpdateCouncilMemberBody = z.input<typeof UpdateCouncilMember>;

/** Marks a member as a standing member (thành viên Thường trực Hội đồng) or not, before anyone has voted. */
export const updateCouncilMember = ({ id, memberId, body }: { id: string; memberId: string; body: UpdateCouncilMemberBody }) =>
  api<CouncilSessionView>(`/api/v1/council-sessions/${encodeURIComponent(id)}/members/${encodeURIComponent(memberId)}`, {
    method: 'PATCH',
    body,
  });

export function useUpdateCouncilMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateCouncilMember,
    onSuccess: (s) => qc.setQueryData(councilSessionQueryKey(s.id), s),
  });
}
