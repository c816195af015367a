import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClusterScoreHistory } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ScoreHistoryView = z.infer<typeof ClusterScoreHistory>;
/** Every score given in the round, oldest first: who, when, why (secretariat only). */
export const getScoreHistory = (id: string, year: number, signal?: AbortSignal) => api<ScoreHistoryView>(`/api/v1/clusters/${encodeURIComponent(id)}/years/${year}/round/history`, { signal });
export const scoreHistoryQueryOptions = (id: string, year: number) => queryOptions({ queryKey: ['clusters', id, year, 'round', 'history'], queryFn: ({ signal }) => getScoreHistory(id, year, signal) });
export const useScoreHistory = (id: string, year: number, enabled = true) => useQuery({ ...scoreHistoryQueryOptions(id, year), enabled });
