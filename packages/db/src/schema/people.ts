import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisations.js';

/** A person. Names are stored NFC, trimmed, spaces collapsed; the original spelling is kept. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date'),
    birthYear: smallint('birth_year'),
    gender: text('gender'),
    hometown: text('hometown'),
    ethnicity: text('ethnicity'),
    citizenId: text('citizen_id'),
    /** The organisation that keeps this record (scope checks use it). */
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisation.id),
    isDemo: smallint('is_demo').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('person_owner_idx').on(t.ownerOrgId), index('person_citizen_idx').on(t.citizenId).where(sql`${t.citizenId} IS NOT NULL`)],
);

export const personPosition = pgTable(
  'person_position',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (t) => [index('person_position_person_idx').on(t.personId), index('person_position_org_idx').on(t.organisationId)],
);
