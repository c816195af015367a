// The demo award registry (apps/api/src/demo/registry.ts): written through the ledger API, found by the
// Vietnamese-aware search, its near-duplicate pair reaches the review queue, and seeding twice adds nothing.
// (The shared test template leaves the demo registry out so that the other registry suites start empty.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { seedDemoRegistry } from '../src/demo/registry.js';
import { seedDemoCampaigns } from '../src/demo/campaigns.js';
import type { DemoIds } from '../src/demo/seed.js';
import { scanDuplicates } from '../src/modules/registry/registry.dedup.service.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';

let t: TestApp;
let c: Client;
let ids: DemoIds;
const count = async () => Number(((await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM award_entry WHERE source_ref = 'demo'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

beforeAll(async () => {
  t = await createTestApp();
  c = await loggedIn(t.app, 'chuyenvien');
  ids = ((await t.handle.db.execute(sql`SELECT value FROM app_setting WHERE key = 'demo.seeded'`)) as unknown as { rows: { value: DemoIds }[] }).rows[0]!.value;
  await seedDemoRegistry(t.handle.db, ids);
  await seedDemoCampaigns(t.handle.db, ids);
});
afterAll(async () => {
  await t?.close();
});

describe('demo registry', () => {
  it('holds the resistance-war campaign entries, recent awards, collectives and a household; seeding again adds nothing', async () => {
    expect(await count()).toBe(240 + 120 + 2 + 3);
    await seedDemoRegistry(t.handle.db, ids);
    expect(await count()).toBe(365);
    const campaign = await c.get('/api/v1/registry/search?limit=1&type=khang_chien');
    expect(campaign.statusCode, campaign.body).toBe(200);
    expect(campaign.json().total).toBeGreaterThanOrEqual(243);
  });

  it('is searchable like any entry: "to van trung" finds both spellings; a household by name', async () => {
    const r = (await c.get(`/api/v1/registry/search?q=${encodeURIComponent('to van trung')}`)).json();
    expect(r.items.map((i: { person: { fullName: string } }) => i.person.fullName).sort()).toEqual(['To Van Trung', 'Tô Văn Trùng']);
    const h = (await c.get(`/api/v1/registry/search?q=${encodeURIComponent('gia dinh ong nguyen van khai')}`)).json();
    expect(h.items.map((i: { subjectName: string }) => i.subjectName)).toEqual(['Gia đình ông Nguyễn Văn Khải']);
  });

  it('the near-duplicate pair reaches the review queue', async () => {
    await scanDuplicates(t.handle.db);
    const q = (await c.get('/api/v1/registry/duplicates')).json();
    const pair = q.items.find((d: { people: { fullName: string }[] }) => d.people.some((p) => p.fullName === 'To Van Trung'));
    expect(pair, JSON.stringify(q.items.slice(0, 3))).toBeDefined();
    expect(pair.people.map((p: { fullName: string }) => p.fullName).sort()).toEqual(['To Van Trung', 'Tô Văn Trùng']);
  });

  it('holds a double-entry data-entry campaign with a per-day history, an open adjudication and a reissue request; seeding again adds nothing', async () => {
    const list = (await c.get('/api/v1/registry/campaigns')).json().items;
    expect(list).toHaveLength(1);
    const id = list[0].id;
    const p = (await c.get(`/api/v1/registry/campaigns/${id}/progress`)).json();
    expect(p.units.map((u: { orgName: string; target: number }) => [u.orgName, u.target])).toEqual([
      ['Phường Hiến Nam', 60],
      ['Phường Lam Sơn', 30],
      ['Xã Tân Hưng', 40],
    ]);
    expect(p.perDay.length).toBeGreaterThanOrEqual(10);
    expect(p.totals.committed).toBeGreaterThan(30);
    expect(p.totals).toMatchObject({ adjudication: 1, awaitingSecond: 1 });
    const adj = (await c.get(`/api/v1/registry/campaigns/${id}/adjudications?status=open`)).json().items;
    expect(adj[0].fields.filter((f: { differs: boolean }) => f.differs).map((f: { field: string }) => f.field)).toEqual(['birth']);
    expect((await c.get('/api/v1/registry/reissue-requests?status=requested')).json().items).toHaveLength(1);
    const entries = Number(((await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM registry_campaign_entry`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
    await seedDemoCampaigns(t.handle.db, ids);
    expect(Number(((await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM registry_campaign_entry`)) as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(entries);
  });
});
