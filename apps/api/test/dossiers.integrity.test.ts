// Issue #4: bad input, scope, optimistic concurrency, idempotency and concurrent decision numbering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineNoticeTextVi } from '@thidua/domain';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import {
  EXE,
  PDF,
  approvedDossier,
  attach,
  attachRequired,
  count,
  createDossier,
  demoIds,
  expectOk,
  peopleOf,
  tmpDataDir,
  transition,
  type DemoIds,
} from './dossiers.helpers.js';

let t: TestApp;
let ids: DemoIds;
let donvi: Client;
let chuyenvien: Client;
let lanhdao: Client;
let people: { id: string; fullName: string }[];

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  ids = await demoIds(t.handle.db);
  [donvi, chuyenvien, lanhdao] = (await Promise.all(['donvi', 'chuyenvien', 'lanhdao'].map((u) => loggedIn(t.app, u)))) as [
    Client,
    Client,
    Client,
  ];
  people = await peopleOf(t.handle.db, ids.communeHienNam, 3);
});
afterAll(async () => t?.close());

async function newDossier(
  c: Client = donvi,
  ownerOrgId = ids.communeHienNam,
  subjects = [{ kind: 'individual', personId: people[0]!.id }],
) {
  return expectOk(await createDossier(c, { ownerOrgId, title: 'Hồ sơ kiểm thử', subjects }), 201);
}

describe('bad input changes nothing', () => {
  it('a forbidden transition is 409 invalid_transition and the dossier stays as it was', async () => {
    const d = await newDossier();
    const audits = await count(t.handle.db, 'audit_log', `entity_id = '${d.id}'`);
    for (const [c, action] of [
      [donvi, 'receive'],
      [donvi, 'appraise'],
      [chuyenvien, 'resubmit'],
      [chuyenvien, 'forward'],
      [lanhdao, 'submit'],
    ] as const) {
      const r = await transition(c, d.id, action, { opinion: 'x' });
      expect(r.statusCode, `${action}: ${r.body}`).toBe(409);
      expect(r.json().code).toBe('invalid_transition');
      expect(r.json().message).toMatch(/Không thể thực hiện bước này/);
    }
    const approve = await transition(chuyenvien, d.id, 'approve');
    expect(approve.statusCode).toBe(400); // not a transition a person may request (schema)
    const after = await expectOk(await donvi.get(`/api/v1/dossiers/${d.id}`));
    expect(after).toMatchObject({ status: 'draft', version: d.version });
    expect(await count(t.handle.db, 'audit_log', `entity_id = '${d.id}'`)).toBe(audits);
  });

  it('a return needs a reason; the state machine is checked before anything is written', async () => {
    const d = await newDossier();
    await attachRequired(donvi, d.id);
    await expectOk(await transition(donvi, d.id, 'submit'));
    const r = await transition(chuyenvien, d.id, 'return');
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('validation_failed');
    expect((await donvi.get(`/api/v1/dossiers/${d.id}`)).json().status).toBe('submitted');
  });

  it('a missing required document is 422 missing_documents', async () => {
    const d = await newDossier();
    await expectOk(await attach(donvi, d.id, 'to_trinh', 'to-trinh.pdf', PDF), 201);
    const r = await transition(donvi, d.id, 'submit');
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ code: 'missing_documents', details: { missing: ['bao_cao_thanh_tich', 'bien_ban_xet_khen_thuong'] } });
    expect((await donvi.get(`/api/v1/dossiers/${d.id}`)).json().status).toBe('draft');
  });

  it('an executable renamed .pdf is refused 415 and nothing is stored', async () => {
    const d = await newDossier();
    const before = await count(t.handle.db, 'dossier_attachment');
    const r = await attach(donvi, d.id, 'to_trinh', 'to-trinh.pdf', EXE);
    expect(r.statusCode).toBe(415);
    expect(r.json().code).toBe('unsupported_media_type');
    // A real PDF with a wrong extension is refused too (a.pdf.exe).
    expect((await attach(donvi, d.id, 'to_trinh', 'a.pdf.exe', PDF)).statusCode).toBe(415);
    expect(await count(t.handle.db, 'dossier_attachment')).toBe(before);
  });

  it('an oversized upload is refused 413', async () => {
    const d = await newDossier();
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    const r = await attach(donvi, d.id, 'to_trinh', 'lon.pdf', big);
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('payload_too_large');
    expect(await count(t.handle.db, 'dossier_attachment', `dossier_id = '${d.id}'`)).toBe(0);
  });

  it("another organisation's dossier is 404 everywhere (no leak)", async () => {
    // Xã Vũ Phúc (former Thái Bình) is in the board's scope, not in the Hiến Nam unit officer's.
    const vuPhucPeople = await peopleOf(t.handle.db, ids.communeVuPhuc, 1);
    const other = await newDossier(chuyenvien, ids.communeVuPhuc, [{ kind: 'individual', personId: vuPhucPeople[0]!.id }]);
    await expectOk(await attach(chuyenvien, other.id, 'to_trinh', 'to-trinh.pdf', PDF), 201);
    const att = (await chuyenvien.get(`/api/v1/dossiers/${other.id}`)).json().attachments[0].id;
    for (const r of [
      await donvi.get(`/api/v1/dossiers/${other.id}`),
      await donvi.get(`/api/v1/dossiers/${other.id}/attachments/${att}`),
      await donvi.get(`/api/v1/dossiers/${other.id}/package.zip`),
      await transition(donvi, other.id, 'submit'),
      await attach(donvi, other.id, 'to_trinh', 'x.pdf', PDF),
      await donvi.patch(`/api/v1/dossiers/${other.id}`, { title: 'x' }, { 'if-match': '"1"' }),
    ]) {
      expect(r.statusCode, r.body).toBe(404);
      expect(r.json().code).toBe('not_found');
    }
    expect((await donvi.get('/api/v1/dossiers?limit=100')).json().items.some((x: { id: string }) => x.id === other.id)).toBe(false);
    // A person outside the unit's scope cannot be nominated either.
    const r = await createDossier(donvi, {
      ownerOrgId: ids.communeHienNam,
      title: 'x',
      subjects: [{ kind: 'individual', personId: vuPhucPeople[0]!.id }],
    });
    expect(r.statusCode).toBe(404);
    // And a dossier for an organisation outside scope.
    expect(
      (
        await createDossier(donvi, {
          ownerOrgId: ids.communeVuPhuc,
          title: 'x',
          subjects: [{ kind: 'household', name: 'Hộ ông Nguyễn Văn Hải' }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the CSTĐ cơ sở cap of the unit is enforced at submission (422 quota_exceeded)', async () => {
    const { sql } = await import('drizzle-orm');
    const db = t.handle.db;
    const five = await peopleOf(db, ids.communeHienNam, 5);
    for (const p of five)
      await db.execute(
        sql`INSERT INTO award_entry (subject_kind, person_id, award_code, achievement_year, source, owner_org_id) VALUES ('individual', ${p.id}::uuid, 'lao_dong_tien_tien', 2025, 'manual', ${ids.communeHienNam}::uuid)`,
      );
    await db.execute(
      sql`INSERT INTO parameter_override (key, organisation_id, value, effective_from, reason, created_by) VALUES ('quota.cstdcs_cap_percent', ${ids.communeHienNam}::uuid, '20'::jsonb, '2020-01-01', 'kiểm thử', 'test')`,
    );
    const d = await expectOk(
      await createDossier(donvi, {
        ownerOrgId: ids.communeHienNam,
        title: 'CSTĐ cơ sở 2025',
        award: 'chien_si_thi_dua_co_so',
        subjects: five.slice(0, 2).map((p) => ({ kind: 'individual', personId: p.id })),
      }),
      201,
    );
    for (const kind of ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet', 'chung_nhan_sang_kien'])
      await expectOk(await attach(donvi, d.id, kind, `${kind}.pdf`, PDF), 201);
    const r = await transition(donvi, d.id, 'submit');
    expect(r.statusCode, r.body).toBe(422);
    expect(r.json()).toMatchObject({ code: 'quota_exceeded', details: { capPercent: 20, max: 1, used: 0, pending: 0, requested: 2 } });
    const fixed = await expectOk(
      await donvi.patch(
        `/api/v1/dossiers/${d.id}`,
        { subjects: [{ kind: 'individual', personId: five[0]!.id }] },
        { 'if-match': `"${(await donvi.get(`/api/v1/dossiers/${d.id}`)).json().version}"` },
      ),
    );
    expect(fixed.subjects).toHaveLength(1);
    expect((await expectOk(await transition(donvi, d.id, 'submit'))).status).toBe('submitted');
  });

  it('unknown fields and state skipping through PATCH are rejected (400)', async () => {
    const d = await newDossier();
    const r = await donvi.patch(`/api/v1/dossiers/${d.id}`, { status: 'approved' }, { 'if-match': `"${d.version}"` });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('validation_failed');
  });

  it('serves attachments with safe headers and a ZIP package with a manifest', async () => {
    const d = await newDossier();
    await attachRequired(donvi, d.id);
    const full = await expectOk(await donvi.get(`/api/v1/dossiers/${d.id}`));
    const a = full.attachments.find((x: { kind: string }) => x.kind === 'bao_cao_thanh_tich');
    const dl = await donvi.get(`/api/v1/dossiers/${d.id}/attachments/${a.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''b%C3%A1o%20c%C3%A1o");
    const zip = await donvi.get(`/api/v1/dossiers/${d.id}/package.zip`);
    expect(zip.statusCode).toBe(200);
    const buf = zip.rawPayload;
    expect(buf.readUInt32LE(0)).toBe(0x04034b50);
    expect(buf.readUInt16LE(buf.length - 22 + 10)).toBe(4); // manifest + 3 documents
    const { execFileSync } = await import('node:child_process');
    const fs = await import('node:fs');
    const p = `${tmpDataDir()}/p.zip`;
    fs.writeFileSync(p, buf);
    try {
      const listing = execFileSync('unzip', ['-l', p]).toString();
      expect(listing).toContain('manifest.json');
      const manifest = JSON.parse(execFileSync('unzip', ['-p', p, 'manifest.json']).toString());
      expect(manifest.files).toHaveLength(3);
      execFileSync('unzip', ['-tq', p]); // CRCs check out
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e; // no unzip on this machine
    }
    const tpl = await donvi.get('/api/v1/dossiers/achievement-report-template.docx?kind=collective');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('concurrency and idempotency', () => {
  it('two stale edits: one succeeds, one 412; without If-Match 428; one audit entry', async () => {
    const d = await newDossier();
    const etag = `"${d.version}"`;
    const [a, b] = await Promise.all([
      donvi.patch(`/api/v1/dossiers/${d.id}`, { title: 'Bản sửa thứ nhất' }, { 'if-match': etag }),
      donvi.patch(`/api/v1/dossiers/${d.id}`, { title: 'Bản sửa thứ hai' }, { 'if-match': etag }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const loser = a.statusCode === 412 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'precondition_failed', details: { currentVersion: d.version + 1 } });
    const none = await donvi.patch(`/api/v1/dossiers/${d.id}`, { title: 'Không có If-Match' });
    expect(none.statusCode).toBe(428);
    expect(await count(t.handle.db, 'audit_log', `entity_id = '${d.id}' AND action = 'dossier.update'`)).toBe(1);
    const g = await donvi.get(`/api/v1/dossiers/${d.id}`);
    expect(g.headers.etag).toBe(`"${d.version + 1}"`);
  });

  it('two officers receiving at once: one wins, the other gets 409', async () => {
    const d = await newDossier();
    await attachRequired(donvi, d.id);
    await expectOk(await transition(donvi, d.id, 'submit'));
    const other = await loggedIn(t.app, 'chuyenvien');
    const [a, b] = await Promise.all([transition(chuyenvien, d.id, 'receive'), transition(other, d.id, 'receive')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(await count(t.handle.db, 'dossier_event', `dossier_id = '${d.id}' AND action = 'receive'`)).toBe(1);
  });

  it('20 concurrent issuances get consecutive numbers with no gap and no duplicate', async () => {
    const dossiers = [];
    for (let i = 0; i < 20; i++) dossiers.push(await approvedDossier(t.handle.db, ids.communeHienNam, [people[i % 3]!]));
    const before = await count(t.handle.db, 'decision');
    const res = await Promise.all(
      dossiers.map((id, i) =>
        lanhdao.post(
          '/api/v1/decisions',
          { dossierIds: [id], date: '2026-12-01', signerName: 'Lê Minh Tuấn' },
          { 'idempotency-key': `song-song-${i}` },
        ),
      ),
    );
    for (const r of res) expect(r.statusCode, r.body).toBe(201);
    const seqs = res.map((r) => Number(r.json().number.split('/')[0])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs[19]! - seqs[0]!).toBe(19);
    expect(await count(t.handle.db, 'decision')).toBe(before + 20);
    // Replays of the same keys create nothing new and answer the same decisions.
    const again = await Promise.all(
      dossiers
        .slice(0, 5)
        .map((id, i) =>
          lanhdao.post(
            '/api/v1/decisions',
            { dossierIds: [id], date: '2026-12-01', signerName: 'Lê Minh Tuấn' },
            { 'idempotency-key': `song-song-${i}` },
          ),
        ),
    );
    for (const [i, r] of again.entries()) {
      expect(r.statusCode).toBe(201);
      expect(r.json().id).toBe(res[i]!.json().id);
    }
    expect(await count(t.handle.db, 'decision')).toBe(before + 20);
    expect(await count(t.handle.db, 'award_entry', `decision_id IN (SELECT id FROM decision WHERE date = '2026-12-01')`)).toBe(20);
  });

  it('the same dossier issued twice at once: one decision, the other 409, no number lost', async () => {
    const d = await approvedDossier(t.handle.db, ids.communeHienNam, [people[0]!]);
    const before = await count(t.handle.db, 'decision');
    const [a, b] = await Promise.all([
      lanhdao.post('/api/v1/decisions', { dossierIds: [d], date: '2026-12-02', signerName: 'Lê Minh Tuấn' }),
      lanhdao.post('/api/v1/decisions', { dossierIds: [d], date: '2026-12-02', signerName: 'Lê Minh Tuấn' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect(await count(t.handle.db, 'decision')).toBe(before + 1);
    const next = await approvedDossier(t.handle.db, ids.communeHienNam, [people[1]!]);
    const n = await expectOk(
      await lanhdao.post('/api/v1/decisions', { dossierIds: [next], date: '2026-12-02', signerName: 'Lê Minh Tuấn' }),
      201,
    );
    const won = (a.statusCode === 201 ? a : b).json();
    expect(Number(n.number.split('/')[0])).toBe(Number(won.number.split('/')[0]) + 1);
  });

  it('a number entered by the clerk is checked for uniqueness in its book', async () => {
    const d1 = await approvedDossier(t.handle.db, ids.communeHienNam, [people[0]!]);
    const d2 = await approvedDossier(t.handle.db, ids.communeHienNam, [people[1]!]);
    await expectOk(
      await lanhdao.post('/api/v1/decisions', {
        dossierIds: [d1],
        date: '2026-12-03',
        symbol: 'QĐ-VP',
        number: '4521/QĐ-VP',
        signerName: 'Lê Minh Tuấn',
      }),
      201,
    );
    const dup = await lanhdao.post('/api/v1/decisions', {
      dossierIds: [d2],
      date: '2026-12-03',
      symbol: 'QĐ-VP',
      number: '4521/QĐ-VP',
      signerName: 'Lê Minh Tuấn',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('decision_number_taken');
    expect((await lanhdao.get(`/api/v1/dossiers/${d2}`)).json().status).toBe('approved');
  });

  it('only a leader issues decisions', async () => {
    const d = await approvedDossier(t.handle.db, ids.communeHienNam, [people[0]!]);
    expect((await chuyenvien.post('/api/v1/decisions', { dossierIds: [d], date: '2026-12-03', signerName: 'X' })).statusCode).toBe(403);
    expect((await donvi.post('/api/v1/decisions', { dossierIds: [d], date: '2026-12-03', signerName: 'X' })).statusCode).toBe(403);
  });
});

describe('deadlines, reminders and escalation', () => {
  it('the scan writes one reminder before and one escalation after the deadline, once each', async () => {
    const d = await newDossier();
    await attachRequired(donvi, d.id);
    const s = await expectOk(await transition(donvi, d.id, 'submit'));
    expect(s.deadline.due).toBe('2026-12-23');
    t.clock.advance(24 * 3600_000 * 26); // 21/12/2026: 2 working days left
    chuyenvien = await loggedIn(t.app, 'chuyenvien'); // sessions expire while the clock moves
    const r1 = await expectOk(await chuyenvien.post('/api/v1/dossiers/deadline-scan'));
    expect(r1.reminders).toBeGreaterThanOrEqual(1);
    expect((await expectOk(await chuyenvien.post('/api/v1/dossiers/deadline-scan'))).reminders).toBe(0);
    const inbox = await expectOk(await chuyenvien.get('/api/v1/inbox'));
    expect(inbox.items.find((i: { id: string }) => i.id === d.id)).toMatchObject({
      action: 'receive',
      due: '2026-12-23',
      workingDaysLeft: 2,
    });
    expect(inbox.items.some((i: { kind: string; title: string }) => i.kind === 'notification' && i.title.includes('sắp đến hạn'))).toBe(
      true,
    );
    // The notice: the same reminder as a code and data (for the English screen), worded as the title.
    type Notice = Parameters<typeof deadlineNoticeTextVi>[0];
    const ofDossier = (items: { kind: string; title: string; notice?: Notice }[], code: string) =>
      items.find((i) => i.kind === 'notification' && i.notice?.code === code && i.notice.params.dossierId === d.id);
    const reminder = ofDossier(inbox.items, 'deadline_reminder');
    expect(reminder).toMatchObject({
      status: 'reminder',
      action: 'reminder',
      notice: { params: { dossierTitle: 'Hồ sơ kiểm thử', due: '2026-12-23', workingDays: 2 } },
    });
    expect(reminder!.title).toBe(deadlineNoticeTextVi(reminder!.notice!));
    expect(reminder!.title).toBe('Hồ sơ “Hồ sơ kiểm thử” sắp đến hạn 23/12/2026 (còn 2 ngày làm việc).');
    t.clock.advance(24 * 3600_000 * 3); // 24/12: overdue
    chuyenvien = await loggedIn(t.app, 'chuyenvien');
    lanhdao = await loggedIn(t.app, 'lanhdao');
    const r2 = await expectOk(await chuyenvien.post('/api/v1/dossiers/deadline-scan'));
    expect(r2.escalations).toBeGreaterThanOrEqual(1);
    const leader = await expectOk(await lanhdao.get('/api/v1/inbox'));
    expect(
      leader.items.some(
        (i: { kind: string; title: string; overdue: boolean }) => i.kind === 'notification' && i.overdue && i.title.includes('quá hạn'),
      ),
    ).toBe(true);
    const escalation = ofDossier(leader.items, 'deadline_escalation');
    expect(escalation).toMatchObject({ status: 'escalation', overdue: true, notice: { params: { due: '2026-12-23', workingDays: 1 } } });
    expect(escalation!.title).toBe(deadlineNoticeTextVi(escalation!.notice!));
    // The reminder still says what it said on its day (2 working days left), not what is left now.
    expect(ofDossier((await expectOk(await chuyenvien.get('/api/v1/inbox'))).items, 'deadline_reminder')?.notice?.params.workingDays).toBe(2);
    const view = await expectOk(await chuyenvien.get(`/api/v1/dossiers/${d.id}`));
    expect(view.deadline).toMatchObject({ overdue: true, workingDaysLeft: -1 });
  });

  it('the hourly scan runs in one process per hour: exactly one claimant of a slot, a later hour claims again', async () => {
    const { claimDeadlineScanSlot } = await import('../src/modules/dossiers/module.js');
    const at = new Date('2030-01-02T08:15:00Z');
    const claims = await Promise.all([0, 1, 2, 3].map(() => claimDeadlineScanSlot(t.handle.db, at)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimDeadlineScanSlot(t.handle.db, new Date('2030-01-02T08:59:59Z'))).toBe(false);
    // A process with a clock behind the others does not scan an hour already done.
    expect(await claimDeadlineScanSlot(t.handle.db, new Date('2030-01-02T07:30:00Z'))).toBe(false);
    expect(await claimDeadlineScanSlot(t.handle.db, new Date('2030-01-02T09:00:00Z'))).toBe(true);
  });
});

describe('demo data and the OpenAPI description', () => {
  it('has dossiers in every state, council sessions and the 18 Quảng Ninh awards of January 2021', async () => {
    const states = await t.handle.db.execute(
      (await import('drizzle-orm')).sql`SELECT DISTINCT status FROM dossier WHERE created_by = 'donvi'`,
    );
    expect((states as unknown as { rows: { status: string }[] }).rows.map((r) => r.status).sort()).toEqual(
      [
        'appraised',
        'approved',
        'council_review',
        'decided',
        'draft',
        'forwarded',
        'posted',
        'received',
        'rejected',
        'resubmitted',
        'returned',
        'submitted',
        'withdrawn',
      ].sort(),
    );
    expect(await count(t.handle.db, 'council_session')).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        t.handle.db,
        'award_entry',
        `decision_number = '145/QĐ-UBND' AND decision_authority = 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh' AND source = 'decided'`,
      ),
    ).toBe(18);
    const admin = await loggedIn(t.app, 'admin');
    const list = await expectOk(await admin.get('/api/v1/decisions?limit=100'));
    const qn = list.items.find((d: { number: string }) => d.number === '145/QĐ-UBND');
    expect(qn).toMatchObject({ date: '2021-01-15', status: 'issued' });
    const detail = await expectOk(await admin.get(`/api/v1/decisions/${qn.id}`));
    const pub = await expectOk(
      await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${detail.entries[0].certificateCode}` }),
    );
    expect(pub).toMatchObject({ status: 'valid', decision: { number: '145/QĐ-UBND', date: '2021-01-15' } });
    const hoidong = await loggedIn(t.app, 'hoidong');
    expect((await expectOk(await hoidong.get('/api/v1/inbox'))).items.some((i: { kind: string }) => i.kind === 'council_session')).toBe(
      true,
    );
  });

  it('documents the dossier, council and decision routes', async () => {
    const doc = await expectOk(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    for (const p of [
      '/api/v1/dossiers',
      '/api/v1/dossiers/{id}/transitions',
      '/api/v1/dossiers/{id}/attachments',
      '/api/v1/council-sessions/{id}/votes',
      '/api/v1/decisions',
      '/api/v1/decisions/{id}/revoke',
      '/api/v1/public/certificates/{code}',
      '/api/v1/inbox',
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    const inbox = doc.paths['/api/v1/inbox'].get;
    expect(inbox.description).toContain('deadline_reminder');
    const notice = inbox.responses['200'].content['application/json'].schema.properties.items.items.properties.notice;
    expect(notice.description).toContain('deadline_escalation');
    expect(notice.properties.code.enum).toEqual(['deadline_reminder', 'deadline_escalation']);
  });
});
