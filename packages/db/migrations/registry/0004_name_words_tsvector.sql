-- The registry's word-level name index moves from one row per word (person_name_word, intersected word by
-- word with EXISTS, driven by the rarest word) into one tsvector per person under a GIN index, which
-- intersects the words of a query itself: `b` + the accent-free form and `e` + the exact form of each word
-- (see the schema comment of person_name_index). Existing people keep their words: built here from
-- person_name_word before it is dropped (lexemes are written with array_to_tsvector, never parsed).
ALTER TABLE "person_name_index" ADD COLUMN "words" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
UPDATE "person_name_index" i SET "words" = w.v
  FROM (SELECT person_id, array_to_tsvector(array_agg(DISTINCT 'b' || base) || array_agg(DISTINCT 'e' || exact)) AS v
          FROM "person_name_word" GROUP BY person_id) w
 WHERE w.person_id = i.person_id;--> statement-breakpoint
DROP TABLE "person_name_word" CASCADE;--> statement-breakpoint
CREATE INDEX "person_name_index_words_idx" ON "person_name_index" USING gin ("words");
