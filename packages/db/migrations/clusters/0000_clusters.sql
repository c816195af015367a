CREATE TABLE "cluster" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'cluster' NOT NULL,
	"organiser_org_id" uuid NOT NULL,
	"organiser_level" text NOT NULL,
	"assessment_mode" text DEFAULT 'peers' NOT NULL,
	"tie_breaks" jsonb DEFAULT '["mandatory","women","ballot"]'::jsonb NOT NULL,
	"ballot_percent" smallint DEFAULT 50 NOT NULL,
	"ballot_comparison" text DEFAULT 'more_than' NOT NULL,
	"bang_khen_count" smallint DEFAULT 2 NOT NULL,
	"flag_pool" smallint,
	"deputies_count" smallint DEFAULT 2 NOT NULL,
	"note" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cluster_kind_ck" CHECK ("cluster"."kind" IN ('cluster','block')),
	CONSTRAINT "cluster_level_ck" CHECK ("cluster"."organiser_level" IN ('central','ministry','province')),
	CONSTRAINT "cluster_mode_ck" CHECK ("cluster"."assessment_mode" IN ('peers','leader_secretariat','peers_and_secretariat')),
	CONSTRAINT "cluster_cmp_ck" CHECK ("cluster"."ballot_comparison" IN ('more_than','at_least'))
);
--> statement-breakpoint
CREATE TABLE "cluster_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"nominees" jsonb NOT NULL,
	"member_ids" jsonb NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "cluster_ballot_status_ck" CHECK ("cluster_ballot"."status" IN ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "cluster_ballot_tally" (
	"ballot_id" uuid NOT NULL,
	"nominee_org_id" uuid NOT NULL,
	"votes_for" integer DEFAULT 0 NOT NULL,
	"votes_against" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_ballot_voter" (
	"ballot_id" uuid NOT NULL,
	"voter_org_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_conference" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"held_on" date,
	"place" text,
	"host_org_id" uuid,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "cluster_conference_kind_ck" CHECK ("cluster_conference"."kind" IN ('mid_year','year_end'))
);
--> statement-breakpoint
CREATE TABLE "cluster_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"group_name" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text DEFAULT 'criterion' NOT NULL,
	"max_points" numeric(7, 2) NOT NULL,
	"mandatory" boolean DEFAULT false NOT NULL,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "cluster_criterion_kind_ck" CHECK ("cluster_criterion"."kind" IN ('criterion','bonus','penalty'))
);
--> statement-breakpoint
CREATE TABLE "cluster_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"criterion_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"organisation_id" uuid,
	"code" text NOT NULL,
	"value" numeric(14, 4),
	"numerator" integer,
	"denominator" integer,
	"unit" text,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "cluster_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"women_preference" boolean DEFAULT false NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "cluster_movement" (
	"cluster_id" uuid NOT NULL,
	"movement_id" uuid NOT NULL,
	"year" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_officer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"elected_on" date,
	"basis" text,
	CONSTRAINT "cluster_officer_role_ck" CHECK ("cluster_officer"."role" IN ('leader','deputy'))
);
--> statement-breakpoint
CREATE TABLE "cluster_pledge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"signed_on" date,
	"place" text,
	"preamble" text
);
--> statement-breakpoint
CREATE TABLE "cluster_pledge_commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"number" smallint NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_pledge_signature" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"signatory" text,
	"signed_on" date
);
--> statement-breakpoint
CREATE TABLE "cluster_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"round_id" uuid,
	"organisation_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"rank" smallint,
	"score" numeric(9, 2),
	"votes_for" integer,
	"dossier_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"ranking" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cluster_round_status_ck" CHECK ("cluster_round"."status" IN ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "cluster_score_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cluster_score_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"round_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"assessee_org_id" uuid NOT NULL,
	"assessor_kind" text NOT NULL,
	"assessor_org_id" uuid,
	"points" numeric(7, 2) NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text,
	"actor_user_id" uuid,
	"actor_username" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "cluster_score_kind_ck" CHECK ("cluster_score_event"."assessor_kind" IN ('self','member','leader','secretariat'))
);
--> statement-breakpoint
CREATE TABLE "movement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"authority_org_id" uuid NOT NULL,
	"authority_label" text NOT NULL,
	"cluster_id" uuid,
	"kind" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"launched_on" date,
	"objectives" text,
	"criteria" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_kind_ck" CHECK ("movement"."kind" IN ('regular','campaign','thematic'))
);
--> statement-breakpoint
CREATE TABLE "movement_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid,
	"titles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"note" text,
	"submitted_by" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_registration_state_ck" CHECK ("movement_registration"."state" IN ('submitted','approved','returned'))
);
--> statement-breakpoint
CREATE TABLE "movement_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"report" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "movement_review_kind_ck" CHECK ("movement_review"."kind" IN ('interim','final'))
);
--> statement-breakpoint
CREATE TABLE "movement_target" (
	"movement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster" ADD CONSTRAINT "cluster_organiser_org_id_organisation_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_ballot" ADD CONSTRAINT "cluster_ballot_round_id_cluster_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cluster_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_ballot_tally" ADD CONSTRAINT "cluster_ballot_tally_ballot_id_cluster_ballot_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."cluster_ballot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_ballot_tally" ADD CONSTRAINT "cluster_ballot_tally_nominee_org_id_organisation_id_fk" FOREIGN KEY ("nominee_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_ballot_voter" ADD CONSTRAINT "cluster_ballot_voter_ballot_id_cluster_ballot_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."cluster_ballot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_ballot_voter" ADD CONSTRAINT "cluster_ballot_voter_voter_org_id_organisation_id_fk" FOREIGN KEY ("voter_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_conference" ADD CONSTRAINT "cluster_conference_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_conference" ADD CONSTRAINT "cluster_conference_host_org_id_organisation_id_fk" FOREIGN KEY ("host_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_criterion" ADD CONSTRAINT "cluster_criterion_round_id_cluster_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cluster_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_file" ADD CONSTRAINT "cluster_file_round_id_cluster_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cluster_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_file" ADD CONSTRAINT "cluster_file_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_file" ADD CONSTRAINT "cluster_file_criterion_id_cluster_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."cluster_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_indicator" ADD CONSTRAINT "cluster_indicator_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_indicator" ADD CONSTRAINT "cluster_indicator_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_member" ADD CONSTRAINT "cluster_member_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_member" ADD CONSTRAINT "cluster_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_movement" ADD CONSTRAINT "cluster_movement_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_officer" ADD CONSTRAINT "cluster_officer_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_officer" ADD CONSTRAINT "cluster_officer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_pledge" ADD CONSTRAINT "cluster_pledge_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_pledge_commitment" ADD CONSTRAINT "cluster_pledge_commitment_pledge_id_cluster_pledge_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."cluster_pledge"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_pledge_signature" ADD CONSTRAINT "cluster_pledge_signature_pledge_id_cluster_pledge_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."cluster_pledge"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_pledge_signature" ADD CONSTRAINT "cluster_pledge_signature_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_proposal" ADD CONSTRAINT "cluster_proposal_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_proposal" ADD CONSTRAINT "cluster_proposal_round_id_cluster_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cluster_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_proposal" ADD CONSTRAINT "cluster_proposal_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_round" ADD CONSTRAINT "cluster_round_cluster_id_cluster_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."cluster"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_score_event" ADD CONSTRAINT "cluster_score_event_round_id_cluster_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."cluster_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_score_event" ADD CONSTRAINT "cluster_score_event_criterion_id_cluster_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."cluster_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_score_event" ADD CONSTRAINT "cluster_score_event_assessee_org_id_organisation_id_fk" FOREIGN KEY ("assessee_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_score_event" ADD CONSTRAINT "cluster_score_event_assessor_org_id_organisation_id_fk" FOREIGN KEY ("assessor_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement" ADD CONSTRAINT "movement_authority_org_id_organisation_id_fk" FOREIGN KEY ("authority_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registration" ADD CONSTRAINT "movement_registration_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registration" ADD CONSTRAINT "movement_registration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_registration" ADD CONSTRAINT "movement_registration_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_review" ADD CONSTRAINT "movement_review_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_review" ADD CONSTRAINT "movement_review_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_target" ADD CONSTRAINT "movement_target_movement_id_movement_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movement"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_target" ADD CONSTRAINT "movement_target_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_code_uq" ON "cluster" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_ballot_round_uq" ON "cluster_ballot" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_ballot_tally_uq" ON "cluster_ballot_tally" USING btree ("ballot_id","nominee_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_ballot_voter_uq" ON "cluster_ballot_voter" USING btree ("ballot_id","voter_org_id");--> statement-breakpoint
CREATE INDEX "cluster_conference_idx" ON "cluster_conference" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_criterion_uq" ON "cluster_criterion" USING btree ("round_id","code");--> statement-breakpoint
CREATE INDEX "cluster_indicator_idx" ON "cluster_indicator" USING btree ("cluster_id","year","code");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_member_uq" ON "cluster_member" USING btree ("cluster_id","organisation_id","valid_from");--> statement-breakpoint
CREATE INDEX "cluster_member_org_idx" ON "cluster_member" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_movement_uq" ON "cluster_movement" USING btree ("cluster_id","movement_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_officer_uq" ON "cluster_officer" USING btree ("cluster_id","year","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_pledge_uq" ON "cluster_pledge" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_pledge_commitment_uq" ON "cluster_pledge_commitment" USING btree ("pledge_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_pledge_signature_uq" ON "cluster_pledge_signature" USING btree ("pledge_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_proposal_uq" ON "cluster_proposal" USING btree ("cluster_id","year","organisation_id","award_code");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_round_uq" ON "cluster_round" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE INDEX "cluster_score_event_round_idx" ON "cluster_score_event" USING btree ("round_id","assessee_org_id");--> statement-breakpoint
CREATE INDEX "movement_registration_idx" ON "movement_registration" USING btree ("movement_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "movement_target_uq" ON "movement_target" USING btree ("movement_id","organisation_id");