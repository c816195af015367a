-- Extensions and functions the schema relies on; the same SQL runs on PGlite (PostgreSQL 18) and
-- PostgreSQL 15+. unaccent() is only STABLE, so an IMMUTABLE, schema-qualified wrapper is used in
-- indexes and generated columns (tech spike §Search).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.vn_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC))) $$;
