import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations.js';
import { person } from './people.js';

/**
 * The award ledger (sổ khen thưởng): every award a person, collective or household holds, with its
 * decision and type. Filled by issued decisions (dossiers), imports and data-entry campaigns; read by
 * the eligibility engine and the registry search. `owner_org_id` is the board that keeps the record.
 */
export const awardEntry = pgTable(
  'award_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectKind: text('subject_kind').notNull(),
    personId: uuid('person_id').references(() => person.id),
    /** A collective is an organisation (a unit, a department, a commune…). */
    collectiveOrgId: uuid('collective_org_id').references(() => organisation.id),
    /** Households and collectives not in the organisation tree are kept by name. */
    subjectName: text('subject_name'),
    awardCode: text('award_code').notNull(),
    awardType: text('award_type').notNull().default('cong_trang'),
    achievementYear: smallint('achievement_year'),
    periodFrom: smallint('period_from'),
    periodTo: smallint('period_to'),
    decisionId: uuid('decision_id'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    decisionAuthority: text('decision_authority'),
    /** The organisation as it was on the decision date; found again from any successor. */
    organisationId: uuid('organisation_id').references(() => organisation.id),
    organisationText: text('organisation_text'),
    certificateCode: text('certificate_code'),
    status: text('status').notNull().default('valid'),
    replacedById: uuid('replaced_by_id'),
    source: text('source').notNull(),
    sourceRef: text('source_ref'),
    ownerOrgId: uuid('owner_org_id').references(() => organisation.id),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by'),
  },
  (t) => [
    // By person: award_entry_identity_idx (person_id, award_code, achievement_year), registry migration
    // 0001, serves every lookup by person. Columns that are empty on most rows (a collective, a resolved
    // organisation, a certificate code) are indexed only where they are set, so a bulk import of
    // individuals does not write index entries nobody reads (bench/RESULTS.md).
    index('award_entry_collective_idx').on(t.collectiveOrgId).where(sql`${t.collectiveOrgId} IS NOT NULL`),
    index('award_entry_org_idx').on(t.organisationId).where(sql`${t.organisationId} IS NOT NULL`),
    index('award_entry_owner_idx').on(t.ownerOrgId),
    index('award_entry_code_year_idx').on(t.awardCode, t.achievementYear),
    index('award_entry_decision_idx').on(t.decisionNumber),
    uniqueIndex('award_entry_certificate_uq').on(t.certificateCode).where(sql`${t.certificateCode} IS NOT NULL`),
    check('award_entry_status_ck', sql`${t.status} IN ('valid','revoked','reissued')`),
    check('award_entry_subject_ck', sql`${t.subjectKind} IN ('individual','collective','household')`),
  ],
);

/**
 * A field of a registry entry corrected by a correction decision (đính chính): what it read, what it
 * reads now, and the decision that says so. The entry carries the corrected value; this is its history.
 */
export const awardEntryCorrection = pgTable(
  'award_entry_correction',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => awardEntry.id),
    decisionId: uuid('decision_id').notNull(),
    field: text('field').notNull(),
    before: text('before'),
    after: text('after'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('award_entry_correction_entry_idx').on(t.entryId), check('award_entry_correction_field_ck', sql`${t.field} IN ('subjectName','organisationText','achievementYear')`)],
);

/** Annual rating (kết quả đánh giá, xếp loại) of a person or a collective for one year. */
export const annualRating = pgTable(
  'annual_rating',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').references(() => person.id, { onDelete: 'cascade' }),
    collectiveOrgId: uuid('collective_org_id').references(() => organisation.id),
    year: smallint('year').notNull(),
    rating: text('rating').notNull(),
    source: text('source').notNull().default('manual'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('annual_rating_person_year_uq').on(t.personId, t.year),
    uniqueIndex('annual_rating_collective_year_uq').on(t.collectiveOrgId, t.year),
    check('annual_rating_rating_ck', sql`${t.rating} IN ('xuat_sac','tot','hoan_thanh','khong_hoan_thanh')`),
  ],
);

/** Initiatives and scientific works with their recognised scope (sáng kiến, đề tài). */
export const initiative = pgTable(
  'initiative',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    scope: text('scope').notNull(),
    title: text('title').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiative_person_idx').on(t.personId), check('initiative_scope_ck', sql`${t.scope} IN ('co_so','tinh','toan_quoc')`)],
);

/** Discipline periods and open investigations (RULES.md §2 blocks). */
export const disciplineBlock = pgTable(
  'discipline_block',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    level: text('level'),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('discipline_block_person_idx').on(t.personId), check('discipline_block_kind_ck', sql`${t.kind} IN ('discipline','investigation')`)],
);

/** A collective's member figures for a year (RULES.md §4), entered or computed from its people. */
export const collectiveStat = pgTable(
  'collective_stat',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectiveOrgId: uuid('collective_org_id')
      .notNull()
      .references(() => organisation.id),
    year: smallint('year').notNull(),
    members: integer('members').notNull(),
    completedTasks: integer('completed_tasks').notNull(),
    laoDongTienTien: integer('lao_dong_tien_tien').notNull(),
    chienSiThiDuaCoSo: integer('chien_si_thi_dua_co_so').notNull(),
    disciplinedWarningOrAbove: integer('disciplined_warning_or_above').notNull(),
  },
  (t) => [uniqueIndex('collective_stat_uq').on(t.collectiveOrgId, t.year)],
);

/**
 * Catalogue parameters overridden for a deployment (org null) or an organisation, from a date.
 * The defaults live in packages/domain (catalogue); adding a parameter needs no migration.
 */
export const parameterOverride = pgTable(
  'parameter_override',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    value: jsonb('value').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('parameter_override_key_idx').on(t.key, t.organisationId, t.effectiveFrom)],
);

/** Awards added to the catalogue by an administrator (codes beyond award-codes.md), as data. */
export const catalogueExtension = pgTable('catalogue_extension', {
  code: text('code').primaryKey(),
  data: jsonb('data').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
