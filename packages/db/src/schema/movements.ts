import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations.js';
import { person } from './people.js';

/**
 * Emulation movements (phong trào thi đua; Law 2022 Art. 16–17): launched by an authority, cascaded
 * to the units concerned, registered for, reviewed (sơ kết, tổng kết). Migrated with the clusters module.
 */
export const movement = pgTable(
  'movement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    /** The launching organisation (central root for the Prime Minister, a ministry, a province…). */
    authorityOrgId: uuid('authority_org_id').notNull().references(() => organisation.id),
    /** As written on the launch document: "Thủ tướng Chính phủ", "UBND tỉnh…". */
    authorityLabel: text('authority_label').notNull(),
    /** Set when a cluster launched it. */
    clusterId: uuid('cluster_id'),
    kind: text('kind').notNull(),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    launchedOn: date('launched_on'),
    objectives: text('objectives'),
    criteria: text('criteria'),
    documents: jsonb('documents').notNull().default(sql`'[]'::jsonb`),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('movement_kind_ck', sql`${t.kind} IN ('regular','campaign','thematic')`)],
);

/** Units the movement is cascaded to. */
export const movementTarget = pgTable(
  'movement_target',
  {
    movementId: uuid('movement_id').notNull().references(() => movement.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
  },
  (t) => [uniqueIndex('movement_target_uq').on(t.movementId, t.organisationId)],
);

/** Registration (đăng ký thi đua) of a unit or an individual, with the titles aimed for. */
export const movementRegistration = pgTable(
  'movement_registration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id').notNull().references(() => movement.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    personId: uuid('person_id').references(() => person.id),
    /**
     * The year registered for (đăng ký thi đua is yearly): at most one registration per movement, year and
     * unit (person_id null) or individual (unique indexes below).
     */
    year: integer('year').notNull(),
    titles: jsonb('titles').notNull().default(sql`'[]'::jsonb`),
    state: text('state').notNull().default('submitted'),
    note: text('note'),
    /**
     * The level that reviews it (approves or returns): the movement's authority for a direct target, else
     * the unit's parent on the registration date (domain `movementReviewLevel`). After a merger the
     * successor of that level acts for it.
     */
    reviewOrgId: uuid('review_org_id').references(() => organisation.id),
    submittedBy: uuid('submitted_by'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('movement_registration_idx').on(t.movementId, t.organisationId),
    index('movement_registration_queue_idx').on(t.reviewOrgId, t.state),
    uniqueIndex('movement_registration_unit_uq').on(t.movementId, t.organisationId, t.year).where(sql`${t.personId} IS NULL`),
    uniqueIndex('movement_registration_person_uq').on(t.movementId, t.personId, t.year).where(sql`${t.personId} IS NOT NULL`),
    check('movement_registration_state_ck', sql`${t.state} IN ('submitted','approved','returned')`),
  ],
);

/** Interim and final reviews (sơ kết, tổng kết) with their reports. */
export const movementReview = pgTable(
  'movement_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id').notNull().references(() => movement.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    report: text('report'),
    documents: jsonb('documents').notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [check('movement_review_kind_ck', sql`${t.kind} IN ('interim','final')`)],
);

/**
 * Uploaded documents of a movement (kế hoạch, hướng dẫn, báo cáo…) or of one of its reviews (báo cáo sơ kết,
 * tổng kết): checked by content and scanned by the upload gate, kept in the file store under a server key
 * with their SHA-256, served only through the authorising download route.
 */
export const movementDocument = pgTable(
  'movement_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id').notNull().references(() => movement.id, { onDelete: 'cascade' }),
    /** Set for a review's document. */
    reviewId: uuid('review_id').references(() => movementReview.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('movement_document_idx').on(t.movementId, t.reviewId),
    check('movement_document_kind_ck', sql`${t.kind} IN ('ke_hoach','huong_dan','bao_cao_so_ket','bao_cao_tong_ket','khac')`),
  ],
);
