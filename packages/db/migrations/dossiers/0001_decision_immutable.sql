-- An issued decision is immutable (issue #4): its number, date, authority and content never change.
-- Only the status (issued → revoked/corrected, by a later decision) and the signed scan may be set.
-- Revocations and corrections are new decisions that reference the old one. Deleting is refused too.
CREATE OR REPLACE FUNCTION decision_refuse_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'decision % is issued and cannot be deleted', OLD.number USING ERRCODE = 'P0001';
  END IF;
  IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.owner_org_id IS DISTINCT FROM OLD.owner_org_id
     OR NEW.book_key IS DISTINCT FROM OLD.book_key OR NEW.year IS DISTINCT FROM OLD.year
     OR NEW.seq IS DISTINCT FROM OLD.seq OR NEW.number IS DISTINCT FROM OLD.number
     OR NEW.date IS DISTINCT FROM OLD.date OR NEW.authority IS DISTINCT FROM OLD.authority
     OR NEW.award_code IS DISTINCT FROM OLD.award_code OR NEW.summary IS DISTINCT FROM OLD.summary
     OR NEW.content IS DISTINCT FROM OLD.content OR NEW.references_id IS DISTINCT FROM OLD.references_id
     OR NEW.reason IS DISTINCT FROM OLD.reason OR NEW.ground IS DISTINCT FROM OLD.ground
     OR NEW.issued_by IS DISTINCT FROM OLD.issued_by OR NEW.issued_at IS DISTINCT FROM OLD.issued_at
     OR (OLD.signed_scan_key IS NOT NULL AND NEW.signed_scan_key IS DISTINCT FROM OLD.signed_scan_key) THEN
    RAISE EXCEPTION 'decision % is issued: its content is immutable', OLD.number USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decision_immutable BEFORE UPDATE OR DELETE ON decision
  FOR EACH ROW EXECUTE FUNCTION decision_refuse_content_change();
