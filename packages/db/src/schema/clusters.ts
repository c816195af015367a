import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Clusters and blocks (cụm, khối thi đua; Law 2022 Art. 16(2)(c)), organised by an emulation council
 * (central, ministry or province). Membership is a dated relation (LAW.md §10.6); leaders, pledges,
 * conferences, indicators, scoring rounds, ballots and proposals are per year (issue #5).
 */
export const cluster = pgTable(
  'cluster',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('cluster'),
    /** The organisation whose council organises the cluster (the `central` root for HĐTĐKT TW). */
    organiserOrgId: uuid('organiser_org_id').notNull().references(() => organisation.id),
    organiserLevel: text('organiser_level').notNull(),
    assessmentMode: text('assessment_mode').notNull().default('peers'),
    tieBreaks: jsonb('tie_breaks').notNull().default(sql`'["mandatory","women","ballot"]'::jsonb`),
    ballotPercent: smallint('ballot_percent').notNull().default(50),
    ballotComparison: text('ballot_comparison').notNull().default('more_than'),
    bangKhenCount: smallint('bang_khen_count').notNull().default(2),
    flagPool: smallint('flag_pool'),
    deputiesCount: smallint('deputies_count').notNull().default(2),
    note: text('note'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cluster_code_uq').on(t.code),
    check('cluster_kind_ck', sql`${t.kind} IN ('cluster','block')`),
    check('cluster_level_ck', sql`${t.organiserLevel} IN ('central','ministry','province')`),
    check('cluster_mode_ck', sql`${t.assessmentMode} IN ('peers','leader_secretariat','peers_and_secretariat')`),
    check('cluster_cmp_ck', sql`${t.ballotComparison} IN ('more_than','at_least')`),
  ],
);

export const clusterMember = pgTable(
  'cluster_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /** Decree 152 Art. 4(6) preference (a collective with ≥ 70% women). */
    womenPreference: boolean('women_preference').notNull().default(false),
    /** E.g. "assumed until the central council's decision is known". */
    note: text('note'),
  },
  (t) => [uniqueIndex('cluster_member_uq').on(t.clusterId, t.organisationId, t.validFrom), index('cluster_member_org_idx').on(t.organisationId)],
);

/** Leader (cụm trưởng) and deputies (cụm phó) of one year, elected at the year-end conference. */
export const clusterOfficer = pgTable(
  'cluster_officer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    role: text('role').notNull(),
    position: smallint('position').notNull().default(0),
    electedOn: date('elected_on'),
    basis: text('basis'),
  },
  (t) => [uniqueIndex('cluster_officer_uq').on(t.clusterId, t.year, t.organisationId), check('cluster_officer_role_ck', sql`${t.role} IN ('leader','deputy')`)],
);

/** The annual pledge (giao ước thi đua). */
export const clusterPledge = pgTable(
  'cluster_pledge',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    signedOn: date('signed_on'),
    place: text('place'),
    preamble: text('preamble'),
  },
  (t) => [uniqueIndex('cluster_pledge_uq').on(t.clusterId, t.year)],
);

export const clusterPledgeCommitment = pgTable(
  'cluster_pledge_commitment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id').notNull().references(() => clusterPledge.id, { onDelete: 'cascade' }),
    number: smallint('number').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('cluster_pledge_commitment_uq').on(t.pledgeId, t.number)],
);

export const clusterPledgeSignature = pgTable(
  'cluster_pledge_signature',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pledgeId: uuid('pledge_id').notNull().references(() => clusterPledge.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    signatory: text('signatory'),
    signedOn: date('signed_on'),
  },
  (t) => [uniqueIndex('cluster_pledge_signature_uq').on(t.pledgeId, t.organisationId)],
);

/** Mid-year (sơ kết) and year-end (tổng kết) review conferences. */
export const clusterConference = pgTable(
  'cluster_conference',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    kind: text('kind').notNull(),
    heldOn: date('held_on'),
    place: text('place'),
    hostOrgId: uuid('host_org_id').references(() => organisation.id),
    participants: jsonb('participants').notNull().default(sql`'[]'::jsonb`),
    minutes: text('minutes'),
    documents: jsonb('documents').notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index('cluster_conference_idx').on(t.clusterId, t.year), check('cluster_conference_kind_ck', sql`${t.kind} IN ('mid_year','year_end')`)],
);

/** Indicators each member (or the whole cluster, organisation null) reports for a year. */
export const clusterIndicator = pgTable(
  'cluster_indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    code: text('code').notNull(),
    value: numeric('value', { precision: 14, scale: 4 }),
    numerator: integer('numerator'),
    denominator: integer('denominator'),
    unit: text('unit'),
    source: text('source'),
  },
  (t) => [index('cluster_indicator_idx').on(t.clusterId, t.year, t.code)],
);

/** A scoring round of one year: the table is fixed when it opens; scores are locked when it closes. */
export const clusterRound = pgTable(
  'cluster_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    status: text('status').notNull().default('open'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** The ranking computed when the round closed (kept as it was). */
    ranking: jsonb('ranking'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('cluster_round_uq').on(t.clusterId, t.year), check('cluster_round_status_ck', sql`${t.status} IN ('open','closed')`)],
);

export const clusterCriterion = pgTable(
  'cluster_criterion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => clusterRound.id, { onDelete: 'cascade' }),
    groupName: text('group_name').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull().default('criterion'),
    maxPoints: numeric('max_points', { precision: 7, scale: 2 }).notNull(),
    mandatory: boolean('mandatory').notNull().default(false),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    position: smallint('position').notNull().default(0),
  },
  (t) => [uniqueIndex('cluster_criterion_uq').on(t.roundId, t.code), check('cluster_criterion_kind_ck', sql`${t.kind} IN ('criterion','bonus','penalty')`)],
);

/** Every score given or changed, with who, when and why. Append-only (trigger); the latest per key counts. */
export const clusterScoreEvent = pgTable(
  'cluster_score_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    roundId: uuid('round_id').notNull().references(() => clusterRound.id),
    criterionId: uuid('criterion_id').notNull().references(() => clusterCriterion.id),
    assesseeOrgId: uuid('assessee_org_id').notNull().references(() => organisation.id),
    assessorKind: text('assessor_kind').notNull(),
    assessorOrgId: uuid('assessor_org_id').references(() => organisation.id),
    points: numeric('points', { precision: 7, scale: 2 }).notNull(),
    evidence: jsonb('evidence').notNull().default(sql`'[]'::jsonb`),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('cluster_score_event_round_idx').on(t.roundId, t.assesseeOrgId),
    check('cluster_score_kind_ck', sql`${t.assessorKind} IN ('self','member','leader','secretariat')`),
  ],
);

/** Evidence files for self-assessment. */
export const clusterFile = pgTable('cluster_file', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id').notNull().references(() => clusterRound.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
  criterionId: uuid('criterion_id').references(() => clusterCriterion.id),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

/** The honouring ballot (suy tôn). Votes are kept only as counters: a cast vote is never linkable to its voter. */
export const clusterBallot = pgTable(
  'cluster_ballot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => clusterRound.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('open'),
    /** [{organisationId, award}] in rank order. */
    nominees: jsonb('nominees').notNull(),
    /** Members (as of the year's end) entitled to vote. */
    memberIds: jsonb('member_ids').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    result: jsonb('result'),
  },
  (t) => [uniqueIndex('cluster_ballot_round_uq').on(t.roundId), check('cluster_ballot_status_ck', sql`${t.status} IN ('open','closed')`)],
);

/** Who has voted (no choices here, no time). */
export const clusterBallotVoter = pgTable(
  'cluster_ballot_voter',
  {
    ballotId: uuid('ballot_id').notNull().references(() => clusterBallot.id, { onDelete: 'cascade' }),
    voterOrgId: uuid('voter_org_id').notNull().references(() => organisation.id),
  },
  (t) => [uniqueIndex('cluster_ballot_voter_uq').on(t.ballotId, t.voterOrgId)],
);

/** Running counts per nominee (no voter here). */
export const clusterBallotTally = pgTable(
  'cluster_ballot_tally',
  {
    ballotId: uuid('ballot_id').notNull().references(() => clusterBallot.id, { onDelete: 'cascade' }),
    nomineeOrgId: uuid('nominee_org_id').notNull().references(() => organisation.id),
    votesFor: integer('votes_for').notNull().default(0),
    votesAgainst: integer('votes_against').notNull().default(0),
  },
  (t) => [uniqueIndex('cluster_ballot_tally_uq').on(t.ballotId, t.nomineeOrgId)],
);

/** A proposal the cluster sends to its council (until a dossier module takes it as a dossier). */
export const clusterProposal = pgTable(
  'cluster_proposal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    roundId: uuid('round_id').references(() => clusterRound.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    awardCode: text('award_code').notNull(),
    rank: smallint('rank'),
    score: numeric('score', { precision: 9, scale: 2 }),
    votesFor: integer('votes_for'),
    dossierId: uuid('dossier_id'),
    status: text('status').notNull().default('proposed'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cluster_proposal_uq').on(t.clusterId, t.year, t.organisationId, t.awardCode)],
);

/** Movements a cluster follows in a year (e.g. the Prime Minister's four movements). */
export const clusterMovement = pgTable(
  'cluster_movement',
  {
    clusterId: uuid('cluster_id').notNull().references(() => cluster.id, { onDelete: 'cascade' }),
    movementId: uuid('movement_id').notNull(),
    year: smallint('year').notNull(),
  },
  (t) => [uniqueIndex('cluster_movement_uq').on(t.clusterId, t.movementId, t.year)],
);

// Emulation movements are migrated with the clusters module.
export * from './movements.js';
