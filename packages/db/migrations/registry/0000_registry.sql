CREATE TABLE "job" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "job_status_ck" CHECK ("job"."status" IN ('queued','running','done','failed'))
);
--> statement-breakpoint
CREATE TABLE "person_duplicate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"score" smallint NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_duplicate_status_ck" CHECK ("person_duplicate"."status" IN ('open','merged','not_duplicate'))
);
--> statement-breakpoint
CREATE TABLE "person_merge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"duplicate_id" uuid,
	"kept_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"moved_entry_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text
);
--> statement-breakpoint
CREATE TABLE "person_name_index" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"name_key" text NOT NULL,
	"name_base" text NOT NULL,
	"birth_year" smallint
);
--> statement-breakpoint
CREATE TABLE "person_name_pending" (
	"person_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_name_word" (
	"person_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"exact" text NOT NULL,
	"base" text NOT NULL,
	CONSTRAINT "person_name_word_person_id_position_pk" PRIMARY KEY("person_id","position")
);
--> statement-breakpoint
CREATE TABLE "registry_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text,
	"file_sha256" text NOT NULL,
	"file_size" integer NOT NULL,
	"format" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"created_by" uuid,
	"created_by_username" text,
	"commit_requested" boolean DEFAULT false NOT NULL,
	"legacy_prefer" text,
	"rows" integer DEFAULT 0 NOT NULL,
	"valid" integer DEFAULT 0 NOT NULL,
	"invalid" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"existing" integer DEFAULT 0 NOT NULL,
	"last_committed_row" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_import_status_ck" CHECK ("registry_import"."status" IN ('queued','parsing','previewed','committing','committed','failed'))
);
--> statement-breakpoint
ALTER TABLE "person_duplicate" ADD CONSTRAINT "person_duplicate_person_a_person_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate" ADD CONSTRAINT "person_duplicate_person_b_person_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_duplicate_id_person_duplicate_id_fk" FOREIGN KEY ("duplicate_id") REFERENCES "public"."person_duplicate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_kept_id_person_id_fk" FOREIGN KEY ("kept_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_merged_id_person_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_name_index" ADD CONSTRAINT "person_name_index_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_name_word" ADD CONSTRAINT "person_name_word_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_import" ADD CONSTRAINT "registry_import_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_queue_idx" ON "job" USING btree ("status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "person_duplicate_pair_uq" ON "person_duplicate" USING btree ("person_a","person_b");--> statement-breakpoint
CREATE INDEX "person_duplicate_status_idx" ON "person_duplicate" USING btree ("status","score");--> statement-breakpoint
CREATE INDEX "person_merge_merged_idx" ON "person_merge" USING btree ("merged_id");--> statement-breakpoint
CREATE INDEX "person_name_index_key_idx" ON "person_name_index" USING btree ("name_key","birth_year");--> statement-breakpoint
CREATE INDEX "person_name_index_base_idx" ON "person_name_index" USING btree ("name_base","birth_year");--> statement-breakpoint
CREATE INDEX "person_name_word_exact_idx" ON "person_name_word" USING btree ("exact" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_name_word_base_idx" ON "person_name_word" USING btree ("base" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "registry_import_status_idx" ON "registry_import" USING btree ("status");