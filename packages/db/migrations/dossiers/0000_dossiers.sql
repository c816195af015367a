CREATE TABLE "council_agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"threshold_percent" integer NOT NULL,
	"comparison" text NOT NULL,
	"excluded_members" integer DEFAULT 0 NOT NULL,
	"votes_for" integer,
	"votes_against" integer,
	"abstentions" integer,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "council_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"choice" text NOT NULL,
	CONSTRAINT "council_ballot_choice_ck" CHECK ("council_ballot"."choice" IN ('for','against','abstain'))
);
--> statement-breakpoint
CREATE TABLE "council_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"present" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"council_name" text NOT NULL,
	"meeting_date" date NOT NULL,
	"venue" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"secret" boolean DEFAULT true NOT NULL,
	"chair_name" text NOT NULL,
	"secretary_name" text NOT NULL,
	"results" jsonb,
	"closed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "council_session_status_ck" CHECK ("council_session"."status" IN ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "council_vote_cast" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"method" text NOT NULL,
	CONSTRAINT "council_vote_cast_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"book_key" text NOT NULL,
	"year" smallint NOT NULL,
	"seq" integer,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"authority" text NOT NULL,
	"award_code" text,
	"summary" text NOT NULL,
	"content" jsonb NOT NULL,
	"references_id" uuid,
	"reason" text,
	"ground" text,
	"status" text DEFAULT 'issued' NOT NULL,
	"signed_scan_key" text,
	"signed_scan_sha256" text,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_kind_ck" CHECK ("decision"."kind" IN ('award','revocation','correction')),
	CONSTRAINT "decision_status_ck" CHECK ("decision"."status" IN ('issued','revoked','corrected'))
);
--> statement-breakpoint
CREATE TABLE "decision_number_counter" (
	"book_key" text NOT NULL,
	"year" smallint NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "decision_number_counter_book_key_year_pk" PRIMARY KEY("book_key","year")
);
--> statement-breakpoint
CREATE TABLE "dossier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"award_code" text NOT NULL,
	"award_type" text DEFAULT 'cong_trang' NOT NULL,
	"achievement_year" smallint,
	"period_from" smallint,
	"period_to" smallint,
	"movement_id" text,
	"achievement" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"state_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state_entered_on" date NOT NULL,
	"submitted_on" date,
	"received_on" date,
	"appraised_on" date,
	"due_on" date,
	"appraisal_opinion" text,
	"posting_from" date,
	"posting_until" date,
	"council_session_id" uuid,
	"decision_id" uuid,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_status_ck" CHECK ("dossier"."status" IN ('draft','submitted','received','returned','resubmitted','appraised','posted','council_review','approved','rejected','decided','forwarded','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "dossier_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" uuid,
	"actor_username" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_public_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"contact" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_subject" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid,
	"collective_org_id" uuid,
	"subject_name" text NOT NULL,
	"title" text,
	"organisation_text" text,
	"eligibility" jsonb,
	"eligibility_at" timestamp with time zone,
	"result" text,
	CONSTRAINT "dossier_subject_kind_ck" CHECK ("dossier_subject"."kind" IN ('individual','collective','household'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_record" (
	"key" text NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_record_key_actor_user_id_operation_pk" PRIMARY KEY("key","actor_user_id","operation")
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"org_id" uuid,
	"dossier_id" uuid,
	"due_on" date,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "council_agenda_item" ADD CONSTRAINT "council_agenda_item_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_item" ADD CONSTRAINT "council_agenda_item_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_item" ADD CONSTRAINT "council_agenda_item_subject_id_dossier_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."dossier_subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_ballot" ADD CONSTRAINT "council_ballot_item_id_council_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session" ADD CONSTRAINT "council_session_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_cast" ADD CONSTRAINT "council_vote_cast_session_id_council_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_vote_cast" ADD CONSTRAINT "council_vote_cast_member_id_council_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_member"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachment" ADD CONSTRAINT "dossier_attachment_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_public_comment" ADD CONSTRAINT "dossier_public_comment_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_subject" ADD CONSTRAINT "dossier_subject_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_subject" ADD CONSTRAINT "dossier_subject_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_subject" ADD CONSTRAINT "dossier_subject_collective_org_id_organisation_id_fk" FOREIGN KEY ("collective_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_agenda_subject_uq" ON "council_agenda_item" USING btree ("session_id","subject_id");--> statement-breakpoint
CREATE INDEX "council_ballot_item_idx" ON "council_ballot" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_member_user_uq" ON "council_member" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_book_number_uq" ON "decision" USING btree ("book_key","number");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_book_seq_uq" ON "decision" USING btree ("book_key","year","seq");--> statement-breakpoint
CREATE INDEX "decision_date_idx" ON "decision" USING btree ("date","issued_at");--> statement-breakpoint
CREATE INDEX "dossier_owner_idx" ON "dossier" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "dossier_status_idx" ON "dossier" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "dossier_attachment_dossier_idx" ON "dossier_attachment" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_attachment_key_uq" ON "dossier_attachment" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "dossier_event_dossier_idx" ON "dossier_event" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossier_subject_dossier_idx" ON "dossier_subject" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_once_uq" ON "notification" USING btree ("dossier_id","kind","due_on");--> statement-breakpoint
CREATE INDEX "notification_role_idx" ON "notification" USING btree ("role","created_at");