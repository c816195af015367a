// Data-entry campaigns (issue #6 point 5) and reissue requests, through the API on PGlite and
// PostgreSQL: targets, assignments, single and double entry, adjudication, validation as in import,
// idempotent entry, deadlines, progress in working days, and the reissue workflow.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { record } from './registry.helpers.js';

let t: TestApp;
let board: Client;
let admin: Client;
let u1: Client;
let u2: Client;
const org: Record<string, string> = {};
let owner = '';

const q = async <T>(query: ReturnType<typeof sql>) => (await t.handle.db.execute(query)).rows as T[];
const count = async (table: string, where = sql`true`) => (await q<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${where}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  [board, admin, u1, u2] = (await Promise.all(['chuyenvien', 'admin', 'donvi', 'donvi2'].map((u) => loggedIn(t.app, u)))) as [Client, Client, Client, Client];
  for (const r of await q<{ id: string; code: string }>(sql`SELECT id, code FROM organisation WHERE code IN ('33-C1', '33-C2', '33-C3', '33-BTDKT')`)) org[r.code] = r.id;
  owner = org['33-BTDKT']!;
});
afterAll(async () => {
  await t?.close();
});


async function createCampaign(body: Record<string, unknown>) {
  const r = await board.post('/api/v1/registry/campaigns', { name: 'Nhập dữ liệu khen thưởng kháng chiến', kind: 'resistance_war', startDate: '2026-11-16', deadline: '2026-12-25', ownerOrgId: owner, ...body });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; awardCodes: string[]; periods: { code: string }[]; can: { manage: boolean; enterOrgIds: string[] } };
}

describe('data-entry campaigns', () => {
  let single = '';
  let double = '';

  it('opens a resistance-war campaign with the reference periods and awards; only managers may', async () => {
    const c = await createCampaign({ doubleEntry: false });
    single = c.id;
    expect(c.periods.map((p) => p.code)).toEqual(['chong_phap', 'chong_my', 'bien_gioi_tay_nam', 'bien_gioi_phia_bac', 'campuchia']);
    expect(c.awardCodes).toContain('huan_chuong_khang_chien_chong_my_hang_nhi');
    expect(c.can.manage).toBe(true);
    const denied = await u1.post('/api/v1/registry/campaigns', { name: 'Không được', kind: 'general', startDate: '2026-11-16', deadline: '2026-12-25' });
    expect(denied.statusCode).toBe(403);
    const bad = await board.post('/api/v1/registry/campaigns', { name: 'Sai ngày', kind: 'general', startDate: '2026-12-16', deadline: '2026-12-01', ownerOrgId: owner });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    const unknownAward = await board.post('/api/v1/registry/campaigns', { name: 'Mã lạ', kind: 'general', startDate: '2026-11-16', deadline: '2026-12-01', ownerOrgId: owner, awardCodes: ['khong_co'] });
    expect(unknownAward.json().code).toBe('validation_failed');
    const list = (await board.get('/api/v1/registry/campaigns')).json();
    expect(list.items.map((x: { id: string }) => x.id)).toContain(single);
  });

  it('sets targets and assigns officers whose scope covers the unit', async () => {
    const tr = await board.request('PUT', `/api/v1/registry/campaigns/${single}/targets`, { targets: [{ orgId: org['33-C1'], expected: 5 }, { orgId: org['33-C2'], expected: 3 }] });
    expect(tr.statusCode, tr.body).toBe(200);
    expect(tr.json().targets.map((x: { orgName: string; expected: number }) => [x.orgName, x.expected])).toEqual([
      ['Phường Hiến Nam', 5],
      ['Xã Tân Hưng', 3],
    ]);
    const users = (await board.get(`/api/v1/registry/campaigns/${single}/assignable-users?orgId=${org['33-C1']}`)).json().items.map((u: { username: string }) => u.username);
    expect(users).toEqual(expect.arrayContaining(['donvi', 'donvi2', 'chuyenvien', 'admin']));
    const far = (await board.get(`/api/v1/registry/campaigns/${single}/assignable-users?orgId=${org['33-C2']}`)).json().items.map((u: { username: string }) => u.username);
    expect(far).not.toContain('donvi');
    const donviId = (await q<{ id: string }>(sql`SELECT id FROM app_user WHERE username = 'donvi'`))[0]!.id;
    const wrong = await board.post(`/api/v1/registry/campaigns/${single}/assignments`, { userId: donviId, orgId: org['33-C2'] });
    expect(wrong.json().code).toBe('validation_failed');
    const ok = await board.post(`/api/v1/registry/campaigns/${single}/assignments`, { userId: donviId, orgId: org['33-C1'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().assignments).toMatchObject([{ username: 'donvi', orgName: 'Phường Hiến Nam' }]);
    const mine = (await u1.get(`/api/v1/registry/campaigns/${single}`)).json();
    expect(mine.can).toMatchObject({ manage: false, enter: true, enterOrgIds: [org['33-C1']] });
    // donvi2 is not assigned: the campaign is not visible to a unit officer outside its owner's scope.
    expect((await u2.get(`/api/v1/registry/campaigns/${single}`)).statusCode).toBe(404);
  });

  it('commits a valid record to the ledger at once (single entry), found by registry search', async () => {
    const before = await count('award_entry');
    const r = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-001', cells: record('Nguyễn Văn Kháng') });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'committed', outcome: 'created', fullName: 'Nguyễn Văn Kháng', award: 'huan_chuong_khang_chien_chong_my_hang_nhi', year: 1986, enteredBy: 'donvi' });
    expect(await count('award_entry')).toBe(before + 1);
    const [e] = await q<{ source: string; award_type: string; owner_org_id: string; decision_date: string }>(sql`SELECT source, award_type, owner_org_id, to_char(decision_date, 'YYYY-MM-DD') AS decision_date FROM award_entry WHERE id = ${r.json().awardEntryId}::uuid`);
    // The resistance-war kind defaults the award type; the unit keyed it and owns it.
    expect(e).toEqual({ source: 'campaign', award_type: 'khang_chien', owner_org_id: org['33-C1'], decision_date: '1986-03-05' });
    const s = (await board.get(`/api/v1/registry/search?q=${encodeURIComponent('nguyen van khang')}`)).json();
    expect(s.items.map((x: { id: string }) => x.id)).toContain(r.json().awardEntryId);
    const audit = await q<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_id = ${r.json().id}`);
    expect(audit.map((a) => a.action)).toEqual(['registry.campaign.entry']);
  });

  it('refuses an invalid record field by field and stores nothing; checks without storing', async () => {
    const before = [await count('registry_campaign_entry'), await count('award_entry'), await count('person')];
    const r = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-002', cells: record('Trần Văn Sai', { year: '', decisionDate: '31/02/1986', award: 'Bằng khen của Chủ tịch UBND tỉnh' }) });
    expect(r.statusCode).toBe(422);
    const body = r.json();
    expect(body.code).toBe('registry_entry_invalid');
    expect(body.message).toBe('Bản ghi chưa hợp lệ; xem lỗi của từng trường.');
    expect(body.details.errors.map((e: { field: string }) => e.field).sort()).toEqual(['decisionDate', 'year']);
    expect(body.details.errors.find((e: { field: string }) => e.field === 'year').header).toBe('Năm thành tích');
    expect([await count('registry_campaign_entry'), await count('award_entry'), await count('person')]).toEqual(before);
    // A valid row with an award outside the campaign's list.
    const off = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-003', cells: record('Trần Văn Lạc', { award: 'Bằng khen của Chủ tịch UBND tỉnh', type: 'cong_trang' }) });
    expect(off.json().details.errors).toMatchObject([{ field: 'award', code: 'award_not_in_campaign' }]);
    // The check route: same verdicts, nothing stored; legacy text is converted and reported.
    const chk = await u1.post(`/api/v1/registry/campaigns/${single}/entries/check`, { orgId: org['33-C1'], cells: record('Khæng V¨n H¶i') });
    expect(chk.statusCode, chk.body).toBe(200);
    expect(chk.json()).toMatchObject({ valid: true, errors: [] });
    expect(chk.json().warnings).toMatchObject([{ field: 'fullName', code: 'legacy_encoding_converted', original: 'Khæng V¨n H¶i' }]);
    expect([await count('registry_campaign_entry'), await count('award_entry')]).toEqual(before.slice(0, 2));
    // Out of the officer's units: 404, nothing stored.
    const other = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C2'], cells: record('Trần Văn Ngoài') });
    expect(other.statusCode).toBe(404);
  });

  it('is idempotent per key, refuses a paper record keyed twice, and finds an award already in the ledger', async () => {
    const body = { orgId: org['33-C1'], recordRef: 'HN-010', cells: record('Lê Thị Bền', { gender: 'Nữ', birth: '1945' }) };
    const a = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, body, { 'idempotency-key': 'hn-010' });
    expect(a.statusCode, a.body).toBe(201);
    const n = await count('registry_campaign_entry');
    const b = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, body, { 'idempotency-key': 'hn-010' });
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotency-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    expect(await count('registry_campaign_entry')).toBe(n);
    const reused = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { ...body, recordRef: 'HN-011' }, { 'idempotency-key': 'hn-010' });
    expect(reused.json().code).toBe('idempotency_key_reused');
    const twice = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('campaign_record_complete');
    // The same award of the same person under another paper reference: no second ledger entry.
    const again = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { ...body, recordRef: 'HN-012' });
    expect(again.json()).toMatchObject({ status: 'committed', outcome: 'existing', awardEntryId: a.json().awardEntryId });
  });

  it('double entry: waits for a second officer, commits when both agree, adjudicates differences', async () => {
    const c = await createCampaign({ name: 'Nhập hai lần', doubleEntry: true });
    double = c.id;
    const ids = await q<{ id: string; username: string }>(sql`SELECT id, username FROM app_user WHERE username IN ('donvi', 'donvi2')`);
    for (const u of ids) expect((await board.post(`/api/v1/registry/campaigns/${double}/assignments`, { userId: u.id, orgId: org['33-C1'] })).statusCode).toBe(200);
    const url = `/api/v1/registry/campaigns/${double}/entries`;
    const noRef = await u1.post(url, { orgId: org['33-C1'], cells: record('Phạm Văn Đôi') });
    expect(noRef.json().code).toBe('validation_failed');

    const ledger = await count('award_entry');
    const first = await u1.post(url, { orgId: org['33-C1'], recordRef: 'D-1', cells: record('Phạm Văn Đôi') });
    expect(first.json()).toMatchObject({ status: 'awaiting_second', awardEntryId: null });
    expect(await count('award_entry')).toBe(ledger);
    const same = await u1.post(url, { orgId: org['33-C1'], recordRef: 'D-1', cells: record('Phạm Văn Đôi') });
    expect(same.json().code).toBe('campaign_same_officer');
    // The second officer types the date another way and the award by code: the same values.
    const second = await u2.post(url, { orgId: org['33-C1'], recordRef: 'D-1', cells: record('Phạm  Văn Đôi', { decisionDate: '1986-03-05', award: 'huan_chuong_khang_chien_chong_my_hang_nhi' }) });
    expect(second.json()).toMatchObject({ status: 'committed', outcome: 'created' });
    expect(await count('award_entry')).toBe(ledger + 1);
    const [f] = await q<{ status: string; award_entry_id: string }>(sql`SELECT status, award_entry_id FROM registry_campaign_entry WHERE id = ${first.json().id}::uuid`);
    expect(f).toEqual({ status: 'committed', award_entry_id: second.json().awardEntryId });
    expect((await admin.post(url, { orgId: org['33-C1'], recordRef: 'D-1', cells: record('Phạm Văn Đôi') })).json().code).toBe('campaign_record_complete');

    // Different birth years: an adjudication, nothing in the ledger yet.
    await u1.post(url, { orgId: org['33-C1'], recordRef: 'D-2', cells: record('Hoàng Văn Khác', { birth: '1941' }) });
    const diff = await u2.post(url, { orgId: org['33-C1'], recordRef: 'D-2', cells: record('Hoàng Văn Khác', { birth: '1947' }) });
    expect(diff.json()).toMatchObject({ status: 'adjudication' });
    expect(await count('award_entry')).toBe(ledger + 1);
    const list = (await board.get(`/api/v1/registry/campaigns/${double}/adjudications?status=open`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].fields.filter((x: { differs: boolean }) => x.differs)).toEqual([{ field: 'birth', header: 'Năm sinh', first: '1941', second: '1947', differs: true }]);
    expect(list[0]).toMatchObject({ orgName: 'Phường Hiến Nam', recordRef: 'D-2', first: { enteredBy: 'donvi' }, second: { enteredBy: 'donvi2' } });
    expect((await u1.get(`/api/v1/registry/campaigns/${double}/adjudications`)).statusCode).toBe(403);
    const bad = await board.post(`/api/v1/registry/campaigns/${double}/adjudications/${list[0].id}/resolve`, { cells: { birth: 'năm bốn mốt' } });
    expect(bad.json().code).toBe('registry_entry_invalid');
    const res = await board.post(`/api/v1/registry/campaigns/${double}/adjudications/${list[0].id}/resolve`, { cells: { birth: '1941' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'resolved', resolvedBy: 'chuyenvien' });
    const [p] = await q<{ birth_year: number }>(sql`SELECT p.birth_year FROM award_entry e JOIN person p ON p.id = e.person_id WHERE e.id = ${res.json().awardEntryId}::uuid`);
    expect(p!.birth_year).toBe(1941);
    expect((await board.post(`/api/v1/registry/campaigns/${double}/adjudications/${list[0].id}/resolve`, { cells: {} })).json().code).toBe('conflict');

    // An adjudicator who keyed one of the two entries may not settle it.
    await board.post(url, { orgId: org['33-C2'], recordRef: 'T-1', cells: record('Đinh Văn Hai', { birth: '1930' }) });
    await admin.post(url, { orgId: org['33-C2'], recordRef: 'T-1', cells: record('Đinh Văn Hai', { birth: '1931' }) });
    const open = (await board.get(`/api/v1/registry/campaigns/${double}/adjudications?status=open`)).json().items;
    const own = await board.post(`/api/v1/registry/campaigns/${double}/adjudications/${open[0].id}/resolve`, { cells: { birth: '1930' } });
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('campaign_adjudicator_entered');

    // Two officers send the second entry of one record at the same moment: one commits it, the other is told it is complete.
    await u1.post(url, { orgId: org['33-C1'], recordRef: 'D-3', cells: record('Lương Văn Đồng', { birth: '1944' }) });
    const before = await count('award_entry');
    const race = await Promise.all([u2, admin].map((c) => c.post(url, { orgId: org['33-C1'], recordRef: 'D-3', cells: record('Lương Văn Đồng', { birth: '1944' }) })));
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(race.find((r) => r.statusCode === 409)!.json().code).toBe('campaign_record_complete');
    expect(await count('award_entry')).toBe(before + 1);
    expect(await count('registry_campaign_entry', sql`record_ref = 'D-3'`)).toBe(2);
  });

  it('refuses entries when the campaign is closed or outside its dates; extensions are audited', async () => {
    const closed = await board.patch(`/api/v1/registry/campaigns/${single}`, { status: 'closed', reason: 'Tạm dừng để rà soát' });
    expect(closed.statusCode, closed.body).toBe(200);
    const r = await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-020', cells: record('Vũ Văn Muộn') });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('campaign_not_open');
    await board.patch(`/api/v1/registry/campaigns/${single}`, { status: 'open', reason: 'Tiếp tục' });
    // A deadline already past (today is 25/11): refused; extended: accepted.
    const past = await board.patch(`/api/v1/registry/campaigns/${single}`, { deadline: '2026-11-20', reason: 'Kết thúc sớm' });
    expect(past.json().deadline).toBe('2026-11-20');
    expect((await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-021', cells: record('Vũ Văn Muộn') })).json().code).toBe('campaign_not_open');
    const early = await board.patch(`/api/v1/registry/campaigns/${single}`, { deadline: '2026-11-10', reason: 'Trước ngày bắt đầu' });
    expect(early.json().code).toBe('validation_failed');
    const ext = await board.patch(`/api/v1/registry/campaigns/${single}`, { deadline: '2026-12-31', reason: 'Gia hạn theo Công văn số 12/BTĐKT' });
    expect(ext.json().deadline).toBe('2026-12-31');
    expect((await u1.post(`/api/v1/registry/campaigns/${single}/entries`, { orgId: org['33-C1'], recordRef: 'HN-021', cells: record('Vũ Văn Muộn') })).statusCode).toBe(201);
    const audit = await q<{ action: string; after: { reason?: string } }>(sql`SELECT action, after FROM audit_log WHERE entity = 'registry_campaign' AND entity_id = ${single} AND action = 'registry.campaign.update' ORDER BY id`);
    expect(audit.map((a) => a.after.reason)).toEqual(['Tạm dừng để rà soát', 'Tiếp tục', 'Kết thúc sớm', 'Gia hạn theo Công văn số 12/BTĐKT']);
    expect((await u1.patch(`/api/v1/registry/campaigns/${single}`, { status: 'closed', reason: 'Không có quyền' })).statusCode).toBe(403);
  });

  it('reports progress per unit and per day against targets and the deadline in working days', async () => {
    const p = (await board.get(`/api/v1/registry/campaigns/${single}/progress`)).json();
    // Clock: Wed 25/11/2026. Working days 16–25/11: 8; after today to 31/12 (the extended deadline): 26.
    expect(p).toMatchObject({ today: '2026-11-25', startDate: '2026-11-16', deadline: '2026-12-31', workingDaysElapsed: 8 });
    expect(p.workingDaysLeft).toBe(26);
    const hn = p.units.find((u: { orgId: string }) => u.orgId === org['33-C1']);
    // HN-001, HN-010, HN-012 and HN-021 committed today.
    expect(hn).toMatchObject({ orgName: 'Phường Hiến Nam', target: 5, committed: 4, entered: 4, adjudication: 0, awaitingSecond: 0 });
    expect(p.units.find((u: { orgId: string }) => u.orgId === org['33-C2'])).toMatchObject({ target: 3, committed: 0 });
    expect(p.totals).toMatchObject({ target: 8, committed: 4 });
    expect(p.perDay).toEqual([{ date: '2026-11-25', entered: 4, committed: 4 }]);
    expect(p.projection).toMatchObject({ percent: 50, requiredPerDay: 1 });
    const d = (await board.get(`/api/v1/registry/campaigns/${double}/progress`)).json();
    expect(d.totals).toMatchObject({ committed: 3, adjudication: 1, entered: 4 });
    // A unit officer sees only the units assigned to them.
    const mine = (await u1.get(`/api/v1/registry/campaigns/${double}/progress`)).json();
    expect(mine.units.map((u: { orgId: string }) => u.orgId)).toEqual([org['33-C1']]);
    const entries = (await u1.get(`/api/v1/registry/campaigns/${single}/entries?mine=true`)).json();
    expect(entries.todayByMe).toBe(4);
  });
});

describe('reissue requests', () => {
  let entryId = '';
  it('tracks a lost certificate from request to reissue, with every step audited', async () => {
    const camp = (await board.get('/api/v1/registry/campaigns')).json().items[0];
    const e = (await u1.get(`/api/v1/registry/campaigns/${camp.id}/entries?mine=true&limit=50`)).json().items.find((x: { awardEntryId: string | null; outcome: string }) => x.awardEntryId && x.outcome === 'created');
    entryId = e.awardEntryId;
    const r = await u1.post(`/api/v1/registry/entries/${entryId}/reissue-requests`, { cause: 'lost', item: 'certificate', reason: 'Bị thất lạc khi chuyển nhà' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ status: 'requested', requestedBy: 'donvi', cause: 'lost' });
    const dup = await u1.post(`/api/v1/registry/entries/${entryId}/reissue-requests`, { cause: 'damaged', item: 'medal', reason: 'Lần nữa' });
    expect(dup.json().code).toBe('reissue_transition_invalid');
    const id = r.json().id;
    expect((await u1.post(`/api/v1/registry/reissue-requests/${id}/approve`, {})).statusCode).toBe(403);
    expect((await board.post(`/api/v1/registry/reissue-requests/${id}/issue`, { certificateCode: 'KC-2026-0001' })).json().code).toBe('reissue_transition_invalid');
    const ok = await board.post(`/api/v1/registry/reissue-requests/${id}/approve`, { note: 'Đã xác minh' });
    expect(ok.json()).toMatchObject({ status: 'approved', decidedBy: 'chuyenvien', decisionNote: 'Đã xác minh' });
    const done = await board.post(`/api/v1/registry/reissue-requests/${id}/issue`, { certificateCode: 'KC-2026-0001' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'reissued', certificateCode: 'KC-2026-0001' });
    const old = (await board.get(`/api/v1/registry/entries/${entryId}`)).json();
    expect(old.status).toBe('reissued');
    const fresh = (await board.get(`/api/v1/registry/entries/${done.json().newEntryId}`)).json();
    expect(fresh).toMatchObject({ status: 'valid', certificateCode: 'KC-2026-0001' });
    const list = (await u1.get(`/api/v1/registry/reissue-requests?entryId=${entryId}`)).json().items;
    expect(list).toHaveLength(1);
    const audit = await q<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_id = ${id} ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['registry.reissue.request', 'registry.reissue.approve', 'registry.reissue.issue']);
    // A reissued entry takes no further request.
    expect((await u1.post(`/api/v1/registry/entries/${entryId}/reissue-requests`, { cause: 'lost', item: 'both', reason: 'Lại mất' })).json().code).toBe('reissue_transition_invalid');
  });

  it('rejects a request, and hides other organisations\u2019 entries', async () => {
    const camp = (await board.get('/api/v1/registry/campaigns')).json().items.find((c: { doubleEntry: boolean }) => !c.doubleEntry);
    const other = await board.post(`/api/v1/registry/campaigns/${camp.id}/entries`, { orgId: org['33-C2'], recordRef: 'TH-001', cells: record('Đinh Thị Xa', { gender: 'Nữ' }) });
    expect(other.json()).toMatchObject({ status: 'committed', outcome: 'created' });
    const foreign = await u1.post(`/api/v1/registry/entries/${other.json().awardEntryId}/reissue-requests`, { cause: 'lost', item: 'medal', reason: 'Không thuộc đơn vị' });
    expect(foreign.statusCode).toBe(404);
    expect(await count('registry_reissue_request', sql`entry_id = ${other.json().awardEntryId}::uuid`)).toBe(0);
    const [mine] = await q<{ id: string }>(sql`SELECT id FROM award_entry WHERE status = 'valid' AND owner_org_id = ${org['33-C1']}::uuid LIMIT 1`);
    const r = await u1.post(`/api/v1/registry/entries/${mine!.id}/reissue-requests`, { cause: 'damaged', item: 'medal', reason: 'Hiện vật bị hư hỏng do ngập lụt' });
    const no = await board.post(`/api/v1/registry/reissue-requests/${r.json().id}/reject`, { note: 'Chưa đủ giấy tờ xác nhận' });
    expect(no.json()).toMatchObject({ status: 'rejected', decisionNote: 'Chưa đủ giấy tờ xác nhận' });
    expect((await board.get(`/api/v1/registry/entries/${mine!.id}`)).json().status).toBe('valid');
  });
});
