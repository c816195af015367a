import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Official yearly holiday schedules (RULES.md §6); the newest row of a year is in force. */
export const holidaySchedule = pgTable('holiday_schedule', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull(),
  data: jsonb('data').notNull(),
  source: text('source').notNull(),
  loadedBy: text('loaded_by'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
