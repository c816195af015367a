import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * An organisation is an identity that lives through an interval [valid_from, valid_to] (inclusive,
 * null = open). Its name and its parent also change over time, so they live in interval tables;
 * mergers, splits and transfers are links between identities (RULES.md §7).
 */
export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    subkind: text('subkind'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** The board or ministry that keeps this organisation's records (tenant owner). */
    ownerId: uuid('owner_id'),
    isReference: boolean('is_reference').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_kind_idx').on(t.kind, t.validFrom, t.validTo), index('organisation_code_idx').on(t.code)],
);

export const organisationName = pgTable(
  'organisation_name',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** Centrally-run city (thành phố trực thuộc trung ương) during this interval. */
    isCity: boolean('is_city').notNull().default(false),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [index('organisation_name_org_idx').on(t.organisationId, t.validFrom)],
);

export const organisationParent = pgTable(
  'organisation_parent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => organisation.id),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [
    index('organisation_parent_org_idx').on(t.organisationId),
    index('organisation_parent_parent_idx').on(t.parentId),
  ],
);

export const organisationLink = pgTable(
  'organisation_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => organisation.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => organisation.id),
    /** The first day of the successor (the predecessor ends the day before). */
    date: date('date').notNull(),
    event: text('event').notNull(),
    basis: text('basis'),
  },
  (t) => [
    uniqueIndex('organisation_link_uq').on(t.predecessorId, t.successorId),
    index('organisation_link_succ_idx').on(t.successorId),
  ],
);

export const organisationEvent = pgTable('organisation_event', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisation.id, { onDelete: 'cascade' }),
  date: date('date').notNull(),
  event: text('event').notNull(),
  description: text('description').notNull(),
  basis: text('basis'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
