-- Cluster score events are append-only: a change is a new event with who, when and why (issue #5).
CREATE OR REPLACE FUNCTION public.cluster_score_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cluster_score_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER cluster_score_event_no_update BEFORE UPDATE OR DELETE ON cluster_score_event
  FOR EACH ROW EXECUTE FUNCTION public.cluster_score_event_refuse_change();
--> statement-breakpoint
CREATE TRIGGER cluster_score_event_no_truncate BEFORE TRUNCATE ON cluster_score_event
  FOR EACH STATEMENT EXECUTE FUNCTION public.cluster_score_event_refuse_change();
