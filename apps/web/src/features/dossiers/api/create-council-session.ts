import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateCouncilSession } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import { councilSessionQueryKey, type CouncilSessionView } from './get-council-session';

export type CreateCouncilSessionBody = z.input<typeof CreateCouncilSession>;

/** Opens a council session: members and the agenda built from appraised (or posted) dossiers. */
export const createCouncilSession = (body: CreateCouncilSessionBody) =>
  api<CouncilSessionView>('/api/v1/council-sessions', { method: 'POST', body });

export function useCreateCouncilSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCouncilSession,
    onSuccess: (s) => {
      qc.setQueryData(councilSessionQueryKey(s.id), s);
      void qc.invalidateQueries({ queryKey: ['council', 'list'] });
      void qc.invalidateQueries({ queryKey: ['dossiers'] });
    },
  });
}

/** Accounts holding the council_member role, to pick as members of the session. */
export const listMemberCandidates = (signal?: AbortSignal) =>
  api<{ items: { id: string; displayName: string }[]; total: number }>('/api/v1/council-sessions/member-candidates', { signal });
export const memberCandidatesQueryOptions = () =>
  queryOptions({ queryKey: ['council', 'member-candidates'], queryFn: ({ signal }) => listMemberCandidates(signal) });
export const useMemberCandidates = () => useQuery(memberCandidatesQueryOptions());
