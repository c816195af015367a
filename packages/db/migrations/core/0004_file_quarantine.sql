CREATE TABLE "file_quarantine" (
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"signature" text,
	"scanner" text,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_quarantine_entity_entity_id_pk" PRIMARY KEY("entity","entity_id"),
	CONSTRAINT "file_quarantine_reason_ck" CHECK ("file_quarantine"."reason" IN ('infected','sha256_mismatch'))
);
