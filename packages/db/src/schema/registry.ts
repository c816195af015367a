import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, customType, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { person } from './people.js';
import { organisation } from './organisations.js';

/** A PostgreSQL `tsvector` (written and read as text; built in SQL with `array_to_tsvector`). */
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

/**
 * Per person: the identity key of CONTRACT.md (name NFC, case-folded, spaces collapsed, tone
 * placement folded, diacritics kept) with the birth year, and the accent-free form for "close
 * variant" duplicate candidates; and the word-level name index of the registry search (RULES.md §8):
 * `words`, the name's words as lexemes — `b` + the accent-free form (marks removed, đ → d) and `e` + the
 * exact form (lower case, NFC, tone placement folded), and `p` + each proper prefix of the accent-free form
 * (registry migration 0008) — under a GIN index, so that a query's words are intersected by the index (a last
 * word typed without marks as `'bX' | 'pX'`, one typed with marks as a `:*` lexeme). Computed by the pure domain `nameWords`; people
 * written by other modules are queued by a trigger (`person_name_pending`) and indexed before the next search
 * or import batch. (Until registry migration 0004 the words were rows of `person_name_word`.)
 */
export const personNameIndex = pgTable(
  'person_name_index',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => person.id, { onDelete: 'cascade' }),
    nameKey: text('name_key').notNull(),
    nameBase: text('name_base').notNull(),
    birthYear: smallint('birth_year'),
    words: tsvector('words').notNull().default(sql`''::tsvector`),
  },
  (t) => [
    index('person_name_index_key_idx').on(t.nameKey, t.birthYear),
    // text_pattern_ops: also serves `name_base LIKE 'prefix%'` (the capped-name fast path of the search) in any
    // database collation; registry migration 0005 adds INCLUDE (person_id, name_key) for index-only scans.
    index('person_name_index_base_idx').on(t.nameBase.op('text_pattern_ops'), t.birthYear),
    index('person_name_index_words_idx').using('gin', t.words),
  ],
);

/** People whose name changed and is not indexed yet (filled by a trigger on `person`). */
export const personNamePending = pgTable('person_name_pending', {
  personId: uuid('person_id').primaryKey(),
});

/**
 * A bulk import of award rows (CONTRACT.md "Registry import template"). The uploaded file stays on
 * disk (with its SHA-256) until committed; `lastCommittedRow` is written in the same transaction as
 * each committed batch, so an interrupted commit resumes where it stopped.
 */
export const registryImport = pgTable(
  'registry_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').notNull().default('queued'),
    fileName: text('file_name').notNull(),
    filePath: text('file_path'),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    format: text('format').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    createdBy: uuid('created_by'),
    createdByUsername: text('created_by_username'),
    commitRequested: boolean('commit_requested').notNull().default(false),
    legacyPrefer: text('legacy_prefer'),
    rows: integer('rows').notNull().default(0),
    valid: integer('valid').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
    created: integer('created').notNull().default(0),
    existing: integer('existing').notNull().default(0),
    lastCommittedRow: integer('last_committed_row').notNull().default(0),
    errors: jsonb('errors').notNull().default([]),
    warnings: jsonb('warnings').notNull().default([]),
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('registry_import_status_idx').on(t.status),
    check('registry_import_status_ck', sql`${t.status} IN ('queued','parsing','previewed','committing','committed','failed')`),
  ],
);

/** A candidate pair of records that may be the same person, with its review decision. */
export const personDuplicate = pgTable(
  'person_duplicate',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The smaller id of the pair first, so a pair is stored once. */
    personA: uuid('person_a')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    personB: uuid('person_b')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    score: smallint('score').notNull(),
    reasons: jsonb('reasons').notNull().default([]),
    /** open | merged | not_duplicate ("not the same person" is remembered). */
    status: text('status').notNull().default('open'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('person_duplicate_pair_uq').on(t.personA, t.personB),
    index('person_duplicate_status_idx').on(t.status, t.score),
    check('person_duplicate_status_ck', sql`${t.status} IN ('open','merged','not_duplicate')`),
  ],
);

/** A merge of two person records: which award entries moved, so it can be undone. */
export const personMerge = pgTable(
  'person_merge',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    duplicateId: uuid('duplicate_id').references(() => personDuplicate.id),
    keptId: uuid('kept_id')
      .notNull()
      .references(() => person.id),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => person.id),
    movedEntryIds: jsonb('moved_entry_ids').notNull().default([]),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: text('undone_by'),
  },
  (t) => [index('person_merge_merged_idx').on(t.mergedId)],
);

/**
 * The database-backed job queue (ARCHITECTURE.md: jobs are enqueued in the same transaction as the
 * change that causes them). Generic: `kind` names a handler registered by a module.
 */
export const job = pgTable(
  'job',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default({}),
    status: text('status').notNull().default('queued'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('job_queue_idx').on(t.status, t.runAt), check('job_status_ck', sql`${t.status} IN ('queued','running','done','failed')`)],
);

/**
 * A data-entry campaign (issue #6 point 5), e.g. "40 ngày hoàn thành nhập dữ liệu khen thưởng kháng
 * chiến": kind, reference periods (data), allowed award codes, start and deadline, owner, double entry.
 */
export const registryCampaign = pgTable(
  'registry_campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    periods: jsonb('periods').notNull().default([]),
    awardCodes: jsonb('award_codes').notNull().default([]),
    startDate: date('start_date').notNull(),
    deadline: date('deadline').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    doubleEntry: boolean('double_entry').notNull().default(false),
    status: text('status').notNull().default('open'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('registry_campaign_owner_idx').on(t.ownerOrgId),
    check('registry_campaign_status_ck', sql`${t.status} IN ('open','closed')`),
    check('registry_campaign_dates_ck', sql`${t.deadline} >= ${t.startDate}`),
  ],
);

/** Expected number of records per unit of a campaign. */
export const registryCampaignTarget = pgTable(
  'registry_campaign_target',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => registryCampaign.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisation.id),
    expected: integer('expected').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.orgId] }), check('registry_campaign_target_ck', sql`${t.expected} >= 0`)],
);

/** A data-entry officer (user) assigned to enter the records of one unit in a campaign. */
export const registryCampaignAssignment = pgTable(
  'registry_campaign_assignment',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => registryCampaign.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisation.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId, t.orgId] }), index('registry_campaign_assignment_user_idx').on(t.userId)],
);

/**
 * One record as keyed in by an officer: the cells as typed, the validated row, and what became of
 * it (committed to the ledger, waiting for the second entry, or in adjudication). `recordRef` is the
 * paper record's reference that pairs the two entries of double entry.
 */
export const registryCampaignEntry = pgTable(
  'registry_campaign_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => registryCampaign.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisation.id),
    recordRef: text('record_ref'),
    enteredBy: uuid('entered_by').notNull(),
    enteredByUsername: text('entered_by_username').notNull(),
    cells: jsonb('cells').notNull(),
    row: jsonb('row').notNull(),
    warnings: jsonb('warnings').notNull().default([]),
    status: text('status').notNull(),
    outcome: text('outcome'),
    awardEntryId: uuid('award_entry_id'),
    adjudicationId: uuid('adjudication_id'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    enteredOn: date('entered_on').notNull(),
    /** The day (Vietnam time) the record reached the ledger (committed, or resolved by adjudication). */
    committedOn: date('committed_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A campaign's records (a unit's paper reference, or the entry itself without one) in order: the progress
    // dashboard groups the entries by record reading this index alone (registry migration 0007 adds INCLUDE
    // (status, committed_on, record_ref, id), which Drizzle cannot express). "C": byte order, the grouping's own.
    index('registry_campaign_entry_record_idx').on(t.campaignId, t.orgId, sql`(coalesce(${t.recordRef}, ${t.id}::text) COLLATE "C")`),
    index('registry_campaign_entry_ref_idx').on(t.campaignId, t.orgId, t.recordRef),
    uniqueIndex('registry_campaign_entry_idem_uq').on(t.campaignId, t.enteredBy, t.idempotencyKey),
    // The recent entries (CampaignService.entries: ORDER BY created_at DESC, id LIMIT n), of all units and of one
    // officer, read in index order and stopped at the limit; and an officer's entries of one day (the count of
    // today's). Each matches one query's filter and order exactly (registry migration 0007).
    index('registry_campaign_entry_recent_idx').on(t.campaignId, t.createdAt.desc().nullsFirst(), t.id),
    index('registry_campaign_entry_officer_recent_idx').on(t.campaignId, t.enteredBy, t.createdAt.desc().nullsFirst(), t.id),
    index('registry_campaign_entry_officer_day_idx').on(t.campaignId, t.enteredBy, t.enteredOn),
    check('registry_campaign_entry_status_ck', sql`${t.status} IN ('awaiting_second','committed','adjudication','resolved')`),
  ],
);

/**
 * Two entries of one record that differ: a third user picks or edits the value of each field.
 * `search_text` is what the adjudication list's search pre-filters on: the record number, both officers and
 * every cell of both entries, folded as the domain's `adjudicationSearch` folds (marks removed, đ → d, lower
 * case), whitespace as single spaces, with a leading space so that `LIKE '% word%'` means "a word begins
 * with word"; NULL when the text has a character SQL cannot fold as the domain does (such an adjudication is
 * always a candidate). Written by triggers in the writing transaction — when the adjudication is inserted
 * and when one of its entries is inserted or changes (`public.thidua_adjudication_search_text`,
 * registry migration 0006) — and served by a trigram index (pg_trgm).
 */
export const registryCampaignAdjudication = pgTable(
  'registry_campaign_adjudication',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => registryCampaign.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisation.id),
    recordRef: text('record_ref'),
    firstEntryId: uuid('first_entry_id').notNull(),
    secondEntryId: uuid('second_entry_id').notNull(),
    fields: jsonb('fields').notNull(),
    status: text('status').notNull().default('open'),
    resolution: jsonb('resolution'),
    awardEntryId: uuid('award_entry_id'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    searchText: text('search_text'),
  },
  (t) => [
    // org_id too: the search's units of a campaign (SELECT DISTINCT org_id) by an index-only scan.
    index('registry_campaign_adjudication_idx').on(t.campaignId, t.status, t.orgId),
    // The list's one order (oldest first, then id), with and without a status: a page is read in index order and
    // stopped at offset + limit instead of sorting every adjudication of the campaign (registry migration 0007).
    index('registry_campaign_adjudication_status_order_idx').on(t.campaignId, t.status, t.createdAt, t.id),
    index('registry_campaign_adjudication_order_idx').on(t.campaignId, t.createdAt, t.id),
    // Written straight into the index (no pending list): adjudications open one at a time, and a search
    // should not depend on a vacuum having merged the list (PGlite has no autovacuum).
    index('registry_campaign_adjudication_search_idx').using('gin', t.searchText.op('gin_trgm_ops')).with({ fastupdate: false }),
    index('registry_campaign_adjudication_unfolded_idx').on(t.campaignId).where(sql`${t.searchText} IS NULL`),
    check('registry_campaign_adjudication_status_ck', sql`${t.status} IN ('open','resolved')`),
  ],
);

/** A request to reissue a lost or damaged medal/certificate, tracked against the registry entry. */
export const registryReissueRequest = pgTable(
  'registry_reissue_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    cause: text('cause').notNull(),
    item: text('item').notNull(),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('requested'),
    requestedBy: text('requested_by').notNull(),
    decidedBy: text('decided_by'),
    decisionNote: text('decision_note'),
    newEntryId: uuid('new_entry_id'),
    certificateCode: text('certificate_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('registry_reissue_request_entry_idx').on(t.entryId),
    index('registry_reissue_request_status_idx').on(t.ownerOrgId, t.status),
    check('registry_reissue_request_status_ck', sql`${t.status} IN ('requested','approved','rejected','reissued')`),
    check('registry_reissue_request_cause_ck', sql`${t.cause} IN ('lost','damaged')`),
    check('registry_reissue_request_item_ck', sql`${t.item} IN ('certificate','medal','both')`),
  ],
);
