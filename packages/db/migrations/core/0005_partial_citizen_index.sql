DROP INDEX "person_citizen_idx";--> statement-breakpoint
CREATE INDEX "person_citizen_idx" ON "person" USING btree ("citizen_id") WHERE "person"."citizen_id" IS NOT NULL;