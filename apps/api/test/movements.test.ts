// Issue #5 point 1: emulation movements (phong trào thi đua) cascaded level by level. Each registration is
// approved or returned by the level directly above the registering unit (the authority for a direct target,
// else the unit's parent on the registration date; after the 2025 merger the successor acts); each level has
// its queue and a roll-up per unit directly below it; movement and review documents go through the upload gate.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescanStoredFiles } from '../src/files/quarantine.js';
import { LocalFileStorage } from '../src/files/storage.js';
import { Client, createTestApp, loggedIn, type TestApp } from './harness.js';
import { describeWithClamd, EICAR, startClamd, type Clamd } from './clamd.js';
import { EXE, PDF, count, demoIds, multipart, peopleOf, tmpDataDir, type DemoIds } from './dossiers.helpers.js';

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

type Reg = { id: string; year: number; state: string; organisation: { id: string; name: string }; reviewOrganisation: { id: string; name: string; validTo: string | null } | null; abilities: { approve: boolean; return: boolean; resubmit: boolean }; version: number };
type RollUpRow = { organisation: { id: string; name: string }; byState: Record<string, number>; byTitle: Record<string, number>; total: number };

let t: TestApp;
let ids: DemoIds;
let snv: string; // Sở Nội vụ of the new Hưng Yên, the parent of its Ban Thi đua – Khen thưởng
let cv: Client; // chuyenvien: board officer of the province
let snvOfficer: Client; // a board officer granted at the Sở Nội vụ
let donvi: Client; // unit officer of Phường Hiến Nam

async function expectOk(res: { statusCode: number; body: string }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body);
}

async function launch(c: Client, body: Record<string, unknown>) {
  return expectOk(await c.post('/api/v1/movements', { authorityLabel: 'Ủy ban nhân dân tỉnh Hưng Yên', kind: 'regular', authorityOrgId: ids.newHungYen, ...body }), 201);
}
const register = async (c: Client, movementId: string, body: Record<string, unknown>): Promise<Reg> => expectOk(await c.post(`/api/v1/movements/${movementId}/registrations`, body), 201);
const act = (c: Client, regId: string, action: string, note?: string) => c.post(`/api/v1/movement-registrations/${regId}/transition`, { action, ...(note ? { note } : {}) });
const queue = async (c: Client, movementId?: string) => expectOk(await c.get(`/api/v1/movements/queue${movementId ? `?movementId=${movementId}` : ''}`));
const upload = (c: Client, url: string, fields: Record<string, string>, fileName: string, bytes: Buffer) => {
  const m = multipart(fields, fileName, bytes);
  return c.request('POST', url, m.body, m.headers);
};

const dataDir = tmpDataDir();

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: dataDir } });
  ids = await demoIds(t.handle.db);
  snv = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT parent_id AS id FROM organisation_parent WHERE organisation_id = ${ids.board}::uuid`))[0]!.id;
  const admin = await loggedIn(t.app, 'admin');
  await expectOk(await admin.post('/api/v1/users', { username: 'snv.hungyen', displayName: 'Cán bộ thi đua Sở Nội vụ', password: 'mat-khau-snv-2026', roles: [{ role: 'board_officer', scopeOrgId: snv }] }), 201);
  cv = await loggedIn(t.app, 'chuyenvien');
  donvi = await loggedIn(t.app, 'donvi');
}, 120_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// `loggedIn` logs in with the demo password; the Sở Nội vụ officer has its own.
async function loginSnv() {
  const c = new Client(t.app);
  const res = await c.login('snv.hungyen', 'mat-khau-snv-2026');
  expect(res.statusCode, res.body).toBe(200);
  return c;
}

describe('the level directly above the registering unit approves', () => {
  it('a direct target is reviewed by the authority; a unit below a target by its parent; others see the buttons they may use', async () => {
    snvOfficer = await loginSnv();
    const m = await launch(cv, { title: 'Thi đua thực hiện chuyển đổi số 2026 (kiểm thử cấp duyệt)', targetOrgIds: [ids.communeHienNam, snv] });
    const unit = await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(unit.reviewOrganisation).toMatchObject({ id: ids.newHungYen, name: 'Hưng Yên' });
    expect(unit.abilities).toEqual({ approve: false, return: false, resubmit: false });
    const board = await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(board.reviewOrganisation).toMatchObject({ id: snv, name: 'Sở Nội vụ tỉnh Hưng Yên' });

    const seenByCv = (await expectOk(await cv.get(`/api/v1/movements/${m.id}`))).registrations as Reg[];
    expect(seenByCv.find((r) => r.id === unit.id)!.abilities).toMatchObject({ approve: true, return: true });
    expect(seenByCv.find((r) => r.id === board.id)!.abilities).toMatchObject({ approve: false, return: false });

    const ok = await expectOk(await act(cv, unit.id, 'approve'));
    expect(ok.state).toBe('approved');
    expect(await count(t.handle.db, 'audit_log', `action = 'movement.registration.approve' AND entity_id = '${unit.id}' AND outcome = 'ok'`)).toBe(1);
  });

  it('a reviewer whose scope covers the unit but who is at another level is refused with movement_review_wrong_level; nothing changes; the attempt is audited', async () => {
    snvOfficer = await loginSnv();
    const m = await launch(cv, { title: 'Thi đua cải cách hành chính 2026 (kiểm thử sai cấp)', targetOrgIds: [ids.communeHienNam, snv] });
    const board = await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_tien_tien'] });
    for (const who of [cv, await loggedIn(t.app, 'admin')]) {
      const res = await act(who, board.id, 'approve');
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ code: 'movement_review_wrong_level', details: { reviewOrganisationId: snv, reviewOrganisation: 'Sở Nội vụ tỉnh Hưng Yên' } });
      expect(res.json().message).toBe('Bản đăng ký này do cấp trên trực tiếp của đơn vị đăng ký (Sở Nội vụ tỉnh Hưng Yên) xét duyệt; tài khoản của bạn không thuộc cấp đó nên không duyệt hoặc trả lại được.');
    }
    const en = await cv.post(`/api/v1/movement-registrations/${board.id}/transition`, { action: 'return', note: 'x' }, { 'accept-language': 'en' });
    expect(en.json().message).toContain('level directly above the registering unit (Sở Nội vụ tỉnh Hưng Yên)');
    const after = rows<{ state: string; version: number; reviewed_by: string | null }>(await t.handle.db.execute(sql`SELECT state, version, reviewed_by FROM movement_registration WHERE id = ${board.id}::uuid`))[0]!;
    expect(after).toEqual({ state: 'submitted', version: 1, reviewed_by: null });
    expect(await count(t.handle.db, 'audit_log', `entity_id = '${board.id}' AND outcome = 'denied' AND after->>'refused' = 'movement_review_wrong_level'`)).toBe(3);
    // A unit officer of another unit: outside its scope, 404.
    expect((await act(donvi, board.id, 'approve')).json().code).toBe('not_found');
    // The right level approves.
    expect((await expectOk(await act(snvOfficer, board.id, 'approve'))).state).toBe('approved');
  });

  it('returned (with a reason) → resubmitted by the unit → approved by the level; a return without reason is refused', async () => {
    snvOfficer = await loginSnv();
    const m = await launch(cv, { title: 'Thi đua dân vận khéo 2026 (kiểm thử trả lại)', targetOrgIds: [] });
    const board = await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_xuat_sac'], note: 'Đăng ký lần đầu' });
    const noReason = await act(snvOfficer, board.id, 'return');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().code).toBe('validation_failed');
    const returned = await expectOk(await act(snvOfficer, board.id, 'return', 'Bổ sung chỉ tiêu cụ thể'));
    expect(returned).toMatchObject({ state: 'returned', note: 'Bổ sung chỉ tiêu cụ thể', abilities: { approve: false, return: false, resubmit: true } });
    expect((await act(snvOfficer, board.id, 'approve')).json().code).toBe('movement_transition_invalid');
    expect((await queue(snvOfficer, m.id)).items).toEqual([]);
    const again = await expectOk(await act(cv, board.id, 'resubmit'));
    expect(again.state).toBe('submitted');
    expect((await queue(snvOfficer, m.id)).items.map((r: Reg) => r.id)).toEqual([board.id]);
    expect((await expectOk(await act(snvOfficer, board.id, 'approve'))).state).toBe('approved');
    const actions = rows<{ action: string }>(await t.handle.db.execute(sql`SELECT action FROM audit_log WHERE entity_id = ${board.id} AND outcome = 'ok' ORDER BY at, id`)).map((r) => r.action);
    expect(actions).toEqual(['movement.register', 'movement.registration.return', 'movement.registration.resubmit', 'movement.registration.approve']);
  });
});

describe('who may register, and once per movement and year', () => {
  const regs = async (movementId: string) => Number(rows<{ n: number }>(await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM movement_registration WHERE movement_id = ${movementId}::uuid`))[0]!.n);
  const denied = (movementId: string, code: string) => count(t.handle.db, 'audit_log', `action = 'movement.register' AND entity_id = '${movementId}' AND outcome = 'denied' AND after->>'refused' = '${code}'`);

  it('a unit outside the cascade is refused (422 movement_registration_outside), nothing stored, the attempt audited; the authority itself and units under a target register', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử phạm vi phát động 2026', targetOrgIds: [ids.communeHienNam, snv] });
    const out = await cv.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'] });
    expect(out.statusCode, out.body).toBe(422);
    expect(out.json()).toMatchObject({ code: 'movement_registration_outside', details: { organisationId: ids.communeVuPhuc } });
    expect(out.json().message).toContain('không thuộc phạm vi phát động của phong trào');
    const en = await cv.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'] }, { 'accept-language': 'en' });
    expect(en.json().message).toContain('not among those the movement concerns');
    expect(await regs(m.id)).toBe(0);
    expect(await denied(m.id, 'movement_registration_outside')).toBe(2);
    // A target, a unit under a target (the board, under the Sở Nội vụ) and the authority itself.
    await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_tien_tien'] });
    await register(cv, m.id, { organisationId: ids.newHungYen, titles: ['co_thi_dua_tinh'] });
    expect(await regs(m.id)).toBe(3);
    const basis = rows<{ b: string }>(await t.handle.db.execute(sql`SELECT after->>'cascadeBasis' AS b FROM audit_log WHERE action = 'movement.register' AND outcome = 'ok' AND after->>'movementId' = ${m.id} ORDER BY at, id`)).map((r) => r.b);
    expect(basis).toEqual(['target', 'under_target', 'authority']);
  });

  it('a movement naming no target takes any unit under its authority, not one of another province', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử phạm vi toàn tỉnh 2026', targetOrgIds: [] });
    await register(cv, m.id, { organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'] });
    const other = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT id FROM organisation WHERE kind = 'province' AND valid_to IS NULL AND id <> ${ids.newHungYen}::uuid ORDER BY code LIMIT 1`))[0]!.id;
    const admin = await loggedIn(t.app, 'admin');
    const res = await admin.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: other, titles: ['co_thi_dua_tinh'] });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('movement_registration_outside');
    expect(await regs(m.id)).toBe(1);
  });

  it('a second registration of the same unit or individual for the year is refused (409 movement_registration_duplicate), even when returned; another year is accepted', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử đăng ký trùng 2026', targetOrgIds: [ids.communeHienNam] });
    const [p] = await peopleOf(t.handle.db, ids.communeHienNam, 1);
    const unit = await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(unit).toMatchObject({ year: 2026, state: 'submitted' });
    const person = await register(donvi, m.id, { organisationId: ids.communeHienNam, personId: p!.id, titles: ['chien_si_thi_dua_co_so'] });
    const again = await donvi.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_tien_tien'] });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ code: 'movement_registration_duplicate', details: { registrationId: unit.id, state: 'submitted', year: 2026 } });
    expect(again.json().message).toContain('đã đăng ký thi đua phong trào này cho năm 2026');
    const personAgain = await donvi.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeHienNam, personId: p!.id, titles: ['lao_dong_tien_tien'] });
    expect(personAgain.json()).toMatchObject({ code: 'movement_registration_duplicate', details: { registrationId: person.id } });
    await expectOk(await act(cv, unit.id, 'return', 'Bổ sung chỉ tiêu'));
    const afterReturn = await donvi.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(afterReturn.json()).toMatchObject({ code: 'movement_registration_duplicate', details: { state: 'returned' } });
    expect(await regs(m.id)).toBe(2);
    expect(await denied(m.id, 'movement_registration_duplicate')).toBe(3);
    // The movement has no period: the next year is a new registration.
    const next = await register(donvi, m.id, { organisationId: ids.communeHienNam, year: 2027, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(next.year).toBe(2027);
    expect(await regs(m.id)).toBe(3);
  });

  it('two registrations of the same unit sent at once: exactly one is stored', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử đăng ký đồng thời 2026', targetOrgIds: [ids.communeHienNam] });
    const other = await loggedIn(t.app, 'donvi');
    const body = { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] };
    const res = await Promise.all([donvi.post(`/api/v1/movements/${m.id}/registrations`, body), other.post(`/api/v1/movements/${m.id}/registrations`, body)]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(res.find((r) => r.statusCode === 409)!.json().code).toBe('movement_registration_duplicate');
    expect(await regs(m.id)).toBe(1);
  });

  it('a year outside the movement’s period is refused (422 movement_registration_year_outside), nothing stored', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử thời gian phong trào', periodFrom: '2026-01-01', periodTo: '2026-12-31', targetOrgIds: [ids.communeHienNam] });
    const res = await donvi.post(`/api/v1/movements/${m.id}/registrations`, { organisationId: ids.communeHienNam, year: 2027, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'movement_registration_year_outside', details: { year: 2027, periodFrom: '2026-01-01', periodTo: '2026-12-31' } });
    expect(res.json().message).toBe('Năm 2027 nằm ngoài thời gian của phong trào; chỉ đăng ký cho các năm trong thời gian phong trào.');
    expect(await regs(m.id)).toBe(0);
    expect((await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] })).year).toBe(2026);
  });
});

describe('the queue of a level (GET /movements/queue)', () => {
  it('lists exactly the submitted registrations waiting for the caller’s level, across movements', async () => {
    snvOfficer = await loginSnv();
    const m = await launch(cv, { title: 'Thi đua xây dựng nông thôn mới 2026 (kiểm thử hàng chờ)', targetOrgIds: [ids.communeHienNam, ids.communeVuPhuc, snv] });
    const [p] = await peopleOf(t.handle.db, ids.communeHienNam, 1);
    // Registered a minute apart: the queue is oldest first.
    const b = await register(donvi, m.id, { organisationId: ids.communeHienNam, personId: p!.id, titles: ['chien_si_thi_dua_co_so'] });
    t.clock.advance(60_000);
    const a = await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    t.clock.advance(60_000);
    const c = await register(cv, m.id, { organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'] });
    const d = await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_tien_tien'] });
    await expectOk(await act(cv, c.id, 'approve'));

    const mine = await queue(cv, m.id);
    expect(mine.levels.map((l: { id: string }) => l.id)).toEqual([ids.newHungYen]);
    expect(mine.items.map((r: Reg) => r.id)).toEqual([b.id, a.id]);
    expect(mine.total).toBe(2);
    expect(mine.items[1]).toMatchObject({ movement: { id: m.id, title: m.title }, reviewOrganisation: { id: ids.newHungYen }, abilities: { approve: true, return: true }, personName: null });
    expect(mine.items[0].personName).toBe(p!.fullName);
    expect((await queue(snvOfficer, m.id)).items.map((r: Reg) => r.id)).toEqual([d.id]);

    // Across movements: the demo movement's two individual registrations wait for the province too; every
    // item waits for the province (or a province merged into it), none for the Sở Nội vụ.
    const demoMovement = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT value->>'movementId' AS id FROM app_setting WHERE key = 'demo.movements.seeded'`))[0]!.id;
    const all = await queue(cv);
    expect(all.items.filter((r: { movement: { id: string } }) => r.movement.id === demoMovement).map((r: Reg & { personName: string | null }) => [r.state, Boolean(r.personName)])).toEqual([
      ['submitted', true],
      ['submitted', true],
    ]);
    expect(all.items.every((r: Reg) => r.state === 'submitted' && (r.reviewOrganisation!.id === ids.newHungYen || r.reviewOrganisation!.validTo === '2025-06-30'))).toBe(true);
    expect(all.items.map((r: Reg) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.items.map((r: Reg) => r.id)).not.toContain(c.id);
    expect(all.items.map((r: Reg) => r.id)).not.toContain(d.id);
    const snvAll = await queue(snvOfficer);
    expect(snvAll.items.map((r: Reg) => r.id)).toContain(d.id);
    expect(snvAll.items.every((r: Reg) => r.reviewOrganisation!.id === snv)).toBe(true);

    const unitQueue = await donvi.get('/api/v1/movements/queue');
    expect(unitQueue.statusCode).toBe(403);
  });

  it('reads the parent on the registration date: a commune registering before the 2025 merger waits for the old province, and the new province (its successor) reviews it', async () => {
    const clock = t.clock;
    const saved = clock.t;
    try {
      clock.t = new Date('2025-05-12T03:00:00Z');
      const cv25 = await loggedIn(t.app, 'chuyenvien');
      const donvi25 = await loggedIn(t.app, 'donvi');
      const m = await launch(cv25, { title: 'Thi đua chào mừng kỷ niệm 50 năm thống nhất đất nước (kiểm thử sáp nhập)', targetOrgIds: [] });
      const r = await register(donvi25, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_tien_tien'] });
      expect(r.reviewOrganisation).toMatchObject({ name: 'Hưng Yên', validTo: '2025-06-30' });
      expect(r.reviewOrganisation!.id).not.toBe(ids.newHungYen);

      clock.t = new Date('2026-03-02T03:00:00Z');
      const cv26 = await loggedIn(t.app, 'chuyenvien');
      const q = await queue(cv26, m.id);
      expect(q.items.map((x: Reg) => x.id)).toEqual([r.id]);
      // Registered today, the same commune goes to the new province.
      const today = await register(await loggedIn(t.app, 'donvi'), m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
      expect(today.reviewOrganisation!.id).toBe(ids.newHungYen);
      expect((await expectOk(await act(cv26, r.id, 'approve'))).state).toBe('approved');
    } finally {
      clock.t = saved;
    }
  });
});

describe('roll-up per organisation level', () => {
  it('counts by state and titles per unit directly below the caller’s organisation, and below a chosen level', async () => {
    snvOfficer = await loginSnv();
    const m = await launch(cv, { title: 'Thi đua bảo đảm an sinh xã hội 2026 (kiểm thử tổng hợp)', targetOrgIds: [ids.communeHienNam, ids.communeVuPhuc, snv] });
    const [p] = await peopleOf(t.handle.db, ids.communeHienNam, 1);
    const a = await register(donvi, m.id, { organisationId: ids.communeHienNam, titles: ['tap_the_lao_dong_xuat_sac'] });
    await register(donvi, m.id, { organisationId: ids.communeHienNam, personId: p!.id, titles: ['chien_si_thi_dua_co_so'] });
    const v = await register(cv, m.id, { organisationId: ids.communeVuPhuc, titles: ['tap_the_lao_dong_tien_tien'] });
    const b = await register(cv, m.id, { organisationId: ids.board, titles: ['tap_the_lao_dong_xuat_sac'] });
    await register(cv, m.id, { organisationId: ids.newHungYen, titles: ['co_thi_dua_tinh'] });
    await expectOk(await act(cv, a.id, 'approve'));
    await expectOk(await act(cv, v.id, 'return', 'Bổ sung'));
    await expectOk(await act(snvOfficer, b.id, 'approve'));

    const page = await expectOk(await cv.get(`/api/v1/movements/${m.id}`));
    expect(page.rollUp).toEqual({ byState: { submitted: 2, approved: 2, returned: 1 }, byTitle: { tap_the_lao_dong_xuat_sac: 2 } });
    const lr = page.levelRollUp;
    expect(lr.level).toMatchObject({ id: ids.newHungYen, name: 'Hưng Yên' });
    const row = (id: string) => (lr.children as RollUpRow[]).find((c) => c.organisation.id === id);
    expect(row(ids.communeHienNam)).toMatchObject({ byState: { submitted: 1, approved: 1, returned: 0 }, byTitle: { tap_the_lao_dong_xuat_sac: 1 }, total: 2 });
    expect(row(ids.communeVuPhuc)).toMatchObject({ byState: { submitted: 0, approved: 0, returned: 1 }, byTitle: {}, total: 1 });
    expect(row(snv)).toMatchObject({ organisation: { name: 'Sở Nội vụ tỉnh Hưng Yên' }, byState: { submitted: 0, approved: 1, returned: 0 }, byTitle: { tap_the_lao_dong_xuat_sac: 1 }, total: 1 });
    // Every unit directly below today is listed, also those without registrations (the other departments).
    expect((lr.children as RollUpRow[]).filter((c) => c.total === 0).map((c) => c.organisation.name)).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo tỉnh Hưng Yên', 'Sở Y tế tỉnh Hưng Yên']));
    expect(lr.own).toEqual({ byState: { submitted: 1, approved: 0, returned: 0 }, byTitle: {}, total: 1 });
    expect(lr.outside.total).toBe(0);

    const below = (await expectOk(await cv.get(`/api/v1/movements/${m.id}?level=${snv}`))).levelRollUp;
    expect(below.level.id).toBe(snv);
    expect(below.children.map((c: RollUpRow) => [c.organisation.name, c.total])).toEqual([['Ban Thi đua – Khen thưởng tỉnh Hưng Yên', 1]]);
    expect(below.outside.total).toBe(4);

    // The commune's officer: its own level, its own registrations only.
    const unitPage = await expectOk(await donvi.get(`/api/v1/movements/${m.id}`));
    expect(unitPage.registrations).toHaveLength(2);
    expect(unitPage.levelRollUp).toMatchObject({ level: { id: ids.communeHienNam }, children: [], own: { total: 2, byState: { approved: 1, submitted: 1 } }, outside: { total: 0 } });
    // A level outside the caller's scope: 404.
    expect((await donvi.get(`/api/v1/movements/${m.id}?level=${ids.newHungYen}`)).statusCode).toBe(404);
  });
});

describe('movement and review documents (upload gate)', () => {
  it('a PDF plan is uploaded, listed and downloaded with the same SHA-256; a review gets its report; wrong kinds and types are refused', async () => {
    const m = await launch(cv, { title: 'Thi đua học tập và làm theo tư tưởng Hồ Chí Minh 2026 (kiểm thử văn bản)', targetOrgIds: [ids.communeHienNam] });
    const url = `/api/v1/movements/${m.id}/documents`;
    const up = await expectOk(await upload(cv, url, { kind: 'ke_hoach', title: 'Kế hoạch số 15/KH-UBND' }, 'kế hoạch phát động.pdf', PDF), 201);
    expect(up).toMatchObject({ kind: 'ke_hoach', title: 'Kế hoạch số 15/KH-UBND', fileName: 'kế hoạch phát động.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: sha(PDF), uploadedBy: 'chuyenvien', reviewId: null });

    // The unit the movement was cascaded to downloads it: same bytes, same SHA-256, served as an attachment.
    const dl = await donvi.get(`${url}/${up.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(String(dl.headers['content-disposition'])).toMatch(/^attachment; filename=".*"; filename\*=UTF-8''k%E1%BA%BF/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(sha(dl.rawPayload)).toBe(up.sha256);
    expect((await expectOk(await donvi.get(`/api/v1/movements/${m.id}`))).files.map((f: { id: string }) => f.id)).toEqual([up.id]);
    expect(await count(t.handle.db, 'audit_log', `action = 'movement.document.add' AND entity_id = '${m.id}'`)).toBe(1);

    const before = await count(t.handle.db, 'movement_document', `movement_id = '${m.id}'`);
    const exe = await upload(cv, url, { kind: 'huong_dan' }, 'huong-dan.pdf', EXE);
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'unsupported_media_type', details: { reason: 'unknown_content' } });
    const wrongKind = await upload(cv, url, { kind: 'to_trinh' }, 'a.pdf', PDF);
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().details.issues[0].allowed).toEqual(['ke_hoach', 'huong_dan', 'bao_cao_so_ket', 'bao_cao_tong_ket', 'khac']);
    const big = await upload(cv, url, { kind: 'khac' }, 'lon.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload_too_large');
    expect(await count(t.handle.db, 'movement_document', `movement_id = '${m.id}'`)).toBe(before);
    // A unit officer does not manage the movement.
    expect((await upload(donvi, url, { kind: 'khac' }, 'a.pdf', PDF)).statusCode).toBe(403);

    const withReview = await expectOk(await cv.post(`/api/v1/movements/${m.id}/reviews`, { kind: 'interim', heldOn: '2026-07-15', report: 'Sơ kết 6 tháng' }));
    const reviewId = withReview.reviews[0].id;
    expect(withReview.reviews[0].abilities).toEqual({ upload: true });
    const rurl = `/api/v1/movements/${m.id}/reviews/${reviewId}/documents`;
    const report = await expectOk(await upload(cv, rurl, { kind: 'bao_cao_so_ket' }, 'bao-cao-so-ket.pdf', PDF), 201);
    expect(report.reviewId).toBe(reviewId);
    expect((await upload(cv, rurl, { kind: 'bao_cao_tong_ket' }, 'x.pdf', PDF)).json().details.issues[0].allowed).toEqual(['bao_cao_so_ket', 'khac']);
    const page = await expectOk(await cv.get(`/api/v1/movements/${m.id}`));
    expect(page.files.map((f: { id: string }) => f.id)).toEqual([up.id]);
    expect(page.reviews[0].files.map((f: { id: string; kind: string }) => [f.id, f.kind])).toEqual([[report.id, 'bao_cao_so_ket']]);
    expect(sha((await cv.get(`${url}/${report.id}`)).rawPayload)).toBe(sha(PDF));
    // Unknown review of this movement: 404.
    expect((await upload(cv, `/api/v1/movements/${m.id}/reviews/${m.id}/documents`, { kind: 'khac' }, 'x.pdf', PDF)).statusCode).toBe(404);
  });

  it('another organisation’s officer gets 404 for the movement, its documents and its uploads; the list leaves it out', async () => {
    const m = await launch(cv, { title: 'Thi đua phòng, chống thiên tai 2026 (kiểm thử phạm vi)', targetOrgIds: [ids.communeHienNam] });
    const doc = await expectOk(await upload(cv, `/api/v1/movements/${m.id}/documents`, { kind: 'huong_dan' }, 'huong-dan.pdf', PDF), 201);
    const qn = await loggedIn(t.app, 'cum.quangninh');
    expect((await qn.get(`/api/v1/movements/${m.id}`)).statusCode).toBe(404);
    const dl = await qn.get(`/api/v1/movements/${m.id}/documents/${doc.id}`);
    expect(dl.statusCode).toBe(404);
    expect(dl.json().code).toBe('not_found');
    expect((await upload(qn, `/api/v1/movements/${m.id}/documents`, { kind: 'khac' }, 'x.pdf', PDF)).statusCode).toBe(404);
    const listed = async (c: Client) => ((await expectOk(await c.get('/api/v1/movements?limit=100'))).items as { id: string }[]).some((x) => x.id === m.id);
    expect(await listed(qn)).toBe(false);
    expect(await listed(cv)).toBe(true);
    expect(await listed(donvi)).toBe(true);
    // A nationwide movement of the Prime Minister (cascaded to nobody) concerns every officer.
    const admin = await loggedIn(t.app, 'admin');
    const root = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT id FROM organisation WHERE kind = 'central'`))[0]!.id;
    const pm = await expectOk(await admin.post('/api/v1/movements', { title: 'Phong trào thi đua “Cả nước chung tay vì người nghèo” (kiểm thử)', authorityOrgId: root, authorityLabel: 'Thủ tướng Chính phủ', kind: 'regular' }), 201);
    expect((await qn.get(`/api/v1/movements/${pm.id}`)).statusCode).toBe(200);
    expect((await donvi.get(`/api/v1/movements/${pm.id}`)).statusCode).toBe(200);
  });
});

describe('movement documents and `thidua files rescan`', () => {
  it('a stored document altered behind the application is quarantined by the rescan and no longer served (410)', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử quét lại văn bản', targetOrgIds: [ids.communeHienNam] });
    const doc = await expectOk(await upload(cv, `/api/v1/movements/${m.id}/documents`, { kind: 'ke_hoach' }, 'ke-hoach.pdf', PDF), 201);
    const key = rows<{ key: string }>(await t.handle.db.execute(sql`SELECT storage_key AS key FROM movement_document WHERE id = ${doc.id}::uuid`))[0]!.key;
    fs.appendFileSync(path.join(dataDir, 'uploads', key.slice(0, 2), key), '% da bi sua\n');
    const clean = { name: 'test scanner', scan: async () => ({ clean: true as const }) };
    const r = await rescanStoredFiles({ db: t.handle.db, now: t.clock.now }, new LocalFileStorage(path.join(dataDir, 'uploads')), clean);
    expect(r.findings.filter((f) => f.entity === 'movement_document')).toEqual([{ entity: 'movement_document', entityId: doc.id, fileName: 'ke-hoach.pdf', outcome: 'sha256_mismatch' }]);
    const res = await donvi.get(`/api/v1/movements/${m.id}/documents/${doc.id}`);
    expect(res.statusCode).toBe(410);
    expect(res.json().code).toBe('file_quarantined');
  });
});

describe('migration clusters/0002: registrations made before it get their reviewing level', () => {
  it('the backfill sets the authority for a direct target and the parent on the registration day otherwise', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử chuyển đổi dữ liệu', targetOrgIds: [ids.communeHienNam] });
    // (Distinct years: one registration per unit, movement and year since clusters/0003.)
    const insert = async (org: string, at: string, year: number) =>
      rows<{ id: string }>(await t.handle.db.execute(sql`INSERT INTO movement_registration (movement_id, organisation_id, year, titles, created_at) VALUES (${m.id}::uuid, ${org}::uuid, ${year}, '["tap_the_lao_dong_tien_tien"]'::jsonb, ${at}::timestamptz) RETURNING id`))[0]!.id;
    const target = await insert(ids.communeHienNam, '2026-03-01T00:00:00Z', 2026);
    const vuPhucOld = await insert(ids.communeVuPhuc, '2025-06-30T17:30:00Z', 2025); // 01/07/2025 00:30 in Vietnam: already under the new province
    const vuPhucOlder = await insert(ids.communeVuPhuc, '2025-06-30T16:00:00Z', 2024); // 30/06/2025 23:00 in Vietnam: still under the old one
    const board = await insert(ids.board, '2026-03-01T00:00:00Z', 2026);
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/db/migrations/clusters/0002_movement_levels_documents.sql');
    const backfill = fs.readFileSync(file, 'utf8').split('--> statement-breakpoint').at(-1)!;
    expect(backfill).toMatch(/UPDATE "movement_registration"/);
    await t.handle.db.execute(sql.raw(backfill));
    const level = async (id: string) => rows<{ o: string }>(await t.handle.db.execute(sql`SELECT review_org_id AS o FROM movement_registration WHERE id = ${id}::uuid`))[0]!.o;
    const oldParent = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT parent_id AS id FROM organisation_parent WHERE organisation_id = ${ids.communeVuPhuc}::uuid AND valid_to = '2025-06-30'`))[0]!.id;
    expect(await level(target)).toBe(ids.newHungYen);
    expect(await level(vuPhucOld)).toBe(ids.newHungYen);
    expect(await level(vuPhucOlder)).toBe(oldParent);
    expect(await level(board)).toBe(snv);
  });
});

describe('migration clusters/0003: registrations made before it get their year', () => {
  it('the backfill takes the year of the registration date in Vietnam (UTC+7)', async () => {
    const m = await launch(cv, { title: 'Thi đua kiểm thử năm đăng ký', targetOrgIds: [ids.communeHienNam] });
    const insert = async (at: string, year: number) =>
      rows<{ id: string }>(await t.handle.db.execute(sql`INSERT INTO movement_registration (movement_id, organisation_id, year, titles, created_at) VALUES (${m.id}::uuid, ${ids.communeHienNam}::uuid, ${year}, '[]'::jsonb, ${at}::timestamptz) RETURNING id`))[0]!.id;
    const newYearInVietnam = await insert('2025-12-31T17:30:00Z', 1991); // 01/01/2026 00:30 in Vietnam
    const stillOldYear = await insert('2025-12-31T16:30:00Z', 1992); // 31/12/2025 23:30 in Vietnam
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/db/migrations/clusters/0003_movement_registration_year.sql');
    const update = fs.readFileSync(file, 'utf8').split('--> statement-breakpoint').find((st) => st.includes('UPDATE "movement_registration"'))!;
    await t.handle.db.execute(sql.raw(`${update.trim().replace(/;$/, "")} WHERE "id" IN ('${newYearInVietnam}', '${stillOldYear}')`));
    const year = async (id: string) => rows<{ y: number }>(await t.handle.db.execute(sql`SELECT year AS y FROM movement_registration WHERE id = ${id}::uuid`))[0]!.y;
    expect(await year(newYearInVietnam)).toBe(2026);
    expect(await year(stillOldYear)).toBe(2025);
  });
});

describeWithClamd('movement documents are scanned (clamd)', () => {
  let clamd: Clamd;
  let s: TestApp;
  beforeAll(async () => {
    clamd = await startClamd();
    s = await createTestApp({ env: { DATA_DIR: tmpDataDir(), CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(clamd.port), CLAMD_TIMEOUT_MS: '5000' } });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await clamd?.stop();
  });

  it('EICAR inside a PDF is refused as file_infected, nothing stored, the attempt audited; a clean PDF passes', async () => {
    const c = await loggedIn(s.app, 'chuyenvien');
    const sIds = await demoIds(s.handle.db);
    const m = await expectOk(await c.post('/api/v1/movements', { title: 'Thi đua kiểm thử quét mã độc', authorityOrgId: sIds.newHungYen, authorityLabel: 'UBND tỉnh Hưng Yên', kind: 'regular' }), 201);
    const url = `/api/v1/movements/${m.id}/documents`;
    const bad = await upload(c, url, { kind: 'ke_hoach' }, 'ke-hoach.pdf', Buffer.concat([PDF, EICAR, Buffer.from('\n')]));
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'file_infected', details: { signature: 'Thidua.Test.EICAR.UNOFFICIAL' } });
    expect(await count(s.handle.db, 'movement_document', `movement_id = '${m.id}'`)).toBe(0);
    expect(await count(s.handle.db, 'audit_log', `action = 'file.infected' AND entity = 'movement' AND entity_id = '${m.id}' AND outcome = 'denied'`)).toBe(1);
    await expectOk(await upload(c, url, { kind: 'ke_hoach' }, 'ke-hoach.pdf', PDF), 201);
  });
});
