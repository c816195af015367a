-- Prefix lexemes for the registry's name index (ADR 0005, addendum 2): besides `b` + the accent-free form and
-- `e` + the exact form of each word, `p` + every proper prefix of the accent-free form ("nguyen": pn, png,
-- pngu, pnguy, pnguye). A last query word typed without marks is then two exact lexemes, `'bX' | 'pX'`,
-- instead of the prefix match `'bX':*`, which makes GIN collect every lexeme beginning with X into a bitmap
-- before intersecting ("pham thu h": 40 → 19 ms on 10,000,000 entries). The same lexemes as
-- apps/api/src/modules/registry/name-keys.ts `nameLexemes` (a test compares the two); the index is dropped
-- and built again rather than updated row by row.
DROP INDEX IF EXISTS "person_name_index_words_idx";--> statement-breakpoint
UPDATE "person_name_index" SET "words" = "words" || coalesce(
  (SELECT array_to_tsvector(array_agg(DISTINCT 'p' || substr(l, 2, n)))
     FROM unnest(tsvector_to_array("words")) l, generate_series(1, length(l) - 2) n
    WHERE l LIKE 'b%'),
  ''::tsvector);--> statement-breakpoint
CREATE INDEX "person_name_index_words_idx" ON "person_name_index" USING gin ("words");
