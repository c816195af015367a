// Council members who are nominees, or who declare a conflict of interest, do not vote on their item
// (RULES.md §5: "when a member is itself a nominee … all members means all the others"): a member is linked
// to a person (council_member.person_id, the ids of dossier_subject.person_id) and may recuse themselves from
// items (council_recusal, with a reason), both only before the first ballot. Such a member's ballot for the
// item is refused (422 council_voter_outside), the item's share is over the others, and the minutes say so.
// A member may also represent an organisation (council_member.organisation_id): such a member does not vote on
// an item whose collective nominee is that organisation (a cluster's member province on its own province).
// Every vote writes all the session's ballots again, so while voting is open they carry only the latest vote's
// transaction id (xmin); after close they no longer share one with any "has voted" row.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { count, demoIds, expectOk, peopleOf, tmpDataDir, userId } from './dossiers.helpers.js';

let t: TestApp;
let admin: Client;
let chuyenvien: Client;
let hoidong: Client;

interface Member {
  id: string;
  userId: string | null;
  name: string;
  personId: string | null;
  personName: string | null;
  recusals: { itemId: string; reason: string }[];
  voteItemIds: string[];
}
interface Item {
  id: string;
  nominee: string;
  votingMembers: number;
  excluded: { memberId: string; reason: string }[];
  mayVote: boolean;
  votesFor: number | null;
  passed: boolean | null;
}
interface Session {
  id: string;
  members: Member[];
  agenda: Item[];
  abilities: { vote: boolean; editMembers: boolean };
}

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  admin = await loggedIn(t.app, 'admin');
  chuyenvien = await loggedIn(t.app, 'chuyenvien');
  hoidong = await loggedIn(t.app, 'hoidong');
  // "At least 75%" for CSTĐ toàn quốc from December 2026: 3 of 4 passes, 3 of 5 does not.
  await expectOk(
    await admin.post('/api/v1/parameters/vote.chien_si_thi_dua_toan_quoc.percent/overrides', { value: 75, effectiveFrom: '2026-12-01', organisationId: null, reason: 'Quy chế làm việc của Hội đồng' }),
    201,
  );
});
afterAll(async () => {
  await t?.close();
});

let seq = 0;
/** A posted CSTĐ toàn quốc dossier nominating one person of the board; returns its id and the person. */
async function postedDossier(): Promise<{ id: string; person: { id: string; fullName: string } }> {
  const ids = await demoIds(t.handle.db);
  const people = await peopleOf(t.handle.db, ids.board, 20);
  const p = people[seq++ % people.length]!;
  const r = await t.handle.db.execute(sql`INSERT INTO dossier (owner_org_id, title, award_code, achievement_year, status, state_entered_on, posting_until, created_by)
    VALUES (${ids.newHungYen}::uuid, ${`Hồ sơ đề nghị ${p.fullName}`}, 'chien_si_thi_dua_toan_quoc', 2025, 'posted', '2026-11-05', '2026-11-20', 'test') RETURNING id`);
  const id = rows<{ id: string }>(r)[0]!.id;
  await t.handle.db.execute(sql`INSERT INTO dossier_subject (dossier_id, position, kind, person_id, subject_name) VALUES (${id}::uuid, 0, 'individual', ${p.id}::uuid, ${p.fullName})`);
  return { id, person: p };
}

const NAMED = ['Trần Văn Bình', 'Lê Thị Cúc', 'Đỗ Văn Dũng', 'Vũ Thị Én'];

async function convene(dossierIds: string[], extra: Record<string, unknown> = {}) {
  const ids = await demoIds(t.handle.db);
  return chuyenvien.post('/api/v1/council-sessions', {
    ownerOrgId: ids.newHungYen,
    title: 'Phiên họp xét khen thưởng',
    councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
    meetingDate: '2026-12-15',
    venue: 'Phòng họp số 1, UBND tỉnh Hưng Yên',
    chairName: 'Lê Minh Tuấn',
    secretaryName: 'Nguyễn Thị Thu Hà',
    memberUserIds: [await userId(t.handle.db, 'hoidong')],
    // Absent: they vote in writing, recorded by the secretary.
    namedMembers: NAMED.map((name) => ({ name, present: false })),
    dossierIds,
    ...extra,
  });
}

const byName = (s: Session, name: string) => s.members.find((m) => m.name === name)!;
const itemOf = (s: Session, nominee: string) => s.agenda.find((a) => a.nominee === nominee)!;
const written = (s: Session, name: string, votes: [string, 'for' | 'against' | 'abstain'][]) =>
  chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: byName(s, name).id, votes: votes.map(([itemId, choice]) => ({ itemId, choice })) });
const deniedAudits = (sessionId: string) => count(t.handle.db, 'audit_log', `entity_id = '${sessionId}' AND outcome = 'denied' AND after->>'refused' = 'council_voter_outside'`);

/** Ballots of the session per item and choice. */
async function tallies(sessionId: string) {
  return rows<{ itemId: string; choice: string; n: number }>(
    await t.handle.db.execute(sql`SELECT b.item_id AS "itemId", b.choice, count(*)::int AS n FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id
      WHERE i.session_id = ${sessionId}::uuid GROUP BY 1, 2 ORDER BY 1, 2`),
  );
}
/** Ballots of the session whose xmin is that of some "has voted" row of the session (written by the same transaction). */
async function ballotsSharingXmin(sessionId: string) {
  return rows<{ n: number }>(
    await t.handle.db.execute(sql`SELECT count(*)::int AS n FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id
      WHERE i.session_id = ${sessionId}::uuid AND b.xmin::text IN (SELECT v.xmin::text FROM council_vote_cast v WHERE v.session_id = ${sessionId}::uuid)`),
  )[0]!.n;
}

/** The distinct xmin of the session's ballots, and each "has voted" row's, by member. */
async function ballotXmins(sessionId: string) {
  return rows<{ x: string }>(
    await t.handle.db.execute(sql`SELECT DISTINCT b.xmin::text AS x FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ${sessionId}::uuid`),
  ).map((r) => r.x);
}
async function markXmin(sessionId: string, memberId: string) {
  return rows<{ x: string }>(
    await t.handle.db.execute(sql`SELECT xmin::text AS x FROM council_vote_cast WHERE session_id = ${sessionId}::uuid AND member_id = ${memberId}::uuid`),
  )[0]!.x;
}

describe('council members who are nominees or recused', () => {
  it('refuses a session where the only voter of a nominee is that nominee; an unknown person is 404', async () => {
    const x = await postedDossier();
    const hd = await userId(t.handle.db, 'hoidong');
    const ids = await demoIds(t.handle.db);
    const base = {
      ownerOrgId: ids.newHungYen,
      title: 'Phiên họp',
      councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
      meetingDate: '2026-12-15',
      venue: 'Phòng họp số 1',
      chairName: 'Lê Minh Tuấn',
      secretaryName: 'Nguyễn Thị Thu Hà',
      memberUserIds: [hd],
      dossierIds: [x.id],
    };
    const alone = await chuyenvien.post('/api/v1/council-sessions', { ...base, memberPersons: [{ userId: hd, personId: x.person.id }] });
    expect(alone.statusCode).toBe(400);
    expect(alone.json()).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'members', dossierId: x.id }] } });
    const unknown = await chuyenvien.post('/api/v1/council-sessions', { ...base, memberPersons: [{ userId: hd, personId: crypto.randomUUID() }] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found', details: { path: 'personId' } });
    const stray = await chuyenvien.post('/api/v1/council-sessions', { ...base, memberPersons: [{ userId: crypto.randomUUID(), personId: x.person.id }] });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().details.issues[0].path).toBe('memberPersons');
    const sessions = await count(t.handle.db, 'council_session');
    const twice = await chuyenvien.post('/api/v1/council-sessions', {
      ...base,
      namedMembers: [{ name: 'Trần Văn Bình', present: false, personId: x.person.id }],
      memberPersons: [{ userId: hd, personId: x.person.id }],
    });
    expect(twice.statusCode).toBe(400);
    expect(await count(t.handle.db, 'council_session')).toBe(sessions);
  });

  it('a member linked to a nominee, or recused, does not vote on that item; its share is over the others; the minutes say so; after close the ballots share no xmin with the "has voted" rows', async () => {
    const a = await postedDossier(); // hoidong's own nomination
    const b = await postedDossier(); // nobody excluded
    const c = await postedDossier(); // Lê Thị Cúc recuses herself
    const hd = await userId(t.handle.db, 'hoidong');
    let s: Session = await expectOk(await convene([a.id, b.id, c.id], { memberPersons: [{ userId: hd, personId: a.person.id }] }), 201);
    const me = s.members.find((m) => m.userId === hd)!;
    expect(me).toMatchObject({ personId: a.person.id, personName: a.person.fullName, recusals: [] });
    const A = itemOf(s, a.person.fullName);
    const B = itemOf(s, b.person.fullName);
    const C = itemOf(s, c.person.fullName);
    expect(A).toMatchObject({ votingMembers: 4, excluded: [{ memberId: me.id, reason: 'nominee' }] });
    expect(B).toMatchObject({ votingMembers: 5, excluded: [] });
    expect(me.voteItemIds.sort()).toEqual([B.id, C.id].sort());
    expect(await count(t.handle.db, 'audit_log', `action = 'council.session.create' AND entity_id = '${s.id}' AND (after->>'linkedMembers')::int = 1`)).toBe(1);

    // Recusal: a reason is required; an item of another session is refused; then declared and audited.
    const cuc = byName(s, 'Lê Thị Cúc');
    const url = `/api/v1/council-sessions/${s.id}/members/${cuc.id}`;
    expect((await chuyenvien.patch(url, { recusals: [{ itemId: C.id, reason: '   ' }] })).statusCode).toBe(400);
    expect((await chuyenvien.patch(url, { recusals: [{ itemId: C.id }] })).statusCode).toBe(400);
    const foreign = await chuyenvien.patch(url, { recusals: [{ itemId: crypto.randomUUID(), reason: 'Là người thân' }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().details.issues[0].path).toBe('recusals');
    expect((await chuyenvien.patch(url, {})).statusCode).toBe(400);
    expect((await hoidong.patch(url, { recusals: [{ itemId: C.id, reason: 'Là chị ruột của người được đề nghị' }] })).statusCode).toBe(403);
    s = await expectOk(await chuyenvien.patch(url, { recusals: [{ itemId: C.id, reason: 'Là chị ruột của người được đề nghị' }] }));
    expect(byName(s, 'Lê Thị Cúc').recusals).toEqual([{ itemId: C.id, reason: 'Là chị ruột của người được đề nghị' }]);
    expect(itemOf(s, c.person.fullName)).toMatchObject({ votingMembers: 4, excluded: [{ memberId: cuc.id, reason: 'recused' }] });
    const audit = rows<{ before: unknown; after: unknown }>(
      await t.handle.db.execute(sql`SELECT before, after FROM audit_log WHERE action = 'council.member.update' AND entity_id = ${cuc.id}`),
    );
    expect(audit).toEqual([{ before: { recusals: [] }, after: { sessionId: s.id, recusals: [{ itemId: C.id, reason: 'Là chị ruột của người được đề nghị' }] } }]);
    // The same PATCH again changes nothing and writes no audit row.
    await expectOk(await chuyenvien.patch(url, { recusals: [{ itemId: C.id, reason: 'Là chị ruột của người được đề nghị' }] }));
    expect(await count(t.handle.db, 'audit_log', `action = 'council.member.update' AND entity_id = '${cuc.id}'`)).toBe(1);

    // A person link set by PATCH: unknown → 404; a person already linked to another member → 400; set and unset, audited.
    const binh = byName(s, 'Trần Văn Bình');
    const burl = `/api/v1/council-sessions/${s.id}/members/${binh.id}`;
    const nobody = await chuyenvien.patch(burl, { personId: crypto.randomUUID() });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json()).toMatchObject({ code: 'not_found', details: { path: 'personId' } });
    expect(nobody.json().message).toContain('Không tìm thấy người');
    // A person outside the officer's scope (Quảng Ninh's board) is not found either, and no name leaks.
    const far = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT p.id FROM person p JOIN organisation o ON o.id = p.owner_org_id WHERE o.code = '22-BTDKT' LIMIT 1`))[0]!.id;
    const outside = await chuyenvien.patch(burl, { personId: far });
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toMatchObject({ code: 'not_found', details: { personId: far } });
    const taken = await chuyenvien.patch(burl, { personId: a.person.id });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().details.issues[0]).toMatchObject({ path: 'personId', memberId: me.id });
    s = await expectOk(await chuyenvien.patch(burl, { personId: b.person.id }));
    expect(itemOf(s, b.person.fullName)).toMatchObject({ votingMembers: 4, excluded: [{ memberId: binh.id, reason: 'nominee' }] });
    s = await expectOk(await chuyenvien.patch(burl, { personId: null }));
    expect(itemOf(s, b.person.fullName)).toMatchObject({ votingMembers: 5, excluded: [] });
    expect(await count(t.handle.db, 'audit_log', `action = 'council.member.update' AND entity_id = '${binh.id}' AND before ? 'personId'`)).toBe(2);

    // The member's own view: the paper leaves out her own nomination.
    const mine: Session = await expectOk(await hoidong.get(`/api/v1/council-sessions/${s.id}`));
    expect(itemOf(mine, a.person.fullName).mayVote).toBe(false);
    expect(itemOf(mine, b.person.fullName).mayVote).toBe(true);
    expect(itemOf(mine, c.person.fullName).mayVote).toBe(true);

    // A paper with a choice for her own nomination: 422, nothing stored, audited as denied.
    const ballots = await count(t.handle.db, 'council_ballot');
    const casts = await count(t.handle.db, 'council_vote_cast');
    const refused = await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, {
      votes: [
        { itemId: A.id, choice: 'for' },
        { itemId: B.id, choice: 'for' },
        { itemId: C.id, choice: 'for' },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'council_voter_outside', details: { memberId: me.id, itemIds: [A.id], denominators: ['all_members'], reasons: ['nominee'] } });
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    expect(await count(t.handle.db, 'council_vote_cast')).toBe(casts);
    expect(await deniedAudits(s.id)).toBe(1);
    // The recused member's written paper with a choice for the item she recused from: the same.
    const recusedPaper = await written(s, 'Lê Thị Cúc', [
      [A.id, 'for'],
      [B.id, 'for'],
      [C.id, 'for'],
    ]);
    expect(recusedPaper.statusCode).toBe(422);
    expect(recusedPaper.json()).toMatchObject({ code: 'council_voter_outside', details: { itemIds: [C.id], reasons: ['recused'] } });
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    expect(await deniedAudits(s.id)).toBe(2);

    // The right papers. A: 3 for of the 4 who vote (75%). B: 3 for of 5 (60%). C: 3 for of 4 (75%).
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: B.id, choice: 'for' }, { itemId: C.id, choice: 'for' }] }));
    // Once someone has voted, links and recusals no longer change.
    const late = await chuyenvien.patch(burl, { personId: c.person.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().details.reason).toBe('voting_started');
    const lateRecusal = await chuyenvien.patch(burl, { recusals: [{ itemId: A.id, reason: 'Là người thân' }] });
    expect(lateRecusal.statusCode).toBe(409);
    expect(lateRecusal.json().details.reason).toBe('voting_started');
    await expectOk(await written(s, 'Trần Văn Bình', [[A.id, 'for'], [B.id, 'for'], [C.id, 'for']]));
    // Bình's vote wrote hoidong's two ballots again with his three: all five carry his transaction's xmin, none hoidong's.
    expect(await ballotXmins(s.id)).toEqual([await markXmin(s.id, binh.id)]);
    expect(await markXmin(s.id, me.id)).not.toBe(await markXmin(s.id, binh.id));
    expect((await tallies(s.id)).reduce((n, r) => n + r.n, 0)).toBe(5);
    await expectOk(await written(s, 'Lê Thị Cúc', [[A.id, 'for'], [B.id, 'for']]));
    await expectOk(await written(s, 'Đỗ Văn Dũng', [[A.id, 'for'], [B.id, 'against'], [C.id, 'for']]));
    await expectOk(await written(s, 'Vũ Thị Én', [[A.id, 'against'], [B.id, 'abstain'], [C.id, 'against']]));

    // Before close, every ballot was last written by the latest vote (Vũ Thị Én's), none by an earlier voter's transaction.
    expect(await ballotXmins(s.id)).toEqual([await markXmin(s.id, byName(s, 'Vũ Thị Én').id)]);
    expect(await ballotsSharingXmin(s.id)).toBe(await count(t.handle.db, 'council_ballot b JOIN council_agenda_item i ON i.id = b.item_id', `i.session_id = '${s.id}'`));
    const before = await tallies(s.id);
    const idsBefore = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT b.id FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ${s.id}::uuid`)).map((r) => r.id);

    const vacuums = async () =>
      rows<{ n: number }>(await t.handle.db.execute(sql`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'council_ballot'`))[0]!.n;
    const vacuumsBefore = await vacuums();
    const closed: Session = await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
    // VACUUM council_ballot ran after the commit (the deleted row versions, with the voting xmin, are gone).
    expect(await vacuums()).toBe(vacuumsBefore + 1);
    expect(itemOf(closed, a.person.fullName)).toMatchObject({ votesFor: 3, votingMembers: 4, passed: true });
    expect(itemOf(closed, b.person.fullName)).toMatchObject({ votesFor: 3, votingMembers: 5, passed: false });
    expect(itemOf(closed, c.person.fullName)).toMatchObject({ votesFor: 3, votingMembers: 4, passed: true });
    const results = rows<{ results: { quorum: { members: number }; items: { itemId: string; denominator: number; percent: number; passed: boolean; excluded: unknown[] }[] } }>(
      await t.handle.db.execute(sql`SELECT results FROM council_session WHERE id = ${s.id}::uuid`),
    )[0]!.results;
    expect(results.quorum.members).toBe(5);
    expect(results.items.find((i) => i.itemId === A.id)).toMatchObject({ denominator: 4, percent: 75, passed: true, excluded: [{ memberId: me.id, reason: 'nominee' }] });
    expect(results.items.find((i) => i.itemId === B.id)).toMatchObject({ denominator: 5, percent: 60, passed: false, excluded: [] });
    expect(results.items.find((i) => i.itemId === C.id)).toMatchObject({ denominator: 4, percent: 75, passed: true, excluded: [{ memberId: cuc.id, reason: 'recused' }] });
    const excludedCol = rows<{ id: string; excluded: number }>(
      await t.handle.db.execute(sql`SELECT id, excluded_members AS excluded FROM council_agenda_item WHERE session_id = ${s.id}::uuid`),
    );
    expect(Object.fromEntries(excludedCol.map((r) => [r.id, r.excluded]))).toEqual({ [A.id]: 1, [B.id]: 0, [C.id]: 1 });
    const status = async (id: string) => rows<{ status: string }>(await t.handle.db.execute(sql`SELECT status FROM dossier WHERE id = ${id}::uuid`))[0]!.status;
    expect([await status(a.id), await status(b.id), await status(c.id)]).toEqual(['approved', 'rejected', 'approved']);

    // The ballots were written again by the closing transaction: same counts, fresh ids, no xmin of a "has voted" row.
    expect(await tallies(s.id)).toEqual(before);
    expect(await ballotsSharingXmin(s.id)).toBe(0);
    const idsAfter = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT b.id FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ${s.id}::uuid`)).map((r) => r.id);
    expect(idsAfter).toHaveLength(idsBefore.length);
    expect(idsAfter.filter((id) => idsBefore.includes(id))).toEqual([]);
    const xmins = rows<{ x: string }>(
      await t.handle.db.execute(sql`SELECT DISTINCT b.xmin::text AS x FROM council_ballot b JOIN council_agenda_item i ON i.id = b.item_id WHERE i.session_id = ${s.id}::uuid`),
    );
    expect(xmins).toHaveLength(1); // all of them the closing transaction's
    expect(await count(t.handle.db, 'audit_log', `action = 'council.session.close' AND entity_id = '${s.id}' AND (after->>'ballotsRewritten')::int = ${idsBefore.length}`)).toBe(1);

    // The minutes say who did not vote on which nominee, and why.
    const minutes = await chuyenvien.get(`/api/v1/council-sessions/${s.id}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    const p = `${tmpDataDir()}/bien-ban.docx`;
    fs.writeFileSync(p, minutes.rawPayload);
    const xml = execFileSync('unzip', ['-p', p, 'word/document.xml']).toString();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(
      `Đối với ${a.person.fullName}, 1 thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: ${me.name} là người được đề nghị khen thưởng; tỷ lệ phiếu đồng ý tính trên 4 thành viên.`,
    );
    expect(text).toContain(`Đối với ${c.person.fullName}, 1 thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: Lê Thị Cúc có xung đột lợi ích (Là chị ruột của người được đề nghị)`);
    expect(text).not.toContain(`Đối với ${b.person.fullName},`);
    expect(text).toContain('Số thành viên tính tỷ lệ');
  });

  it('a member representing the organisation of a collective nominee does not vote on it; an unknown organisation is 404; the link is audited', async () => {
    const ids = await demoIds(t.handle.db);
    // A collective nominee: the province itself (as in a cluster ballot on the Government emulation flag).
    const r = await t.handle.db.execute(sql`INSERT INTO dossier (owner_org_id, title, award_code, achievement_year, status, state_entered_on, posting_until, created_by)
      VALUES (${ids.newHungYen}::uuid, 'Hồ sơ đề nghị Cờ thi đua của Chính phủ', 'co_thi_dua_chinh_phu', 2025, 'posted', '2026-11-05', '2026-11-20', 'test') RETURNING id`);
    const dId = rows<{ id: string }>(r)[0]!.id;
    await t.handle.db.execute(
      sql`INSERT INTO dossier_subject (dossier_id, position, kind, collective_org_id, subject_name) VALUES (${dId}::uuid, 0, 'collective', ${ids.newHungYen}::uuid, 'Tỉnh Hưng Yên')`,
    );
    const other = await postedDossier();
    const hd = await userId(t.handle.db, 'hoidong');
    // An unknown organisation: 404, nothing created.
    const sessions = await count(t.handle.db, 'council_session');
    const unknown = await convene([dId, other.id], { memberOrganisations: [{ userId: hd, organisationId: crypto.randomUUID() }] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found', details: { path: 'organisationId' } });
    expect(unknown.json().message).toContain('Không tìm thấy cơ quan, đơn vị');
    const stray = await convene([dId, other.id], { memberOrganisations: [{ userId: crypto.randomUUID(), organisationId: ids.newHungYen }] });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().details.issues[0].path).toBe('memberOrganisations');
    expect(await count(t.handle.db, 'council_session')).toBe(sessions);

    // hoidong represents Hưng Yên from the start; Đỗ Văn Dũng is linked by PATCH.
    let s: Session = await expectOk(await convene([dId, other.id], { memberOrganisations: [{ userId: hd, organisationId: ids.newHungYen }] }), 201);
    const me = s.members.find((m) => m.userId === hd)! as Member & { organisationId: string | null; organisationName: string | null };
    expect(me.organisationId).toBe(ids.newHungYen);
    expect(me.organisationName).toMatch(/Hưng Yên/);
    const F = itemOf(s, 'Tỉnh Hưng Yên');
    expect(F).toMatchObject({ votingMembers: 4, excluded: [{ memberId: me.id, reason: 'nominee' }] });
    expect(itemOf(s, other.person.fullName)).toMatchObject({ votingMembers: 5, excluded: [] });
    expect(me.voteItemIds).toEqual([itemOf(s, other.person.fullName).id]);

    const dung = byName(s, 'Đỗ Văn Dũng');
    const durl = `/api/v1/council-sessions/${s.id}/members/${dung.id}`;
    const nowhere = await chuyenvien.patch(durl, { organisationId: crypto.randomUUID() });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()).toMatchObject({ code: 'not_found', details: { path: 'organisationId' } });
    s = await expectOk(await chuyenvien.patch(durl, { organisationId: ids.newHungYen }));
    expect(itemOf(s, 'Tỉnh Hưng Yên')).toMatchObject({
      votingMembers: 3,
      excluded: expect.arrayContaining([
        { memberId: me.id, reason: 'nominee' },
        { memberId: dung.id, reason: 'nominee' },
      ]),
    });
    const audit = rows<{ before: unknown; after: unknown }>(
      await t.handle.db.execute(sql`SELECT before, after FROM audit_log WHERE action = 'council.member.update' AND entity_id = ${dung.id}`),
    );
    expect(audit).toEqual([{ before: { organisationId: null }, after: { sessionId: s.id, organisationId: ids.newHungYen } }]);
    s = await expectOk(await chuyenvien.patch(durl, { organisationId: null }));
    expect(itemOf(s, 'Tỉnh Hưng Yên')).toMatchObject({ votingMembers: 4 });

    // hoidong's paper with a choice on the province: 422 nominee, nothing stored.
    const ballots = await count(t.handle.db, 'council_ballot');
    const refused = await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, {
      votes: [
        { itemId: F.id, choice: 'for' },
        { itemId: itemOf(s, other.person.fullName).id, choice: 'for' },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'council_voter_outside', details: { itemIds: [F.id], reasons: ['nominee'] } });
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: itemOf(s, other.person.fullName).id, choice: 'for' }] }));
    // Once voting has started, the organisation link no longer changes.
    const late = await chuyenvien.patch(durl, { organisationId: ids.newHungYen });
    expect(late.statusCode).toBe(409);
    expect(late.json().details.reason).toBe('voting_started');

    // Four written papers at once: each vote rewrites the session's ballots under the session's lock, so none is lost or doubled.
    const O = itemOf(s, other.person.fullName).id;
    const papers = await Promise.all(
      NAMED.map((name, k) =>
        written(s, name, [
          [F.id, k % 2 ? 'against' : 'for'],
          [O, 'for'],
        ]),
      ),
    );
    for (const p of papers) expect(p.statusCode).toBe(200);
    const t1 = await tallies(s.id);
    const n = (itemId: string, choice: string) => t1.find((x) => x.itemId === itemId && x.choice === choice)?.n ?? 0;
    expect([n(F.id, 'for'), n(F.id, 'against'), n(O, 'for')]).toEqual([2, 2, 5]);
    expect(await ballotXmins(s.id)).toHaveLength(1);
  });

  it('documents the person link and the recusals in the OpenAPI routes', async () => {
    const doc = await expectOk(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    const patch = doc.paths['/api/v1/council-sessions/{id}/members/{memberId}'].patch;
    expect(patch.description).toContain('recusals');
    expect(patch.description).toContain('personId');
    expect(patch.description).toContain('organisationId');
    expect(doc.paths['/api/v1/council-sessions'].post.description).toContain('memberOrganisations');
    expect(doc.paths['/api/v1/council-sessions/{id}/close'].post.description).toContain('xmin');
  });
});
