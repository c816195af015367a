import { and, count, desc, eq, sql } from 'drizzle-orm';
import { movement, movementRegistration, movementReview, movementTarget, type DbOrTx } from '@thidua/db';

export type MovementRow = typeof movement.$inferSelect;
export type RegistrationRow = typeof movementRegistration.$inferSelect;

export const movementRepository = {
  async list(db: DbOrTx, q: { clusterId?: string | undefined; year?: number | undefined; limit: number; offset: number }) {
    const conds = [];
    if (q.clusterId) conds.push(sql`(${movement.clusterId} = ${q.clusterId}::uuid OR ${movement.id} IN (SELECT movement_id FROM cluster_movement WHERE cluster_id = ${q.clusterId}::uuid))`);
    if (q.year) conds.push(sql`(${movement.periodFrom} IS NULL OR extract(year FROM ${movement.periodFrom}) <= ${q.year}) AND (${movement.periodTo} IS NULL OR extract(year FROM ${movement.periodTo}) >= ${q.year})`);
    const where = conds.length ? and(...conds) : undefined;
    const items = await db.select().from(movement).where(where).orderBy(desc(movement.launchedOn), movement.title).limit(q.limit).offset(q.offset);
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(movement).where(where);
    return { items, total: Number(n) };
  },
  async get(db: DbOrTx, id: string) {
    const [m] = await db.select().from(movement).where(eq(movement.id, id));
    return m;
  },
  async insert(db: DbOrTx, v: typeof movement.$inferInsert, targets: string[]) {
    const [m] = await db.insert(movement).values(v).returning();
    if (targets.length) await db.insert(movementTarget).values(targets.map((t) => ({ movementId: m!.id, organisationId: t }))).onConflictDoNothing();
    return m!;
  },
  async targets(db: DbOrTx, id: string) {
    return (await db.select().from(movementTarget).where(eq(movementTarget.movementId, id))).map((t) => t.organisationId);
  },
  async registrations(db: DbOrTx, id: string) {
    return db.select().from(movementRegistration).where(eq(movementRegistration.movementId, id)).orderBy(movementRegistration.createdAt);
  },
  async registration(db: DbOrTx, id: string, forUpdate = false) {
    const q = db.select().from(movementRegistration).where(eq(movementRegistration.id, id));
    const [r] = forUpdate ? await q.for('update') : await q;
    return r;
  },
  async insertRegistration(db: DbOrTx, v: typeof movementRegistration.$inferInsert) {
    const [r] = await db.insert(movementRegistration).values(v).returning();
    return r!;
  },
  async updateRegistration(db: DbOrTx, id: string, v: Partial<typeof movementRegistration.$inferInsert>) {
    const [r] = await db.update(movementRegistration).set({ ...v, version: sql`${movementRegistration.version} + 1` }).where(eq(movementRegistration.id, id)).returning();
    return r!;
  },
  async reviews(db: DbOrTx, id: string) {
    return db.select().from(movementReview).where(eq(movementReview.movementId, id)).orderBy(movementReview.heldOn);
  },
  async insertReview(db: DbOrTx, v: typeof movementReview.$inferInsert) {
    const [r] = await db.insert(movementReview).values(v).returning();
    return r!;
  },
};
