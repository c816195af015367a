-- The adjudication list's search (registry.campaign.service.ts) pre-filters on a stored, folded search text
-- per adjudication instead of folding every adjudication of the campaign at each search. search_text is
-- ' ' || the record number, both officers' usernames and every cell of both entries, lower case without
-- marks (unaccent, then an ASCII-only lower() under collation "C": the fold the domain's adjudicationSearch
-- applies, character for character, on tab, line breaks, printable ASCII and Vietnamese letters —
-- ADJUDICATION_PREFILTER_CHARS), tab and line breaks as spaces; so "a word of the text begins with w" is
-- search_text LIKE '% w%'. A text with any other character cannot be folded here as the domain folds it:
-- its search_text is NULL and the adjudication is always a candidate. The domain rule decides in the end.
-- Hand-edited: the functions, triggers and backfill are not expressible in Drizzle, and the operator class
-- is schema-qualified as in registry migration 0002. The trigram index has no pending list (fastupdate off):
-- adjudications open one at a time, and the planner and the search should not wait for a vacuum to merge it
-- (PGlite has no autovacuum). Tests: registry.campaigns.adjudications.test.ts.
-- The campaign's index also carries org_id: the search reads the units of a campaign by an index-only scan.
DROP INDEX "registry_campaign_adjudication_idx";--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_idx" ON "registry_campaign_adjudication" USING btree ("campaign_id","status","org_id");--> statement-breakpoint
ALTER TABLE "registry_campaign_adjudication" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.thidua_adjudication_fold(text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN $1 COLLATE "C" ~ E'[^\t\n\r -~aAàÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬeEèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆiIìÌíÍỉỈĩĨịỊoOòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢuUùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰyYỳỲýÝỷỶỹỸỵỴđĐ]' THEN NULL
    ELSE ' ' || translate(lower(public.unaccent('public.unaccent'::regdictionary, $1) COLLATE "C"), E'\t\n\r', '   ') END $$;
--> statement-breakpoint
-- The text of one adjudication from its record number and its two entries ($1 record_ref, $2/$3 the entries).
CREATE OR REPLACE FUNCTION public.thidua_adjudication_search_text(text, uuid, uuid) RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT public.thidua_adjudication_fold(concat_ws(' ', $1,
    (SELECT string_agg(concat_ws(' ', e.entered_by_username, (SELECT string_agg(c.value, ' ') FROM jsonb_each_text(e.cells) c)), ' ')
       FROM registry_campaign_entry e WHERE e.id IN ($2, $3)))) $$;
--> statement-breakpoint
UPDATE "registry_campaign_adjudication" SET "search_text" = public.thidua_adjudication_search_text("record_ref", "first_entry_id", "second_entry_id");--> statement-breakpoint
-- Maintained in the writing transaction: an adjudication when it is inserted (or its record number or
-- entries change) ...
CREATE OR REPLACE FUNCTION public.thidua_adjudication_search() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := public.thidua_adjudication_search_text(NEW.record_ref, NEW.first_entry_id, NEW.second_entry_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER registry_campaign_adjudication_search_trg BEFORE INSERT OR UPDATE OF record_ref, first_entry_id, second_entry_id ON registry_campaign_adjudication
  FOR EACH ROW EXECUTE FUNCTION public.thidua_adjudication_search();
--> statement-breakpoint
-- ... and when one of its entries is inserted (the second entry is written after its adjudication, carrying
-- adjudication_id) or its officer or cells change (the application never changes them; a correction in SQL
-- is reflected all the same, found by adjudication_id or else among the campaign's adjudications).
CREATE OR REPLACE FUNCTION public.thidua_adjudication_entry_search() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.adjudication_id IS NOT NULL THEN
    UPDATE registry_campaign_adjudication SET search_text = public.thidua_adjudication_search_text(record_ref, first_entry_id, second_entry_id)
     WHERE id = NEW.adjudication_id;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    UPDATE registry_campaign_adjudication SET search_text = public.thidua_adjudication_search_text(record_ref, first_entry_id, second_entry_id)
     WHERE campaign_id = NEW.campaign_id AND NEW.id IN (first_entry_id, second_entry_id) AND id IS DISTINCT FROM NEW.adjudication_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER registry_campaign_entry_search_trg AFTER INSERT OR UPDATE OF entered_by_username, cells ON registry_campaign_entry
  FOR EACH ROW EXECUTE FUNCTION public.thidua_adjudication_entry_search();
--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_search_idx" ON "registry_campaign_adjudication" USING gin ("search_text" public.gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_unfolded_idx" ON "registry_campaign_adjudication" USING btree ("campaign_id") WHERE "registry_campaign_adjudication"."search_text" IS NULL;
