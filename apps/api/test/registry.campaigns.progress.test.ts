// The progress dashboard of a data-entry campaign (issue #6 point 5) against counts computed here, independently
// of the service's query, from the campaign's entries and targets as stored: a fixture keyed through the API over
// four days (double entry: records waiting, committed when both agree, adjudicated and resolved a day later, still
// in adjudication; single entry with and without a paper reference), three units, one with a target and nothing
// keyed. PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { record } from './registry.helpers.js';

let t: TestApp;
const org: Record<string, string> = {};
let owner = '';
let double = '';
let single = '';

const q = async <T>(query: ReturnType<typeof sql>) => (await t.handle.db.execute(query)).rows as T[];

let day = 0;
/** Moves the clock to 10:00 (Vietnam time) of `date` and logs the users in again (sessions expire when idle). */
async function on(date: string, users: string[]): Promise<Record<string, Client>> {
  t.clock.t = new Date(`${date}T03:00:00Z`);
  day++;
  const out: Record<string, Client> = {};
  for (const [i, u] of users.entries()) out[u] = await loggedIn(t.app, u, `10.9.${day}.${i + 1}`);
  return out;
}

async function enter(c: Client, campaign: string, orgId: string, recordRef: string | undefined, cells: Record<string, string>, status: string) {
  const r = await c.post(`/api/v1/registry/campaigns/${campaign}/entries`, { orgId, ...(recordRef ? { recordRef } : {}), cells });
  expect(r.statusCode, r.body).toBe(201);
  expect(r.json().status, `${recordRef}: ${r.body}`).toBe(status);
}

type Unit = { orgId: string; target: number; entered: number; committed: number; adjudication: number; awaitingSecond: number };
type Day = { date: string; entered: number; committed: number };

/**
 * What the dashboard should say, from the stored rows alone: a record is a unit's paper reference (an entry
 * without one is a record by itself); entered if it has an entry, committed if one of its entries is committed or
 * resolved, in adjudication if one is; waiting entries counted one by one; per day the entries keyed that day and
 * the records first committed that day. Only the units in `orgs` (null: all).
 */
async function expected(campaign: string, orgs: string[] | null) {
  const entries = await q<{ org: string; rec: string; status: string; enteredOn: string; committedOn: string | null }>(
    sql`SELECT org_id AS org, coalesce(record_ref, 'entry:' || id) AS rec, status, to_char(entered_on, 'YYYY-MM-DD') AS "enteredOn", to_char(committed_on, 'YYYY-MM-DD') AS "committedOn"
      FROM registry_campaign_entry WHERE campaign_id = ${campaign}::uuid`,
  );
  const targets = await q<{ org: string; expected: number }>(sql`SELECT org_id AS org, expected FROM registry_campaign_target WHERE campaign_id = ${campaign}::uuid`);
  const seen = (o: string) => orgs === null || orgs.includes(o);
  const units = new Map<string, Unit>();
  const unit = (o: string) => units.get(o) ?? units.set(o, { orgId: o, target: 0, entered: 0, committed: 0, adjudication: 0, awaitingSecond: 0 }).get(o)!;
  for (const x of targets) if (seen(x.org)) unit(x.org).target = x.expected;
  const records = new Map<string, typeof entries>();
  for (const e of entries.filter((e) => seen(e.org))) {
    const key = `${e.org}|${e.rec}`;
    records.set(key, [...(records.get(key) ?? []), e]);
    if (e.status === 'awaiting_second') unit(e.org).awaitingSecond++;
  }
  const days = new Map<string, Day>();
  const dayOf = (d: string) => days.get(d) ?? days.set(d, { date: d, entered: 0, committed: 0 }).get(d)!;
  for (const e of entries.filter((e) => seen(e.org))) dayOf(e.enteredOn).entered++;
  for (const es of records.values()) {
    const u = unit(es[0]!.org);
    u.entered++;
    if (es.some((e) => e.status === 'committed' || e.status === 'resolved')) u.committed++;
    if (es.some((e) => e.status === 'adjudication')) u.adjudication++;
    const first = es.map((e) => e.committedOn).filter((d): d is string => d !== null).sort()[0];
    if (first) dayOf(first).committed++;
  }
  const byOrg = (a: Unit, b: Unit) => (a.orgId < b.orgId ? -1 : 1);
  return { units: [...units.values()].sort(byOrg), perDay: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

async function progress(c: Client, campaign: string) {
  const r = await c.get(`/api/v1/registry/campaigns/${campaign}/progress`);
  expect(r.statusCode, r.body).toBe(200);
  const p = r.json() as { units: (Unit & { orgName: string })[]; perDay: Day[]; totals: Omit<Unit, 'orgId'> };
  return { ...p, units: p.units.map(({ orgName: _, ...u }) => u).sort((a, b) => (a.orgId < b.orgId ? -1 : 1)) };
}

/** The dashboard as `c` sees it, checked against the counts computed from the stored entries (of `orgs`, all when null). */
async function progressMatchingStored(c: Client, campaign: string, orgs: string[] | null) {
  const p = await progress(c, campaign);
  const want = await expected(campaign, orgs);
  expect(p.units).toEqual(want.units);
  expect(p.perDay).toEqual(want.perDay);
  return p;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const r of await q<{ id: string; code: string }>(sql`SELECT id, code FROM organisation WHERE code IN ('33-C1', '33-C2', '33-C3', '33-BTDKT')`)) org[r.code] = r.id;
  owner = org['33-BTDKT']!;
  const board = (await on('2026-11-17', ['chuyenvien'])).chuyenvien!;
  const create = async (name: string, doubleEntry: boolean) => {
    const r = await board.post('/api/v1/registry/campaigns', { name, kind: 'resistance_war', startDate: '2026-11-16', deadline: '2026-12-25', ownerOrgId: owner, doubleEntry });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    const tr = await board.request('PUT', `/api/v1/registry/campaigns/${id}/targets`, { targets: [{ orgId: org['33-C1'], expected: 6 }, { orgId: org['33-C2'], expected: 3 }, { orgId: org['33-C3'], expected: 4 }] });
    expect(tr.statusCode, tr.body).toBe(200);
    for (const u of await q<{ id: string }>(sql`SELECT id FROM app_user WHERE username IN ('donvi', 'donvi2')`)) {
      expect((await board.post(`/api/v1/registry/campaigns/${id}/assignments`, { userId: u.id, orgId: org['33-C1'] })).statusCode).toBe(200);
    }
    return id;
  };
  double = await create('Tiến độ nhập hai lần', true);
  single = await create('Tiến độ nhập một lần', false);
  const [c1, c2] = [org['33-C1']!, org['33-C2']!];

  // Wed 18/11: first entries.
  let u = await on('2026-11-18', ['donvi', 'chuyenvien']);
  for (const [ref, name] of [['D-1', 'Nguyễn Văn Một'], ['D-2', 'Trần Văn Hai'], ['D-3', 'Lê Văn Ba'], ['D-4', 'Phạm Văn Bốn']] as const) await enter(u.donvi!, double, c1, ref, record(name), 'awaiting_second');
  await enter(u.chuyenvien!, double, c2, 'T-1', record('Đỗ Thị Năm', { gender: 'Nữ' }), 'awaiting_second');
  await enter(u.chuyenvien!, double, c2, 'T-2', record('Vũ Văn Sáu'), 'awaiting_second');
  await enter(u.donvi!, single, c1, undefined, record('Hoàng Văn Bảy'), 'committed');
  await enter(u.donvi!, single, c1, 'S-1', record('Hoàng Văn Tám'), 'committed');
  // Thu 19/11: second entries — one agrees (committed today, its first entry too), one differs.
  u = await on('2026-11-19', ['donvi', 'donvi2', 'admin']);
  await enter(u.donvi2!, double, c1, 'D-1', record('Nguyễn Văn Một'), 'committed');
  await enter(u.donvi2!, double, c1, 'D-2', record('Trần Văn Hai', { birth: '1941' }), 'adjudication');
  await enter(u.admin!, double, c2, 'T-1', record('Đỗ Thị Năm', { gender: 'Nữ' }), 'committed');
  await enter(u.donvi!, single, c1, undefined, record('Hoàng Văn Chín'), 'committed');
  await enter(u.donvi!, single, c1, undefined, record('Hoàng Văn Bảy'), 'committed'); // the same award again: outcome "existing", still a record keyed
  // Fri 20/11: D-2 resolved by the board; D-3 and T-2 differ and stay in adjudication.
  u = await on('2026-11-20', ['donvi2', 'admin', 'chuyenvien']);
  const open = (await u.chuyenvien!.get(`/api/v1/registry/campaigns/${double}/adjudications?status=open`)).json().items as { id: string; recordRef: string }[];
  const res = await u.chuyenvien!.post(`/api/v1/registry/campaigns/${double}/adjudications/${open.find((a) => a.recordRef === 'D-2')!.id}/resolve`, { cells: { birth: '1940' } });
  expect(res.statusCode, res.body).toBe(200);
  await enter(u.donvi2!, double, c1, 'D-3', record('Lê Văn Ba', { birth: '1939' }), 'adjudication');
  await enter(u.admin!, double, c2, 'T-2', record('Vũ Văn Sáu', { year: '1985' }), 'adjudication');
  // Mon 23/11: one more first entry; today.
  u = await on('2026-11-23', ['donvi']);
  await enter(u.donvi!, double, c1, 'D-5', record('Đinh Văn Mười'), 'awaiting_second');
  await enter(u.donvi!, single, c1, 'S-2', record('Hoàng Văn Mười Một'), 'committed');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('campaign progress', () => {
  it('matches the counts of the stored entries, per unit and per day (double entry)', async () => {
    const board = (await on('2026-11-23', ['chuyenvien'])).chuyenvien!;
    const p = await progressMatchingStored(board, double, null);
    // And what that is, by hand: C1 has D-1..D-5 (D-1 committed 19/11, D-2 resolved 20/11, D-3 in adjudication,
    // D-4 and D-5 waiting); C2 has T-1 (committed 19/11) and T-2 (in adjudication); C3 a target only.
    expect(p.units.find((x) => x.orgId === org['33-C1'])).toEqual({ orgId: org['33-C1'], target: 6, entered: 5, committed: 2, adjudication: 1, awaitingSecond: 2 });
    expect(p.units.find((x) => x.orgId === org['33-C2'])).toEqual({ orgId: org['33-C2'], target: 3, entered: 2, committed: 1, adjudication: 1, awaitingSecond: 0 });
    expect(p.units.find((x) => x.orgId === org['33-C3'])).toEqual({ orgId: org['33-C3'], target: 4, entered: 0, committed: 0, adjudication: 0, awaitingSecond: 0 });
    expect(p.totals).toEqual({ target: 13, entered: 7, committed: 3, adjudication: 2, awaitingSecond: 2 });
    expect(p.perDay).toEqual([
      { date: '2026-11-18', entered: 6, committed: 0 },
      { date: '2026-11-19', entered: 3, committed: 2 },
      { date: '2026-11-20', entered: 2, committed: 1 },
      { date: '2026-11-23', entered: 1, committed: 0 },
    ]);
  });

  it('matches the counts of the stored entries with entries without a paper reference (single entry)', async () => {
    const board = (await on('2026-11-23', ['chuyenvien'])).chuyenvien!;
    const p = await progressMatchingStored(board, single, null);
    // Five entries of C1, each a record of its own or under its own reference, all committed the day they were keyed.
    expect(p.units.find((x) => x.orgId === org['33-C1'])).toMatchObject({ entered: 5, committed: 5, adjudication: 0, awaitingSecond: 0 });
    expect(p.perDay).toEqual([
      { date: '2026-11-18', entered: 2, committed: 2 },
      { date: '2026-11-19', entered: 2, committed: 2 },
      { date: '2026-11-23', entered: 1, committed: 1 },
    ]);
  });

  it('counts only the assigned units for a unit officer', async () => {
    const donvi = (await on('2026-11-23', ['donvi'])).donvi!;
    const p = await progressMatchingStored(donvi, double, [org['33-C1']!]);
    expect(p.units.map((x) => x.orgId)).toEqual([org['33-C1']]);
    expect(p.perDay).toEqual([
      { date: '2026-11-18', entered: 4, committed: 0 },
      { date: '2026-11-19', entered: 2, committed: 1 },
      { date: '2026-11-20', entered: 1, committed: 1 },
      { date: '2026-11-23', entered: 1, committed: 0 },
    ]);
    expect(p.totals).toMatchObject({ target: 6, entered: 5, committed: 2 });
  });
});
