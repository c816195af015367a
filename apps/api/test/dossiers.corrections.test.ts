// A correction decision (đính chính) that names registry entries and fields corrects the registry: the
// entry keeps its id, certificate and status, the change is kept with the correction decision, the
// public verification shows the corrected name; a correction that does not fit changes nothing at all.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { approvedDossier, demoIds, expectOk, peopleOf, tmpDataDir } from './dossiers.helpers.js';

let t: TestApp;
let lanhdao: Client;
let chuyenvien: Client;
const q = async <T>(query: ReturnType<typeof sql>) => (await t.handle.db.execute(query)).rows as T[];

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  lanhdao = await loggedIn(t.app, 'lanhdao');
  chuyenvien = await loggedIn(t.app, 'chuyenvien');
});
afterAll(async () => {
  await t?.close();
});

describe('correction decisions and the registry', () => {
  it('corrects a name and a year in the registry, keeps the history, and refuses what does not fit', async () => {
    const ids = await demoIds(t.handle.db);
    const people = await peopleOf(t.handle.db, ids.communeHienNam, 3);
    const dec = await expectOk(await lanhdao.post('/api/v1/decisions', { dossierIds: [await approvedDossier(t.handle.db, ids.communeHienNam, people)], date: '2026-12-01', signerName: 'Lê Minh Tuấn' }), 201);
    const other = await expectOk(await lanhdao.post('/api/v1/decisions', { dossierIds: [await approvedDossier(t.handle.db, ids.communeHienNam, await peopleOf(t.handle.db, ids.board, 1))], date: '2026-12-01', signerName: 'Lê Minh Tuấn' }), 201);
    const [e1, e2] = dec.entries as { id: string; name: string; certificateCode: string }[];
    const detail = await expectOk(await chuyenvien.get(`/api/v1/registry/entries/${e1!.id}`));
    const year = String(detail.year);
    const decisions = async () => (await q<{ n: number }>(sql`SELECT count(*)::int AS n FROM decision`))[0]!.n;

    // Refused as a whole: a stale "wrong" text, an entry of another decision, a bad year. Nothing is stored, no number used.
    const before = await decisions();
    const bad = await lanhdao.post(`/api/v1/decisions/${dec.id}/corrections`, {
      date: '2026-12-09',
      signerName: 'Lê Minh Tuấn',
      corrections: [
        { wrong: 'Tên khác', right: 'Tên mới', entryId: e1!.id, field: 'subjectName' },
        { wrong: 'x', right: 'y', entryId: other.entries[0].id, field: 'subjectName' },
        { wrong: year, right: '20x5', entryId: e2!.id, field: 'achievementYear' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    expect(bad.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['corrections.0.wrong', 'corrections.1.entryId', 'corrections.2.right']);
    expect(await decisions()).toBe(before);
    expect((await expectOk(await chuyenvien.get(`/api/v1/decisions/${dec.id}`))).status).toBe('issued');
    const half = await lanhdao.post(`/api/v1/decisions/${dec.id}/corrections`, { date: '2026-12-09', signerName: 'X', corrections: [{ wrong: 'a', right: 'b', entryId: e1!.id }] });
    expect(half.statusCode).toBe(400);

    const right = `${e1!.name.split(' ').slice(0, -1).join(' ')} Đính`;
    const cor = await expectOk(
      await lanhdao.post(`/api/v1/decisions/${dec.id}/corrections`, {
        date: '2026-12-09',
        signerName: 'Lê Minh Tuấn',
        reason: 'Sai chính tả tên và năm thành tích',
        corrections: [
          { location: 'số thứ tự 1, Danh sách kèm theo', wrong: e1!.name.normalize('NFD'), right, entryId: e1!.id, field: 'subjectName' },
          { location: 'số thứ tự 2, Danh sách kèm theo', wrong: year, right: String(Number(year) - 1), entryId: e2!.id, field: 'achievementYear' },
          { location: 'Điều 1', wrong: 'đã có thành tích', right: 'đã có thành tích xuất sắc' },
        ],
      }),
      201,
    );
    const fixed = await expectOk(await chuyenvien.get(`/api/v1/registry/entries/${e1!.id}`));
    expect(fixed).toMatchObject({ id: e1!.id, subjectName: right, status: 'valid', certificateCode: e1!.certificateCode });
    expect(fixed.person.fullName).toBe(right);
    expect(fixed.corrections).toEqual([{ decisionId: cor.id, decisionNumber: cor.number, decisionDate: '2026-12-09', field: 'subjectName', before: e1!.name, after: right, at: expect.any(String) }]);
    const y = await expectOk(await chuyenvien.get(`/api/v1/registry/entries/${e2!.id}`));
    expect(y.year).toBe(Number(year) - 1);
    expect(y.corrections).toMatchObject([{ field: 'achievementYear', before: year, after: String(Number(year) - 1) }]);
    // The registry search finds the corrected name; the public verification shows it.
    const s = await expectOk(await chuyenvien.get(`/api/v1/registry/search?q=${encodeURIComponent(right)}`));
    expect(s.items.map((i: { id: string }) => i.id)).toContain(e1!.id);
    const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${e1!.certificateCode}` });
    expect(pub.json()).toMatchObject({ status: 'valid', holder: { name: right } });
    const audit = await q<{ after: { entryCorrections: unknown[] } }>(sql`SELECT after FROM audit_log WHERE action = 'decision.correct' AND entity_id = ${cor.id}`);
    expect(audit[0]!.after.entryCorrections).toHaveLength(2);
    // The corrected decision's own content is as issued.
    const old = await expectOk(await chuyenvien.get(`/api/v1/decisions/${dec.id}`));
    expect(old.status).toBe('corrected');
    expect(old.entries.find((e: { id: string }) => e.id === e1!.id).name).toBe(right);

    // A revoked entry is not corrected.
    await expectOk(await lanhdao.post(`/api/v1/decisions/${dec.id}/revoke`, { date: '2026-12-10', ground: 'a', reason: 'Kê khai không trung thực', signerName: 'Lê Minh Tuấn', awardEntryIds: [e2!.id] }), 201);
    const rev = await lanhdao.post(`/api/v1/decisions/${dec.id}/corrections`, { date: '2026-12-11', signerName: 'X', corrections: [{ wrong: String(Number(year) - 1), right: year, entryId: e2!.id, field: 'achievementYear' }] });
    expect(rev.json().details.issues).toMatchObject([{ path: 'corrections.0.entryId', message: 'Chỉ đính chính được mục còn hiệu lực' }]);
  });
});

// What a client in another language words a decision's summary from (added 2026-12-07): the kind, the award,
// how many it awards or revokes, and the decision a revocation or correction refers to; `summary` stays the
// Vietnamese record, as the domain's decisionSummaryVi writes it.
describe('the facts of a decision summary, in the list and on the page', () => {
  it('sends kind, award, awardees and the referenced decision next to the Vietnamese summary', async () => {
    const ids = await demoIds(t.handle.db);
    const people = await peopleOf(t.handle.db, ids.board, 3);
    const dec = await expectOk(await lanhdao.post('/api/v1/decisions', { dossierIds: [await approvedDossier(t.handle.db, ids.communeHienNam, people)], date: '2026-12-02', signerName: 'Lê Minh Tuấn' }), 201);
    expect(dec).toMatchObject({ kind: 'award', award: 'bang_khen_tinh', awardees: 3, references: null, summary: 'Về việc tặng Bằng khen của bộ, ban, ngành, tỉnh' });
    const rev = await expectOk(
      await lanhdao.post(`/api/v1/decisions/${dec.id}/revoke`, { date: '2026-12-12', ground: 'b', reason: 'Làm giả hồ sơ', signerName: 'Lê Minh Tuấn', awardEntryIds: [dec.entries[0].id] }),
      201,
    );
    const ref = { id: dec.id, number: dec.number, date: '2026-12-02' };
    expect(rev).toMatchObject({ kind: 'revocation', awardees: 1, references: ref, referencesId: dec.id, summary: `Về việc hủy bỏ Quyết định khen thưởng số ${dec.number}` });
    const cor = await expectOk(
      await lanhdao.post(`/api/v1/decisions/${dec.id}/corrections`, { date: '2026-12-13', signerName: 'Lê Minh Tuấn', corrections: [{ wrong: 'a', right: 'b' }] }),
      201,
    );
    expect(cor).toMatchObject({ kind: 'correction', awardees: null, references: ref, summary: `Về việc đính chính Quyết định số ${dec.number}` });
    expect(await expectOk(await chuyenvien.get(`/api/v1/decisions/${rev.id}`))).toMatchObject({ kind: 'revocation', awardees: 1, references: ref });
    const list = (await expectOk(await chuyenvien.get('/api/v1/decisions?limit=100&offset=0'))).items as { id: string }[];
    const row = (id: string) => list.find((d) => d.id === id);
    expect(row(dec.id)).toMatchObject({ kind: 'award', award: 'bang_khen_tinh', awardees: 3, references: null, summary: dec.summary });
    expect(row(rev.id)).toMatchObject({ kind: 'revocation', award: 'bang_khen_tinh', awardees: 1, references: ref, summary: rev.summary });
    expect(row(cor.id)).toMatchObject({ kind: 'correction', awardees: null, references: ref, summary: cor.summary });
  });

  it('still replays an answer stored before these fields existed (Idempotency-Key)', async () => {
    const ids = await demoIds(t.handle.db);
    const body = { dossierIds: [await approvedDossier(t.handle.db, ids.communeHienNam, await peopleOf(t.handle.db, ids.board, 1))], date: '2026-12-03', signerName: 'Lê Minh Tuấn' };
    const dec = await expectOk(await lanhdao.post('/api/v1/decisions', body, { 'idempotency-key': 'qd-before' }), 201);
    await t.handle.db.execute(sql`UPDATE idempotency_record SET body = body - 'awardees' - 'references' WHERE key = 'qd-before'`);
    const replay = await lanhdao.post('/api/v1/decisions', body, { 'idempotency-key': 'qd-before' });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(replay.json()).toMatchObject({ id: dec.id, kind: 'award', summary: dec.summary });
    expect(replay.json()).not.toHaveProperty('awardees');
  });
});
