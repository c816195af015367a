import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { person, personPosition, type DbOrTx } from '@thidua/db';

export type PersonRow = typeof person.$inferSelect;

export const personRepository = {
  async list(db: DbOrTx, q: { q?: string | undefined; ownerIds: string[] | null; organisationId?: string | undefined; limit: number; offset: number }) {
    const conds: SQL[] = [];
    if (q.ownerIds) conds.push(q.ownerIds.length ? inArray(person.ownerOrgId, q.ownerIds) : sql`false`);
    if (q.organisationId) conds.push(eq(person.ownerOrgId, q.organisationId));
    if (q.q) conds.push(sql`public.vn_unaccent(${person.fullName}) LIKE '%' || public.vn_unaccent(${q.q}) || '%'`);
    const where = conds.length ? and(...conds) : undefined;
    const [items, [{ n } = { n: 0 }]] = await Promise.all([
      db.select().from(person).where(where).orderBy(person.fullName, desc(person.createdAt)).limit(q.limit).offset(q.offset),
      db.select({ n: count() }).from(person).where(where),
    ]);
    return { items, total: Number(n) };
  },
  async get(db: DbOrTx, id: string) {
    const [p] = await db.select().from(person).where(eq(person.id, id));
    return p;
  },
  async getForUpdate(db: DbOrTx, id: string) {
    const [p] = await db.select().from(person).where(eq(person.id, id)).for('update');
    return p;
  },
  async insert(db: DbOrTx, v: typeof person.$inferInsert) {
    const [p] = await db.insert(person).values(v).returning();
    return p!;
  },
  async update(db: DbOrTx, id: string, expectedVersion: number, v: Partial<typeof person.$inferInsert>, at: Date) {
    const [p] = await db
      .update(person)
      .set({ ...v, version: sql`${person.version} + 1`, updatedAt: at })
      .where(and(eq(person.id, id), eq(person.version, expectedVersion)))
      .returning();
    return p;
  },
  async positions(db: DbOrTx, personId: string) {
    return (
      await db.execute(sql`
      SELECT pp.id, pp.organisation_id AS "organisationId", pp.title,
             to_char(pp.valid_from,'YYYY-MM-DD') AS "validFrom", to_char(pp.valid_to,'YYYY-MM-DD') AS "validTo",
             coalesce((SELECT n.name FROM organisation_name n WHERE n.organisation_id = pp.organisation_id
                        ORDER BY n.valid_from DESC NULLS LAST LIMIT 1), '') AS "organisationName"
        FROM person_position pp WHERE pp.person_id = ${personId}::uuid ORDER BY pp.valid_from NULLS FIRST`)
    ).rows as { id: string; organisationId: string; title: string; validFrom: string | null; validTo: string | null; organisationName: string }[];
  },
  async addPosition(db: DbOrTx, v: typeof personPosition.$inferInsert) {
    await db.insert(personPosition).values(v);
  },
};
