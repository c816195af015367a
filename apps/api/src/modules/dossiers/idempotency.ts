// Idempotency-Key (IETF draft; DI-04): a creating request carrying the header is done once per key
// and actor; a replay returns the stored response and creates nothing. The record is claimed first in
// the same transaction as the work, so two concurrent requests with one key cannot both do it (on
// PostgreSQL the second INSERT waits for the first transaction, then finds the stored response).
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { idempotencyRecord, type DbOrTx } from '@thidua/db';

export interface IdempotencyInput {
  key: string | undefined;
  actorUserId: string;
  operation: string;
  request: unknown;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

export function checkIdempotencyKey(h: unknown): string | undefined {
  if (h === undefined) return undefined;
  if (typeof h !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(h)) {
    throw new AppError('validation_failed', {
      issues: [{ path: 'headers.idempotency-key', message: 'Idempotency-Key phải là chuỗi ASCII từ 1 đến 200 ký tự' }],
    });
  }
  return h;
}

export async function withIdempotency<T>(
  tx: DbOrTx,
  i: IdempotencyInput,
  work: () => Promise<{ status: number; body: T }>,
): Promise<IdempotentResult<T>> {
  if (!i.key) return { ...(await work()), replayed: false };
  const hash = createHash('sha256')
    .update(JSON.stringify(i.request ?? null))
    .digest('hex');
  const claimed = await tx
    .insert(idempotencyRecord)
    .values({ key: i.key, actorUserId: i.actorUserId, operation: i.operation, requestHash: hash, statusCode: 0, body: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecord.key });
  const where = and(
    eq(idempotencyRecord.key, i.key),
    eq(idempotencyRecord.actorUserId, i.actorUserId),
    eq(idempotencyRecord.operation, i.operation),
  );
  if (claimed.length === 0) {
    const [rec] = await tx.select().from(idempotencyRecord).where(where);
    if (!rec || rec.requestHash !== hash) throw new AppError('idempotency_key_reused', { key: i.key });
    return { status: rec.statusCode, body: rec.body as T, replayed: true };
  }
  const out = await work();
  await tx
    .update(idempotencyRecord)
    .set({ statusCode: out.status, body: sql`${JSON.stringify(out.body)}::jsonb` })
    .where(where);
  return { ...out, replayed: false };
}
