-- Registry search by the name of a collective or household (RULES.md §8, same matcher as people):
-- the candidate query filters `public.vn_unaccent(subject_name) LIKE '%word%'` for each query word on
-- the entries that are not individuals. A partial trigram index on exactly that expression and
-- predicate turns the scan of the whole ledger into an index lookup (pg_trgm supports LIKE '%…%').
CREATE INDEX IF NOT EXISTS award_entry_subject_name_trgm_idx ON award_entry
  USING gin (public.vn_unaccent(subject_name) public.gin_trgm_ops)
  WHERE subject_kind <> 'individual' AND subject_name IS NOT NULL;
