import { z } from 'zod';
import { IsoDate, Limit, Offset, Uuid } from './common.js';
import { Organisation } from './organisations.js';

// The award registry (CONTRACT.md: registry search, imports, public lookup).

export const REGISTRY_ENTRY_STATUSES = ['valid', 'revoked', 'reissued'] as const;
export const REGISTRY_SOURCES = ['decided', 'imported', 'campaign', 'manual'] as const;
export const REGISTRY_IMPORT_STATUSES = ['queued', 'parsing', 'previewed', 'committing', 'committed', 'failed'] as const;

const Year = z.coerce.number().int().min(1800).max(2200);
const BoolQ = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const RegistrySearchQuery = z.strictObject({
  q: z.string().max(200).optional(),
  award: z.string().max(100).optional(),
  type: z.string().max(40).optional(),
  yearFrom: Year.optional(),
  yearTo: Year.optional(),
  organisationId: Uuid.optional(),
  includeDescendants: BoolQ.optional(),
  birthYear: Year.optional(),
  hometown: z.string().max(200).optional(),
  decisionNumber: z.string().max(100).optional(),
  status: z.enum(REGISTRY_ENTRY_STATUSES).optional(),
  subjectKind: z.enum(['individual', 'collective', 'household']).optional(),
  limit: Limit,
  offset: Offset,
});
export type RegistrySearchQuery = z.infer<typeof RegistrySearchQuery>;

export const RegistryExportQuery = RegistrySearchQuery.omit({ limit: true, offset: true });

export const RegistryPerson = z.object({
  id: Uuid,
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  hometown: z.string().nullable(),
});

export const RegistryEntry = z.object({
  id: Uuid,
  subjectKind: z.enum(['individual', 'collective', 'household']),
  person: RegistryPerson.nullable(),
  subjectName: z.string().nullable(),
  award: z.string(),
  type: z.string(),
  year: z.number().int().nullable(),
  decision: z.object({ number: z.string().nullable(), date: IsoDate.nullable(), authority: z.string().nullable() }),
  organisation: Organisation.nullable(),
  organisationText: z.string().nullable(),
  certificateCode: z.string().nullable(),
  status: z.enum(REGISTRY_ENTRY_STATUSES),
  replacedById: Uuid.nullable(),
  source: z.string(),
});
export type RegistryEntry = z.infer<typeof RegistryEntry>;
/** One entry with the history of its corrections (each by a correction decision). */
export const RegistryEntryDetail = RegistryEntry.extend({
  corrections: z.array(
    z.object({ decisionId: Uuid, decisionNumber: z.string().nullable(), decisionDate: IsoDate.nullable(), field: z.string(), before: z.string().nullable(), after: z.string().nullable(), at: z.string() }),
  ),
});

export const RegistrySearchResult = z.object({ items: z.array(RegistryEntry), total: z.number().int(), totalCapped: z.boolean().optional() });

export const RegistryImportCreateQuery = z.strictObject({
  commit: BoolQ.optional(),
  ownerOrgId: Uuid.optional(),
});

export const RegistryImportIssue = z.object({ row: z.number().int().nullable(), column: z.string().nullable(), code: z.string(), message: z.string() });
export const RegistryImportWarning = RegistryImportIssue.extend({ original: z.string().optional() });

export const RegistryImport = z.object({
  id: Uuid,
  status: z.enum(REGISTRY_IMPORT_STATUSES),
  fileName: z.string(),
  fileSha256: z.string(),
  counts: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(), created: z.number().int(), existing: z.number().int() }),
  errors: z.array(RegistryImportIssue),
  warnings: z.array(RegistryImportWarning),
  lastCommittedRow: z.number().int(),
  failure: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const RegistryImportAccepted = z.object({ id: Uuid, status: z.enum(REGISTRY_IMPORT_STATUSES) });

export const RegistryDuplicate = z.object({
  id: Uuid,
  score: z.number().int(),
  reasons: z.array(z.string()),
  status: z.enum(['open', 'merged', 'not_duplicate']),
  people: z.array(RegistryPerson.extend({ entries: z.number().int(), citizenIdMasked: z.string().nullable() })),
});
export const RegistryDuplicateList = z.object({ items: z.array(RegistryDuplicate), total: z.number().int() });
export const RegistryDuplicateQuery = z.strictObject({ status: z.enum(['open', 'merged', 'not_duplicate']).default('open'), limit: Limit, offset: Offset });
export const RegistryMergeBody = z.strictObject({ keepPersonId: Uuid });
export const RegistryMerge = z.object({ id: Uuid, keptId: Uuid, mergedId: Uuid, movedEntryIds: z.array(Uuid), undoneAt: z.string().nullable() });

export const RegistryReissueBody = z.strictObject({ certificateCode: z.string().min(1).max(100), reason: z.string().min(1).max(1000) });

export const PublicLookupBody = z.strictObject({
  fullName: z.string().min(2).max(200),
  birthYear: z.number().int().min(1800).max(2200),
  province: z.string().max(100).optional(),
});
export const PublicLookupResult = z.object({
  items: z.array(
    z.object({
      fullName: z.string(),
      birthYear: z.number().int().nullable(),
      award: z.string(),
      awardName: z.string(),
      year: z.number().int().nullable(),
      decision: z.object({ number: z.string().nullable(), date: IsoDate.nullable(), authority: z.string().nullable() }),
    }),
  ),
});
