import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appSetting, type Db } from '@thidua/db';

/** A per-deployment secret (HMAC of device cookies), created at first start and kept in the DB. */
export async function ensureServerSecret(db: Db): Promise<string> {
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, 'security.secret'));
  if (row) return (row.value as { secret: string }).secret;
  const secret = randomBytes(32).toString('base64url');
  await db.insert(appSetting).values({ key: 'security.secret', value: { secret } }).onConflictDoNothing();
  const [again] = await db.select().from(appSetting).where(eq(appSetting.key, 'security.secret'));
  return (again!.value as { secret: string }).secret;
}
