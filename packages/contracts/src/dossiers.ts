// Award dossiers, council sessions, decisions and certificate verification (issue #4). CONTRACT.md
// fixes `GET /api/v1/decisions`, the decision downloads and the certificate verification shapes.
import { z } from 'zod';
import { COUNCIL_VOTE_DENOMINATORS, DEADLINE_NOTICE_CODES, REGISTRY_CORRECTABLE_FIELDS } from '@thidua/domain';
import { IsoDate, Limit, Offset, Uuid, listOf } from './common.js';

export const DossierStatus = z.enum([
  'draft',
  'submitted',
  'received',
  'returned',
  'resubmitted',
  'appraised',
  'posted',
  'council_review',
  'approved',
  'rejected',
  'decided',
  'forwarded',
  'withdrawn',
]);
export const DossierAction = z.enum([
  'submit',
  'receive',
  'return',
  'resubmit',
  'appraise',
  'post',
  'send_to_council',
  'reject',
  'forward',
  'withdraw',
]);

const Text = (max: number) => z.string().trim().min(1).max(max);

export const DossierSubjectInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('individual'), personId: Uuid, title: Text(200).optional() }),
  z.strictObject({ kind: z.literal('collective'), organisationId: Uuid }),
  z.strictObject({ kind: z.literal('household'), name: Text(200), address: Text(300).optional() }),
]);

export const CreateDossier = z
  .strictObject({
    ownerOrgId: Uuid,
    title: Text(300),
    award: z.string().min(1).max(80),
    awardType: z.enum(['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien']).default('cong_trang'),
    achievementYear: z.number().int().min(1945).max(2100).optional(),
    periodFrom: z.number().int().min(1945).max(2100).optional(),
    periodTo: z.number().int().min(1945).max(2100).optional(),
    movementId: z.string().max(100).optional(),
    achievement: Text(2000).optional(),
    subjects: z.array(DossierSubjectInput).min(1).max(500),
  })
  .refine(
    (v) => v.achievementYear !== undefined || (v.periodFrom !== undefined && v.periodTo !== undefined && v.periodFrom <= v.periodTo),
    {
      message: 'Cần năm thành tích hoặc giai đoạn (từ năm – đến năm)',
      path: ['achievementYear'],
    },
  );
export type CreateDossier = z.infer<typeof CreateDossier>;

export const UpdateDossier = z.strictObject({
  title: Text(300).optional(),
  achievement: Text(2000).nullable().optional(),
  achievementYear: z.number().int().min(1945).max(2100).optional(),
  movementId: z.string().max(100).nullable().optional(),
  subjects: z.array(DossierSubjectInput).min(1).max(500).optional(),
});
export type UpdateDossier = z.infer<typeof UpdateDossier>;

export const DossierTransitionRequest = z.strictObject({
  action: DossierAction,
  reason: Text(2000).optional(),
  /** Appraisal opinion (ý kiến thẩm định) for `appraise`. */
  opinion: Text(4000).optional(),
});

export const EligibilitySnapshot = z.object({
  verdict: z.string(),
  ruleSet: z.string().optional(),
  decree: z.string().optional(),
  unmet: z.array(z.object({ code: z.string(), message: z.string() }).passthrough()),
  toConfirm: z.array(z.object({ code: z.string(), message: z.string() }).passthrough()),
  asOf: z.string(),
  error: z.string().optional(),
});

export const DossierSubject = z.object({
  id: Uuid,
  kind: z.enum(['individual', 'collective', 'household']),
  personId: Uuid.nullable(),
  organisationId: Uuid.nullable(),
  name: z.string(),
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  eligibility: EligibilitySnapshot.nullable(),
  result: z.enum(['approved', 'rejected']).nullable(),
});

export const DossierAttachment = z.object({
  id: Uuid,
  kind: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

export const DossierDeadlineView = z.object({
  step: z.string(),
  owner: z.string(),
  workingDays: z.number().int(),
  from: IsoDate,
  due: IsoDate,
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
});

export const DossierEvent = z.object({
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actor: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const Dossier = z.object({
  id: Uuid,
  ownerOrgId: Uuid,
  ownerOrgName: z.string().nullable(),
  title: z.string(),
  award: z.string(),
  awardName: z.string(),
  awardType: z.string(),
  achievementYear: z.number().int().nullable(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  movementId: z.string().nullable(),
  achievement: z.string().nullable(),
  status: DossierStatus,
  statusLabel: z.string(),
  version: z.number().int(),
  deadline: DossierDeadlineView.nullable(),
  appraisalOpinion: z.string().nullable(),
  returnReason: z.string().nullable(),
  posting: z.object({ from: IsoDate, until: IsoDate, comments: z.number().int() }).nullable(),
  decisionId: Uuid.nullable(),
  requiredDocuments: z.array(z.string()),
  missingDocuments: z.array(z.string()),
  subjects: z.array(DossierSubject),
  attachments: z.array(DossierAttachment).optional(),
  history: z.array(DossierEvent).optional(),
  abilities: z.object({ edit: z.boolean(), upload: z.boolean(), actions: z.array(z.string()) }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Dossier = z.infer<typeof Dossier>;
export const DossierList = listOf(Dossier);
export const DossierListQuery = z.strictObject({
  status: DossierStatus.optional(),
  award: z.string().max(80).optional(),
  limit: Limit,
  offset: Offset,
});

export const PublicComment = z.strictObject({
  name: Text(200),
  contact: z.string().trim().max(200).optional(),
  body: Text(4000),
});
export const PublicPostedDossier = z.object({
  id: Uuid,
  title: z.string(),
  awardName: z.string(),
  nominees: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
  postingFrom: IsoDate,
  postingUntil: IsoDate,
});

/**
 * A deadline notice as a stable code and its data, for a client to word in its own language (added
 * 2026-12-07; additive). `workingDays`: left before (reminder) or past (escalation) the deadline on the day
 * of the notice.
 */
export const InboxNotice = z
  .object({
    code: z.enum(DEADLINE_NOTICE_CODES),
    params: z.object({ dossierId: Uuid, dossierTitle: z.string(), due: IsoDate, workingDays: z.number().int().min(0) }),
  })
  .meta({
    description:
      'Thông báo nhắc hạn (deadline_reminder) hoặc quá hạn (deadline_escalation) dưới dạng mã và dữ liệu, để giao diện diễn đạt theo ngôn ngữ của mình; `title` vẫn là câu tiếng Việt do máy chủ viết.',
  });

export const InboxItem = z.object({
  /** `dossier` (status: the dossier's state), `council_session` (status `open`, action `vote`), `notification` (status and action: `reminder` or `escalation`). */
  kind: z.enum(['dossier', 'council_session', 'notification']),
  id: Uuid,
  /** Vietnamese: the dossier's or session's title, or the notification's message. */
  title: z.string(),
  status: z.string(),
  statusLabel: z.string().optional(),
  action: z.string(),
  due: IsoDate.nullable(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Notifications only (added 2026-12-07; additive). */
  notice: InboxNotice.optional(),
});
export const Inbox = listOf(InboxItem);

// Council ------------------------------------------------------------------------------------------
export const CreateCouncilSession = z.strictObject({
  ownerOrgId: Uuid,
  title: Text(300),
  councilName: Text(300),
  meetingDate: IsoDate,
  venue: Text(300),
  chairName: Text(200),
  secretaryName: Text(200),
  /** Users holding the council_member role, and/or named members without an account. */
  memberUserIds: z.array(Uuid).max(100).default([]),
  /** Those of memberUserIds who are standing members (thành viên Thường trực Hội đồng). */
  standingUserIds: z.array(Uuid).max(100).default([]),
  /**
   * The person (a `person` id, as nominees are) each of memberUserIds is, where known: a member who is the
   * nominee of an agenda item does not vote on it (added 2026-12; additive).
   */
  memberPersons: z.array(z.strictObject({ userId: Uuid, personId: Uuid })).max(100).default([]),
  /**
   * The organisation each of memberUserIds represents, where any (a cluster's member province, a unit's
   * head): a member never votes on an agenda item whose collective nominee is that organisation (additive).
   */
  memberOrganisations: z.array(z.strictObject({ userId: Uuid, organisationId: Uuid })).max(100).default([]),
  namedMembers: z
    .array(
      z.strictObject({
        name: Text(200),
        title: Text(200).optional(),
        present: z.boolean().default(true),
        standing: z.boolean().default(false),
        /** The person this member is (see memberPersons). */
        personId: Uuid.optional(),
        /** The organisation this member represents (see memberOrganisations). */
        organisationId: Uuid.optional(),
      }),
    )
    .max(100)
    .default([]),
  dossierIds: z.array(Uuid).min(1).max(200),
});
/** Whose share a council vote is: all members (default), members present, standing members. */
export const CouncilVoteDenominator = z.enum(COUNCIL_VOTE_DENOMINATORS);
/** A declared conflict of interest on one agenda item; the reason is required (it goes into the minutes). */
export const CouncilRecusalInput = z.strictObject({ itemId: Uuid, reason: Text(500) });
/**
 * A member edited while nobody has voted yet: standing or not, the person the member is (null: no link),
 * and the member's recusals (the whole set: items not listed are no longer recused). At least one field.
 */
export const UpdateCouncilMember = z
  .strictObject({
    standing: z.boolean().optional(),
    personId: Uuid.nullable().optional(),
    /** The organisation the member represents (null: none); additive. */
    organisationId: Uuid.nullable().optional(),
    recusals: z.array(CouncilRecusalInput).max(200).optional(),
  })
  .refine((v) => v.standing !== undefined || v.personId !== undefined || v.organisationId !== undefined || v.recusals !== undefined, {
    message: 'Cần ít nhất một thay đổi: standing, personId, organisationId hoặc recusals',
  });
/** Why a member does not vote on an item although its rule counts them. */
export const CouncilExclusionReason = z.enum(['nominee', 'recused']);
export const CouncilVoteChoice = z.enum(['for', 'against', 'abstain']);
export const CastCouncilVote = z.strictObject({
  votes: z
    .array(z.strictObject({ itemId: Uuid, choice: CouncilVoteChoice }))
    .min(1)
    .max(500),
});
export const RecordWrittenVote = z.strictObject({
  memberId: Uuid,
  votes: z
    .array(z.strictObject({ itemId: Uuid, choice: CouncilVoteChoice }))
    .min(1)
    .max(500),
});
export const CouncilSession = z.object({
  id: Uuid,
  ownerOrgId: Uuid,
  title: z.string(),
  councilName: z.string(),
  meetingDate: IsoDate,
  venue: z.string(),
  status: z.enum(['open', 'closed']),
  secret: z.boolean(),
  chairName: z.string(),
  secretaryName: z.string(),
  totalMembers: z.number().int(),
  votedMembers: z.number().int(),
  members: z.array(
    z.object({
      id: Uuid,
      userId: Uuid.nullable(),
      name: z.string(),
      title: z.string().nullable(),
      present: z.boolean(),
      standing: z.boolean(),
      hasVoted: z.boolean(),
      /** The agenda items this member votes on under their rules (a ballot paper has exactly these). */
      voteItemIds: z.array(Uuid),
      /** The person this member is, when linked (added 2026-12; additive): never votes on an item nominating that person. */
      personId: Uuid.nullable(),
      personName: z.string().nullable(),
      /** The organisation this member represents (additive): never votes on an item whose collective nominee it is. */
      organisationId: Uuid.nullable(),
      organisationName: z.string().nullable(),
      /** Agenda items the member declared a conflict of interest on, with the reason (additive). */
      recusals: z.array(z.object({ itemId: Uuid, reason: z.string() })),
    }),
  ),
  agenda: z.array(
    z.object({
      id: Uuid,
      dossierId: Uuid,
      subjectId: Uuid,
      nominee: z.string(),
      award: z.string(),
      awardName: z.string(),
      thresholdPercent: z.number(),
      comparison: z.string(),
      denominator: CouncilVoteDenominator,
      /** The members who vote on the item: the denominator of its share. */
      votingMembers: z.number().int(),
      /**
       * Members the item's rule counts who do not vote on it, by member id: its nominee (a member linked to the
       * nominated person) or recused (a declared conflict of interest). Left out of votingMembers (additive).
       */
      excluded: z.array(z.object({ memberId: Uuid, reason: CouncilExclusionReason })),
      /** The caller may still vote on this item. */
      mayVote: z.boolean(),
      votesFor: z.number().int().nullable(),
      votesAgainst: z.number().int().nullable(),
      abstentions: z.number().int().nullable(),
      passed: z.boolean().nullable(),
    }),
  ),
  /** editMembers: a manager may still change who is a standing member, the person links and recusals (open, nobody has voted). */
  abilities: z.object({ vote: z.boolean(), manage: z.boolean(), editMembers: z.boolean() }),
});

// Decisions ----------------------------------------------------------------------------------------
export const IssueDecision = z.strictObject({
  dossierIds: z.array(Uuid).min(1).max(200),
  date: IsoDate,
  /** "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên". */
  authority: Text(300).optional(),
  /** Number book symbol, e.g. "QĐ-UBND". */
  symbol: z
    .string()
    .regex(/^QĐ-[\p{Lu}\dĐ-]+$/u)
    .default('QĐ-UBND'),
  /** When the clerk's office assigns numbers: the number entered by hand ("123/QĐ-UBND"). */
  number: z.string().max(40).optional(),
  signerName: Text(200),
  signerTitle: Text(200).default('PHÓ CHỦ TỊCH'),
  achievement: Text(500).optional(),
});
export const RevokeDecision = z.strictObject({
  date: IsoDate,
  /** Art. 92(2) ground: a, b, c or d. */
  ground: z.enum(['a', 'b', 'c', 'd']),
  reason: Text(2000),
  /** Revoke only these award entries; default every entry of the decision. */
  awardEntryIds: z.array(Uuid).max(500).optional(),
  number: z.string().max(40).optional(),
  signerName: Text(200),
  signerTitle: Text(200).default('PHÓ CHỦ TỊCH'),
});
/** Registry entry fields a correction decision may change (the entry keeps its id, certificate and status); the list lives in the domain. */
export { REGISTRY_CORRECTABLE_FIELDS };
export const CorrectDecision = z.strictObject({
  date: IsoDate,
  corrections: z
    .array(
      z
        .strictObject({
          location: Text(300).optional(),
          wrong: Text(1000),
          right: Text(1000),
          /** Optional: the registry entry (of the corrected decision) and its field that the correction changes; `wrong` must be what it reads now. */
          entryId: Uuid.optional(),
          field: z.enum(REGISTRY_CORRECTABLE_FIELDS).optional(),
        })
        .refine((c) => (c.entryId === undefined) === (c.field === undefined), { message: 'entryId và field đi cùng nhau', path: ['field'] }),
    )
    .min(1)
    .max(50),
  reason: Text(2000).optional(),
  number: z.string().max(40).optional(),
  signerName: Text(200),
  signerTitle: Text(200).default('PHÓ CHỦ TỊCH'),
});
export const DecisionSummary = z.object({
  id: Uuid,
  number: z.string(),
  date: IsoDate,
  authority: z.string(),
  status: z.enum(['issued', 'revoked', 'corrected']),
  // Added 2026-12-07 (additive): what a client words the summary from in its own language. `summary` is the
  // Vietnamese record ("Về việc …", domain decisionSummaryVi); `awardees` the people and collectives the
  // decision awards or revokes (null for a correction); `references` the decision revoked or corrected.
  // Optional only for answers stored before (idempotent replays); the routes always send them.
  kind: z.enum(['award', 'revocation', 'correction']),
  summary: z.string(),
  award: z.string().nullable(),
  awardees: z.number().int().nullable().optional(),
  references: z.object({ id: Uuid, number: z.string(), date: IsoDate }).nullable().optional(),
});
export const DecisionList = listOf(DecisionSummary);
export const DecisionListQuery = z.strictObject({ limit: Limit, offset: Offset });
export const DecisionDetail = DecisionSummary.extend({
  referencesId: Uuid.nullable(),
  reason: z.string().nullable(),
  signedScan: z.object({ sha256: z.string() }).nullable(),
  entries: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      award: z.string(),
      year: z.number().int().nullable(),
      /** The unit as written on the entry (added 2026-12-07; additive): what a structured correction of `organisationText` must name as wrong. */
      organisationText: z.string().nullable(),
      certificateCode: z.string().nullable(),
      status: z.string(),
      replacedById: Uuid.nullable(),
    }),
  ),
  revokedBy: z.array(z.object({ id: Uuid, number: z.string(), date: IsoDate })),
  correctedBy: z.array(z.object({ id: Uuid, number: z.string(), date: IsoDate })),
});

export const CertificateVerification = z.object({
  code: z.string(),
  status: z.enum(['valid', 'revoked', 'reissued']),
  holder: z.object({ name: z.string() }),
  award: z.object({ code: z.string(), name: z.string(), year: z.number().int().nullable() }),
  decision: z.object({ number: z.string().nullable(), date: IsoDate.nullable(), authority: z.string().nullable() }),
  revokedBy: z.object({ number: z.string(), date: IsoDate }).nullable(),
  newCode: z.string().nullable(),
});
