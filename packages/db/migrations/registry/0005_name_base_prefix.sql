-- The accent-free name index also serves prefix ranges (`name_base LIKE 'nguyen van%'`) in any database
-- collation (text_pattern_ops), and carries person_id and name_key so that the capped-name fast path of the
-- registry search reads it by an index-only scan (hand-edited: Drizzle cannot express INCLUDE). Equality
-- lookups on (name_base, birth_year) — close variants, duplicate candidates — use it as before.
DROP INDEX "person_name_index_base_idx";--> statement-breakpoint
CREATE INDEX "person_name_index_base_idx" ON "person_name_index" USING btree ("name_base" text_pattern_ops,"birth_year") INCLUDE ("person_id","name_key");
