import { z } from 'zod';
import { IsoDate, Limit, Offset, Uuid } from './common.js';

// Registry data-entry campaigns and reissue requests (issue #6 point 5).

export const CAMPAIGN_KIND_VALUES = ['resistance_war', 'general'] as const;
export const CAMPAIGN_ENTRY_STATUSES = ['awaiting_second', 'committed', 'adjudication', 'resolved'] as const;
/** The template columns an entry may carry (the keys of REGISTRY_COLUMNS). */
export const CAMPAIGN_FIELDS = ['fullName', 'birth', 'gender', 'hometown', 'organisation', 'award', 'type', 'year', 'decisionNumber', 'decisionDate', 'authority', 'citizenId'] as const;

const Cell = z.string().max(1000);
export const CampaignCells = z.strictObject(Object.fromEntries(CAMPAIGN_FIELDS.map((k) => [k, Cell.optional()])) as Record<(typeof CAMPAIGN_FIELDS)[number], z.ZodOptional<z.ZodString>>);
export type CampaignCells = z.infer<typeof CampaignCells>;

export const CampaignPeriod = z.object({ code: z.string(), name: z.string(), from: IsoDate, to: IsoDate });

export const CampaignCreateBody = z
  .strictObject({
    name: z.string().trim().min(3).max(300),
    kind: z.enum(CAMPAIGN_KIND_VALUES),
    awardCodes: z.array(z.string().min(1).max(100)).max(100).optional(),
    periods: z.array(CampaignPeriod).max(20).optional(),
    startDate: IsoDate,
    deadline: IsoDate,
    ownerOrgId: Uuid.optional(),
    doubleEntry: z.boolean().default(false),
  })
  .refine((b) => b.deadline >= b.startDate, { path: ['deadline'], message: 'Hạn hoàn thành phải từ ngày bắt đầu trở đi' });

export const CampaignUpdateBody = z
  .strictObject({
    name: z.string().trim().min(3).max(300).optional(),
    deadline: IsoDate.optional(),
    status: z.enum(['open', 'closed']).optional(),
    /** Why (kept in the audit log): an extended deadline, a campaign closed early. */
    reason: z.string().trim().min(3).max(1000),
  })
  .refine((b) => b.name !== undefined || b.deadline !== undefined || b.status !== undefined, { message: 'Không có thay đổi nào' });

export const CampaignTarget = z.object({ orgId: Uuid, orgName: z.string(), expected: z.number().int() });
export const CampaignAssignment = z.object({ userId: Uuid, username: z.string(), displayName: z.string(), orgId: Uuid, orgName: z.string() });

export const Campaign = z.object({
  id: Uuid,
  name: z.string(),
  kind: z.enum(CAMPAIGN_KIND_VALUES),
  periods: z.array(CampaignPeriod),
  awardCodes: z.array(z.string()),
  startDate: IsoDate,
  deadline: IsoDate,
  ownerOrgId: Uuid,
  doubleEntry: z.boolean(),
  status: z.enum(['open', 'closed']),
  createdBy: z.string().nullable(),
  targets: z.array(CampaignTarget),
  assignments: z.array(CampaignAssignment),
  /** What the actor may do here. */
  can: z.object({ manage: z.boolean(), enter: z.boolean(), adjudicate: z.boolean(), enterOrgIds: z.array(Uuid) }),
});
export const CampaignList = z.object({ items: z.array(Campaign.omit({ targets: true, assignments: true, can: true }).extend({ target: z.number().int(), committed: z.number().int() })) });

export const CampaignTargetsBody = z.strictObject({
  targets: z.array(z.strictObject({ orgId: Uuid, expected: z.number().int().min(0).max(10_000_000) })).min(1).max(500),
});
export const CampaignAssignmentBody = z.strictObject({ userId: Uuid, orgId: Uuid });

export const CampaignEntryBody = z.strictObject({
  orgId: Uuid,
  /** The paper record's reference; required when the campaign uses double entry (it pairs the two entries). */
  recordRef: z.string().trim().min(1).max(100).optional(),
  cells: CampaignCells,
});

export const CampaignIssue = z.object({ field: z.string().nullable(), header: z.string().nullable(), code: z.string(), message: z.string(), original: z.string().optional() });

/** The result of checking a record without storing it (the entry form checks as the officer types). */
export const CampaignEntryCheck = z.object({ valid: z.boolean(), errors: z.array(CampaignIssue), warnings: z.array(CampaignIssue) });
export const CampaignAssignableUsers = z.object({ items: z.array(z.object({ userId: Uuid, username: z.string(), displayName: z.string() })) });
export const CampaignAssignableQuery = z.strictObject({ orgId: Uuid });

export const CampaignEntry = z.object({
  id: Uuid,
  campaignId: Uuid,
  orgId: Uuid,
  recordRef: z.string().nullable(),
  enteredBy: z.string(),
  status: z.enum(CAMPAIGN_ENTRY_STATUSES),
  /** created / existing (the identity rule found the award already in the ledger) once committed. */
  outcome: z.enum(['created', 'existing']).nullable(),
  awardEntryId: Uuid.nullable(),
  adjudicationId: Uuid.nullable(),
  fullName: z.string(),
  award: z.string(),
  year: z.number().int(),
  warnings: z.array(CampaignIssue),
  enteredOn: IsoDate,
  createdAt: z.string(),
});
export const CampaignEntryList = z.object({ items: z.array(CampaignEntry), todayByMe: z.number().int() });
export const CampaignEntryQuery = z.strictObject({ mine: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(20) });

export const CampaignAdjudicationField = z.object({ field: z.string(), header: z.string(), first: z.string().nullable(), second: z.string().nullable(), differs: z.boolean() });
export const CampaignAdjudication = z.object({
  id: Uuid,
  campaignId: Uuid,
  orgId: Uuid,
  orgName: z.string(),
  recordRef: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  first: z.object({ entryId: Uuid, enteredBy: z.string(), cells: z.record(z.string(), z.string()) }),
  second: z.object({ entryId: Uuid, enteredBy: z.string(), cells: z.record(z.string(), z.string()) }),
  fields: z.array(CampaignAdjudicationField),
  resolvedBy: z.string().nullable(),
  awardEntryId: Uuid.nullable(),
});
/** One page of adjudications (oldest first, then id) and how many match in all. */
export const CampaignAdjudicationList = z.object({ items: z.array(CampaignAdjudication), total: z.number().int() });
export const CampaignAdjudicationQuery = z.strictObject({
  status: z.enum(['open', 'resolved']).optional(),
  /** Words that must each begin a word of the record number, unit, officers or a cell (domain `adjudicationSearch`). */
  q: z.string().max(200).optional(),
  limit: Limit,
  offset: Offset,
});
export const CampaignResolveBody = z.strictObject({
  /** The chosen or edited value of each field (as typed); fields left out keep the first entry's value. */
  cells: CampaignCells,
});

export const CampaignUnitProgress = z.object({
  orgId: Uuid,
  orgName: z.string(),
  target: z.number().int(),
  entered: z.number().int(),
  committed: z.number().int(),
  adjudication: z.number().int(),
  awaitingSecond: z.number().int(),
});
export const CampaignProgress = z.object({
  campaignId: Uuid,
  today: IsoDate,
  startDate: IsoDate,
  deadline: IsoDate,
  workingDaysElapsed: z.number().int(),
  workingDaysLeft: z.number().int(),
  totals: CampaignUnitProgress.omit({ orgId: true, orgName: true }),
  units: z.array(CampaignUnitProgress),
  perDay: z.array(z.object({ date: IsoDate, entered: z.number().int(), committed: z.number().int() })),
  projection: z.object({ ratePerDay: z.number(), projected: z.number().int(), requiredPerDay: z.number().int().nullable(), onTrack: z.boolean(), percent: z.number() }),
});

export const REISSUE_STATUSES = ['requested', 'approved', 'rejected', 'reissued'] as const;
export const ReissueRequestBody = z.strictObject({ cause: z.enum(['lost', 'damaged']), item: z.enum(['certificate', 'medal', 'both']), reason: z.string().trim().min(3).max(1000) });
export const ReissueDecisionBody = z.strictObject({ note: z.string().trim().max(1000).optional() });
export const ReissueIssueBody = z.strictObject({ certificateCode: z.string().trim().min(1).max(100) });
export const ReissueRequest = z.object({
  id: Uuid,
  entryId: Uuid,
  ownerOrgId: Uuid,
  cause: z.enum(['lost', 'damaged']),
  item: z.enum(['certificate', 'medal', 'both']),
  reason: z.string(),
  status: z.enum(REISSUE_STATUSES),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  newEntryId: Uuid.nullable(),
  certificateCode: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ReissueRequestList = z.object({ items: z.array(ReissueRequest) });
export const ReissueRequestQuery = z.strictObject({ status: z.enum(REISSUE_STATUSES).optional(), entryId: Uuid.optional() });
