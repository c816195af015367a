import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@thidua/db';
import type { QueryWord } from '@thidua/domain';
import { pgArray } from './name-index.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export interface EntryFilters {
  award?: string | undefined;
  type?: string | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  organisationIds?: string[] | undefined;
  birthYear?: number | undefined;
  hometown?: string | undefined;
  decisionNumber?: string | undefined;
  status?: string | undefined;
  subjectKind?: string | undefined;
  /** Owner organisations the actor may read; null = nationwide. */
  scope: string[] | null;
}

export interface EntryRow {
  id: string;
  subjectKind: 'individual' | 'collective' | 'household';
  personId: string | null;
  fullName: string | null;
  birthYear: number | null;
  gender: string | null;
  hometown: string | null;
  citizenId: string | null;
  subjectName: string | null;
  awardCode: string;
  awardType: string;
  achievementYear: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionAuthority: string | null;
  organisationId: string | null;
  organisationText: string | null;
  certificateCode: string | null;
  status: 'valid' | 'revoked' | 'reissued';
  replacedById: string | null;
  source: string;
  ownerOrgId: string | null;
  version: number;
}

const ENTRY_COLUMNS = sql`e.id, e.subject_kind AS "subjectKind", e.person_id AS "personId", p.full_name AS "fullName", p.birth_year AS "birthYear",
  p.gender, p.hometown, p.citizen_id AS "citizenId", coalesce(e.subject_name, co.name) AS "subjectName", e.award_code AS "awardCode", e.award_type AS "awardType",
  e.achievement_year AS "achievementYear", e.decision_number AS "decisionNumber", to_char(e.decision_date, 'YYYY-MM-DD') AS "decisionDate",
  e.decision_authority AS "decisionAuthority", e.organisation_id AS "organisationId", e.organisation_text AS "organisationText",
  e.certificate_code AS "certificateCode", e.status, e.replaced_by_id AS "replacedById", e.source, e.owner_org_id AS "ownerOrgId", e.version`;

const ENTRY_JOINS = sql`LEFT JOIN person p ON p.id = e.person_id
  LEFT JOIN LATERAL (SELECT n.name FROM organisation_name n WHERE n.organisation_id = e.collective_org_id ORDER BY n.valid_from DESC NULLS LAST LIMIT 1) co ON e.collective_org_id IS NOT NULL`;
const FROM_ENTRY = sql`FROM award_entry e ${ENTRY_JOINS}`;

function filterConds(f: EntryFilters): SQL[] {
  const c: SQL[] = [];
  if (f.scope) c.push(sql`e.owner_org_id = ANY(${pgArray(f.scope)}::uuid[])`);
  if (f.award) c.push(sql`e.award_code = ${f.award}`);
  if (f.type) c.push(sql`e.award_type = ${f.type}`);
  if (f.yearFrom !== undefined) c.push(sql`e.achievement_year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined) c.push(sql`e.achievement_year <= ${f.yearTo}`);
  if (f.organisationIds) c.push(sql`e.organisation_id = ANY(${pgArray(f.organisationIds)}::uuid[])`);
  if (f.birthYear !== undefined) c.push(sql`p.birth_year = ${f.birthYear}`);
  if (f.hometown) c.push(sql`public.vn_unaccent(p.hometown) LIKE '%' || public.vn_unaccent(${escapeLike(f.hometown)}) || '%'`);
  if (f.decisionNumber) c.push(sql`lower(e.decision_number) = lower(${f.decisionNumber})`);
  if (f.status) c.push(sql`e.status = ${f.status}`);
  if (f.subjectKind) c.push(sql`e.subject_kind = ${f.subjectKind}`);
  return c;
}

/** Whether the filters restrict anything (then candidates are checked against the entries). */
export const hasFilters = (f: EntryFilters) => filterConds(f).length > 0;
/** The entries (and their person, when a filter reads it) for queries over entries of known people. */
const entriesFrom = (f: EntryFilters) => (f.birthYear !== undefined || f.hometown ? sql`award_entry e JOIN person p ON p.id = e.person_id` : sql`award_entry e`);

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);
/** A LIKE pattern matching the strings that begin with `prefix`. */
const likePrefix = (prefix: string) => `${escapeLike(prefix)}%`;

export const registryRepository = {
  /**
   * Candidate people of a name query with their identity key (the name lower-cased, NFC, tone placement
   * folded: ranked like the name itself), capped at `cap`: those whose index words meet `tsQuery`
   * (nameTsQuery: a superset the caller verifies), whose identity key is `nameKey`, or whose whole accent-free
   * name is `nameBase`. With
   * `filters`, only people having an entry under them (the filters then decide which people are cut by the
   * cap); without, the people the index has, whether or not they have entries (the caller counts those).
   */
  async namePeople(db: DbOrTx, by: { tsQuery: string } | { nameKey: string } | { nameBase: string }, filters: EntryFilters | null, cap: number) {
    const where = [
      'tsQuery' in by ? sql`i.words @@ ${by.tsQuery}::tsquery` : 'nameKey' in by ? sql`i.name_key = ${by.nameKey}` : sql`i.name_base = ${by.nameBase}`,
      ...(filters ? [sql`EXISTS (SELECT 1 FROM ${entriesFrom(filters)} WHERE ${sql.join([sql`e.person_id = i.person_id`, ...filterConds(filters)], sql` AND `)})`] : []),
    ];
    return rows<{ personId: string; nameKey: string }>(
      await db.execute(sql`SELECT i.person_id AS "personId", i.name_key AS "nameKey" FROM person_name_index i WHERE ${sql.join(where, sql` AND `)} LIMIT ${cap}`),
    );
  },

  /**
   * People whose accent-free name starts with `prefix` (whole leading words, the last one a prefix), in index
   * order, up to `cap`: an index-only range scan of person_name_index_base_idx (text_pattern_ops, registry
   * migration 0005), which stops at the cap, where the GIN word index must first collect every match.
   */
  async namePrefixPeople(db: DbOrTx, prefix: string, cap: number) {
    return rows<{ personId: string; nameKey: string }>(
      await db.execute(sql`SELECT i.person_id AS "personId", i.name_key AS "nameKey" FROM person_name_index i WHERE i.name_base LIKE ${likePrefix(prefix)} LIMIT ${cap}`),
    );
  },

  /**
   * Whether more than `n` people's accent-free names start with `prefix`: the same index-only range as
   * namePrefixPeople, skipped over without sending a row (on PGlite sending 11,001 rows took 10–17 ms, the
   * probe 1.2 ms; bench/RESULTS.md 2026-12-08).
   */
  async namePrefixHasMore(db: DbOrTx, prefix: string, n: number) {
    return rows(await db.execute(sql`SELECT 1 FROM person_name_index i WHERE i.name_base LIKE ${likePrefix(prefix)} OFFSET ${n} LIMIT 1`)).length > 0;
  },

  /** How many entries these people have under the filters, counted up to `upTo`. */
  async countEntriesOfPeople(db: DbOrTx, personIds: string[], f: EntryFilters, upTo: number) {
    if (personIds.length === 0) return 0;
    const conds = [sql`e.person_id = ANY(${pgArray(personIds)}::uuid[])`, ...filterConds(f)];
    const [r] = rows<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${entriesFrom(f)} WHERE ${sql.join(conds, sql` AND `)} LIMIT ${upTo}) x`),
    );
    return Number(r?.n ?? 0);
  },

  /** Entries per person under the filters (people without any are absent). */
  async entryCountsOfPeople(db: DbOrTx, personIds: string[], f: EntryFilters) {
    if (personIds.length === 0) return new Map<string, number>();
    const conds = [sql`e.person_id = ANY(${pgArray(personIds)}::uuid[])`, ...filterConds(f)];
    const r = rows<{ personId: string; n: number }>(
      await db.execute(sql`SELECT e.person_id AS "personId", count(*)::int AS n FROM ${entriesFrom(f)} WHERE ${sql.join(conds, sql` AND `)} GROUP BY e.person_id`),
    );
    return new Map(r.map((x) => [x.personId, Number(x.n)]));
  },

  /**
   * A window of the entries of ranked groups in one query: each person's entries under the filters and the
   * given entries (collectives, already filtered), ordered by the group's position `ord`, then the newest
   * achievement year, then the id. With `withColumns` each entry's columns are read in the same query (the
   * page of a search); without, only `id` is set.
   */
  async entriesOfGroups(db: DbOrTx, people: { ids: string[]; ords: number[] }, entries: { ids: string[]; ords: number[] }, f: EntryFilters, offset: number, limit: number, withColumns: boolean): Promise<EntryRow[]> {
    if ((people.ids.length === 0 && entries.ids.length === 0) || limit <= 0) return [];
    const conds = [sql`e.person_id = u.pid`, ...filterConds(f)];
    const window = sql`
        SELECT id, ord, y FROM (
          SELECT e.id, u.ord, e.achievement_year AS y
            FROM unnest(${pgArray(people.ids)}::uuid[], ${pgArray(people.ords)}::int[]) AS u(pid, ord)
            JOIN ${entriesFrom(f)} ON ${sql.join(conds, sql` AND `)}
          UNION ALL
          SELECT e.id, u.ord, e.achievement_year
            FROM unnest(${pgArray(entries.ids)}::uuid[], ${pgArray(entries.ords)}::int[]) AS u(eid, ord)
            JOIN award_entry e ON e.id = u.eid
        ) x ORDER BY ord, y DESC NULLS LAST, id
        OFFSET ${offset} LIMIT ${limit}`;
    if (!withColumns) return rows<EntryRow>(await db.execute(window));
    return rows<EntryRow>(
      await db.execute(sql`SELECT ${ENTRY_COLUMNS} FROM (${window}) w JOIN award_entry e ON e.id = w.id ${ENTRY_JOINS} ORDER BY w.ord, w.y DESC NULLS LAST, w.id`),
    );
  },

  /**
   * Candidate entries of collectives and households (their names are on the entry, not in the person word
   * index): every query word's accent-free form occurs in the accent-free name — a superset that the caller
   * verifies with the pure RULES.md §8 matcher — under the filters, capped at `cap` rows.
   */
  async subjectNameCandidates(db: DbOrTx, words: readonly QueryWord[], f: EntryFilters, cap: number) {
    const conds = [
      sql`e.subject_kind <> 'individual'`,
      sql`e.subject_name IS NOT NULL`,
      ...words.map((w) => sql`public.vn_unaccent(e.subject_name) LIKE ${'%' + escapeLike(w.base) + '%'}`),
      ...filterConds(f),
    ];
    return rows<{ id: string; fullName: string; achievementYear: number | null }>(
      await db.execute(sql`
        SELECT e.id, e.subject_name AS "fullName", e.achievement_year AS "achievementYear"
          FROM award_entry e LEFT JOIN person p ON p.id = e.person_id
         WHERE ${sql.join(conds, sql` AND `)}
         LIMIT ${cap}`),
    );
  },

  /** A page of entries without a name query (newest achievement year first) and the capped total. */
  async listEntries(db: DbOrTx, f: EntryFilters, limit: number, offset: number, cap: number) {
    const conds = filterConds(f);
    const where = conds.length ? sql.join(conds, sql` AND `) : sql`true`;
    const items = rows<EntryRow>(await db.execute(sql`SELECT ${ENTRY_COLUMNS} ${FROM_ENTRY} WHERE ${where} ORDER BY e.achievement_year DESC NULLS LAST, e.id LIMIT ${limit} OFFSET ${offset}`));
    const [c] = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM award_entry e LEFT JOIN person p ON p.id = e.person_id WHERE ${where} LIMIT ${cap + 1}) x`));
    return { items, n: Number(c?.n ?? 0) };
  },

  /** Keyset-paged entries for exports. */
  async entriesAfter(db: DbOrTx, f: EntryFilters, afterId: string | null, limit: number) {
    const conds = filterConds(f);
    if (afterId) conds.push(sql`e.id > ${afterId}::uuid`);
    const where = conds.length ? sql.join(conds, sql` AND `) : sql`true`;
    return rows<EntryRow>(await db.execute(sql`SELECT ${ENTRY_COLUMNS} ${FROM_ENTRY} WHERE ${where} ORDER BY e.id LIMIT ${limit}`));
  },

  async entriesByIds(db: DbOrTx, ids: string[]) {
    if (ids.length === 0) return [];
    return rows<EntryRow>(await db.execute(sql`SELECT ${ENTRY_COLUMNS} ${FROM_ENTRY} WHERE e.id = ANY(${pgArray(ids)}::uuid[])`));
  },

  async entryById(db: DbOrTx, id: string) {
    const [r] = rows<EntryRow>(await db.execute(sql`SELECT ${ENTRY_COLUMNS} ${FROM_ENTRY} WHERE e.id = ${id}::uuid`));
    return r;
  },

  /** The organisation and all its predecessors through time (RULES.md §7). */
  async withPredecessors(db: DbOrTx, id: string): Promise<string[]> {
    return rows<{ id: string }>(
      await db.execute(sql`WITH RECURSIVE s(id) AS (SELECT ${id}::uuid UNION SELECT l.predecessor_id FROM organisation_link l JOIN s ON l.successor_id = s.id) SELECT id FROM s`),
    ).map((r) => r.id);
  },

  /**
   * Organisations as they were on given dates (name and parent valid that day, clamped into the
   * organisation's interval), in three queries for a whole page instead of one per entry.
   */
  async orgsAsOf(db: DbOrTx, ids: string[]) {
    if (ids.length === 0) return new Map<string, OrgHistory>();
    const arr = pgArray([...new Set(ids)]);
    const orgs = rows<{ id: string; code: string; kind: string; subkind: string | null; validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT id, code, kind, subkind, to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo" FROM organisation WHERE id = ANY(${arr}::uuid[])`),
    );
    const names = rows<{ id: string; name: string; isCity: boolean; validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT organisation_id AS id, name, coalesce(is_city, false) AS "isCity", to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo" FROM organisation_name WHERE organisation_id = ANY(${arr}::uuid[])`),
    );
    const parents = rows<{ id: string; parentId: string; validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT organisation_id AS id, parent_id AS "parentId", to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo" FROM organisation_parent WHERE organisation_id = ANY(${arr}::uuid[])`),
    );
    const out = new Map<string, OrgHistory>();
    for (const o of orgs) out.set(o.id, { ...o, names: [], parents: [] });
    for (const n of names) out.get(n.id)?.names.push(n);
    for (const p of parents) out.get(p.id)?.parents.push(p);
    return out;
  },

  async homeOrgOf(db: DbOrTx, userId: string): Promise<string | null> {
    const [r] = rows<{ id: string | null }>(await db.execute(sql`SELECT home_org_id AS id FROM app_user WHERE id = ${userId}::uuid`));
    return r?.id ?? null;
  },
};

export interface OrgHistory {
  id: string;
  code: string;
  kind: string;
  subkind: string | null;
  validFrom: string | null;
  validTo: string | null;
  names: { name: string; isCity: boolean; validFrom: string | null; validTo: string | null }[];
  parents: { parentId: string; validFrom: string | null; validTo: string | null }[];
}

const inside = (i: { validFrom: string | null; validTo: string | null }, d: string) => (i.validFrom === null || i.validFrom <= d) && (i.validTo === null || i.validTo >= d);
const latest = <T extends { validFrom: string | null }>(xs: T[]) => [...xs].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];

/** The organisation as it was on `date` (clamped into its interval), like organisationRepository.getById. */
export function orgOn(o: OrgHistory, date: string | null) {
  let d = date ?? new Date().toISOString().slice(0, 10);
  if (o.validFrom && d < o.validFrom) d = o.validFrom;
  if (o.validTo && d > o.validTo) d = o.validTo;
  const n = latest(o.names.filter((x) => inside(x, d)));
  const p = latest(o.parents.filter((x) => inside(x, d)));
  return { id: o.id, code: o.code, name: n?.name ?? '', kind: o.kind, subkind: o.subkind, isCity: n?.isCity ?? false, validFrom: o.validFrom, validTo: o.validTo, parentId: p?.parentId ?? null };
}
