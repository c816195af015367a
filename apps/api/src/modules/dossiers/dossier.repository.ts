import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  annualRating,
  awardEntry,
  collectiveStat,
  dossier,
  dossierAttachment,
  dossierEvent,
  dossierPublicComment,
  dossierSubject,
  notification,
  organisation,
  person,
  type DbOrTx,
} from '@thidua/db';
import type { EvaluationHistory } from '@thidua/domain';

export type DossierRow = typeof dossier.$inferSelect;
export type SubjectRow = typeof dossierSubject.$inferSelect;
export type AttachmentRow = typeof dossierAttachment.$inferSelect;

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export const dossierRepository = {
  async insert(db: DbOrTx, v: typeof dossier.$inferInsert) {
    return (await db.insert(dossier).values(v).returning())[0]!;
  },
  async get(db: DbOrTx, id: string) {
    return (await db.select().from(dossier).where(eq(dossier.id, id)))[0];
  },
  async getForUpdate(db: DbOrTx, id: string) {
    return (await db.select().from(dossier).where(eq(dossier.id, id)).for('update'))[0];
  },
  async getManyForUpdate(db: DbOrTx, ids: string[]) {
    // A fixed lock order (by id) so that two transactions locking overlapping sets cannot deadlock.
    return db.select().from(dossier).where(inArray(dossier.id, ids)).orderBy(asc(dossier.id)).for('update');
  },
  /** Compare-and-set on the version: undefined when someone changed it meanwhile. */
  async update(db: DbOrTx, id: string, expectedVersion: number, patch: Partial<typeof dossier.$inferInsert>, now: Date) {
    const [r] = await db
      .update(dossier)
      .set({ ...patch, version: sql`${dossier.version} + 1`, updatedAt: now })
      .where(and(eq(dossier.id, id), eq(dossier.version, expectedVersion)))
      .returning();
    return r;
  },
  async list(
    db: DbOrTx,
    q: {
      ownerIds: string[] | null;
      status?: string | undefined;
      award?: string | undefined;
      statuses?: string[];
      limit: number;
      offset: number;
    },
  ) {
    const conds: SQL[] = [];
    if (q.ownerIds) conds.push(q.ownerIds.length ? sql`${dossier.ownerOrgId} = ANY(${uuidArray(q.ownerIds)})` : sql`false`);
    if (q.status) conds.push(eq(dossier.status, q.status));
    if (q.statuses) conds.push(inArray(dossier.status, q.statuses));
    if (q.award) conds.push(eq(dossier.awardCode, q.award));
    const where = conds.length ? and(...conds) : undefined;
    const [items, [{ n } = { n: 0 }]] = [
      await db
        .select()
        .from(dossier)
        .where(where)
        .orderBy(sql`${dossier.dueOn} ASC NULLS LAST`, desc(dossier.updatedAt), asc(dossier.id))
        .limit(q.limit)
        .offset(q.offset),
      await db.select({ n: count() }).from(dossier).where(where),
    ];
    return { items, total: Number(n) };
  },
  /** Nominees of the unit's other dossiers for this award and year that are submitted and not yet decided. */
  async activeNomineeCount(db: DbOrTx, ownerOrgId: string, award: string, year: number, exceptId: string) {
    const [r] = await db
      .select({ n: count() })
      .from(dossierSubject)
      .innerJoin(dossier, eq(dossier.id, dossierSubject.dossierId))
      .where(
        and(
          eq(dossier.ownerOrgId, ownerOrgId),
          eq(dossier.awardCode, award),
          eq(dossier.achievementYear, year),
          sql`${dossier.id} <> ${exceptId}::uuid`,
          inArray(dossier.status, [
            'submitted',
            'received',
            'returned',
            'resubmitted',
            'appraised',
            'posted',
            'council_review',
            'approved',
          ]),
        ),
      );
    return Number(r?.n ?? 0);
  },
  async subjectsOf(db: DbOrTx, dossierIds: string[]) {
    if (!dossierIds.length) return [];
    return db
      .select()
      .from(dossierSubject)
      .where(inArray(dossierSubject.dossierId, dossierIds))
      .orderBy(asc(dossierSubject.dossierId), asc(dossierSubject.position));
  },
  async replaceSubjects(db: DbOrTx, dossierId: string, rows: Omit<typeof dossierSubject.$inferInsert, 'dossierId'>[]) {
    await db.delete(dossierSubject).where(eq(dossierSubject.dossierId, dossierId));
    if (rows.length) await db.insert(dossierSubject).values(rows.map((r) => ({ ...r, dossierId })));
  },
  async setSubjectEligibility(db: DbOrTx, subjectId: string, eligibility: unknown, at: Date) {
    await db.update(dossierSubject).set({ eligibility, eligibilityAt: at }).where(eq(dossierSubject.id, subjectId));
  },
  async setSubjectResult(db: DbOrTx, subjectId: string, result: 'approved' | 'rejected') {
    await db.update(dossierSubject).set({ result }).where(eq(dossierSubject.id, subjectId));
  },
  async attachmentsOf(db: DbOrTx, dossierId: string) {
    return db
      .select()
      .from(dossierAttachment)
      .where(eq(dossierAttachment.dossierId, dossierId))
      .orderBy(asc(dossierAttachment.uploadedAt), asc(dossierAttachment.id));
  },
  async attachmentKinds(db: DbOrTx, dossierId: string) {
    return (
      await db.selectDistinct({ kind: dossierAttachment.kind }).from(dossierAttachment).where(eq(dossierAttachment.dossierId, dossierId))
    ).map((r) => r.kind);
  },
  async attachment(db: DbOrTx, dossierId: string, id: string) {
    return (
      await db
        .select()
        .from(dossierAttachment)
        .where(and(eq(dossierAttachment.dossierId, dossierId), eq(dossierAttachment.id, id)))
    )[0];
  },
  async insertAttachment(db: DbOrTx, v: typeof dossierAttachment.$inferInsert) {
    return (await db.insert(dossierAttachment).values(v).returning())[0]!;
  },
  async deleteAttachment(db: DbOrTx, dossierId: string, id: string) {
    return (
      await db
        .delete(dossierAttachment)
        .where(and(eq(dossierAttachment.dossierId, dossierId), eq(dossierAttachment.id, id)))
        .returning()
    )[0];
  },
  async totalAttachmentBytes(db: DbOrTx, dossierId: string) {
    const [r] = await db
      .select({ n: sql<string>`coalesce(sum(${dossierAttachment.size}), 0)` })
      .from(dossierAttachment)
      .where(eq(dossierAttachment.dossierId, dossierId));
    return Number(r?.n ?? 0);
  },
  async insertEvent(db: DbOrTx, v: typeof dossierEvent.$inferInsert) {
    await db.insert(dossierEvent).values(v);
  },
  async events(db: DbOrTx, dossierId: string) {
    return db.select().from(dossierEvent).where(eq(dossierEvent.dossierId, dossierId)).orderBy(asc(dossierEvent.seq));
  },
  async commentCount(db: DbOrTx, dossierId: string) {
    const [r] = await db.select({ n: count() }).from(dossierPublicComment).where(eq(dossierPublicComment.dossierId, dossierId));
    return Number(r?.n ?? 0);
  },
  async comments(db: DbOrTx, dossierId: string) {
    return db
      .select()
      .from(dossierPublicComment)
      .where(eq(dossierPublicComment.dossierId, dossierId))
      .orderBy(asc(dossierPublicComment.createdAt));
  },
  async insertComment(db: DbOrTx, v: typeof dossierPublicComment.$inferInsert) {
    return (await db.insert(dossierPublicComment).values(v).returning())[0]!;
  },
  async postedOn(db: DbOrTx, today: string) {
    return db
      .select()
      .from(dossier)
      .where(
        and(eq(dossier.status, 'posted'), sql`${dossier.postingFrom} <= ${today}::date`, sql`${dossier.postingUntil} >= ${today}::date`),
      )
      .orderBy(asc(dossier.postingUntil), asc(dossier.id));
  },
  async withDeadline(db: DbOrTx) {
    return db
      .select()
      .from(dossier)
      .where(sql`${dossier.dueOn} IS NOT NULL`);
  },
  async insertNotification(db: DbOrTx, v: typeof notification.$inferInsert) {
    const r = await db.insert(notification).values(v).onConflictDoNothing().returning({ id: notification.id });
    return r.length > 0;
  },
  /** Unread notifications for these roles in scope, with the title of their dossier (null without one). */
  async notificationsFor(db: DbOrTx, roles: string[], ownerIds: string[] | null) {
    const conds: SQL[] = [inArray(notification.role, roles), isNull(notification.readAt)];
    if (ownerIds) conds.push(ownerIds.length ? sql`${notification.orgId} = ANY(${uuidArray(ownerIds)})` : sql`false`);
    return db
      .select({ ...getTableColumns(notification), dossierTitle: dossier.title })
      .from(notification)
      .leftJoin(dossier, eq(dossier.id, notification.dossierId))
      .where(and(...conds))
      .orderBy(asc(notification.dueOn), desc(notification.createdAt))
      .limit(100);
  },
  async personsByIds(db: DbOrTx, ids: string[]) {
    if (!ids.length) return [];
    return db
      .select({ id: person.id, fullName: person.fullName, ownerOrgId: person.ownerOrgId })
      .from(person)
      .where(inArray(person.id, ids));
  },
  async organisationExists(db: DbOrTx, id: string) {
    return (await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, id))).length > 0;
  },
  /** A collective's history from the ledger tables (its own ratings and awards, and member figures). */
  async collectiveHistory(db: DbOrTx, orgId: string): Promise<EvaluationHistory> {
    const [ratings, awards, stats] = [
      await db.select().from(annualRating).where(eq(annualRating.collectiveOrgId, orgId)),
      await db
        .select()
        .from(awardEntry)
        .where(and(eq(awardEntry.collectiveOrgId, orgId), sql`${awardEntry.status} <> 'revoked'`)),
      await db.select().from(collectiveStat).where(eq(collectiveStat.collectiveOrgId, orgId)),
    ];
    return {
      ratings: ratings.map((r) => ({ year: r.year, rating: r.rating as never })),
      awards: awards.map((a) => ({
        award: a.awardCode,
        ...(a.achievementYear !== null ? { year: a.achievementYear } : {}),
        type: a.awardType as never,
        decisionDate: a.decisionDate,
      })),
      memberStats: stats.map((s) => ({
        year: s.year,
        members: s.members,
        completedTasks: s.completedTasks,
        laoDongTienTien: s.laoDongTienTien,
        chienSiThiDuaCoSo: s.chienSiThiDuaCoSo,
        disciplinedWarningOrAbove: s.disciplinedWarningOrAbove,
      })),
    };
  },
};
