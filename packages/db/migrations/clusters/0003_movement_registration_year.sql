-- A registration is for one year (đăng ký thi đua is yearly); existing rows take the year of their
-- registration date in Vietnam (UTC+7, no daylight saving). At most one registration per movement, year and unit, or individual: a
-- database holding duplicates already stops here with PostgreSQL's "could not create unique index" naming
-- the key (resolve them by hand; nothing is guessed).
ALTER TABLE "movement_registration" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "movement_registration" SET "year" = extract(year FROM ("created_at" AT TIME ZONE 'UTC') + interval '7 hours')::integer;--> statement-breakpoint
ALTER TABLE "movement_registration" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "movement_registration_unit_uq" ON "movement_registration" USING btree ("movement_id","organisation_id","year") WHERE "movement_registration"."person_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "movement_registration_person_uq" ON "movement_registration" USING btree ("movement_id","person_id","year") WHERE "movement_registration"."person_id" IS NOT NULL;
