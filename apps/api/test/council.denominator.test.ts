// The denominator of a council vote as data (RULES.md §5; Decree 152 Art. 33(5), 45(4)(b)): all members by
// default; `vote.<award>.denominator` / `vote.denominator` may say members present or standing members
// (the central council's Standing Committee decides CSTĐ toàn quốc). A ballot for an item outside the
// member's voters is refused (422 council_voter_outside), nothing stored, the attempt audited.
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
  name: string;
  present: boolean;
  standing: boolean;
  voteItemIds: string[];
}
interface Item {
  id: string;
  award: string;
  denominator: string;
  votingMembers: number;
  mayVote: boolean;
}

beforeAll(async () => {
  t = await createTestApp({ env: { DATA_DIR: tmpDataDir() } });
  admin = await loggedIn(t.app, 'admin');
  chuyenvien = await loggedIn(t.app, 'chuyenvien');
  hoidong = await loggedIn(t.app, 'hoidong');
  // The central council's rule for CSTĐ toàn quốc from December 2026; a council counting members present from 2027.
  for (const [key, value, effectiveFrom] of [
    ['vote.chien_si_thi_dua_toan_quoc.denominator', 'standing_members', '2026-12-01'],
    ['vote.denominator', 'present_members', '2027-01-01'],
  ] as const) {
    await expectOk(await admin.post(`/api/v1/parameters/${key}/overrides`, { value, effectiveFrom, organisationId: null, reason: 'Quy chế làm việc của Hội đồng' }), 201);
  }
});
afterAll(async () => {
  await t?.close();
});

let seq = 0;
async function postedDossier(award: string): Promise<string> {
  const ids = await demoIds(t.handle.db);
  const people = await peopleOf(t.handle.db, ids.board, 10);
  const p = people[seq++ % people.length]!;
  const r = await t.handle.db.execute(sql`INSERT INTO dossier (owner_org_id, title, award_code, achievement_year, status, state_entered_on, posting_until, created_by)
    VALUES (${ids.newHungYen}::uuid, ${`Hồ sơ đề nghị ${award}`}, ${award}, 2025, 'posted', '2026-11-05', '2026-11-20', 'test') RETURNING id`);
  const id = (r.rows as { id: string }[])[0]!.id;
  await t.handle.db.execute(sql`INSERT INTO dossier_subject (dossier_id, position, kind, person_id, subject_name) VALUES (${id}::uuid, 0, 'individual', ${p.id}::uuid, ${p.fullName})`);
  return id;
}

async function convene(meetingDate: string, dossierIds: string[], named: { name: string; present: boolean; standing?: boolean }[], standing = false) {
  const ids = await demoIds(t.handle.db);
  const hd = await userId(t.handle.db, 'hoidong');
  return chuyenvien.post('/api/v1/council-sessions', {
    ownerOrgId: ids.newHungYen,
    title: 'Phiên họp xét khen thưởng',
    councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
    meetingDate,
    venue: 'Phòng họp số 1, UBND tỉnh Hưng Yên',
    chairName: 'Lê Minh Tuấn',
    secretaryName: 'Nguyễn Thị Thu Hà',
    memberUserIds: [hd],
    standingUserIds: standing ? [hd] : [],
    namedMembers: named,
    dossierIds,
  });
}

const byName = (s: { members: Member[] }, name: string) => s.members.find((m) => m.name === name)!;
const itemOf = (s: { agenda: Item[] }, award: string) => s.agenda.find((a) => a.award === award)!;
const sessionResults = async (id: string) =>
  ((await t.handle.db.execute(sql`SELECT results FROM council_session WHERE id = ${id}::uuid`)).rows as { results: { quorum: { members: number }; items: { itemId: string; denominator: number; denominatorBasis: string; percent: number; passed: boolean }[] } }[])[0]!.results;

describe('council vote denominator', () => {
  it('default all_members: unchanged — every member votes on every item and the share is over all of them', async () => {
    const d = await postedDossier('chien_si_thi_dua_toan_quoc');
    const s = await expectOk(await convene('2026-11-27', [d], [{ name: 'Đặng Văn Khoa', present: false }]), 201);
    const a = s.agenda[0] as Item;
    expect(a).toMatchObject({ denominator: 'all_members', votingMembers: 2 });
    for (const m of s.members as Member[]) expect(m).toMatchObject({ standing: false, voteItemIds: [a.id] });
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: a.id, choice: 'for' }] }));
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: byName(s, 'Đặng Văn Khoa').id, votes: [{ itemId: a.id, choice: 'against' }] }));
    const closed = await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
    // 1 of 2 members = 50% < 90%.
    expect(closed.agenda[0]).toMatchObject({ votesFor: 1, votingMembers: 2, passed: false });
    const r = await sessionResults(s.id);
    expect(r.quorum.members).toBe(2);
    expect(r.items[0]).toMatchObject({ denominator: 2, denominatorBasis: 'all_members', percent: 50, passed: false });
  });

  it('standing_members: only standing members vote on the item and are its denominator; a non-standing member is refused, nothing stored, audited', async () => {
    const national = await postedDossier('chien_si_thi_dua_toan_quoc');
    const provincial = await postedDossier('chien_si_thi_dua_tinh');
    const named = [
      { name: 'Trần Văn Thường', present: false, standing: true },
      { name: 'Lê Thị Trực', present: false, standing: true },
      { name: 'Phạm Văn Vắng', present: false },
    ];
    // No standing member at all: the CSTĐ toàn quốc item would have no voter.
    const none = await convene('2026-12-10', [national], named.map((m) => ({ ...m, standing: false })));
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'members', denominator: 'standing_members', dossierId: national }] } });
    // standingUserIds must be among memberUserIds.
    const ids = await demoIds(t.handle.db);
    const stray = await chuyenvien.post('/api/v1/council-sessions', {
      ownerOrgId: ids.newHungYen,
      title: 'Phiên họp',
      councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
      meetingDate: '2026-12-10',
      venue: 'Phòng họp số 1',
      chairName: 'Lê Minh Tuấn',
      secretaryName: 'Nguyễn Thị Thu Hà',
      memberUserIds: [],
      standingUserIds: [await userId(t.handle.db, 'hoidong')],
      namedMembers: named,
      dossierIds: [national],
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().details.issues[0].path).toBe('standingUserIds');

    let s = await expectOk(await convene('2026-12-10', [national, provincial], named), 201);
    const A = itemOf(s, 'chien_si_thi_dua_toan_quoc');
    const B = itemOf(s, 'chien_si_thi_dua_tinh');
    expect(A).toMatchObject({ denominator: 'standing_members', votingMembers: 2 });
    expect(B).toMatchObject({ denominator: 'all_members', votingMembers: 4 });
    expect(byName(s, 'Trần Văn Thường')).toMatchObject({ standing: true, voteItemIds: expect.arrayContaining([A.id, B.id]) });
    expect(byName(s, 'Phạm Văn Vắng')).toMatchObject({ standing: false, voteItemIds: [B.id] });
    expect(s.abilities.editMembers).toBe(true);

    // The member's view: a ballot for B only.
    const mine = await expectOk(await hoidong.get(`/api/v1/council-sessions/${s.id}`));
    expect(itemOf(mine, 'chien_si_thi_dua_toan_quoc').mayVote).toBe(false);
    expect(itemOf(mine, 'chien_si_thi_dua_tinh').mayVote).toBe(true);
    expect(mine.abilities.vote).toBe(true);

    // Marking a member standing is audited; it is undone the same way.
    const hd = (s.members as (Member & { userId: string | null })[]).find((m) => m.userId)!;
    s = await expectOk(await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${hd.id}`, { standing: true }));
    expect(itemOf(s, 'chien_si_thi_dua_toan_quoc').votingMembers).toBe(3);
    s = await expectOk(await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${hd.id}`, { standing: false }));
    expect(itemOf(s, 'chien_si_thi_dua_toan_quoc').votingMembers).toBe(2);
    expect(await count(t.handle.db, 'audit_log', `action = 'council.member.update' AND entity_id = '${hd.id}' AND outcome = 'ok'`)).toBe(2);
    expect((await hoidong.patch(`/api/v1/council-sessions/${s.id}/members/${hd.id}`, { standing: true })).statusCode).toBe(403);
    // The last standing members cannot all be unmarked while an item counts over them.
    await expectOk(await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${byName(s, 'Trần Văn Thường').id}`, { standing: false }));
    const last = await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${byName(s, 'Lê Thị Trực').id}`, { standing: false });
    expect(last.statusCode).toBe(400);
    s = await expectOk(await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${byName(s, 'Trần Văn Thường').id}`, { standing: true }));

    // A non-standing member's electronic vote on the standing item: refused, nothing stored, audited as denied.
    const ballots = await count(t.handle.db, 'council_ballot');
    const casts = await count(t.handle.db, 'council_vote_cast');
    const refused = await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, {
      votes: [
        { itemId: A.id, choice: 'for' },
        { itemId: B.id, choice: 'for' },
      ],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'council_voter_outside', details: { memberId: hd.id, itemIds: [A.id], denominators: ['standing_members'] } });
    expect(refused.json().message).toContain('thường trực');
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    expect(await count(t.handle.db, 'council_vote_cast')).toBe(casts);
    expect(await count(t.handle.db, 'audit_log', `action = 'council.vote' AND entity_id = '${s.id}' AND outcome = 'denied' AND after->>'refused' = 'council_voter_outside'`)).toBe(1);
    // The secretary's written vote of a non-standing absent member: the same.
    const vang = byName(s, 'Phạm Văn Vắng').id;
    const written = await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: vang, votes: [{ itemId: A.id, choice: 'for' }, { itemId: B.id, choice: 'for' }] });
    expect(written.statusCode).toBe(422);
    expect(written.json().code).toBe('council_voter_outside');
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    expect(await count(t.handle.db, 'audit_log', `action = 'council.vote.written' AND entity_id = '${s.id}' AND outcome = 'denied'`)).toBe(1);
    // A paper missing an item the member votes on is still a validation error.
    const partial = await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: A.id, choice: 'for' }] });
    expect(partial.json().code).toBe('council_voter_outside'); // A is not hers, and B is missing: the refusal says which
    const empty = await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: vang, votes: [{ itemId: crypto.randomUUID(), choice: 'for' }] });
    expect(empty.statusCode).toBe(400);

    // The right papers.
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: B.id, choice: 'for' }] }));
    await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: vang, votes: [{ itemId: B.id, choice: 'for' }] }));
    for (const name of ['Trần Văn Thường', 'Lê Thị Trực'])
      await expectOk(
        await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, {
          memberId: byName(s, name).id,
          votes: [
            { itemId: A.id, choice: 'for' },
            { itemId: B.id, choice: 'for' },
          ],
        }),
      );
    // Once someone has voted, who is standing no longer changes.
    const late = await chuyenvien.patch(`/api/v1/council-sessions/${s.id}/members/${vang}`, { standing: true });
    expect(late.statusCode).toBe(409);
    expect(late.json().details.reason).toBe('voting_started');

    // 2 of the 2 standing members (100%) — over all 4 members it would be 50%, short of 90%.
    const closed = await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
    expect(itemOf(closed, 'chien_si_thi_dua_toan_quoc')).toMatchObject({ votesFor: 2, votingMembers: 2, passed: true });
    expect(itemOf(closed, 'chien_si_thi_dua_tinh')).toMatchObject({ votesFor: 4, votingMembers: 4, passed: true });
    const r = await sessionResults(s.id);
    expect(r.items.find((i) => i.itemId === A.id)).toMatchObject({ denominator: 2, denominatorBasis: 'standing_members', percent: 100, passed: true });
    expect(r.items.find((i) => i.itemId === B.id)).toMatchObject({ denominator: 4, denominatorBasis: 'all_members' });
    expect(r.quorum.members).toBe(4);

    // The minutes say what each share is counted over.
    const minutes = await chuyenvien.get(`/api/v1/council-sessions/${s.id}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
    const p = `${tmpDataDir()}/bien-ban.docx`;
    fs.writeFileSync(p, minutes.rawPayload);
    try {
      const xml = execFileSync('unzip', ['-p', p, 'word/document.xml']).toString();
      expect(xml).toContain('Thường trực Hội đồng');
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOENT') throw e; // no unzip on this machine
    }
  });

  it('present_members: only members recorded present vote; an absent member\'s written vote is refused; the share and the quorum are over those present', async () => {
    const d = await postedDossier('chien_si_thi_dua_tinh');
    const s = await expectOk(await convene('2027-01-10', [d], [{ name: 'Ngô Quang Khải', present: false }]), 201);
    const a = s.agenda[0] as Item;
    expect(a).toMatchObject({ denominator: 'present_members', votingMembers: 1 });
    const absent = byName(s, 'Ngô Quang Khải');
    expect(absent.voteItemIds).toEqual([]);
    const ballots = await count(t.handle.db, 'council_ballot');
    const written = await chuyenvien.post(`/api/v1/council-sessions/${s.id}/written-votes`, { memberId: absent.id, votes: [{ itemId: a.id, choice: 'against' }] });
    expect(written.statusCode).toBe(422);
    expect(written.json()).toMatchObject({ code: 'council_voter_outside', details: { denominators: ['present_members'] } });
    expect(await count(t.handle.db, 'council_ballot')).toBe(ballots);
    await expectOk(await hoidong.post(`/api/v1/council-sessions/${s.id}/votes`, { votes: [{ itemId: a.id, choice: 'for' }] }));
    // Quorum 1 of the 1 member who votes; over all members it would be 1 of 2 (< 2/3).
    const closed = await expectOk(await chuyenvien.post(`/api/v1/council-sessions/${s.id}/close`));
    expect(closed.agenda[0]).toMatchObject({ votesFor: 1, votingMembers: 1, passed: true });
    const r = await sessionResults(s.id);
    expect(r.quorum.members).toBe(1);
    expect(r.items[0]).toMatchObject({ denominator: 1, denominatorBasis: 'present_members', percent: 100 });
  });

  it('documents the rule in the OpenAPI routes', async () => {
    const doc = await expectOk(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }));
    expect(doc.paths['/api/v1/council-sessions/{id}/members/{memberId}'].patch.description).toContain('voting_started');
    expect(doc.paths['/api/v1/council-sessions/{id}/votes'].post.description).toContain('council_voter_outside');
    expect(doc.paths['/api/v1/council-sessions/{id}/close'].post.description).toContain('standing_members');
  });
});
