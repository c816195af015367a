CREATE TABLE "movement_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"review_id" uuid,
	"kind" text NOT NULL,
	"title" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "movement_document_kind_ck" CHECK ("movement_document"."kind" IN ('ke_hoach','huong_dan','bao_cao_so_ket','bao_cao_tong_ket','khac'))
);
--> statement-breakpoint
ALTER TABLE "movement_registration" ADD COLUMN "review_org_id" uuid;--> statement-breakpoint
ALTER TABLE "movement_document" ADD CONSTRAINT "movement_document_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_document" ADD CONSTRAINT "movement_document_review_id_movement_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."movement_review"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_document_idx" ON "movement_document" USING btree ("movement_id","review_id");--> statement-breakpoint
ALTER TABLE "movement_registration" ADD CONSTRAINT "movement_registration_review_org_id_organisation_id_fk" FOREIGN KEY ("review_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "movement_registration_queue_idx" ON "movement_registration" USING btree ("review_org_id","state");--> statement-breakpoint
-- Registrations made before this migration: the level that reviews them, as the service now decides it
-- (domain movementReviewLevel): the authority for a direct target, else the parent on the registration day
-- (Vietnam time), else the authority.
UPDATE "movement_registration" r SET "review_org_id" = coalesce(
  (SELECT m.authority_org_id FROM movement_target t JOIN movement m ON m.id = t.movement_id WHERE t.movement_id = r.movement_id AND t.organisation_id = r.organisation_id),
  (SELECT p.parent_id FROM organisation_parent p WHERE p.organisation_id = r.organisation_id
      AND (p.valid_from IS NULL OR p.valid_from <= ((r.created_at AT TIME ZONE 'UTC') + interval '7 hours')::date)
      AND (p.valid_to IS NULL OR p.valid_to >= ((r.created_at AT TIME ZONE 'UTC') + interval '7 hours')::date)
    ORDER BY p.valid_from DESC NULLS LAST LIMIT 1),
  (SELECT m.authority_org_id FROM movement m WHERE m.id = r.movement_id))
WHERE r.review_org_id IS NULL;
