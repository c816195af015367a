import { sql, type SQL } from 'drizzle-orm';
import { organisation, organisationName, organisationParent, type DbOrTx } from '@thidua/db';

export interface OrgRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  subkind: string | null;
  isCity: boolean;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
}

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** Validity of an interval row on date `d` (inclusive ends, null = open). */
const validOn = (alias: string, d: SQL) =>
  sql.raw(`(${alias}.valid_from IS NULL OR ${alias}.valid_from <= `).append(d).append(sql.raw(`) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= `)).append(d).append(sql.raw(')'));

/**
 * The organisation as it was on `d`: the name and parent valid that day. For an organisation not
 * valid on `d` the caller passes a date inside its interval (its last day, say).
 */
const orgSelect = (d: SQL) => sql`
  SELECT o.id, o.code, o.kind, o.subkind,
         to_char(o.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(o.valid_to, 'YYYY-MM-DD') AS "validTo",
         n.name, coalesce(n.is_city, false) AS "isCity", p.parent_id AS "parentId"
    FROM organisation o
    LEFT JOIN LATERAL (SELECT name, is_city FROM organisation_name n WHERE n.organisation_id = o.id AND ${validOn('n', d)}
                        ORDER BY n.valid_from DESC NULLS LAST LIMIT 1) n ON true
    LEFT JOIN LATERAL (SELECT parent_id FROM organisation_parent p WHERE p.organisation_id = o.id AND ${validOn('p', d)}
                        ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) p ON true`;

/**
 * A date inside the organisation's interval closest to `d` (so ended units still show their last name, and
 * units not yet started their first). GREATEST/LEAST skip NULLs, so an open end does not bound the date.
 */
const clampDate = (d: SQL) => sql`least(greatest(${d}, o.valid_from), o.valid_to)`;

/** The ids and, recursively, their merger links in one direction (organisation_link). */
async function linked(db: DbOrTx, ids: string[], way: 'predecessors' | 'successors'): Promise<string[]> {
  if (ids.length === 0) return [];
  const [from, to] = way === 'predecessors' ? ['successor_id', 'predecessor_id'] : ['predecessor_id', 'successor_id'];
  const r = rows<{ id: string }>(
    await db.execute(sql`
      WITH RECURSIVE s(id) AS (
        SELECT unnest(${`{${ids.join(',')}}`}::uuid[])
        UNION SELECT l.${sql.raw(to)} FROM organisation_link l JOIN s ON l.${sql.raw(from)} = s.id
      ) SELECT id FROM s`),
  );
  return r.map((x) => x.id);
}

export const organisationRepository = {
  async listAsOf(
    db: DbOrTx,
    q: { asOf: string; kind?: string | undefined; parentId?: string | undefined; q?: string | undefined; scope: string[] | null; limit: number; offset: number },
  ) {
    const d = sql`${q.asOf}::date`;
    const conds: SQL[] = [validOn('o', d)];
    if (q.kind) conds.push(sql`o.kind = ${q.kind}`);
    if (q.parentId) conds.push(sql`p.parent_id = ${q.parentId}::uuid`);
    if (q.q) conds.push(sql`public.vn_unaccent(n.name) LIKE '%' || public.vn_unaccent(${q.q}) || '%'`);
    if (q.scope) conds.push(sql`(o.is_reference OR o.id = ANY(${`{${q.scope.join(',')}}`}::uuid[]))`);
    const where = sql.join(conds, sql` AND `);
    const base = sql`${orgSelect(d)} WHERE ${where}`;
    const items = rows<OrgRow>(await db.execute(sql`${base} ORDER BY o.kind, o.code, n.name LIMIT ${q.limit} OFFSET ${q.offset}`));
    const [{ n } = { n: 0 }] = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM (${base}) x`));
    return { items, total: Number(n) };
  },

  async getById(db: DbOrTx, id: string, asOf?: string): Promise<OrgRow | undefined> {
    const d = asOf ? sql`${asOf}::date` : sql`current_date`;
    const [r] = rows<OrgRow>(await db.execute(sql`${orgSelect(clampDate(d))} WHERE o.id = ${id}::uuid`));
    return r;
  },

  /** Several organisations as of `asOf` (each clamped into its own interval, like getById). */
  async getMany(db: DbOrTx, ids: string[], asOf: string): Promise<OrgRow[]> {
    if (ids.length === 0) return [];
    return rows<OrgRow>(await db.execute(sql`${orgSelect(clampDate(sql`${asOf}::date`))} WHERE o.id = ANY(${`{${ids.join(',')}}`}::uuid[])`));
  },

  async isReference(db: DbOrTx, id: string): Promise<boolean> {
    const [r] = rows<{ r: boolean }>(await db.execute(sql`SELECT is_reference AS r FROM organisation WHERE id = ${id}::uuid`));
    return Boolean(r?.r);
  },

  async links(db: DbOrTx, id: string) {
    return rows<{ predecessorId: string; successorId: string; date: string; event: string }>(
      await db.execute(sql`SELECT predecessor_id AS "predecessorId", successor_id AS "successorId", to_char(date, 'YYYY-MM-DD') AS date, event
                             FROM organisation_link WHERE predecessor_id = ${id}::uuid OR successor_id = ${id}::uuid ORDER BY date`),
    );
  },

  async names(db: DbOrTx, id: string) {
    return rows<{ name: string; isCity: boolean; validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT name, is_city AS "isCity", to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo"
                             FROM organisation_name WHERE organisation_id = ${id}::uuid ORDER BY valid_from NULLS FIRST`),
    );
  },

  async parents(db: DbOrTx, id: string) {
    return rows<{ parentId: string; validFrom: string | null; validTo: string | null }>(
      await db.execute(sql`SELECT parent_id AS "parentId", to_char(valid_from,'YYYY-MM-DD') AS "validFrom", to_char(valid_to,'YYYY-MM-DD') AS "validTo"
                             FROM organisation_parent WHERE organisation_id = ${id}::uuid ORDER BY valid_from NULLS FIRST`),
    );
  },

  async events(db: DbOrTx, id: string) {
    return rows<{ date: string; event: string; description: string; basis: string | null }>(
      await db.execute(sql`SELECT to_char(date,'YYYY-MM-DD') AS date, event, description, basis FROM organisation_event WHERE organisation_id = ${id}::uuid ORDER BY date`),
    );
  },

  /**
   * The scope of a role rooted at `roots`: the roots, every organisation ever under them, and the
   * predecessors of all of those (records of merged units pass to the successor: RULES.md §7).
   */
  async scopeIds(db: DbOrTx, roots: string[]): Promise<string[]> {
    if (roots.length === 0) return [];
    const r = rows<{ id: string }>(
      await db.execute(sql`
        WITH RECURSIVE edge(child, parent) AS (
          SELECT organisation_id, parent_id FROM organisation_parent
          UNION ALL SELECT predecessor_id, successor_id FROM organisation_link
        ), s(id) AS (
          SELECT unnest(${`{${roots.join(',')}}`}::uuid[])
          UNION SELECT e.child FROM edge e JOIN s ON e.parent = s.id
        ) SELECT id FROM s`),
    );
    return r.map((x) => x.id);
  },

  /** The roots and, recursively, the organisations merged or split into them (their predecessors). */
  async withPredecessors(db: DbOrTx, roots: string[]): Promise<string[]> {
    return linked(db, roots, 'predecessors');
  },

  /** The given organisations and every organisation ever above them (parents over all intervals). */
  async withAncestors(db: DbOrTx, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const r = rows<{ id: string }>(
      await db.execute(sql`
        WITH RECURSIVE a(id) AS (
          SELECT unnest(${`{${ids.join(',')}}`}::uuid[])
          UNION SELECT p.parent_id FROM organisation_parent p JOIN a ON p.organisation_id = a.id
        ) SELECT id FROM a`),
    );
    return r.map((x) => x.id);
  },

  /** The organisation and its parents on `asOf`, nearest first (at most 64 levels). */
  async chainOn(db: DbOrTx, id: string, asOf: string): Promise<string[]> {
    const d = sql`${asOf}::date`;
    const r = rows<{ id: string }>(
      await db.execute(sql`
        WITH RECURSIVE c(id, depth) AS (
          SELECT ${id}::uuid, 0
          UNION ALL
          SELECT p.parent_id, c.depth + 1 FROM c JOIN organisation_parent p ON p.organisation_id = c.id AND ${validOn('p', d)}
           WHERE c.depth < 64
        ) SELECT id FROM c ORDER BY depth`),
    );
    return r.map((x) => x.id);
  },

  /** The given organisations and, recursively, the organisations they were merged or split into (successors). */
  async withSuccessors(db: DbOrTx, ids: string[]): Promise<string[]> {
    return linked(db, ids, 'successors');
  },

  /**
   * One step up the tree as of `asOf` for each organisation: its successor when it ended before `asOf` in a
   * merger (the first by date), else its parent on `asOf` (on its last day for one that ended); null at the root.
   */
  async stepsUp(db: DbOrTx, ids: string[], asOf: string): Promise<{ id: string; next: string | null; via: 'parent' | 'successor' }[]> {
    if (ids.length === 0) return [];
    const d = sql`${asOf}::date`;
    const r = rows<{ id: string; successor: string | null; parent: string | null }>(
      await db.execute(sql`
        SELECT o.id,
               CASE WHEN o.valid_to IS NOT NULL AND o.valid_to < ${d} THEN
                 (SELECT l.successor_id FROM organisation_link l WHERE l.predecessor_id = o.id ORDER BY l.date, l.successor_id LIMIT 1) END AS successor,
               (SELECT p.parent_id FROM organisation_parent p WHERE p.organisation_id = o.id AND ${validOn('p', clampDate(d))}
                 ORDER BY p.valid_from DESC NULLS LAST LIMIT 1) AS parent
          FROM organisation o WHERE o.id = ANY(${`{${ids.join(',')}}`}::uuid[])`),
    );
    return r.map((x) => (x.successor ? { id: x.id, next: x.successor, via: 'successor' as const } : { id: x.id, next: x.parent, via: 'parent' as const }));
  },

  /** The root of the tree (the State: the Prime Minister, the central council). */
  async centralRootId(db: DbOrTx): Promise<string | undefined> {
    const [r] = rows<{ id: string }>(await db.execute(sql`SELECT id FROM organisation WHERE kind = 'central' ORDER BY code LIMIT 1`));
    return r?.id;
  },

  async insert(db: DbOrTx, v: { code: string; kind: string; subkind?: string | null; name: string; parentId: string; validFrom?: string | null; ownerId?: string | null; isDemo?: boolean; isCity?: boolean }) {
    const [o] = await db
      .insert(organisation)
      .values({ code: v.code, kind: v.kind, subkind: v.subkind ?? null, validFrom: v.validFrom ?? null, ownerId: v.ownerId ?? null, isDemo: v.isDemo ?? false })
      .returning({ id: organisation.id });
    await db.insert(organisationName).values({ organisationId: o!.id, name: v.name.normalize('NFC'), isCity: v.isCity ?? false, validFrom: v.validFrom ?? null });
    await db.insert(organisationParent).values({ organisationId: o!.id, parentId: v.parentId, validFrom: v.validFrom ?? null });
    return o!.id;
  },
};
