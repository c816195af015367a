import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health and OpenAPI', () => {
  it('answers health with the database kind', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.handle.kind, demo: true });
  });
  it('publishes an OpenAPI 3 document of the /api/v1 routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations', '/api/v1/organisations/{id}/lineage', '/api/v1/calendar/add-working-days']));
  });
  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});

describe('organisations through time', () => {
  it('lists 63 provincial units on 2025-06-01 and 34 on 2026-01-01', async () => {
    const c = await loggedIn(t.app, 'admin');
    const before = (await c.get('/api/v1/organisations?asOf=2025-06-01&kind=province&limit=100')).json();
    expect(before.total).toBe(63);
    expect(before.items).toHaveLength(63);
    const after = (await c.get('/api/v1/organisations?asOf=2026-01-01&kind=province&limit=100')).json();
    expect(after.total).toBe(34);
    expect(after.items.filter((o: { isCity: boolean }) => o.isCity)).toHaveLength(6);
  });
  it('shows Ninh Bình formed from Nam Định, Hà Nam and Ninh Bình on 2025-07-01', async () => {
    const c = await loggedIn(t.app, 'admin');
    const list = (await c.get('/api/v1/organisations?asOf=2026-01-01&kind=province&limit=100')).json();
    const nb = list.items.find((o: { name: string }) => o.name === 'Ninh Bình');
    const lin = (await c.get(`/api/v1/organisations/${nb.id}/lineage`)).json();
    expect(lin.predecessors.map((p: { organisation: { name: string } }) => p.organisation.name).sort()).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình'].sort());
    for (const p of lin.predecessors) {
      expect(p).toMatchObject({ date: '2025-07-01', event: 'merger' });
      expect(p.organisation.validTo).toBe('2025-06-30');
    }
    expect(nb.validFrom).toBe('2025-07-01');
  });
  it('keeps the 11 unchanged units and renames Thừa Thiên Huế to Huế (a city) from 2025-01-01', async () => {
    const c = await loggedIn(t.app, 'admin');
    const y2024 = (await c.get('/api/v1/organisations?asOf=2024-12-31&kind=province&limit=100')).json();
    const y2025 = (await c.get('/api/v1/organisations?asOf=2025-01-01&kind=province&limit=100')).json();
    const hue24 = y2024.items.find((o: { code: string }) => o.code === '46');
    const hue25 = y2025.items.find((o: { code: string }) => o.code === '46');
    expect(hue24).toMatchObject({ name: 'Thừa Thiên Huế', isCity: false });
    expect(hue25).toMatchObject({ id: hue24.id, name: 'Huế', isCity: true });
    const now = (await c.get('/api/v1/organisations?asOf=2026-01-01&kind=province&limit=100')).json();
    const open = now.items.filter((o: { validFrom: string | null }) => o.validFrom === null);
    expect(open).toHaveLength(11);
  });
  it('rejects a bad asOf and unknown query fields with validation_failed', async () => {
    const c = await loggedIn(t.app, 'admin');
    for (const url of ['/api/v1/organisations?asOf=2025-02-30', '/api/v1/organisations?foo=1', '/api/v1/organisations?limit=1000']) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().message).toMatch(/không hợp lệ/);
    }
  });
});
