import { sql } from 'drizzle-orm';
import { check, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Stored files withheld after a later check (`thidua files rescan`): a malware signature found by a
 * scanner configured after the upload, or bytes that no longer match their SHA-256. Downloads of a
 * quarantined file answer 410 file_quarantined. Keyed by the table and row that hold the file.
 */
export const fileQuarantine = pgTable(
  'file_quarantine',
  {
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    reason: text('reason').notNull(),
    signature: text('signature'),
    scanner: text('scanner'),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] }), check('file_quarantine_reason_ck', sql`${t.reason} IN ('infected','sha256_mismatch')`)],
);
