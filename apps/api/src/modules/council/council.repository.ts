import { and, asc, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import {
  appUser,
  councilAgendaItem,
  councilBallot,
  councilMember,
  councilRecusal,
  councilSession,
  councilVoteCast,
  dossierSubject,
  person,
  userRole,
  type Db,
  type DbOrTx,
} from '@thidua/db';

export type SessionRow = typeof councilSession.$inferSelect;
export type MemberRow = typeof councilMember.$inferSelect;
/** An agenda item with the person its nominee is (null for a collective or a household) and a collective nominee's organisation. */
export type ItemRow = typeof councilAgendaItem.$inferSelect & { subjectPersonId: string | null; subjectCollectiveOrgId: string | null };
export type RecusalRow = { memberId: string; itemId: string; reason: string };

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

export const councilRepository = {
  async insertSession(db: DbOrTx, v: typeof councilSession.$inferInsert) {
    return (await db.insert(councilSession).values(v).returning())[0]!;
  },
  async insertMembers(db: DbOrTx, rows: (typeof councilMember.$inferInsert)[]) {
    return rows.length ? db.insert(councilMember).values(rows).returning() : [];
  },
  async insertItems(db: DbOrTx, rows: (typeof councilAgendaItem.$inferInsert)[]) {
    return rows.length ? db.insert(councilAgendaItem).values(rows).returning() : [];
  },
  async session(db: DbOrTx, id: string) {
    return (await db.select().from(councilSession).where(eq(councilSession.id, id)))[0];
  },
  async sessionForUpdate(db: DbOrTx, id: string) {
    return (await db.select().from(councilSession).where(eq(councilSession.id, id)).for('update'))[0];
  },
  async list(db: DbOrTx, ownerIds: string[] | null, limit: number, offset: number) {
    const where = ownerIds
      ? ownerIds.length
        ? sql`${councilSession.ownerOrgId} = ANY(${`{${ownerIds.join(',')}}`}::uuid[])`
        : sql`false`
      : undefined;
    const items = await db
      .select()
      .from(councilSession)
      .where(where)
      .orderBy(desc(councilSession.meetingDate), asc(councilSession.id))
      .limit(limit)
      .offset(offset);
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(councilSession).where(where);
    return { items, total: Number(n) };
  },
  async members(db: DbOrTx, sessionId: string) {
    return db
      .select()
      .from(councilMember)
      .where(eq(councilMember.sessionId, sessionId))
      .orderBy(asc(councilMember.name), asc(councilMember.id));
  },
  async items(db: DbOrTx, sessionId: string): Promise<ItemRow[]> {
    return db
      .select({ ...getTableColumns(councilAgendaItem), subjectPersonId: dossierSubject.personId, subjectCollectiveOrgId: dossierSubject.collectiveOrgId })
      .from(councilAgendaItem)
      .leftJoin(dossierSubject, eq(dossierSubject.id, councilAgendaItem.subjectId))
      .where(eq(councilAgendaItem.sessionId, sessionId))
      .orderBy(asc(councilAgendaItem.position));
  },
  /** The session's recusals (declared conflicts of interest), by member and item. */
  async recusals(db: DbOrTx, sessionId: string): Promise<RecusalRow[]> {
    return db
      .select({ memberId: councilRecusal.memberId, itemId: councilRecusal.itemId, reason: councilRecusal.reason })
      .from(councilRecusal)
      .innerJoin(councilMember, eq(councilMember.id, councilRecusal.memberId))
      .where(eq(councilMember.sessionId, sessionId))
      .orderBy(asc(councilRecusal.memberId), asc(councilRecusal.itemId));
  },
  /** The member's recusals become exactly `rows`. */
  async replaceRecusals(db: DbOrTx, memberId: string, rows: { itemId: string; reason: string }[], createdBy: string, at: Date) {
    await db.delete(councilRecusal).where(eq(councilRecusal.memberId, memberId));
    if (rows.length) await db.insert(councilRecusal).values(rows.map((r) => ({ memberId, itemId: r.itemId, reason: r.reason, createdBy, createdAt: at })));
  },
  /** The people among `ids` that exist, with their names and keeping organisations (for the scope check). */
  async people(db: DbOrTx, ids: string[]) {
    if (!ids.length) return [];
    return db.select({ id: person.id, fullName: person.fullName, ownerOrgId: person.ownerOrgId }).from(person).where(inArray(person.id, ids));
  },
  async votedMemberIds(db: DbOrTx, sessionId: string) {
    return (
      await db.select({ memberId: councilVoteCast.memberId }).from(councilVoteCast).where(eq(councilVoteCast.sessionId, sessionId))
    ).map((r) => r.memberId);
  },
  /** Marks the member as having voted; false when they already had (unique key). */
  async markVoted(db: DbOrTx, sessionId: string, memberId: string, method: 'electronic' | 'written') {
    const r = await db
      .insert(councilVoteCast)
      .values({ sessionId, memberId, method })
      .onConflictDoNothing()
      .returning({ memberId: councilVoteCast.memberId });
    return r.length > 0;
  },
  async countBallots(db: DbOrTx, itemIds: string[]) {
    if (!itemIds.length) return [];
    return db
      .select({ itemId: councilBallot.itemId, choice: councilBallot.choice, n: count() })
      .from(councilBallot)
      .where(inArray(councilBallot.itemId, itemIds))
      .groupBy(councilBallot.itemId, councilBallot.choice);
  },
  async setItemResult(db: DbOrTx, id: string, v: { votesFor: number; votesAgainst: number; abstentions: number; passed: boolean; excludedMembers: number }) {
    await db.update(councilAgendaItem).set(v).where(eq(councilAgendaItem.id, id));
  },
  async setMember(db: DbOrTx, id: string, v: { standing?: boolean; personId?: string | null; organisationId?: string | null }) {
    if (Object.keys(v).length) await db.update(councilMember).set(v).where(eq(councilMember.id, id));
  },
  /**
   * The session's ballots, deleted and written again in the order given (the caller shuffles, and may add a
   * member's new ballots), with fresh ids: the rows then carry this transaction's xmin and the new order —
   * a vote's or the close's — not those of the transactions that wrote them before. Returns the ballots read.
   */
  async rewriteBallots(db: DbOrTx, itemIds: string[], order: (ballots: { itemId: string; choice: string }[]) => { itemId: string; choice: string }[]) {
    if (!itemIds.length) return [];
    const ids = `{${itemIds.join(',')}}`;
    const read = rowsOf<{ itemId: string; choice: string }>(
      await db.execute(sql`DELETE FROM council_ballot WHERE item_id = ANY(${ids}::uuid[]) RETURNING item_id AS "itemId", choice`),
    );
    const again = order(read);
    // Parameters per statement stay far below PostgreSQL's 65 535 (two per row).
    for (let k = 0; k < again.length; k += 5000) await db.insert(councilBallot).values(again.slice(k, k + 5000));
    return read;
  },
  /**
   * VACUUM council_ballot, outside any transaction, so that the deleted row versions (with the voting
   * transactions' xmin) are gone from the table. A failure is logged; the close stays committed.
   */
  async vacuumBallots(db: Db): Promise<boolean> {
    try {
      await db.execute(sql`VACUUM council_ballot`);
      return true;
    } catch (e) {
      console.warn(`council: VACUUM council_ballot after close failed: ${(e as Error).message}`);
      return false;
    }
  },
  async closeSession(db: DbOrTx, id: string, results: unknown, at: Date) {
    await db
      .update(councilSession)
      .set({ status: 'closed', results, closedAt: at, version: sql`${councilSession.version} + 1` })
      .where(and(eq(councilSession.id, id), eq(councilSession.status, 'open')));
  },
  async councilUsers(db: DbOrTx, ids: string[]) {
    if (!ids.length) return [];
    return db
      .selectDistinct({ id: appUser.id, displayName: appUser.displayName })
      .from(appUser)
      .innerJoin(userRole, eq(userRole.userId, appUser.id))
      .where(and(inArray(appUser.id, ids), eq(userRole.role, 'council_member')));
  },
  /** Every active account holding the council_member role (the candidates a board officer picks from). */
  async allCouncilUsers(db: DbOrTx) {
    return db
      .selectDistinct({ id: appUser.id, displayName: appUser.displayName })
      .from(appUser)
      .innerJoin(userRole, eq(userRole.userId, appUser.id))
      .where(and(eq(userRole.role, 'council_member'), eq(appUser.isActive, true)))
      .orderBy(asc(appUser.displayName));
  },
  async openSessionsToVote(db: DbOrTx, userId: string) {
    return db
      .select({ id: councilSession.id, title: councilSession.title, meetingDate: councilSession.meetingDate })
      .from(councilSession)
      .innerJoin(councilMember, eq(councilMember.sessionId, councilSession.id))
      .where(
        and(
          eq(councilSession.status, 'open'),
          eq(councilMember.userId, userId),
          sql`NOT EXISTS (SELECT 1 FROM council_vote_cast v WHERE v.session_id = ${councilSession.id} AND v.member_id = ${councilMember.id})`,
        ),
      );
  },
};
