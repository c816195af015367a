CREATE TABLE "council_recusal" (
	"member_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_recusal_member_id_item_id_pk" PRIMARY KEY("member_id","item_id"),
	CONSTRAINT "council_recusal_reason_ck" CHECK (length(btrim("council_recusal"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "council_member" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "council_recusal" ADD CONSTRAINT "council_recusal_member_id_council_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_member"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusal" ADD CONSTRAINT "council_recusal_item_id_council_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_recusal_item_idx" ON "council_recusal" USING btree ("item_id");--> statement-breakpoint
ALTER TABLE "council_member" ADD CONSTRAINT "council_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_member_person_idx" ON "council_member" USING btree ("person_id");