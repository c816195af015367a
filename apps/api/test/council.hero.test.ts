// A council session that considers a hero title needs council.heroSession.presentPercent (default 80%)
// of ALL members present (Decree 152 Art. 45(4)(b)); written opinions of absent members count for the
// quorum and the vote, not for attendance. Other sessions are not affected.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { demoIds, expectOk, peopleOf, tmpDataDir, userId } from './dossiers.helpers.js';

let t: TestApp;
let chuyenvien: Client;
let hoidong: Client;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  chuyenvien = await loggedIn(t.app, 'chuyenvien');
  hoidong = await loggedIn(t.app, 'hoidong');
});
afterAll(async () => {
  await t?.close();
});

async function postedDossier(award: string): Promise<string> {
  const ids = await demoIds(t.handle.db);
  const [p] = await peopleOf(t.handle.db, ids.board, 1);
  const r = await t.handle.db.execute(sql`INSERT INTO dossier (owner_org_id, title, award_code, achievement_year, status, state_entered_on, posting_until, created_by)
    VALUES (${ids.newHungYen}::uuid, 'Hồ sơ đề nghị danh hiệu', ${award}, 2025, 'posted', '2026-11-05', '2026-11-20', 'test') RETURNING id`);
  const id = (r.rows as { id: string }[])[0]!.id;
  await t.handle.db.execute(sql`INSERT INTO dossier_subject (dossier_id, position, kind, person_id, subject_name) VALUES (${id}::uuid, 0, 'individual', ${p!.id}::uuid, ${p!.fullName})`);
  return id;
}

async function session(dossierId: string, named: { name: string; present: boolean }[]) {
  const ids = await demoIds(t.handle.db);
  return expectOk(
    await chuyenvien.post('/api/v1/council-sessions', {
      ownerOrgId: ids.newHungYen,
      title: 'Phiên họp xét danh hiệu Anh hùng Lao động',
      councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
      meetingDate: '2026-11-27',
      venue: 'Phòng họp số 1, UBND tỉnh Hưng Yên',
      chairName: 'Lê Minh Tuấn',
      secretaryName: 'Nguyễn Thị Thu Hà',
      memberUserIds: [await userId(t.handle.db, 'hoidong')],
      namedMembers: named,
      dossierIds: [dossierId],
    }),
    201,
  );
}

describe('hero-title sessions: attendance', () => {
  it('refuses to close with too few members present even when the quorum is met, and changes nothing', async () => {
    const d = await postedDossier('anh_hung_lao_dong');
    const s = await session(d, [{ name: 'Đặng Văn Khoa', present: false }]);
    const item = s.agenda[0].id;
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: item, choice: 'for' }] }));
    const absent = s.members.find((m: { present: boolean }) => !m.present);
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: absent.id, votes: [{ itemId: item, choice: 'for' }] }));
    // Both voted (quorum 2/2) but only 1 of 2 was present (50% < 80%).
    const r = await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`);
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'council_attendance_not_met', details: { members: 2, present: 1, required: 2, presentPercent: 80 } });
    expect(r.json().message).toContain('Anh hùng');
    expect((await expectOk(await chuyenvien.get(`/api/v1/council-sessions/${s.id}`))).status).toBe('open');
    expect((await expectOk(await chuyenvien.get(`/api/v1/dossiers/${d}`))).status).toBe('council_review');
  });

  it('closes when enough members are present, and keeps the attendance with the results', async () => {
    const d = await postedDossier('anh_hung_lao_dong');
    const s = await session(d, []);
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: s.agenda[0].id, choice: 'for' }] }));
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
    const [row] = (await t.handle.db.execute(sql`SELECT results FROM council_session WHERE id = ${s.id}::uuid`)).rows as { results: { heroAttendance: { met: boolean; participants: number } } }[];
    expect(row!.results.heroAttendance).toMatchObject({ met: true, participants: 1, members: 1 });
  });

  it('does not apply to other awards', async () => {
    const d = await postedDossier('chien_si_thi_dua_cap_tinh');
    const s = await session(d, [{ name: 'Bùi Thị Hoà', present: false }]);
    const item = s.agenda[0].id;
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: item, choice: 'for' }] }));
    const absent = s.members.find((m: { present: boolean }) => !m.present);
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: absent.id, votes: [{ itemId: item, choice: 'for' }] }));
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
  });
});
