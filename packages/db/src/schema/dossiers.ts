import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './organisations.js';
import { person } from './people.js';
import { appUser } from './identity.js';

/**
 * Award dossiers (hồ sơ đề nghị khen thưởng), council sessions with secret ballots, decisions with
 * their number books, idempotency records and notifications (issue #4). `owner_org_id` is the
 * proposing unit: scope checks go through it.
 */
export const dossier = pgTable(
  'dossier',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    awardCode: text('award_code').notNull(),
    awardType: text('award_type').notNull().default('cong_trang'),
    achievementYear: smallint('achievement_year'),
    periodFrom: smallint('period_from'),
    periodTo: smallint('period_to'),
    /** Emulation movement (phong trào); the clusters/movements module adds the table later. */
    movementId: text('movement_id'),
    achievement: text('achievement'),
    status: text('status').notNull().default('draft'),
    stateEnteredAt: timestamp('state_entered_at', { withTimezone: true }).notNull().defaultNow(),
    stateEnteredOn: date('state_entered_on').notNull(),
    submittedOn: date('submitted_on'),
    receivedOn: date('received_on'),
    appraisedOn: date('appraised_on'),
    dueOn: date('due_on'),
    appraisalOpinion: text('appraisal_opinion'),
    postingFrom: date('posting_from'),
    postingUntil: date('posting_until'),
    councilSessionId: uuid('council_session_id'),
    decisionId: uuid('decision_id'),
    returnReason: text('return_reason'),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dossier_owner_idx').on(t.ownerOrgId),
    index('dossier_status_idx').on(t.status, t.dueOn),
    check(
      'dossier_status_ck',
      sql`${t.status} IN ('draft','submitted','received','returned','resubmitted','appraised','posted','council_review','approved','rejected','decided','forwarded','withdrawn')`,
    ),
  ],
);

/** One nominee of a dossier: a person, a collective (organisation) or a household by name. */
export const dossierSubject = pgTable(
  'dossier_subject',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    kind: text('kind').notNull(),
    personId: uuid('person_id').references(() => person.id),
    collectiveOrgId: uuid('collective_org_id').references(() => organisation.id),
    subjectName: text('subject_name').notNull(),
    title: text('title'),
    organisationText: text('organisation_text'),
    eligibility: jsonb('eligibility'),
    eligibilityAt: timestamp('eligibility_at', { withTimezone: true }),
    /** Set when the council closes: approved | rejected. */
    result: text('result'),
  },
  (t) => [
    index('dossier_subject_dossier_idx').on(t.dossierId),
    check('dossier_subject_kind_ck', sql`${t.kind} IN ('individual','collective','household')`),
  ],
);

/** Files of a dossier; the bytes live in the storage (DATA_DIR/uploads) under a server key. */
export const dossierAttachment = pgTable(
  'dossier_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_attachment_dossier_idx').on(t.dossierId), uniqueIndex('dossier_attachment_key_uq').on(t.storageKey)],
);

/** Workflow history: every transition with actor, time and reason (also in audit_log). */
export const dossierEvent = pgTable(
  'dossier_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username').notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Order of the steps (several can share a timestamp). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('dossier_event_dossier_idx').on(t.dossierId, t.seq)],
);

/** Comments of the public during the posting period (Decree 152 Art. 44(2)). */
export const dossierPublicComment = pgTable('dossier_public_comment', {
  id: uuid('id').primaryKey().defaultRandom(),
  dossierId: uuid('dossier_id')
    .notNull()
    .references(() => dossier.id, { onDelete: 'cascade' }),
  authorName: text('author_name').notNull(),
  contact: text('contact'),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A meeting of the Emulation–Commendation Council. */
export const councilSession = pgTable(
  'council_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    councilName: text('council_name').notNull(),
    meetingDate: date('meeting_date').notNull(),
    venue: text('venue').notNull(),
    status: text('status').notNull().default('open'),
    secret: boolean('secret').notNull().default(true),
    chairName: text('chair_name').notNull(),
    secretaryName: text('secretary_name').notNull(),
    results: jsonb('results'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('council_session_status_ck', sql`${t.status} IN ('open','closed')`)],
);

export const councilMember = pgTable(
  'council_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => appUser.id),
    name: text('name').notNull(),
    title: text('title'),
    present: boolean('present').notNull().default(true),
    /** A member of the Standing Committee (thành viên Thường trực Hội đồng): the only voters where the denominator is standing_members. */
    standing: boolean('standing').notNull().default(false),
    /**
     * The person this member is (the same ids as dossier_subject.person_id): a member who is the nominee of
     * an agenda item does not vote on it (RULES.md §5). Set until the first ballot of the session.
     */
    personId: uuid('person_id').references(() => person.id),
    /**
     * The organisation the member represents (a cluster's member province, a unit's head): a member whose
     * organisation is the collective nominee of an agenda item does not vote on it (RULES.md §5, "when a
     * member is itself a nominee"). Set until the first ballot of the session.
     */
    organisationId: uuid('organisation_id').references(() => organisation.id),
  },
  (t) => [
    uniqueIndex('council_member_user_uq').on(t.sessionId, t.userId),
    index('council_member_person_idx').on(t.personId),
    index('council_member_organisation_idx').on(t.organisationId),
  ],
);

/** One nominee on the agenda (a dossier subject), with its threshold and, once closed, the locked result. */
export const councilAgendaItem = pgTable(
  'council_agenda_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => dossierSubject.id),
    position: integer('position').notNull(),
    thresholdPercent: integer('threshold_percent').notNull(),
    comparison: text('comparison').notNull(),
    /** Whose share the approval is, fixed when the session is convened (vote.<award>.denominator, else vote.denominator). */
    denominator: text('denominator').notNull().default('all_members'),
    excludedMembers: integer('excluded_members').notNull().default(0),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    abstentions: integer('abstentions'),
    passed: boolean('passed'),
  },
  (t) => [
    uniqueIndex('council_agenda_subject_uq').on(t.sessionId, t.subjectId),
    check('council_agenda_item_denominator_ck', sql`${t.denominator} IN ('all_members','present_members','standing_members')`),
  ],
);

/**
 * A member's declared conflict of interest on one agenda item (a relative is the nominee, …): the member
 * does not vote on the item and is left out of its denominator. Declared, with its reason, until the first
 * ballot of the session.
 */
export const councilRecusal = pgTable(
  'council_recusal',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMember.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilAgendaItem.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.itemId] }), index('council_recusal_item_idx').on(t.itemId), check('council_recusal_reason_ck', sql`length(btrim(${t.reason})) > 0`)],
);

/**
 * A ballot for one agenda item. Deliberately no voter, no timestamp, no sequence: the id is random and
 * a member's ballots are inserted in a shuffled batch, so a cast vote cannot be linked to its member.
 */
export const councilBallot = pgTable(
  'council_ballot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => councilAgendaItem.id, { onDelete: 'cascade' }),
    choice: text('choice').notNull(),
  },
  (t) => [
    index('council_ballot_item_idx').on(t.itemId),
    check('council_ballot_choice_ck', sql`${t.choice} IN ('for','against','abstain')`),
  ],
);

/** "Has voted" per member, separate from the ballots; unique so that each member votes once. */
export const councilVoteCast = pgTable(
  'council_vote_cast',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMember.id, { onDelete: 'cascade' }),
    /** electronic | written (an absent member's written vote, recorded by the secretary). */
    method: text('method').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** The number book of an issuing authority: one row per book and year, locked FOR UPDATE when a number is taken. */
export const decisionNumberCounter = pgTable(
  'decision_number_counter',
  {
    bookKey: text('book_key').notNull(),
    year: smallint('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bookKey, t.year] })],
);

/** An issued decision (award, revocation or correction). Issued content is immutable (trigger). */
export const decision = pgTable(
  'decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    bookKey: text('book_key').notNull(),
    year: smallint('year').notNull(),
    seq: integer('seq'),
    number: text('number').notNull(),
    date: date('date').notNull(),
    authority: text('authority').notNull(),
    awardCode: text('award_code'),
    summary: text('summary').notNull(),
    content: jsonb('content').notNull(),
    referencesId: uuid('references_id'),
    reason: text('reason'),
    ground: text('ground'),
    status: text('status').notNull().default('issued'),
    signedScanKey: text('signed_scan_key'),
    signedScanSha256: text('signed_scan_sha256'),
    issuedBy: text('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('decision_book_number_uq').on(t.bookKey, t.number),
    uniqueIndex('decision_book_seq_uq').on(t.bookKey, t.year, t.seq),
    index('decision_date_idx').on(t.date, t.issuedAt),
    check('decision_kind_ck', sql`${t.kind} IN ('award','revocation','correction')`),
    check('decision_status_ck', sql`${t.status} IN ('issued','revoked','corrected')`),
  ],
);

/** Stored responses of creating requests, keyed by Idempotency-Key + actor + operation. */
export const idempotencyRecord = pgTable(
  'idempotency_record',
  {
    key: text('key').notNull(),
    actorUserId: uuid('actor_user_id').notNull(),
    operation: text('operation').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    body: jsonb('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.actorUserId, t.operation] })],
);

/** Reminders and escalations of workflow deadlines ("việc cần xử lý"). */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    role: text('role').notNull(),
    orgId: uuid('org_id').references(() => organisation.id),
    dossierId: uuid('dossier_id').references(() => dossier.id, { onDelete: 'cascade' }),
    dueOn: date('due_on'),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notification_once_uq').on(t.dossierId, t.kind, t.dueOn), index('notification_role_idx').on(t.role, t.createdAt)],
);
