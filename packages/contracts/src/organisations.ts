import { z } from 'zod';
import { IsoDate, Limit, Offset, OrgKind, Uuid, listOf } from './common.js';

export const Organisation = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  kind: OrgKind,
  subkind: z.string().nullable().optional(),
  isCity: z.boolean().optional(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  parentId: Uuid.nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationListQuery = z.strictObject({
  asOf: IsoDate.optional(),
  kind: OrgKind.optional(),
  parentId: Uuid.optional(),
  q: z.string().max(200).optional(),
  limit: Limit,
  offset: Offset,
});
export const OrganisationList = listOf(Organisation);

export const LineageEvent = z.enum(['merger', 'split', 'rename', 'transfer']);
export const LineageLink = z.object({ organisation: Organisation, date: IsoDate, event: LineageEvent });
export const Lineage = z.object({
  organisation: Organisation,
  predecessors: z.array(LineageLink),
  successors: z.array(LineageLink),
});

export const OrganisationHistory = z.object({
  organisation: Organisation,
  names: z.array(z.object({ name: z.string(), isCity: z.boolean(), validFrom: IsoDate.nullable(), validTo: IsoDate.nullable() })),
  parents: z.array(z.object({ parent: Organisation, validFrom: IsoDate.nullable(), validTo: IsoDate.nullable() })),
  events: z.array(z.object({ date: IsoDate, event: z.string(), description: z.string(), basis: z.string().nullable() })),
  lineage: Lineage,
});

export const CreateOrganisation = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(300),
  kind: OrgKind,
  subkind: z.enum(['xa', 'phuong', 'dac_khu']).optional(),
  parentId: Uuid,
  validFrom: IsoDate.optional(),
});
