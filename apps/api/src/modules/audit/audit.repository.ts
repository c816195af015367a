import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditLog, type DbOrTx } from '@thidua/db';

export interface AuditInput {
  at: Date;
  actorUserId?: string | null;
  actorUsername?: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | null;
  orgId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
}

export const auditRepository = {
  async append(db: DbOrTx, e: AuditInput) {
    await db.insert(auditLog).values({
      at: e.at,
      actorUserId: e.actorUserId ?? null,
      actorUsername: e.actorUsername ?? null,
      action: e.action,
      entity: e.entity ?? null,
      entityId: e.entityId ?? null,
      orgId: e.orgId ?? null,
      before: (e.before ?? null) as object | null,
      after: (e.after ?? null) as object | null,
      ip: e.ip ?? null,
      requestId: e.requestId ?? null,
      outcome: e.outcome ?? 'ok',
    });
  },
  async list(db: DbOrTx, q: { entity?: string | undefined; entityId?: string | undefined; action?: string | undefined; limit: number; offset: number }) {
    const conds: SQL[] = [];
    if (q.entity) conds.push(eq(auditLog.entity, q.entity));
    if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
    if (q.action) conds.push(eq(auditLog.action, q.action));
    const where = conds.length ? and(...conds) : undefined;
    const [items, [{ n } = { n: 0 }]] = await Promise.all([
      db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(q.limit).offset(q.offset),
      db.select({ n: count() }).from(auditLog).where(where),
    ]);
    return { items, total: Number(n) };
  },
};

/** Only the fields that changed, before and after (secrets never logged). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (/password|secret|token|hash/i.test(k)) continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k];
      a[k] = after[k];
    }
  }
  return { before: b, after: a };
}
