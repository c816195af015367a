import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { awardEntry, decision, decisionNumberCounter, type DbOrTx } from '@thidua/db';

export type DecisionRow = typeof decision.$inferSelect;
export type AwardEntryRow = typeof awardEntry.$inferSelect;

export const decisionRepository = {
  /**
   * The next number of a number book: the counter row is created if missing, then locked FOR UPDATE
   * until the issuing transaction ends, so concurrent issuances queue on it — no gap (a rolled-back
   * issuance rolls its increment back too) and no duplicate.
   */
  async nextNumber(db: DbOrTx, bookKey: string, year: number): Promise<number> {
    await db.insert(decisionNumberCounter).values({ bookKey, year, lastNumber: 0 }).onConflictDoNothing();
    const [row] = await db
      .select()
      .from(decisionNumberCounter)
      .where(and(eq(decisionNumberCounter.bookKey, bookKey), eq(decisionNumberCounter.year, year)))
      .for('update');
    const next = row!.lastNumber + 1;
    await db
      .update(decisionNumberCounter)
      .set({ lastNumber: next })
      .where(and(eq(decisionNumberCounter.bookKey, bookKey), eq(decisionNumberCounter.year, year)));
    return next;
  },
  async numberTaken(db: DbOrTx, bookKey: string, number: string) {
    return (
      (
        await db
          .select({ id: decision.id })
          .from(decision)
          .where(and(eq(decision.bookKey, bookKey), eq(decision.number, number)))
      ).length > 0
    );
  },
  async insert(db: DbOrTx, v: typeof decision.$inferInsert) {
    return (await db.insert(decision).values(v).returning())[0]!;
  },
  async get(db: DbOrTx, id: string) {
    return (await db.select().from(decision).where(eq(decision.id, id)))[0];
  },
  async getForUpdate(db: DbOrTx, id: string) {
    return (await db.select().from(decision).where(eq(decision.id, id)).for('update'))[0];
  },
  async setStatus(db: DbOrTx, id: string, status: 'issued' | 'revoked' | 'corrected') {
    await db.update(decision).set({ status }).where(eq(decision.id, id));
  },
  async setSignedScan(db: DbOrTx, id: string, key: string, sha256: string) {
    await db.update(decision).set({ signedScanKey: key, signedScanSha256: sha256 }).where(eq(decision.id, id));
  },
  /** Decisions visible through `ownerIds` (the deciding authority or a proposing unit in scope), newest first. */
  async list(db: DbOrTx, ownerIds: string[] | null, limit: number, offset: number) {
    const arr = ownerIds ? sql`${`{${ownerIds.join(',')}}`}::uuid[]` : null;
    const where = arr
      ? ownerIds!.length
        ? sql`(${decision.ownerOrgId} = ANY(${arr}) OR EXISTS (SELECT 1 FROM dossier d WHERE d.decision_id = ${decision.id} AND d.owner_org_id = ANY(${arr})))`
        : sql`false`
      : undefined;
    const items = await db
      .select()
      .from(decision)
      .where(where)
      .orderBy(desc(decision.date), desc(decision.issuedAt), desc(decision.seq), asc(decision.id))
      .limit(limit)
      .offset(offset);
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(decision).where(where);
    return { items, total: Number(n) };
  },
  async visibleThrough(db: DbOrTx, id: string, ownerIds: string[]) {
    const arr = sql`${`{${ownerIds.join(',')}}`}::uuid[]`;
    const r = await db.execute(sql`SELECT 1 FROM decision WHERE id = ${id}::uuid AND (owner_org_id = ANY(${arr})
      OR EXISTS (SELECT 1 FROM dossier d WHERE d.decision_id = decision.id AND d.owner_org_id = ANY(${arr}))
      OR EXISTS (SELECT 1 FROM decision o JOIN dossier d ON d.decision_id = o.id WHERE o.id = decision.references_id AND d.owner_org_id = ANY(${arr})))`);
    return (r as unknown as { rows: unknown[] }).rows.length > 0;
  },
  /** The decisions these revoke or correct (id, number, date), by id. */
  async references(db: DbOrTx, rows: readonly { referencesId: string | null }[]) {
    const ids = [...new Set(rows.flatMap((r) => (r.referencesId ? [r.referencesId] : [])))];
    const found = ids.length
      ? await db.select({ id: decision.id, number: decision.number, date: decision.date }).from(decision).where(inArray(decision.id, ids))
      : [];
    return new Map(found.map((r) => [r.id, r]));
  },
  async revocationsOf(db: DbOrTx, id: string) {
    return db
      .select()
      .from(decision)
      .where(and(eq(decision.referencesId, id), eq(decision.kind, 'revocation')))
      .orderBy(asc(decision.date));
  },
  async correctionsOf(db: DbOrTx, id: string) {
    return db
      .select()
      .from(decision)
      .where(and(eq(decision.referencesId, id), eq(decision.kind, 'correction')))
      .orderBy(asc(decision.date));
  },
  async insertEntries(db: DbOrTx, rows: (typeof awardEntry.$inferInsert)[]) {
    return rows.length ? db.insert(awardEntry).values(rows).returning() : [];
  },
  async entriesOf(db: DbOrTx, decisionId: string) {
    return db.select().from(awardEntry).where(eq(awardEntry.decisionId, decisionId)).orderBy(asc(awardEntry.sourceRef), asc(awardEntry.id));
  },
  async entryByCode(db: DbOrTx, code: string) {
    return (await db.select().from(awardEntry).where(eq(awardEntry.certificateCode, code)))[0];
  },
  async entryById(db: DbOrTx, id: string) {
    return (await db.select().from(awardEntry).where(eq(awardEntry.id, id)))[0];
  },
  async revokeEntries(db: DbOrTx, ids: string[], note: string) {
    if (!ids.length) return;
    await db
      .update(awardEntry)
      .set({ status: 'revoked', note, version: sql`${awardEntry.version} + 1` })
      .where(inArray(awardEntry.id, ids));
  },
};
