import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFiles, readJson } from './cases.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';

let t: TestApp;
let c: Client;
beforeAll(async () => {
  t = await createTestApp();
  c = await loggedIn(t.app, 'chuyenvien');
});
afterAll(async () => t?.close());

interface CalendarCases {
  cases: { from: string; days: number; expect: string; why?: string }[];
}
const cases = caseFiles('calendar')
  .filter((f) => f.file.endsWith('.json'))
  .flatMap((f) => readJson<CalendarCases>(f.file).cases.map((k) => ({ ...k, source: f.source })));

describe('GET /api/v1/calendar/add-working-days — case files', () => {
  it('has cases to run', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('$source: $from + $days → $expect ($why)', async (k) => {
    const res = await c.get(`/api/v1/calendar/add-working-days?from=${k.from}&days=${k.days}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ date: k.expect });
  });
});

describe('the 2026 official schedule is reference data in force', () => {
  it.each([
    ['2026-01-09', 1, '2026-01-10', 'swapped Saturday 10/01 is a working day'],
    ['2025-12-31', 1, '2026-01-05', '01–04/01/2026 off (Fri 02/01 swapped)'],
    ['2026-08-28', 1, '2026-09-03', 'Quốc khánh 29/08–02/09; 03/09 works under the official schedule'],
    ['2026-02-13', 1, '2026-02-23', 'Tết Bính Ngọ'],
    ['2026-11-23', 1, '2026-11-24', '24/11 pending: a working day until confirmed'],
  ])('%s + %i → %s (%s)', async (from, days, expected) => {
    expect((await c.get(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`)).json().date).toBe(expected);
  });

  it('an administrator confirms the pending 24/11 and loads another year’s schedule; both change the answer and are audited', async () => {
    const admin = await loggedIn(t.app, 'admin');
    expect((await admin.post('/api/v1/calendar/pending/2026-11-24/confirm')).statusCode).toBe(200);
    expect((await c.get('/api/v1/calendar/add-working-days?from=2026-11-23&days=1')).json().date).toBe('2026-11-25');
    // A made-up 2031 schedule: Friday 2031-10-10 off, Saturday 2031-10-18 worked.
    const load = await admin.post('/api/v1/calendar/schedules', { year: 2031, daysOff: ['2031-10-10'], workingWeekendDays: ['2031-10-18'] });
    expect(load.statusCode, load.body).toBe(201);
    expect((await c.get('/api/v1/calendar/add-working-days?from=2031-10-09&days=1')).json().date).toBe('2031-10-13');
    expect((await c.get('/api/v1/calendar/add-working-days?from=2031-10-17&days=1')).json().date).toBe('2031-10-18');
    const log = (await admin.get('/api/v1/audit?entity=holiday_schedule')).json();
    expect(log.total).toBe(1);
  });

  it.each([
    ['from=2026-01-01&days=0', 'days must be ≥ 1'],
    ['from=2026-01-01&days=-3', 'negative'],
    ['from=2026-02-30&days=1', 'no such date'],
    ['from=2026-01-01', 'days missing'],
    ['from=2026-01-01&days=1.5', 'not an integer'],
  ])('%s → 400 validation_failed (%s)', async (qs) => {
    const res = await c.get(`/api/v1/calendar/add-working-days?${qs}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('refuses a malformed schedule with Vietnamese issues, storing nothing', async () => {
    const admin = await loggedIn(t.app, 'admin');
    const res = await admin.post('/api/v1/calendar/schedules', { year: 2032, daysOff: ['2032-13-01'], workingWeekendDays: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues.length).toBeGreaterThan(0);
    expect((await c.get('/api/v1/calendar/schedules')).json().items.some((s: { year: number }) => s.year === 2032)).toBe(false);
  });
});
