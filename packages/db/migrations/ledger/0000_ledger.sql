CREATE TABLE "annual_rating" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"collective_org_id" uuid,
	"year" smallint NOT NULL,
	"rating" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_rating_rating_ck" CHECK ("annual_rating"."rating" IN ('xuat_sac','tot','hoan_thanh','khong_hoan_thanh'))
);
--> statement-breakpoint
CREATE TABLE "award_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"person_id" uuid,
	"collective_org_id" uuid,
	"subject_name" text,
	"award_code" text NOT NULL,
	"award_type" text DEFAULT 'cong_trang' NOT NULL,
	"achievement_year" smallint,
	"period_from" smallint,
	"period_to" smallint,
	"decision_id" uuid,
	"decision_number" text,
	"decision_date" date,
	"decision_authority" text,
	"organisation_id" uuid,
	"organisation_text" text,
	"certificate_code" text,
	"status" text DEFAULT 'valid' NOT NULL,
	"replaced_by_id" uuid,
	"source" text NOT NULL,
	"source_ref" text,
	"owner_org_id" uuid,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "award_entry_status_ck" CHECK ("award_entry"."status" IN ('valid','revoked','reissued')),
	CONSTRAINT "award_entry_subject_ck" CHECK ("award_entry"."subject_kind" IN ('individual','collective','household'))
);
--> statement-breakpoint
CREATE TABLE "catalogue_extension" (
	"code" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "collective_stat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collective_org_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"members" integer NOT NULL,
	"completed_tasks" integer NOT NULL,
	"lao_dong_tien_tien" integer NOT NULL,
	"chien_si_thi_dua_co_so" integer NOT NULL,
	"disciplined_warning_or_above" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discipline_block" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text,
	"from_date" date NOT NULL,
	"to_date" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discipline_block_kind_ck" CHECK ("discipline_block"."kind" IN ('discipline','investigation'))
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"scope" text NOT NULL,
	"title" text NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_scope_ck" CHECK ("initiative"."scope" IN ('co_so','tinh','toan_quoc'))
);
--> statement-breakpoint
CREATE TABLE "parameter_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"organisation_id" uuid,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_rating" ADD CONSTRAINT "annual_rating_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_rating" ADD CONSTRAINT "annual_rating_collective_org_id_organisation_id_fk" FOREIGN KEY ("collective_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entry" ADD CONSTRAINT "award_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entry" ADD CONSTRAINT "award_entry_collective_org_id_organisation_id_fk" FOREIGN KEY ("collective_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entry" ADD CONSTRAINT "award_entry_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_entry" ADD CONSTRAINT "award_entry_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_stat" ADD CONSTRAINT "collective_stat_collective_org_id_organisation_id_fk" FOREIGN KEY ("collective_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_block" ADD CONSTRAINT "discipline_block_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parameter_override" ADD CONSTRAINT "parameter_override_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_rating_person_year_uq" ON "annual_rating" USING btree ("person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_rating_collective_year_uq" ON "annual_rating" USING btree ("collective_org_id","year");--> statement-breakpoint
CREATE INDEX "award_entry_person_idx" ON "award_entry" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "award_entry_collective_idx" ON "award_entry" USING btree ("collective_org_id");--> statement-breakpoint
CREATE INDEX "award_entry_org_idx" ON "award_entry" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "award_entry_owner_idx" ON "award_entry" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "award_entry_code_year_idx" ON "award_entry" USING btree ("award_code","achievement_year");--> statement-breakpoint
CREATE INDEX "award_entry_decision_idx" ON "award_entry" USING btree ("decision_number");--> statement-breakpoint
CREATE UNIQUE INDEX "award_entry_certificate_uq" ON "award_entry" USING btree ("certificate_code");--> statement-breakpoint
CREATE UNIQUE INDEX "collective_stat_uq" ON "collective_stat" USING btree ("collective_org_id","year");--> statement-breakpoint
CREATE INDEX "discipline_block_person_idx" ON "discipline_block" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "initiative_person_idx" ON "initiative" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "parameter_override_key_idx" ON "parameter_override" USING btree ("key","organisation_id","effective_from");