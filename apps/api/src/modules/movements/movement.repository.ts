import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { movement, movementDocument, movementRegistration, movementReview, movementTarget, type DbOrTx } from '@thidua/db';

export type MovementRow = typeof movement.$inferSelect;
export type RegistrationRow = typeof movementRegistration.$inferSelect;
export type ReviewRow = typeof movementReview.$inferSelect;
export type DocumentRow = typeof movementDocument.$inferSelect;

const uuids = (ids: string[]) => `{${ids.join(',')}}`;

export const movementRepository = {
  /**
   * `visibleTo`: only the movements that concern a caller whose scope is `scope` and whose scope roots are
   * under `ancestors` (see MovementService.concerns); omitted for a nationwide caller.
   */
  async list(db: DbOrTx, q: { clusterId?: string | undefined; year?: number | undefined; limit: number; offset: number; visibleTo?: { scope: string[]; ancestors: string[] } | undefined }) {
    const conds = [];
    if (q.visibleTo) {
      const scope = uuids(q.visibleTo.scope);
      const above = uuids(q.visibleTo.ancestors);
      conds.push(sql`(${movement.authorityOrgId} = ANY(${scope}::uuid[])
        OR EXISTS (SELECT 1 FROM movement_target t WHERE t.movement_id = ${movement.id} AND (t.organisation_id = ANY(${scope}::uuid[]) OR t.organisation_id = ANY(${above}::uuid[])))
        OR (NOT EXISTS (SELECT 1 FROM movement_target t WHERE t.movement_id = ${movement.id}) AND ${movement.authorityOrgId} = ANY(${above}::uuid[])))`);
    }
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
  /** Inserts unless the unit or the individual already registered for that movement and year (then undefined). */
  async insertRegistration(db: DbOrTx, v: typeof movementRegistration.$inferInsert) {
    const [r] = await db.insert(movementRegistration).values(v).onConflictDoNothing().returning();
    return r;
  },
  /** The registration of a unit (personId null) or an individual for a movement and year. */
  async registrationOf(db: DbOrTx, q: { movementId: string; organisationId: string; personId: string | null; year: number }) {
    const who = q.personId === null ? and(eq(movementRegistration.organisationId, q.organisationId), isNull(movementRegistration.personId)) : eq(movementRegistration.personId, q.personId);
    const [r] = await db
      .select()
      .from(movementRegistration)
      .where(and(eq(movementRegistration.movementId, q.movementId), eq(movementRegistration.year, q.year), who));
    return r;
  },
  async updateRegistration(db: DbOrTx, id: string, v: Partial<typeof movementRegistration.$inferInsert>) {
    const [r] = await db.update(movementRegistration).set({ ...v, version: sql`${movementRegistration.version} + 1` }).where(eq(movementRegistration.id, id)).returning();
    return r!;
  },
  /** Submitted registrations waiting for one of `levels` (the queue index: review_org_id, state), oldest first. */
  async queue(db: DbOrTx, q: { levels: string[]; movementId?: string | undefined; limit: number; offset: number }) {
    if (q.levels.length === 0) return { items: [], total: 0 };
    const where = and(
      sql`${movementRegistration.reviewOrgId} = ANY(${uuids(q.levels)}::uuid[])`,
      eq(movementRegistration.state, 'submitted'),
      q.movementId ? eq(movementRegistration.movementId, q.movementId) : undefined,
    );
    const items = await db
      .select({ r: movementRegistration, m: { id: movement.id, title: movement.title, authorityLabel: movement.authorityLabel, launchedOn: movement.launchedOn } })
      .from(movementRegistration)
      .innerJoin(movement, eq(movement.id, movementRegistration.movementId))
      .where(where)
      .orderBy(asc(movementRegistration.createdAt), asc(movementRegistration.id))
      .limit(q.limit)
      .offset(q.offset);
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(movementRegistration).where(where);
    return { items, total: Number(n) };
  },
  async reviews(db: DbOrTx, id: string) {
    return db.select().from(movementReview).where(eq(movementReview.movementId, id)).orderBy(movementReview.heldOn);
  },
  async review(db: DbOrTx, movementId: string, reviewId: string) {
    const [r] = await db.select().from(movementReview).where(and(eq(movementReview.movementId, movementId), eq(movementReview.id, reviewId)));
    return r;
  },
  async insertReview(db: DbOrTx, v: typeof movementReview.$inferInsert) {
    const [r] = await db.insert(movementReview).values(v).returning();
    return r!;
  },
  async documents(db: DbOrTx, movementId: string) {
    return db.select().from(movementDocument).where(eq(movementDocument.movementId, movementId)).orderBy(movementDocument.uploadedAt, movementDocument.id);
  },
  async document(db: DbOrTx, movementId: string, documentId: string) {
    const [d] = await db.select().from(movementDocument).where(and(eq(movementDocument.movementId, movementId), eq(movementDocument.id, documentId)));
    return d;
  },
  async countDocuments(db: DbOrTx, movementId: string, reviewId: string | null) {
    const [{ n } = { n: 0 }] = await db
      .select({ n: count() })
      .from(movementDocument)
      .where(and(eq(movementDocument.movementId, movementId), reviewId ? eq(movementDocument.reviewId, reviewId) : isNull(movementDocument.reviewId)));
    return Number(n);
  },
  async insertDocument(db: DbOrTx, v: typeof movementDocument.$inferInsert) {
    const [d] = await db.insert(movementDocument).values(v).returning();
    return d!;
  },
};
