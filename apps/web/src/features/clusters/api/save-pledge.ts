import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SaveClusterPledge } from '@thidua/contracts';
import { api } from '@/lib/api-client';
import type { ClusterYearOverviewView } from './get-year-overview';

/** The year's emulation pledge (giao ước thi đua): numbered commitments and each member's signature. */
export const savePledge = ({ id, year, body }: { id: string; year: number; body: z.input<typeof SaveClusterPledge> }) =>
  api<ClusterYearOverviewView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/pledge`, { method: 'POST', body });
export function useSavePledge() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: savePledge, onSuccess: (_r, v) => qc.invalidateQueries({ queryKey: ['clusters', v.id, v.year] }) });
}
