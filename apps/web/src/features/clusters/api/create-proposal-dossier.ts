import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The proposed member's representative turns a proposal into a dossier (with minutes and letter attached). */
export const createProposalDossier = ({ id, year, proposalId }: { id: string; year: number; proposalId: string }) =>
  api<{ dossierId: string | null }>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/proposals/${encodeURIComponent(proposalId)}/dossier`, { method: 'POST' });
export function useCreateProposalDossier() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createProposalDossier, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
