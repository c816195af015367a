import { and, count, eq, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { apiToken, appUser, authThrottle, mfaChallenge, organisationName, session, userRole, type DbOrTx } from '@thidua/db';

export type UserRow = typeof appUser.$inferSelect;
export type RoleRow = typeof userRole.$inferSelect;

export const identityRepository = {
  async findUserByUsername(db: DbOrTx, username: string) {
    const [u] = await db.select().from(appUser).where(sql`lower(${appUser.username}) = lower(${username})`);
    return u;
  },
  async getUser(db: DbOrTx, id: string) {
    const [u] = await db.select().from(appUser).where(eq(appUser.id, id));
    return u;
  },
  async getUserForUpdate(db: DbOrTx, id: string) {
    const [u] = await db.select().from(appUser).where(eq(appUser.id, id)).for('update');
    return u;
  },
  async rolesOf(db: DbOrTx, userIds: string[]) {
    if (userIds.length === 0) return [];
    return db
      .select({ userId: userRole.userId, role: userRole.role, scopeOrgId: userRole.scopeOrgId, scopeOrgName: organisationName.name })
      .from(userRole)
      .leftJoin(
        organisationName,
        and(eq(organisationName.organisationId, userRole.scopeOrgId), isNull(organisationName.validTo)),
      )
      .where(inArray(userRole.userId, userIds));
  },
  async replaceRoles(db: DbOrTx, userId: string, roles: { role: string; scopeOrgId: string | null }[]) {
    await db.delete(userRole).where(eq(userRole.userId, userId));
    if (roles.length) await db.insert(userRole).values(roles.map((r) => ({ userId, role: r.role, scopeOrgId: r.scopeOrgId })));
  },
  async insertUser(db: DbOrTx, values: typeof appUser.$inferInsert) {
    const [u] = await db.insert(appUser).values(values).returning();
    return u!;
  },
  async updateUser(db: DbOrTx, id: string, values: Partial<typeof appUser.$inferInsert>) {
    const [u] = await db
      .update(appUser)
      .set({ ...values, version: sql`${appUser.version} + 1` })
      .where(eq(appUser.id, id))
      .returning();
    return u;
  },
  async listUsers(db: DbOrTx, q: { q?: string | undefined; limit: number; offset: number }) {
    const where = q.q ? or(ilike(appUser.username, `%${escapeLike(q.q)}%`), ilike(appUser.displayName, `%${escapeLike(q.q)}%`)) : undefined;
    const [items, [{ n } = { n: 0 }]] = await Promise.all([
      db.select().from(appUser).where(where).orderBy(appUser.username).limit(q.limit).offset(q.offset),
      db.select({ n: count() }).from(appUser).where(where),
    ]);
    return { items, total: Number(n) };
  },
  async insertSession(db: DbOrTx, values: typeof session.$inferInsert) {
    await db.insert(session).values(values);
  },
  async getSession(db: DbOrTx, id: string) {
    const [s] = await db.select().from(session).where(eq(session.id, id));
    return s;
  },
  async touchSession(db: DbOrTx, id: string, at: Date) {
    await db.update(session).set({ lastSeenAt: at }).where(eq(session.id, id));
  },
  async deleteSession(db: DbOrTx, id: string) {
    await db.delete(session).where(eq(session.id, id));
  },
  async deleteSessionsOfUser(db: DbOrTx, userId: string) {
    await db.delete(session).where(eq(session.userId, userId));
  },
  async deleteExpiredSessions(db: DbOrTx, now: Date) {
    await db.delete(session).where(lt(session.expiresAt, now));
  },
  async insertChallenge(db: DbOrTx, v: typeof mfaChallenge.$inferInsert) {
    await db.insert(mfaChallenge).values(v);
  },
  async getChallenge(db: DbOrTx, id: string) {
    const [c] = await db.select().from(mfaChallenge).where(eq(mfaChallenge.id, id));
    return c;
  },
  async bumpChallenge(db: DbOrTx, id: string) {
    await db.update(mfaChallenge).set({ attempts: sql`${mfaChallenge.attempts} + 1` }).where(eq(mfaChallenge.id, id));
  },
  async deleteChallenge(db: DbOrTx, id: string) {
    await db.delete(mfaChallenge).where(eq(mfaChallenge.id, id));
  },
  async getThrottle(db: DbOrTx, key: string) {
    const [t] = await db.select().from(authThrottle).where(eq(authThrottle.key, key));
    return t;
  },
  async putThrottle(db: DbOrTx, v: typeof authThrottle.$inferInsert) {
    await db
      .insert(authThrottle)
      .values(v)
      .onConflictDoUpdate({
        target: authThrottle.key,
        set: { failures: v.failures, windowStart: v.windowStart, lockedUntil: v.lockedUntil ?? null, lockCount: v.lockCount ?? 0 },
      });
  },
  async clearThrottle(db: DbOrTx, key: string) {
    await db.delete(authThrottle).where(eq(authThrottle.key, key));
  },
  async insertToken(db: DbOrTx, v: typeof apiToken.$inferInsert) {
    const [t] = await db.insert(apiToken).values(v).returning();
    return t!;
  },
  async findToken(db: DbOrTx, tokenHash: string) {
    const [t] = await db.select().from(apiToken).where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt)));
    return t;
  },
  async listTokens(db: DbOrTx, userId: string) {
    return db.select({ id: apiToken.id, name: apiToken.name, createdAt: apiToken.createdAt, lastUsedAt: apiToken.lastUsedAt, revokedAt: apiToken.revokedAt }).from(apiToken).where(eq(apiToken.userId, userId));
  },
  async revokeToken(db: DbOrTx, userId: string, id: string, at: Date) {
    const r = await db.update(apiToken).set({ revokedAt: at }).where(and(eq(apiToken.id, id), eq(apiToken.userId, userId), isNull(apiToken.revokedAt))).returning({ id: apiToken.id });
    return r.length > 0;
  },
  async touchToken(db: DbOrTx, id: string, at: Date) {
    await db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, id));
  },
};

export function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
