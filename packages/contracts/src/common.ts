import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải theo dạng YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'Ngày không tồn tại');
export const Uuid = z.uuid();
export const Limit = z.coerce.number().int().min(1).max(100).default(20);
export const Offset = z.coerce.number().int().min(0).default(0);
export const Paging = z.strictObject({ limit: Limit, offset: Offset });

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), totalCapped: z.boolean().optional() });

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export const ROLES = ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ORG_KINDS = ['central', 'ministry', 'province', 'district', 'commune', 'department', 'unit', 'enterprise'] as const;
export const OrgKind = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof OrgKind>;
