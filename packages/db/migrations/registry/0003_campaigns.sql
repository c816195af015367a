CREATE TABLE "registry_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"periods" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"award_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date NOT NULL,
	"deadline" date NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"double_entry" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "registry_campaign_status_ck" CHECK ("registry_campaign"."status" IN ('open','closed')),
	CONSTRAINT "registry_campaign_dates_ck" CHECK ("registry_campaign"."deadline" >= "registry_campaign"."start_date")
);
--> statement-breakpoint
CREATE TABLE "registry_campaign_adjudication" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"record_ref" text,
	"first_entry_id" uuid NOT NULL,
	"second_entry_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution" jsonb,
	"award_entry_id" uuid,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_campaign_adjudication_status_ck" CHECK ("registry_campaign_adjudication"."status" IN ('open','resolved'))
);
--> statement-breakpoint
CREATE TABLE "registry_campaign_assignment" (
	"campaign_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_campaign_assignment_campaign_id_user_id_org_id_pk" PRIMARY KEY("campaign_id","user_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "registry_campaign_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"record_ref" text,
	"entered_by" uuid NOT NULL,
	"entered_by_username" text NOT NULL,
	"cells" jsonb NOT NULL,
	"row" jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"award_entry_id" uuid,
	"adjudication_id" uuid,
	"idempotency_key" text,
	"request_hash" text,
	"entered_on" date NOT NULL,
	"committed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_campaign_entry_status_ck" CHECK ("registry_campaign_entry"."status" IN ('awaiting_second','committed','adjudication','resolved'))
);
--> statement-breakpoint
CREATE TABLE "registry_campaign_target" (
	"campaign_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"expected" integer NOT NULL,
	CONSTRAINT "registry_campaign_target_campaign_id_org_id_pk" PRIMARY KEY("campaign_id","org_id"),
	CONSTRAINT "registry_campaign_target_ck" CHECK ("registry_campaign_target"."expected" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registry_reissue_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"cause" text NOT NULL,
	"item" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"decision_note" text,
	"new_entry_id" uuid,
	"certificate_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_reissue_request_status_ck" CHECK ("registry_reissue_request"."status" IN ('requested','approved','rejected','reissued')),
	CONSTRAINT "registry_reissue_request_cause_ck" CHECK ("registry_reissue_request"."cause" IN ('lost','damaged')),
	CONSTRAINT "registry_reissue_request_item_ck" CHECK ("registry_reissue_request"."item" IN ('certificate','medal','both'))
);
--> statement-breakpoint
ALTER TABLE "registry_campaign" ADD CONSTRAINT "registry_campaign_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_adjudication" ADD CONSTRAINT "registry_campaign_adjudication_campaign_id_registry_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."registry_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_adjudication" ADD CONSTRAINT "registry_campaign_adjudication_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_assignment" ADD CONSTRAINT "registry_campaign_assignment_campaign_id_registry_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."registry_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_assignment" ADD CONSTRAINT "registry_campaign_assignment_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_entry" ADD CONSTRAINT "registry_campaign_entry_campaign_id_registry_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."registry_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_entry" ADD CONSTRAINT "registry_campaign_entry_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_target" ADD CONSTRAINT "registry_campaign_target_campaign_id_registry_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."registry_campaign"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_campaign_target" ADD CONSTRAINT "registry_campaign_target_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_reissue_request" ADD CONSTRAINT "registry_reissue_request_owner_org_id_organisation_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_campaign_owner_idx" ON "registry_campaign" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "registry_campaign_adjudication_idx" ON "registry_campaign_adjudication" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "registry_campaign_assignment_user_idx" ON "registry_campaign_assignment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_campaign_idx" ON "registry_campaign_entry" USING btree ("campaign_id","org_id","status");--> statement-breakpoint
CREATE INDEX "registry_campaign_entry_ref_idx" ON "registry_campaign_entry" USING btree ("campaign_id","org_id","record_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "registry_campaign_entry_idem_uq" ON "registry_campaign_entry" USING btree ("campaign_id","entered_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "registry_reissue_request_entry_idx" ON "registry_reissue_request" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "registry_reissue_request_status_idx" ON "registry_reissue_request" USING btree ("owner_org_id","status");