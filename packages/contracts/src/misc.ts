import { z } from 'zod';
import { IsoDate, Limit, Offset, listOf } from './common.js';

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
  demo: z.boolean(),
});

export const AddWorkingDaysQuery = z.strictObject({
  from: IsoDate,
  days: z.coerce.number().int().min(1, 'Số ngày làm việc phải ≥ 1').max(3650),
});
export const AddWorkingDaysResult = z.object({ date: IsoDate });

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  outcome: z.string(),
});
export const AuditQuery = z.strictObject({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  limit: Limit,
  offset: Offset,
});
export const AuditList = listOf(AuditEntry);
