import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditList } from '@thidua/contracts';
import { api } from '@/lib/api-client';

export type AuditListResponse = z.infer<typeof AuditList>;
export type AuditEntryRow = AuditListResponse['items'][number];
export interface ListAuditParams {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  limit: number;
  offset: number;
}

/** The append-only audit log, newest first (administrators and auditors). */
export const listAudit = (p: ListAuditParams, signal?: AbortSignal) =>
  api<AuditListResponse>('/api/v1/audit', {
    query: { entity: p.entity, entityId: p.entityId?.trim(), action: p.action, limit: p.limit, offset: p.offset },
    signal,
  });

export const listAuditQueryOptions = (p: ListAuditParams) =>
  queryOptions({ queryKey: ['audit', 'list', p], queryFn: ({ signal }) => listAudit(p, signal), placeholderData: keepPreviousData });

export const useAudit = (p: ListAuditParams) => useQuery(listAuditQueryOptions(p));
