-- People whose name or birth year changes are queued for the registry's word index (RULES.md §8).
-- The words are computed by the pure domain functions in the application (tone-placement folding is
-- not expressible in SQL without duplicating the rule), so the trigger only records what to index.
-- A bulk writer that indexes its own rows sets `thidua.name_index_direct = 'on'` for its transaction.
CREATE OR REPLACE FUNCTION public.thidua_person_name_pending() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('thidua.name_index_direct', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.full_name IS DISTINCT FROM OLD.full_name OR NEW.birth_year IS DISTINCT FROM OLD.birth_year THEN
    INSERT INTO person_name_pending(person_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_name_pending_trg AFTER INSERT OR UPDATE ON person
  FOR EACH ROW EXECUTE FUNCTION public.thidua_person_name_pending();
--> statement-breakpoint
INSERT INTO person_name_pending(person_id) SELECT id FROM person ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Identity lookups of the import (person, award, year, decision number).
CREATE INDEX IF NOT EXISTS award_entry_identity_idx ON award_entry (person_id, award_code, achievement_year);
