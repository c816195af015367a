DROP INDEX "award_entry_person_idx";--> statement-breakpoint
DROP INDEX "award_entry_collective_idx";--> statement-breakpoint
DROP INDEX "award_entry_org_idx";--> statement-breakpoint
DROP INDEX "award_entry_certificate_uq";--> statement-breakpoint
CREATE INDEX "award_entry_collective_idx" ON "award_entry" USING btree ("collective_org_id") WHERE "award_entry"."collective_org_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "award_entry_org_idx" ON "award_entry" USING btree ("organisation_id") WHERE "award_entry"."organisation_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "award_entry_certificate_uq" ON "award_entry" USING btree ("certificate_code") WHERE "award_entry"."certificate_code" IS NOT NULL;