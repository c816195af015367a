// Public posting comments (Decree 152 Art. 44(2)) are open to anyone, so they are flood-controlled: per
// address per hour and per dossier per day (configurable; small limits here). A refused comment stores
// nothing and is not audited as a comment; the window reopens when the clock moves on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { FakeClock, createTestApp, type TestApp } from './harness.js';
import { tmpDataDir } from './registry.helpers.js';

let t: TestApp;
let dossierId: string;
const clock = new FakeClock(new Date());

beforeAll(async () => {
  t = await createTestApp({ clock, env: { DATA_DIR: tmpDataDir(), PUBLIC_COMMENTS_PER_IP_PER_HOUR: '3', PUBLIC_COMMENTS_PER_DOSSIER_PER_DAY: '5' } });
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/public/dossiers' });
  expect(list.statusCode, list.body).toBe(200);
  dossierId = list.json().items[0].id;
});
afterAll(async () => t?.close());

const comment = (ip: string, id = dossierId) =>
  t.app.inject({ method: 'POST', url: `/api/v1/public/dossiers/${id}/comments`, remoteAddress: ip, payload: { name: 'Nguyễn Văn Dân', body: 'Đồng ý với đề nghị khen thưởng.' } });
const stored = async () => Number(((await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM dossier_public_comment WHERE dossier_id = ${dossierId}::uuid`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const audited = async () => Number(((await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'dossier.public_comment' AND entity_id = ${dossierId}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

describe('public comments are rate-limited', () => {
  it('per address: the 4th comment within the hour gets 429 too_many_attempts with Retry-After, in Vietnamese, and stores nothing', async () => {
    const before = await stored();
    for (let i = 0; i < 3; i++) expect((await comment('203.0.113.1')).statusCode).toBe(201);
    const r = await comment('203.0.113.1');
    expect(r.statusCode).toBe(429);
    expect(r.json().code).toBe('too_many_attempts');
    expect(r.json().message).toMatch(/quá nhiều lần/);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(await stored()).toBe(before + 3);
    expect(await audited()).toBe(3);
    // The per-address count covers every dossier: an unknown id is refused by the limit too.
    expect((await comment('203.0.113.1', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(429);
    expect((await comment('203.0.113.9', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('per dossier: from other addresses, at most 5 a day in all; the next hour and the next day reopen the windows', async () => {
    expect((await comment('203.0.113.2')).statusCode).toBe(201);
    expect((await comment('203.0.113.3')).statusCode).toBe(201);
    const r = await comment('203.0.113.4');
    expect(r.statusCode).toBe(429);
    expect(r.json().details.scope).toBe('dossier');
    expect(await stored()).toBe(5);
    clock.advance(3_600_000);
    expect((await comment('203.0.113.1')).statusCode).toBe(429); // the address may again, the dossier may not
    clock.advance(86_400_000);
    expect((await comment('203.0.113.1')).statusCode).toBe(201);
    expect(await audited()).toBe(6);
  });
});
