import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import { Organisation } from './organisations.js';

// Clusters and blocks (cụm, khối thi đua) and emulation movements (issue #5).

export const ClusterOrganiserLevel = z.enum(['central', 'ministry', 'province']);
export const ClusterAssessmentMode = z.enum(['peers', 'leader_secretariat', 'peers_and_secretariat']);
export const ClusterTieBreak = z.enum(['mandatory', 'women', 'ballot']);
export const ClusterAwardCode = z.enum(['co_thi_dua_chinh_phu', 'bang_khen_thu_tuong']);
const Year = z.coerce.number().int().min(1990).max(2100);
const Text = (max: number) => z.string().trim().min(1).max(max);

export const ClusterYearParams = z.object({ id: Uuid, year: Year });
export const ClusterIdParams = z.object({ id: Uuid });

/** CONTRACT.md: `GET /api/v1/clusters` → `{"items":[{"id","name","organiser"}]}`. */
export const ClusterListItem = z.object({ id: Uuid, name: z.string(), organiser: Organisation });
export const ClusterList = z.object({ items: z.array(ClusterListItem) });

export const ClusterPledgeView = z.object({
  commitments: z.array(z.object({ number: z.number().int(), text: z.string() })),
  signatures: z.array(z.object({ organisation: Organisation, signatory: z.string().nullable(), date: IsoDate.nullable() })),
});

/** CONTRACT.md: `GET /api/v1/clusters/{id}/years/{year}`. */
export const ClusterYear = z.object({
  members: z.array(Organisation),
  leader: Organisation.nullable(),
  deputies: z.array(Organisation),
  pledge: ClusterPledgeView,
  ranking: z.array(z.object({ organisation: Organisation, rank: z.number().int(), score: z.number() })),
  proposals: z.array(z.object({ organisation: Organisation, award: z.string() })),
});

export const ClusterMemberView = z.object({
  /** The membership (one organisation may have several, over different periods). */
  id: Uuid,
  organisation: Organisation,
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  womenPreference: z.boolean(),
  note: z.string().nullable(),
});

export const ClusterDetail = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  kind: z.enum(['cluster', 'block']),
  organiser: Organisation,
  organiserLevel: ClusterOrganiserLevel,
  settings: z.object({
    assessmentMode: ClusterAssessmentMode,
    tieBreaks: z.array(ClusterTieBreak),
    ballotPercent: z.number().int(),
    ballotComparison: z.enum(['more_than', 'at_least']),
    bangKhenCount: z.number().int(),
    flagPool: z.number().int().nullable(),
    deputiesCount: z.number().int(),
  }),
  note: z.string().nullable(),
  members: z.array(ClusterMemberView),
  officers: z.array(z.object({ year: z.number().int(), leader: Organisation.nullable(), deputies: z.array(Organisation) })),
  years: z.array(z.number().int()),
  abilities: z.object({ manage: z.boolean(), participateAs: z.array(Uuid) }),
});

export const CreateCluster = z.strictObject({
  code: Text(40),
  name: Text(300),
  kind: z.enum(['cluster', 'block']).default('cluster'),
  organiserOrgId: Uuid,
  organiserLevel: ClusterOrganiserLevel,
  assessmentMode: ClusterAssessmentMode.optional(),
  tieBreaks: z.array(ClusterTieBreak).max(3).optional(),
  ballotPercent: z.number().int().min(1).max(100).optional(),
  ballotComparison: z.enum(['more_than', 'at_least']).optional(),
  bangKhenCount: z.number().int().min(0).max(20).optional(),
  flagPool: z.number().int().min(0).max(1000).nullable().optional(),
  deputiesCount: z.number().int().min(0).max(5).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const AddClusterMember = z.strictObject({
  organisationId: Uuid,
  validFrom: IsoDate,
  validTo: IsoDate.nullable().optional(),
  womenPreference: z.boolean().optional(),
  note: z.string().trim().max(2000).optional(),
});

/** Edits a membership (end date, preference, note), with a reason kept in the audit log. */
export const UpdateClusterMember = z
  .strictObject({
    validTo: IsoDate.nullable().optional(),
    womenPreference: z.boolean().optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    reason: z.string().trim().min(3).max(1000),
  })
  .refine((b) => b.validTo !== undefined || b.womenPreference !== undefined || b.note !== undefined, { message: 'Không có thay đổi nào' });

/** Ends the members that ceased to exist before `date` and assigns their successors from that date. */
export const AssignClusterSuccessors = z.strictObject({ date: IsoDate, note: z.string().trim().max(2000).optional() });

export const RecordClusterElection = z.strictObject({
  leaderId: Uuid,
  deputyIds: z.array(Uuid).max(5),
  electedOn: IsoDate.optional(),
  basis: z.string().trim().max(500).optional(),
});

export const ClusterRotation = z.object({
  leader: Organisation.nullable(),
  deputies: z.array(Organisation),
  order: z.array(z.object({ organisation: Organisation, lastLed: z.number().int().nullable(), lastDeputy: z.number().int().nullable() })),
});

export const SaveClusterPledge = z.strictObject({
  signedOn: IsoDate.optional(),
  place: z.string().trim().max(300).optional(),
  preamble: z.string().trim().max(5000).optional(),
  commitments: z.array(z.strictObject({ number: z.number().int().min(1).max(100), text: Text(5000) })).min(1).max(50),
  signatures: z.array(z.strictObject({ organisationId: Uuid, signatory: z.string().trim().max(300).optional(), signedOn: IsoDate.optional() })).max(100).default([]),
});

export const ClusterDocumentRef = z.strictObject({ title: Text(300), number: z.string().trim().max(100).optional(), date: IsoDate.optional(), url: z.string().trim().max(1000).regex(/^https?:\/\//i, 'Đường dẫn phải bắt đầu bằng http:// hoặc https://').optional() });

export const AddClusterConference = z.strictObject({
  kind: z.enum(['mid_year', 'year_end']),
  heldOn: IsoDate,
  place: z.string().trim().max(300).optional(),
  hostOrgId: Uuid.optional(),
  participants: z.array(Text(300)).max(200).default([]),
  minutes: z.string().trim().max(50_000).optional(),
  documents: z.array(ClusterDocumentRef).max(50).default([]),
});

export const ClusterIndicatorInput = z.strictObject({
  organisationId: Uuid.nullable(),
  code: z.string().trim().regex(/^[a-z0-9_]{2,60}$/),
  value: z.number().finite().nullable().optional(),
  numerator: z.number().int().min(0).nullable().optional(),
  denominator: z.number().int().min(1).nullable().optional(),
  unit: z.string().trim().max(40).optional(),
  source: z.string().trim().max(500).optional(),
});
export const SaveClusterIndicators = z.strictObject({ items: z.array(ClusterIndicatorInput).min(1).max(500) });

export const ClusterCriterionInput = z.strictObject({
  group: Text(300),
  code: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  title: Text(1000),
  kind: z.enum(['criterion', 'bonus', 'penalty']).default('criterion'),
  maxPoints: z.number().positive().max(10_000),
  mandatory: z.boolean().default(false),
  evidenceRequired: z.boolean().default(false),
});
export const OpenClusterRound = z.strictObject({ criteria: z.array(ClusterCriterionInput).min(1).max(200) });

export const ClusterCriterion = z.object({
  id: Uuid,
  group: z.string(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(['criterion', 'bonus', 'penalty']),
  maxPoints: z.number(),
  mandatory: z.boolean(),
  evidenceRequired: z.boolean(),
});

export const ClusterEvidence = z.strictObject({ title: Text(300), fileId: Uuid.optional(), url: z.string().trim().max(1000).optional() });

export const SubmitClusterScores = z.strictObject({
  /** self: a member's self-assessment; member: a member scoring others; leader / secretariat per the mode. */
  as: z.enum(['self', 'member', 'leader', 'secretariat']),
  /** The member acted for (required unless `as` is secretariat). */
  assessorOrgId: Uuid.optional(),
  reason: z.string().trim().max(1000).optional(),
  items: z
    .array(z.strictObject({ assesseeId: Uuid, criterionCode: z.string().trim().min(1).max(40), points: z.number(), evidence: z.array(ClusterEvidence).max(20).optional(), reason: z.string().trim().max(1000).optional() }))
    .min(1)
    .max(2000),
});

export const ClusterRankingRow = z.object({
  organisation: Organisation,
  rank: z.number().int(),
  score: z.number(),
  criteriaScore: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  mandatoryScore: z.number(),
  selfScore: z.number().nullable(),
  decidedBy: z.string().optional(),
});

export const ClusterRoundView = z.object({
  id: Uuid,
  year: z.number().int(),
  status: z.enum(['open', 'closed']),
  criteria: z.array(ClusterCriterion),
  progress: z.array(z.object({ organisation: Organisation, selfAssessed: z.boolean(), assessedOthers: z.number().int(), othersToAssess: z.number().int() })),
  /** Members fully assessed by the secretariat, in the modes where it scores (null otherwise). */
  secretariatProgress: z.object({ assessed: z.number().int(), toAssess: z.number().int() }).nullable(),
  ranking: z.array(ClusterRankingRow),
  view: z.enum(['raw', 'normalised']),
  abilities: z.object({ manage: z.boolean(), participateAs: z.array(Uuid) }),
});
export const ClusterRoundQuery = z.strictObject({ view: z.enum(['raw', 'normalised']).default('raw') });

export const ClusterScoreEventView = z.object({
  id: z.number().int(),
  criterionCode: z.string(),
  assessee: Organisation,
  assessorKind: z.string(),
  assessor: Organisation.nullable(),
  points: z.number(),
  reason: z.string().nullable(),
  actorUsername: z.string().nullable(),
  at: z.string(),
});
export const ClusterScoreHistory = z.object({ items: z.array(ClusterScoreEventView) });

export const ClusterBallotView = z.object({
  status: z.enum(['open', 'closed']),
  nominees: z.array(z.object({ organisation: Organisation, award: z.string(), rank: z.number().int().nullable() })),
  members: z.number().int(),
  voted: z.number().int(),
  votedAs: z.array(Uuid),
  threshold: z.object({ percent: z.number().int(), comparison: z.enum(['more_than', 'at_least']) }),
  result: z
    .array(z.object({ organisation: Organisation, votesFor: z.number().int(), votesAgainst: z.number().int(), denominator: z.number().int(), passed: z.boolean() }))
    .nullable(),
});
export const CastClusterVote = z.strictObject({
  voterOrgId: Uuid,
  choices: z.array(z.strictObject({ nomineeId: Uuid, approve: z.boolean() })).min(1).max(50),
});

export const ClusterProposalView = z.object({
  id: Uuid,
  organisation: Organisation,
  award: z.string(),
  rank: z.number().int().nullable(),
  score: z.number().nullable(),
  votesFor: z.number().int().nullable(),
  dossierId: Uuid.nullable(),
  status: z.string(),
  note: z.string().nullable(),
});

export const ClusterYearOverview = z.object({
  cluster: z.object({ id: Uuid, name: z.string(), note: z.string().nullable() }),
  year: z.number().int(),
  members: z.array(ClusterMemberView),
  leader: Organisation.nullable(),
  deputies: z.array(Organisation),
  conferences: z.array(
    z.object({ id: Uuid, kind: z.enum(['mid_year', 'year_end']), heldOn: IsoDate.nullable(), place: z.string().nullable(), host: Organisation.nullable(), participants: z.array(z.string()), minutes: z.string().nullable(), documents: z.array(z.record(z.string(), z.unknown())) }),
  ),
  indicators: z.array(z.object({ organisation: Organisation.nullable(), code: z.string(), value: z.number().nullable(), numerator: z.number().int().nullable(), denominator: z.number().int().nullable(), unit: z.string().nullable(), source: z.string().nullable() })),
  movements: z.array(z.object({ id: Uuid, title: z.string(), authorityLabel: z.string(), kind: z.string() })),
  pledge: ClusterPledgeView.extend({ signedOn: IsoDate.nullable(), place: z.string().nullable() }),
  round: z.object({ status: z.enum(['open', 'closed']) }).nullable(),
  ballot: z.object({ status: z.enum(['open', 'closed']) }).nullable(),
  proposals: z.array(ClusterProposalView),
});

// Movements (phong trào thi đua)
export const MovementKind = z.enum(['regular', 'campaign', 'thematic']);
export const CreateMovement = z.strictObject({
  title: Text(500),
  authorityOrgId: Uuid,
  authorityLabel: Text(300),
  clusterId: Uuid.optional(),
  kind: MovementKind,
  periodFrom: IsoDate.optional(),
  periodTo: IsoDate.optional(),
  launchedOn: IsoDate.optional(),
  objectives: z.string().trim().max(20_000).optional(),
  criteria: z.string().trim().max(20_000).optional(),
  documents: z.array(ClusterDocumentRef).max(50).default([]),
  targetOrgIds: z.array(Uuid).max(500).default([]),
});
export const Movement = z.object({
  id: Uuid,
  title: z.string(),
  authority: Organisation,
  authorityLabel: z.string(),
  clusterId: Uuid.nullable(),
  kind: MovementKind,
  periodFrom: IsoDate.nullable(),
  periodTo: IsoDate.nullable(),
  launchedOn: IsoDate.nullable(),
  objectives: z.string().nullable(),
  criteria: z.string().nullable(),
  documents: z.array(z.record(z.string(), z.unknown())),
});
export const MovementRegistration = z.object({
  id: Uuid,
  organisation: Organisation,
  personId: Uuid.nullable(),
  /** The individual's full name when an individual registered (added 2026-12-06; additive). */
  personName: z.string().nullable(),
  /** The year registered for (added 2026-12-07; additive). */
  year: z.number().int(),
  titles: z.array(z.string()),
  state: z.enum(['submitted', 'approved', 'returned']),
  note: z.string().nullable(),
  version: z.number().int(),
});
export const MovementDetail = Movement.extend({
  targets: z.array(Organisation),
  registrations: z.array(MovementRegistration),
  rollUp: z.object({ byState: z.record(z.string(), z.number()), byTitle: z.record(z.string(), z.number()) }),
  reviews: z.array(z.object({ id: Uuid, kind: z.enum(['interim', 'final']), heldOn: IsoDate, report: z.string().nullable(), organisation: Organisation.nullable(), documents: z.array(z.record(z.string(), z.unknown())) })),
});
export const MovementList = z.object({ items: z.array(Movement), total: z.number().int() });
export const MovementListQuery = z.strictObject({ clusterId: Uuid.optional(), year: Year.optional(), limit: z.coerce.number().int().min(1).max(100).default(20), offset: z.coerce.number().int().min(0).default(0) });
/** `year` (added 2026-12-07; optional, additive): the year registered for; default the year of the registration date. */
export const RegisterForMovement = z.strictObject({ organisationId: Uuid, personId: Uuid.optional(), year: Year.optional(), titles: z.array(z.string().trim().regex(/^[a-z0-9_]{2,60}$/)).min(1).max(10), note: z.string().trim().max(2000).optional() });
export const ReviewMovementRegistration = z.strictObject({ action: z.enum(['approve', 'return', 'resubmit']), note: z.string().trim().max(2000).optional() });
export const AddMovementReview = z.strictObject({ kind: z.enum(['interim', 'final']), heldOn: IsoDate, organisationId: Uuid.optional(), report: z.string().trim().max(50_000).optional(), documents: z.array(ClusterDocumentRef).max(50).default([]) });
