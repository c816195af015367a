CREATE TABLE "award_entry_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"field" text NOT NULL,
	"before" text,
	"after" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_entry_correction_field_ck" CHECK ("award_entry_correction"."field" IN ('subjectName','organisationText','achievementYear'))
);
--> statement-breakpoint
ALTER TABLE "award_entry_correction" ADD CONSTRAINT "award_entry_correction_entry_id_award_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."award_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_entry_correction_entry_idx" ON "award_entry_correction" USING btree ("entry_id");