import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { councilSessionQueryKey, type CouncilSessionView } from './get-council-session';

/** The secretary records the written ballot paper of an absent member (one per member, like an electronic vote). */
export const recordWrittenVote = ({
  id,
  memberId,
  votes,
}: {
  id: string;
  memberId: string;
  votes: { itemId: string; choice: 'for' | 'against' | 'abstain' }[];
}) =>
  api<CouncilSessionView>(`/api/v1/council-sessions/${encodeURIComponent(id)}/written-votes`, {
    method: 'POST',
    body: { memberId, votes },
  });

export function useRecordWrittenVote() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordWrittenVote,
    onSuccess: (s) => qc.setQueryData(councilSessionQueryKey(s.id), s),
  });
}
