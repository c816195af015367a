// Issue #4: the whole journey from nomination to decision, then revocation, through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import {
  PNG,
  attach,
  attachRequired,
  count,
  createDossier,
  demoIds,
  expectOk,
  peopleOf,
  tmpDataDir,
  transition,
  userId,
  type DemoIds,
} from './dossiers.helpers.js';

let t: TestApp;
let ids: DemoIds;
let donvi: Client;
let chuyenvien: Client;
let hoidong: Client;
let lanhdao: Client;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  ids = await demoIds(t.handle.db);
  [donvi, chuyenvien, hoidong, lanhdao] = (await Promise.all(
    ['donvi', 'chuyenvien', 'hoidong', 'lanhdao'].map((u) => loggedIn(t.app, u)),
  )) as [Client, Client, Client, Client];
});
afterAll(async () => t?.close());

describe('from nomination to decision', () => {
  let dossierId = '';
  let people: { id: string; fullName: string }[] = [];
  let sessionId = '';
  let decisionId = '';
  let code = '';

  it('a unit officer creates a dossier (idempotent) with eligibility verdicts attached', async () => {
    people = await peopleOf(t.handle.db, ids.communeHienNam, 2);
    const body = {
      ownerOrgId: ids.communeHienNam,
      title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025',
      subjects: people.map((p) => ({ kind: 'individual', personId: p.id })),
    };
    const before = await count(t.handle.db, 'dossier');
    const d = await expectOk(await createDossier(donvi, body, { 'idempotency-key': 'tao-ho-so-1' }), 201);
    expect(d.status).toBe('draft');
    expect(d.subjects.map((s: { name: string }) => s.name)).toEqual(people.map((p) => p.fullName));
    for (const s of d.subjects) expect(['eligible', 'ineligible', 'review']).toContain(s.eligibility.verdict);
    expect(d.requiredDocuments).toEqual(['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_xet_khen_thuong']);
    const again = await createDossier(donvi, body, { 'idempotency-key': 'tao-ho-so-1' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(again.json().id).toBe(d.id);
    expect(await count(t.handle.db, 'dossier')).toBe(before + 1);
    const other = await createDossier(donvi, { ...body, title: 'Khác' }, { 'idempotency-key': 'tao-ho-so-1' });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
    dossierId = d.id;
  });

  it('refuses submission while a required document is missing', async () => {
    const r = await transition(donvi, dossierId, 'submit');
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('missing_documents');
    expect(r.json().details.missing).toEqual(['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_xet_khen_thuong']);
    expect((await donvi.get(`/api/v1/dossiers/${dossierId}`)).json().status).toBe('draft');
  });

  it('submits with the documents; the board receives it and returns it for a missing proof', async () => {
    await attachRequired(donvi, dossierId);
    const s = await expectOk(await transition(donvi, dossierId, 'submit'));
    expect(s.status).toBe('submitted');
    // Board appraisal: 20 working days from 25/11/2026 (Wed) → 23/12/2026.
    expect(s.deadline).toMatchObject({ step: 'board_appraisal', workingDays: 20, due: '2026-12-23', overdue: false });
    expect((await expectOk(await transition(chuyenvien, dossierId, 'receive'))).status).toBe('received');
    const ret = await expectOk(
      await transition(chuyenvien, dossierId, 'return', { reason: 'Thiếu giấy chứng nhận sáng kiến kèm theo báo cáo thành tích' }),
    );
    expect(ret.status).toBe('returned');
    expect(ret.returnReason).toMatch(/sáng kiến/);
    expect(ret.deadline).toMatchObject({ step: 'unit_supplement', owner: 'unit_officer', workingDays: 10 });
    const inbox = await expectOk(await donvi.get('/api/v1/inbox'));
    expect(inbox.items.find((i: { id: string }) => i.id === dossierId)).toMatchObject({ action: 'resubmit', workingDaysLeft: 10 });
  });

  it('the unit supplements and resubmits; the board appraises', async () => {
    await expectOk(await attach(donvi, dossierId, 'chung_nhan_sang_kien', 'sang-kien.png', PNG), 201);
    expect((await expectOk(await transition(donvi, dossierId, 'resubmit'))).status).toBe('resubmitted');
    await expectOk(await transition(chuyenvien, dossierId, 'receive'));
    const a = await expectOk(
      await transition(chuyenvien, dossierId, 'appraise', { opinion: 'Hồ sơ đầy đủ, đủ điều kiện trình Hội đồng.' }),
    );
    expect(a.status).toBe('appraised');
    expect(a.appraisalOpinion).toMatch(/đủ điều kiện/);
    expect(a.deadline).toMatchObject({ step: 'council', workingDays: 10 });
    const full = await expectOk(await chuyenvien.get(`/api/v1/dossiers/${dossierId}`));
    expect(full.history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'submit',
      'receive',
      'return',
      'resubmit',
      'receive',
      'appraise',
    ]);
    expect(full.history[3]).toMatchObject({ actor: 'chuyenvien', from: 'received', to: 'returned' });
    expect(await count(t.handle.db, 'audit_log', `entity = 'dossier' AND entity_id = '${dossierId}' AND action LIKE 'dossier.%'`)).toBe(11); // create, 4 attachments, 6 steps
  });

  it('the council votes by secret ballot over all members and the results are locked on close', async () => {
    const hoidongId = await userId(t.handle.db, 'hoidong');
    // The board officer picks members from the accounts holding council_member; a unit officer may not list them.
    const candidates = await expectOk(await chuyenvien.get('/api/v1/council-sessions/member-candidates'));
    expect(candidates.items.map((u: { id: string }) => u.id)).toContain(hoidongId);
    expect((await donvi.get('/api/v1/council-sessions/member-candidates')).statusCode).toBe(403);
    const s = await expectOk(
      await chuyenvien.post('/api/v1/council-sessions', {
        ownerOrgId: ids.newHungYen,
        title: 'Phiên họp xét khen thưởng tháng 11/2026',
        councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
        meetingDate: '2026-11-27',
        venue: 'Phòng họp số 1, UBND tỉnh Hưng Yên',
        chairName: 'Lê Minh Tuấn',
        secretaryName: 'Nguyễn Thị Thu Hà',
        memberUserIds: [hoidongId],
        namedMembers: [
          { name: 'Đặng Văn Khoa', title: 'Ủy viên', present: false },
          { name: 'Bùi Thị Hoà', title: 'Ủy viên', present: false },
        ],
        dossierIds: [dossierId],
      }),
      201,
    );
    sessionId = s.id;
    expect(s.totalMembers).toBe(3);
    expect(s.agenda).toHaveLength(2);
    expect(s.agenda[0]).toMatchObject({ thresholdPercent: 50, comparison: 'more_than', votesFor: null });
    expect((await donvi.get(`/api/v1/dossiers/${dossierId}`)).json().status).toBe('council_review');

    const inbox = await expectOk(await hoidong.get('/api/v1/inbox'));
    expect(inbox.items.some((i: { kind: string; id: string }) => i.kind === 'council_session' && i.id === sessionId)).toBe(true);

    const [first, second] = s.agenda.map((a: { id: string }) => a.id);
    const ballotsBefore = await count(t.handle.db, 'council_ballot');
    await expectOk(
      await hoidong.post(`/api/v1/council-sessions/${sessionId}/votes`, {
        votes: [
          { itemId: first, choice: 'for' },
          { itemId: second, choice: 'against' },
        ],
      }),
    );
    const twice = await hoidong.post(`/api/v1/council-sessions/${sessionId}/votes`, {
      votes: [
        { itemId: first, choice: 'for' },
        { itemId: second, choice: 'for' },
      ],
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_voted');
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballotsBefore + 2);
    // The ballot table has no column that could name the voter or order the ballots.
    const cols = await t.handle.db.execute(
      (await import('drizzle-orm'))
        .sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'council_ballot' ORDER BY column_name`,
    );
    expect((cols as unknown as { rows: { column_name: string }[] }).rows.map((r) => r.column_name)).toEqual(['choice', 'id', 'item_id']);

    // Quorum (council.quorum.percent, default 2/3 of ALL members): with 1 of 3 having voted the session cannot close.
    const early = await chuyenvien.post(`/api/v1/council-sessions/${sessionId}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'council_quorum_not_met', details: { members: 3, participants: 1, required: 2 } });
    expect(early.json().message).toMatch(/Chưa đủ số thành viên/);
    expect((await expectOk(await chuyenvien.get(`/api/v1/council-sessions/${sessionId}`))).status).toBe('open');
    expect((await donvi.get(`/api/v1/dossiers/${dossierId}`)).json().status).toBe('council_review');

    const members = s.members.filter((m: { present: boolean }) => !m.present);
    await expectOk(
      await chuyenvien.post(`/api/v1/council-sessions/${sessionId}/written-votes`, {
        memberId: members[0].id,
        votes: [
          { itemId: first, choice: 'for' },
          { itemId: second, choice: 'for' },
        ],
      }),
    );
    await expectOk(
      await chuyenvien.post(`/api/v1/council-sessions/${sessionId}/written-votes`, {
        memberId: members[1].id,
        votes: [
          { itemId: first, choice: 'against' },
          { itemId: second, choice: 'abstain' },
        ],
      }),
    );
    const closed = await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${sessionId}/close`));
    expect(closed.status).toBe('closed');
    // 2 of 3 members (66,67% > 50%) for the first nominee; 1 of 3 for the second.
    expect(closed.agenda[0]).toMatchObject({ votesFor: 2, votesAgainst: 1, passed: true });
    expect(closed.agenda[1]).toMatchObject({ votesFor: 1, votesAgainst: 1, abstentions: 1, passed: false });
    const late = await hoidong.post(`/api/v1/council-sessions/${sessionId}/votes`, {
      votes: [
        { itemId: first, choice: 'for' },
        { itemId: second, choice: 'for' },
      ],
    });
    expect(late.statusCode).toBe(409);
    const d = await expectOk(await donvi.get(`/api/v1/dossiers/${dossierId}`));
    expect(d.status).toBe('approved');
    expect(d.subjects.map((x: { result: string }) => x.result)).toEqual(['approved', 'rejected']);
    const minutes = await chuyenvien.get(`/api/v1/council-sessions/${sessionId}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    expect(minutes.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the leader issues the decision (idempotent); the registry holds the award; the certificate verifies as valid', async () => {
    const body = { dossierIds: [dossierId], date: '2026-11-30', signerName: 'Lê Minh Tuấn', signerTitle: 'PHÓ CHỦ TỊCH' };
    const entriesBefore = await count(t.handle.db, 'award_entry');
    const dec = await expectOk(await lanhdao.post('/api/v1/decisions', body, { 'idempotency-key': 'qd-1' }), 201);
    expect(dec.number).toMatch(/^\d+\/QĐ-UBND$/);
    expect(dec.authority).toBe('Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên');
    expect(dec.entries).toHaveLength(1);
    expect(dec.entries[0]).toMatchObject({ name: people[0]!.fullName, status: 'valid', award: 'bang_khen_tinh' });
    const replay = await lanhdao.post('/api/v1/decisions', body, { 'idempotency-key': 'qd-1' });
    expect(replay.statusCode).toBe(201);
    expect(replay.json().id).toBe(dec.id);
    expect(await count(t.handle.db, 'award_entry')).toBe(entriesBefore + 1);
    expect(
      await count(t.handle.db, 'award_entry', `decision_id = '${dec.id}' AND source = 'decided' AND person_id = '${people[0]!.id}'`),
    ).toBe(1);
    decisionId = dec.id;
    code = dec.entries[0].certificateCode;
    expect((await donvi.get(`/api/v1/dossiers/${dossierId}`)).json()).toMatchObject({ status: 'decided', decisionId });

    const list = await expectOk(await lanhdao.get('/api/v1/decisions'));
    // The demo decisions are dated from the real clock, so this one is not necessarily the newest: find it, check the order.
    // CONTRACT.md's fields, then what a client words the summary from in its own language (additive).
    expect(list.items.find((i: { id: string }) => i.id === decisionId)).toEqual({
      id: decisionId,
      number: dec.number,
      date: '2026-11-30',
      authority: dec.authority,
      status: 'issued',
      kind: 'award',
      summary: dec.summary,
      award: dec.award,
      awardees: dec.entries.length,
      references: null,
    });
    const dates = list.items.map((i: { date: string }) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());

    const pub = await expectOk(await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${code}` }));
    expect(pub).toMatchObject({
      code,
      status: 'valid',
      holder: { name: people[0]!.fullName },
      decision: { number: dec.number, date: '2026-11-30' },
    });
    const page = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('CÒN HIỆU LỰC');
    expect(page.body).toContain(people[0]!.fullName);
    expect((await t.app.inject({ method: 'GET', url: '/verify/KHONG-CO-MA' })).statusCode).toBe(404);

    const docx = await lanhdao.get(`/api/v1/decisions/${decisionId}/document.docx`);
    expect(docx.statusCode).toBe(200);
    const pdf = await lanhdao.get(`/api/v1/decisions/${decisionId}/certificates.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an issued decision cannot be altered in the database', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(t.handle.db.execute(sql`UPDATE decision SET number = '999/QĐ-UBND' WHERE id = ${decisionId}::uuid`)).rejects.toThrow();
    await expect(t.handle.db.execute(sql`DELETE FROM decision WHERE id = ${decisionId}::uuid`)).rejects.toThrow();
  });

  it('a revocation decision references the old one and the certificate then shows revoked', async () => {
    const rev = await expectOk(
      await lanhdao.post(
        `/api/v1/decisions/${decisionId}/revoke`,
        { date: '2026-12-07', ground: 'b', reason: 'Hồ sơ sử dụng giấy chứng nhận sáng kiến không hợp lệ', signerName: 'Lê Minh Tuấn' },
        { 'idempotency-key': 'huy-1' },
      ),
      201,
    );
    expect(rev.kind).toBe('revocation');
    expect(rev.referencesId).toBe(decisionId);
    const old = await expectOk(await lanhdao.get(`/api/v1/decisions/${decisionId}`));
    expect(old.status).toBe('revoked');
    expect(old.revokedBy).toEqual([{ id: rev.id, number: rev.number, date: '2026-12-07' }]);
    expect(old.entries[0].status).toBe('revoked');
    const pub = await expectOk(await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${code}` }));
    expect(pub).toMatchObject({ status: 'revoked', revokedBy: { number: rev.number, date: '2026-12-07' } });
    const page = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(page.body).toContain('ĐÃ BỊ HỦY BỎ');
    expect(page.body).toContain(rev.number);
    const list = await expectOk(await lanhdao.get('/api/v1/decisions'));
    expect(list.items[0]).toMatchObject({ id: rev.id, status: 'issued' });
    expect(list.items.find((x: { id: string }) => x.id === decisionId).status).toBe('revoked');
    const again = await lanhdao.post(`/api/v1/decisions/${decisionId}/revoke`, {
      date: '2026-12-08',
      ground: 'b',
      reason: 'lần hai',
      signerName: 'Lê Minh Tuấn',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
  });
});
