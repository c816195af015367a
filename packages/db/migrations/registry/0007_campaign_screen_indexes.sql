-- Indexes of the campaign screens (registry.campaign.service.ts), each matching one query's filter and order
-- exactly, so that a page is read in index order and stops at its limit instead of sorting the whole campaign:
-- the adjudication list (ORDER BY created_at, id) with a status and without; the recent entries (ORDER BY
-- created_at DESC, id) of all units and of one officer; one officer's entries of a day (the count of today's,
-- index-only; the progress dashboard's entries per day read it too). The progress dashboard groups a campaign's
-- entries by record — (org_id, coalesce(record_ref, id::text)) — reading registry_campaign_entry_record_idx
-- alone, in its order, without a sort: hand-edited to add INCLUDE (Drizzle cannot express it), and COLLATE "C"
-- (byte order: the grouping is by equality, which is byte equality in any deterministic collation, and the
-- expression must match the query's). It replaces registry_campaign_entry_campaign_idx, whose other reader (the
-- campaign list's committed count) it serves as well. Measured with bench/registry/campaign.bench.ts
-- (bench/RESULTS.md).
DROP INDEX "registry_campaign_entry_campaign_idx";--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_status_order_idx" ON "registry_campaign_adjudication" USING btree ("campaign_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_order_idx" ON "registry_campaign_adjudication" USING btree ("campaign_id","created_at","id");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_record_idx" ON "registry_campaign_entry" USING btree ("campaign_id","org_id",(coalesce("record_ref", "id"::text) COLLATE "C")) INCLUDE ("status","committed_on","record_ref","id");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_recent_idx" ON "registry_campaign_entry" USING btree ("campaign_id","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_officer_recent_idx" ON "registry_campaign_entry" USING btree ("campaign_id","entered_by","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_officer_day_idx" ON "registry_campaign_entry" USING btree ("campaign_id","entered_by","entered_on");