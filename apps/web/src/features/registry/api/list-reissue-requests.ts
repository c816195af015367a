import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReissueRequest, ReissueRequestList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type ReissueRequestView = z.infer<typeof ReissueRequest>;
/** The reissue requests tracked against one registry entry (newest first). */
export const listReissueRequests = (entryId: string, signal?: AbortSignal) =>
  api<z.infer<typeof ReissueRequestList>>('/api/v1/registry/reissue-requests', { query: { entryId }, signal });
export const reissueRequestsQueryOptions = (entryId: string) =>
  queryOptions({
    queryKey: ['registry', 'reissue-requests', entryId],
    queryFn: ({ signal }) => listReissueRequests(entryId, signal),
    staleTime: 0,
  });
export const useReissueRequests = (entryId: string | null | undefined) =>
  useQuery({ ...reissueRequestsQueryOptions(entryId ?? ''), enabled: Boolean(entryId) });
