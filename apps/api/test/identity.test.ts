import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../src/modules/identity/totp.js';
import { Client, createTestApp, loggedIn, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const MIN = 60_000;

describe('login and sessions', () => {
  it('logs in with a new HttpOnly SameSite session cookie and a CSRF token', async () => {
    const c = new Client(t.app);
    const res = await c.login('chuyenvien');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'thidua_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().csrfToken).toMatch(/.{20,}/);
    const first = cookie.value;
    await c.login('chuyenvien');
    expect(c.cookies.thidua_sid).not.toBe(first); // new session id at every login
    const me = await c.get('/api/auth/me');
    expect(me.json().user.roles[0].role).toBe('board_officer');
  });

  it('refuses a wrong password with a generic coded error and audits it', async () => {
    const c = new Client(t.app, '10.0.0.7');
    const res = await c.login('lanhdao', 'wrong');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const unknown = await c.login('no-such-user', 'x');
    expect(unknown.json().code).toBe('invalid_credentials');
    const admin = await loggedIn(t.app, 'admin');
    const audit = (await admin.get('/api/v1/audit?action=auth.login&limit=100')).json();
    expect(audit.items.some((e: { outcome: string; actorUsername: string }) => e.outcome === 'failed' && e.actorUsername === 'lanhdao')).toBe(true);
  });

  it('expires a session after the idle timeout and after the absolute timeout', async () => {
    const c = await loggedIn(t.app, 'hoidong');
    t.clock.advance(29 * MIN);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * MIN); // touched at 29 min, so idle 29 min: still valid
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * MIN);
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');

    const d = await loggedIn(t.app, 'hoidong');
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * MIN);
      const r = await d.get('/api/auth/me');
      if (r.statusCode === 401) {
        expect(i * 29 * MIN).toBeGreaterThanOrEqual(11 * 60 * MIN); // absolute limit 12 h
        return;
      }
    }
    throw new Error('session never expired');
  });

  it('logout ends the session', async () => {
    const c = await loggedIn(t.app, 'kiemtra');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and changes nothing', async () => {
    const c = await loggedIn(t.app, 'admin');
    const body = { username: 'csrf-victim', displayName: 'X', password: 'mat-khau-rat-dai', roles: [{ role: 'auditor', scopeOrgId: null }] };
    const saved = c.csrf;
    c.csrf = undefined;
    const res = await c.post('/api/v1/users', body);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    c.csrf = 'forged-token-forged-token';
    expect((await c.post('/api/v1/users', body)).json().code).toBe('csrf_failed');
    c.csrf = saved;
    const list = (await c.get('/api/v1/users?q=csrf-victim')).json();
    expect(list.total).toBe(0);
  });
  it('accepts bearer tokens without CSRF, and stops accepting them once revoked', async () => {
    const c = await loggedIn(t.app, 'chuyenvien');
    const tok = (await c.post('/api/v1/tokens', { name: 'script' })).json();
    expect(tok.token).toMatch(/^thd_/);
    const auth = { authorization: `Bearer ${tok.token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth });
    expect(me.json().user.username).toBe('chuyenvien');
    const orgs = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=province', headers: auth });
    expect(orgs.statusCode).toBe(200);
    await c.request('DELETE', `/api/v1/tokens/${tok.id}`);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth });
    expect(after.statusCode).toBe(401);
  });
});

describe('throttling', () => {
  it('locks an account for a while after 5 failures (429 with Retry-After), then lets it in again', async () => {
    const c = new Client(t.app, '10.1.0.1');
    for (let i = 0; i < 5; i++) expect((await c.login('cumthidua', 'sai')).statusCode).toBe(401);
    const locked = await c.login('cumthidua', 'demo');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * MIN);
    expect((await c.login('cumthidua', 'demo')).statusCode).toBe(200);
  });
  it('never locks out a browser that logged in to the account before (known-device cookie)', async () => {
    const owner = await loggedIn(t.app, 'admin', '10.2.0.1');
    const attacker = new Client(t.app, '10.3.0.1');
    for (let i = 0; i < 6; i++) await attacker.login('admin', 'guess');
    expect((await attacker.login('admin', 'demo')).statusCode).toBe(429);
    const res = await owner.login('admin', 'demo');
    expect(res.statusCode).toBe(200);
    t.clock.advance(61 * MIN);
  });
  it('throttles one address that tries many accounts', async () => {
    const c = new Client(t.app, '10.9.9.9');
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await c.login(`khong-ton-tai-${i}`, 'x')).statusCode;
    expect(last).toBe(429);
    t.clock.advance(16 * MIN);
  });
});

describe('second factor', () => {
  it('requires TOTP enrolment of a non-demo administrator, then TOTP at login', async () => {
    const admin = await loggedIn(t.app, 'admin');
    const created = await admin.post('/api/v1/users', { username: 'qt-tinh', displayName: 'Quản trị tỉnh', password: 'mat-khau-qt-2026', roles: [{ role: 'admin', scopeOrgId: null }] });
    expect(created.statusCode).toBe(201);
    const c = new Client(t.app);
    expect((await c.login('qt-tinh', 'mat-khau-qt-2026')).statusCode).toBe(200);
    const blocked = await c.get('/api/v1/organisations');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('mfa_setup_required');
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await c.post('/api/auth/totp/confirm', { code: '000000' })).json().code).toBe('mfa_invalid');
    expect((await c.post('/api/auth/totp/confirm', { code: currentTotp(setup.secret, t.clock.now()) })).statusCode).toBe(200);

    const d = new Client(t.app);
    const step1 = (await d.login('qt-tinh', 'mat-khau-qt-2026')).json();
    expect(step1.mfaRequired).toBe(true);
    expect(d.cookies.thidua_sid).toBeUndefined();
    expect((await d.post('/api/auth/login/totp', { mfaToken: step1.mfaToken, code: '123456' })).statusCode).toBe(401);
    const ok = await d.post('/api/auth/login/totp', { mfaToken: step1.mfaToken, code: currentTotp(setup.secret, t.clock.now()) });
    expect(ok.statusCode).toBe(200);
    d.csrf = ok.json().csrfToken;
    expect((await d.get('/api/v1/organisations')).statusCode).toBe(200);
  });
});

describe('replacing a second factor', () => {
  it('needs the current code, and keeps the old secret until the new one is confirmed', async () => {
    const admin = await loggedIn(t.app, 'admin');
    await admin.post('/api/v1/users', { username: 'qt-thay', displayName: 'Quản trị thay thiết bị', password: 'mat-khau-qt-2027', roles: [{ role: 'admin', scopeOrgId: null }] });
    const c = new Client(t.app);
    await c.login('qt-thay', 'mat-khau-qt-2027');
    const first = (await c.post('/api/auth/totp/setup')).json();
    await c.post('/api/auth/totp/confirm', { code: currentTotp(first.secret, t.clock.now()) });
    const refused = await c.request('POST', '/api/auth/totp/setup'); // no body at all, as the web app sends it
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('mfa_invalid');
    const second = (await c.post('/api/auth/totp/setup', { currentCode: currentTotp(first.secret, t.clock.now()) })).json();
    // Until confirmed, the old secret still signs in.
    const d = new Client(t.app);
    const step = (await d.login('qt-thay', 'mat-khau-qt-2027')).json();
    expect((await d.post('/api/auth/login/totp', { mfaToken: step.mfaToken, code: currentTotp(first.secret, t.clock.now()) })).statusCode).toBe(200);
    await c.post('/api/auth/totp/confirm', { code: currentTotp(second.secret, t.clock.now()) });
    const e = new Client(t.app);
    const step2 = (await e.login('qt-thay', 'mat-khau-qt-2027')).json();
    expect((await e.post('/api/auth/login/totp', { mfaToken: step2.mfaToken, code: currentTotp(second.secret, t.clock.now()) })).statusCode).toBe(200);
  });
  it('lets a user keep their language on the server', async () => {
    const c = await loggedIn(t.app, 'kiemtra');
    expect((await c.patch('/api/auth/me', { locale: 'en' })).json().user.locale).toBe('en');
    expect((await c.patch('/api/auth/me', { locale: 'fr' })).statusCode).toBe(400);
  });
});

describe('authorisation scoped to the organisation tree', () => {
  it('a commune officer cannot read another commune’s people (404), only their own', async () => {
    const board = await loggedIn(t.app, 'chuyenvien');
    const people = (await board.get('/api/v1/people?limit=100')).json();
    expect(people.total).toBeGreaterThan(20);
    const donvi = await loggedIn(t.app, 'donvi');
    const me = (await donvi.get('/api/auth/me')).json();
    const scope = me.user.roles[0].scopeOrgId;
    const own = people.items.find((p: { ownerOrgId: string }) => p.ownerOrgId === scope);
    const other = people.items.find((p: { ownerOrgId: string }) => p.ownerOrgId !== scope);
    expect((await donvi.get(`/api/v1/people/${own.id}`)).statusCode).toBe(200);
    const res = await donvi.get(`/api/v1/people/${other.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    const list = (await donvi.get('/api/v1/people?limit=100')).json();
    expect(list.items.every((p: { ownerOrgId: string }) => p.ownerOrgId === scope)).toBe(true);
  });
  it('the Hưng Yên board sees the records of former Thái Bình (ownership follows lineage), not of Quảng Ninh', async () => {
    const board = await loggedIn(t.app, 'chuyenvien');
    const admin = await loggedIn(t.app, 'admin');
    const all = (await admin.get('/api/v1/people?limit=100&q=')).json();
    expect(all.total).toBeGreaterThan((await board.get('/api/v1/people?limit=1')).json().total);
    const tb = (await admin.get('/api/v1/organisations?asOf=2025-01-01&q=Vũ Phúc')).json().items[0];
    const qn = (await admin.get('/api/v1/organisations?asOf=2025-01-01&q=Hồng Gai')).json().items[0];
    expect((await board.get(`/api/v1/people?organisationId=${tb.id}`)).json().total).toBe(10);
    expect((await board.get(`/api/v1/people?organisationId=${qn.id}`)).json().total).toBe(0);
  });
  it('masks the citizen ID for roles that do not need it', async () => {
    const donvi = await loggedIn(t.app, 'donvi');
    const p = (await donvi.get('/api/v1/people?limit=1')).json().items[0];
    expect(p.citizenIdMasked).toBe(true);
    expect(p.citizenId).toMatch(/^\d{3}\*+\d{3}$/);
    const board = await loggedIn(t.app, 'chuyenvien');
    const q = (await board.get(`/api/v1/people/${p.id}`)).json();
    expect(q.citizenId).toMatch(/^\d{12}$/);
  });
  it('forbids user administration to non-administrators', async () => {
    const c = await loggedIn(t.app, 'chuyenvien');
    expect((await c.get('/api/v1/users')).json().code).toBe('forbidden');
    expect((await c.get('/api/v1/audit')).statusCode).toBe(403);
    const auditor = await loggedIn(t.app, 'kiemtra');
    expect((await auditor.get('/api/v1/audit')).statusCode).toBe(200);
  });
});

describe('writes are audited, optimistic concurrency, bad input', () => {
  it('creates and edits a person with before/after in the audit log; stale edits get 412, missing If-Match 428', async () => {
    const c = await loggedIn(t.app, 'donvi');
    const scope = (await c.get('/api/auth/me')).json().user.roles[0].scopeOrgId;
    const created = await c.post('/api/v1/people', { fullName: '  Khổng   Minh Đức ', birthYear: 1978, gender: 'nam', citizenId: '033078001234', ownerOrgId: scope });
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p.fullName).toBe('Khổng Minh Đức'.normalize('NFC'));
    expect((await c.patch(`/api/v1/people/${p.id}`, { hometown: 'Hưng Yên' })).statusCode).toBe(428);
    const ok = await c.patch(`/api/v1/people/${p.id}`, { hometown: 'Tiên Lữ, Hưng Yên' }, { 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await c.patch(`/api/v1/people/${p.id}`, { hometown: 'X' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    const auditor = await loggedIn(t.app, 'kiemtra');
    const log = (await auditor.get(`/api/v1/audit?entity=person&entityId=${p.id}`)).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['person.update', 'person.create']);
    expect(log.items[0].before).toEqual({ hometown: null, version: 1 });
    expect(log.items[0].after).toEqual({ hometown: 'Tiên Lữ, Hưng Yên', version: 2 });
    expect(JSON.stringify(log.items[1].after)).not.toContain('033078001234');
  });
  it('the audit log is append-only in the database itself', async () => {
    await expect(t.handle.exec('UPDATE audit_log SET action = $$x$$')).rejects.toThrow(/append-only/);
    await expect(t.handle.exec('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
  it.each([
    ['unknown field', { fullName: 'A B', ownerOrgId: '00000000-0000-4000-8000-000000000000', hack: 1 }, 400, 'validation_failed'],
    ['wrong type', { fullName: 42, ownerOrgId: '00000000-0000-4000-8000-000000000000' }, 400, 'validation_failed'],
    ['bad citizen id', { fullName: 'A B', citizenId: '12ab', ownerOrgId: '00000000-0000-4000-8000-000000000000' }, 400, 'validation_failed'],
    ['outside scope', { fullName: 'A B', ownerOrgId: '00000000-0000-4000-8000-000000000000' }, 404, 'not_found'],
  ])('refuses %s with a coded error and stores nothing', async (_n, body, status, code) => {
    const c = await loggedIn(t.app, 'donvi');
    const before = (await c.get('/api/v1/people?limit=1')).json().total;
    const res = await c.post('/api/v1/people', body);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().message.length).toBeGreaterThan(5);
    expect((await c.get('/api/v1/people?limit=1')).json().total).toBe(before);
  });
  it('refuses an oversized body (413) and malformed JSON (400)', async () => {
    const c = await loggedIn(t.app, 'donvi');
    const big = await c.post('/api/v1/people', JSON.stringify({ fullName: 'x'.repeat(2_000_000) }), { 'content-type': 'application/json' });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload_too_large');
    const bad = await c.post('/api/v1/people', '{"fullName":', { 'content-type': 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
  });
  it('answers 404 JSON for unknown API routes and 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/nope' })).json().code).toBe('not_found');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/organisations' })).json().code).toBe('unauthenticated');
  });
});

describe('demo mode off', () => {
  it('disables the demo accounts', async () => {
    const off = await createTestApp({ env: { DEMO: '0' } });
    try {
      const res = await new Client(off.app).login('admin');
      expect(res.statusCode).toBe(401);
      expect((await off.app.inject({ method: 'GET', url: '/api/health' })).json().demo).toBe(false);
    } finally {
      await off.close();
    }
  });
});
