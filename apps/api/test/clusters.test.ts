// Issue #5: clusters (cụm thi đua) and movements. Demo data of the sample article, a year run end to
// end, and refused input (coded error, nothing changed, a `denied` audit entry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, type Client, type TestApp, createTestApp } from './harness.js';

let t: TestApp;
let sec: Client;
let clusterId: string;

type Org = { id: string; code: string; name: string };
const names = (xs: Org[]) => xs.map((o) => o.name);

beforeAll(async () => {
  t = await createTestApp();
  sec = await loggedIn(t.app, 'cumthidua');
  const list = (await sec.get('/api/v1/clusters')).json();
  clusterId = list.items.find((c: { name: string }) => c.name === 'Cụm thi đua các tỉnh Đồng bằng sông Hồng').id;
});
afterAll(async () => t?.close());

describe('the Red River Delta cluster of the sample article (demo data)', () => {
  it('lists the cluster with its organiser, the central council (code VN), exactly as CONTRACT.md', async () => {
    const res = await sec.get('/api/v1/clusters');
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((c: { id: string }) => c.id === clusterId);
    expect(Object.keys(item).sort()).toEqual(['id', 'name', 'organiser']);
    expect(item.organiser).toMatchObject({ code: 'VN', kind: 'central' });
  });

  it('2020: nine members, Quảng Ninh leads; the ranking leads to Quảng Ninh (flag), Nam Định and Hà Nam (Bằng khen)', async () => {
    const res = await sec.get(`/api/v1/clusters/${clusterId}/years/2020`);
    expect(res.statusCode).toBe(200);
    const y = res.json();
    expect(Object.keys(y).sort()).toEqual(['deputies', 'leader', 'members', 'pledge', 'proposals', 'ranking']);
    expect(names(y.members).sort()).toEqual(['Bắc Ninh', 'Hà Nam', 'Hưng Yên', 'Hải Dương', 'Nam Định', 'Ninh Bình', 'Quảng Ninh', 'Thái Bình', 'Vĩnh Phúc'].sort());
    expect(y.leader.name).toBe('Quảng Ninh');
    expect(y.ranking.slice(0, 3).map((r: { organisation: Org; rank: number }) => [r.organisation.name, r.rank])).toEqual([
      ['Quảng Ninh', 1],
      ['Nam Định', 2],
      ['Hà Nam', 3],
    ]);
    expect(y.ranking).toHaveLength(9);
    expect(y.proposals.map((p: { organisation: Org; award: string }) => [p.organisation.name, p.award])).toEqual([
      ['Quảng Ninh', 'co_thi_dua_chinh_phu'],
      ['Nam Định', 'bang_khen_thu_tuong'],
      ['Hà Nam', 'bang_khen_thu_tuong'],
    ]);
  });

  it('2021: Hưng Yên leads with Bắc Ninh and Vĩnh Phúc as deputies; the pledge has five commitments signed by the nine', async () => {
    const y = (await sec.get(`/api/v1/clusters/${clusterId}/years/2021`)).json();
    expect(y.leader.name).toBe('Hưng Yên');
    expect(names(y.deputies)).toEqual(['Bắc Ninh', 'Vĩnh Phúc']);
    expect(y.pledge.commitments.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(y.pledge.commitments[0].text).toMatch(/^Tiếp tục quán triệt sâu sắc/);
    expect(y.pledge.signatures).toHaveLength(9);
    expect(y.ranking).toEqual([]);
  });

  it('after the 2025 reform the cluster has the six successors (assumed, noted); past years are unchanged', async () => {
    const y = (await sec.get(`/api/v1/clusters/${clusterId}/years/2026`)).json();
    expect(names(y.members).sort()).toEqual(['Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Phú Thọ', 'Quảng Ninh'].sort());
    const y2020 = (await sec.get(`/api/v1/clusters/${clusterId}/years/2020`)).json();
    expect(y2020.members).toHaveLength(9);
    const d = (await sec.get(`/api/v1/clusters/${clusterId}`)).json();
    expect(d.note).toMatch(/GIẢ ĐỊNH/);
    expect(d.members.filter((m: { validFrom: string; note: string | null }) => m.validFrom === '2025-07-01').every((m: { note: string | null }) => /Giả định/.test(m.note ?? ''))).toBe(true);
    expect(d.officers.map((o: { year: number; leader: Org | null }) => [o.year, o.leader?.name])).toEqual([
      [2019, 'Hải Dương'],
      [2020, 'Quảng Ninh'],
      [2021, 'Hưng Yên'],
    ]);
  });

  it('the 2020 overview carries the GRDP figures, the new-rural figure 1.241/1.310 and the four PM movements', async () => {
    const o = (await sec.get(`/api/v1/clusters/${clusterId}/years/2020/overview`)).json();
    const grdp = Object.fromEntries(o.indicators.filter((i: { code: string }) => i.code === 'grdp_growth').map((i: { organisation: Org; value: number }) => [i.organisation.name, i.value]));
    expect(grdp).toMatchObject({ 'Quảng Ninh': 10.05, 'Hà Nam': 7.02, 'Nam Định': 6.97, 'Ninh Bình': 6.78, 'Hưng Yên': 6.46, 'Hải Dương': 3.24, 'Thái Bình': 3.23, 'Vĩnh Phúc': 2.21, 'Bắc Ninh': 1.36 });
    expect(o.indicators.find((i: { code: string }) => i.code === 'new_rural_communes')).toMatchObject({ organisation: null, numerator: 1241, denominator: 1310 });
    expect(o.movements.filter((m: { authorityLabel: string }) => m.authorityLabel === 'Thủ tướng Chính phủ')).toHaveLength(4);
    expect(o.conferences[0]).toMatchObject({ kind: 'year_end', heldOn: '2021-01-18' });
  });

  it('proposes the rotation from lineage: successors inherit their predecessors’ leadership history', async () => {
    const r = (await sec.get(`/api/v1/clusters/${clusterId}/years/2026/rotation`)).json();
    // Hưng Yên (2021), Hải Phòng (via Hải Dương, 2019) and Quảng Ninh (2020) led; the others never did.
    expect(r.order.map((o: { organisation: Org }) => o.organisation.name).slice(-3)).toEqual(['Hải Phòng', 'Quảng Ninh', 'Hưng Yên']);
    expect(['Bắc Ninh', 'Phú Thọ', 'Ninh Bình']).toContain(r.leader.name);
  });

  it('the 2020 minutes and proposal letter are generated as .docx', async () => {
    for (const f of ['minutes.docx', 'letter.docx']) {
      const res = await sec.get(`/api/v1/clusters/${clusterId}/years/2020/${f}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });
});

describe('a year run end to end, with refused input', () => {
  let id: string;
  let qn: string, nb: string, hy: string, bn: string;
  let cQN: Client, cNB: Client, cHY: Client, cBN: Client;
  const base = () => `/api/v1/clusters/${id}/years/2026`;

  async function denied(action: string) {
    const admin = await loggedIn(t.app, 'admin');
    const a = (await admin.get(`/api/v1/audit?entity=cluster&entityId=${id}&action=${action}&limit=100`)).json();
    return a.items.filter((e: { outcome: string }) => e.outcome === 'denied');
  }
  async function eventCount() {
    return (await sec.get(`${base()}/round/history`)).json().items.length as number;
  }

  beforeAll(async () => {
    const orgs = (await sec.get('/api/v1/organisations?asOf=2026-01-01&kind=province&limit=100')).json().items as Org[];
    const byName = (n: string) => orgs.find((o) => o.name === n)!.id;
    qn = byName('Quảng Ninh');
    nb = byName('Ninh Bình');
    hy = byName('Hưng Yên');
    bn = byName('Bắc Ninh');
    const central = (await sec.get('/api/v1/clusters')).json().items[0].organiser.id;
    const created = await sec.post('/api/v1/clusters', { code: 'TEST-3', name: 'Cụm thi đua thử nghiệm', organiserOrgId: central, organiserLevel: 'central' });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
    for (const o of [qn, nb, hy]) expect((await sec.post(`/api/v1/clusters/${id}/members`, { organisationId: o, validFrom: '2026-01-01' })).statusCode).toBe(200);
    cQN = await loggedIn(t.app, 'cum.quangninh');
    cNB = await loggedIn(t.app, 'cum.ninhbinh');
    cHY = await loggedIn(t.app, 'chuyenvien');
    cBN = await loggedIn(t.app, 'cum.bacninh');
  });

  it('the secretariat opens the round with a fixed scoring table; a member may not', async () => {
    const criteria = [
      { group: 'I', code: 'A', title: 'Nhiệm vụ chính trị', maxPoints: 60, mandatory: true, evidenceRequired: true },
      { group: 'I', code: 'B', title: 'Công tác thi đua', maxPoints: 40 },
      { group: 'II', code: 'T', title: 'Điểm thưởng', kind: 'bonus', maxPoints: 5 },
    ];
    expect((await cQN.post(`${base()}/round`, { criteria })).statusCode).toBe(403);
    // A bad table is refused with the coded problems (positions in the grouped table) and opens nothing.
    const bad = await sec.post(`${base()}/round`, {
      criteria: [
        { group: 'I', code: 'A', title: 'Nhiệm vụ chính trị', maxPoints: 60 },
        { group: 'I', code: 'a', title: 'Công tác thi đua', maxPoints: 40 },
        { group: 'II', code: 'T', title: 'Điểm thưởng', kind: 'bonus', maxPoints: 5, mandatory: true },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('cluster_scoring_table_invalid');
    expect(bad.json().details.problems).toEqual([
      { code: 'code_duplicate', at: { group: 0, criterion: 1 }, value: 'a' },
      { code: 'mandatory_not_criterion', at: { group: 1, criterion: 0 } },
      { code: 'no_mandatory_criterion' },
    ]);
    expect((await sec.get(`${base()}/round`)).statusCode).toBe(404);
    const res = await sec.post(`${base()}/round`, { criteria });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', criteria: [{ code: 'A' }, { code: 'B' }, { code: 'T' }] });
    expect((await sec.post(`${base()}/round`, { criteria })).json().code).toBe('conflict');
  });

  it('three members self-assess (with evidence) and score the others', async () => {
    const plan: [Client, string, Record<string, [number, number, number]>][] = [
      [cQN, qn, { [nb]: [50, 35, 2], [hy]: [48, 30, 0] }],
      [cNB, nb, { [qn]: [55, 36, 3], [hy]: [50, 31, 0] }],
      [cHY, hy, { [qn]: [57, 38, 1], [nb]: [52, 33, 1] }],
    ];
    for (const [c, me, others] of plan) {
      const self = await c.post(`${base()}/round/scores`, {
        as: 'self',
        assessorOrgId: me,
        items: [
          { assesseeId: me, criterionCode: 'A', points: 60, evidence: [{ title: 'Báo cáo tổng kết năm 2026' }] },
          { assesseeId: me, criterionCode: 'B', points: 40 },
        ],
      });
      expect(self.statusCode, self.body).toBe(200);
      const items = Object.entries(others).flatMap(([o, [a, b, bonus]]) => [
        { assesseeId: o, criterionCode: 'A', points: a },
        { assesseeId: o, criterionCode: 'B', points: b },
        { assesseeId: o, criterionCode: 'T', points: bonus },
      ]);
      const res = await c.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: me, items, reason: 'Chấm chéo' });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Uploaded evidence: checked by content, kept with the round, cited by a later self-assessment.
    const boundary = 'x-thidua-test';
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const body = (bytes: Buffer, name: string) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const up = await cQN.request('POST', `${base()}/round/evidence?organisationId=${qn}&criterionCode=A`, body(pdf, 'bao-cao-tong-ket.pdf'), headers);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ fileName: 'bao-cao-tong-ket.pdf', mediaType: 'application/pdf' });
    const notPdf = await cQN.request('POST', `${base()}/round/evidence?organisationId=${qn}`, body(Buffer.from('MZ not a document'), 'x.pdf'), headers);
    expect(notPdf.statusCode).toBe(415);
    const forOther = await cNB.request('POST', `${base()}/round/evidence?organisationId=${qn}`, body(pdf, 'x.pdf'), headers);
    expect(forOther.json().code).toBe('cluster_not_member');
    const cite = await cQN.post(`${base()}/round/scores`, { as: 'self', assessorOrgId: qn, items: [{ assesseeId: qn, criterionCode: 'A', points: 60, evidence: [{ title: 'Báo cáo tổng kết', fileId: up.json().id }] }] });
    expect(cite.statusCode, cite.body).toBe(200);
    const dl = await cNB.get(`${base()}/round/evidence/${up.json().id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const view = (await sec.get(`${base()}/round`)).json();
    expect(view.progress.every((p: { selfAssessed: boolean; assessedOthers: number; othersToAssess: number }) => p.selfAssessed && p.assessedOthers === 2 && p.othersToAssess === 2)).toBe(true);
    expect(view.secretariatProgress).toBeNull(); // peers mode: the secretariat does not score
    // A correction is a new event; the latest counts.
    expect((await cQN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: qn, items: [{ assesseeId: hy, criterionCode: 'A', points: 49 }], reason: 'Sửa lỗi nhập' })).statusCode).toBe(200);
  });

  it('refuses bad scores with coded errors, changes nothing and audits the attempt', async () => {
    const before = await eventCount();
    const outOfRange = await cQN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: qn, items: [{ assesseeId: nb, criterionCode: 'B', points: 41 }] });
    expect(outOfRange.statusCode).toBe(422);
    expect(outOfRange.json()).toMatchObject({ code: 'cluster_score_out_of_range', details: { max: 40 } });
    expect(outOfRange.json().message).toMatch(/khung điểm/);
    // A valid item before the bad one is not written either (one transaction).
    const selfScoring = await cQN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: qn, items: [{ assesseeId: nb, criterionCode: 'B', points: 10 }, { assesseeId: qn, criterionCode: 'A', points: 60 }] });
    expect(selfScoring.statusCode).toBe(422);
    expect(selfScoring.json().code).toBe('cluster_self_scoring');
    const noEvidence = await cNB.post(`${base()}/round/scores`, { as: 'self', assessorOrgId: nb, items: [{ assesseeId: nb, criterionCode: 'A', points: 59 }] });
    expect(noEvidence.json().code).toBe('cluster_evidence_required');
    const nonMember = await cBN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: bn, items: [{ assesseeId: nb, criterionCode: 'B', points: 10 }] });
    expect(nonMember.statusCode).toBe(403);
    expect(nonMember.json().code).toBe('cluster_not_member');
    // Acting for a member one does not represent.
    const impersonate = await cBN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: qn, items: [{ assesseeId: nb, criterionCode: 'B', points: 10 }] });
    expect(impersonate.json().code).toBe('cluster_not_member');
    expect(await eventCount()).toBe(before);
    const d = await denied('cluster.score');
    expect(d.map((e: { after: { refused: string } }) => e.after.refused).sort()).toEqual(
      ['cluster_evidence_required', 'cluster_not_member', 'cluster_not_member', 'cluster_score_out_of_range', 'cluster_self_scoring'].sort(),
    );
  });

  it('members do not see the ranking while the round is open; the secretariat closes it and the ranking appears', async () => {
    expect((await cQN.get(`${base()}/round`)).json().ranking).toEqual([]);
    expect((await cQN.post(`${base()}/round/close`)).statusCode).toBe(403);
    const res = await sec.post(`${base()}/round/close`);
    expect(res.statusCode).toBe(200);
    const r = res.json().ranking as { organisation: Org; rank: number; score: number; selfScore: number }[];
    // Quảng Ninh: mean(55,57)+mean(36,38)+mean(3,1) = 56+37+2 = 95; Ninh Bình: 51+34+1.5 = 86.5; Hưng Yên: mean(49,50)+30.5+0 = 80.
    expect(r.map((x) => [x.organisation.name, x.rank, x.score])).toEqual([
      ['Quảng Ninh', 1, 95],
      ['Ninh Bình', 2, 86.5],
      ['Hưng Yên', 3, 80],
    ]);
    expect(r[0]!.selfScore).toBe(100); // shown, never counted
    const y = (await sec.get(base())).json();
    expect(y.ranking.map((x: { organisation: Org; score: number }) => [x.organisation.name, x.score])).toEqual([
      ['Quảng Ninh', 95],
      ['Ninh Bình', 86.5],
      ['Hưng Yên', 80],
    ]);
    const normalised = (await sec.get(`${base()}/round?view=normalised`)).json();
    expect(normalised.view).toBe('normalised');
    expect(normalised.ranking).toHaveLength(3);
  });

  it('refuses scoring after the round closed', async () => {
    const before = await eventCount();
    const res = await cQN.post(`${base()}/round/scores`, { as: 'member', assessorOrgId: qn, items: [{ assesseeId: nb, criterionCode: 'B', points: 10 }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('cluster_round_closed');
    expect(await eventCount()).toBe(before);
    expect((await denied('cluster.score')).some((e: { after: { refused: string } }) => e.after.refused === 'cluster_round_closed')).toBe(true);
  });

  it('members vote once each, never on themselves; a non-member may not vote', async () => {
    const open = await sec.post(`${base()}/ballot`);
    expect(open.statusCode, open.body).toBe(201);
    expect(open.json().nominees.map((n: { organisation: Org; award: string }) => [n.organisation.name, n.award])).toEqual([
      ['Quảng Ninh', 'co_thi_dua_chinh_phu'],
      ['Ninh Bình', 'bang_khen_thu_tuong'],
      ['Hưng Yên', 'bang_khen_thu_tuong'],
    ]);
    const self = await cQN.post(`${base()}/ballot/votes`, { voterOrgId: qn, choices: [{ nomineeId: qn, approve: true }] });
    expect(self.statusCode).toBe(422);
    expect(self.json().code).toBe('cluster_self_vote');
    const outsider = await cBN.post(`${base()}/ballot/votes`, { voterOrgId: bn, choices: [{ nomineeId: qn, approve: true }] });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().code).toBe('cluster_not_member');

    const votes: [Client, string, [string, boolean][]][] = [
      [cQN, qn, [[nb, true], [hy, false]]],
      [cNB, nb, [[qn, true], [hy, true]]],
      [cHY, hy, [[qn, true], [nb, true]]],
    ];
    for (const [c, me, ch] of votes) {
      const res = await c.post(`${base()}/ballot/votes`, { voterOrgId: me, choices: ch.map(([nomineeId, approve]) => ({ nomineeId, approve })) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().votedAs).toEqual([me]);
      expect(res.json().result).toBeNull(); // no counts while open
    }
    const twice = await cNB.post(`${base()}/ballot/votes`, { voterOrgId: nb, choices: [{ nomineeId: qn, approve: false }] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('cluster_already_voted');
    const b = (await sec.get(`${base()}/ballot`)).json();
    expect(b).toMatchObject({ status: 'open', members: 3, voted: 3 });
    const d = (await denied('cluster.vote')).map((e: { after: { refused: string } }) => e.after.refused).sort();
    expect(d).toEqual(['cluster_already_voted', 'cluster_not_member', 'cluster_self_vote']);
    // The audit of a cast vote names the voter, never the choices.
    const admin = await loggedIn(t.app, 'admin');
    const ok = (await admin.get(`/api/v1/audit?entity=cluster&entityId=${id}&action=cluster.vote&limit=100`)).json().items.filter((e: { outcome: string }) => e.outcome === 'ok');
    expect(ok).toHaveLength(3);
    expect(JSON.stringify(ok)).not.toMatch(/approve|choices/);
  });

  it('closing the ballot tallies over all other members and creates the proposals', async () => {
    const res = await sec.post(`${base()}/ballot/close`);
    expect(res.statusCode, res.body).toBe(200);
    // Quảng Ninh 2/2, Ninh Bình 2/2 pass; Hưng Yên 1/2 is not more than half.
    expect(res.json().items.map((p: { organisation: Org; award: string; status: string }) => [p.organisation.name, p.award, p.status])).toEqual([
      ['Quảng Ninh', 'co_thi_dua_chinh_phu', 'proposed'],
      ['Ninh Bình', 'bang_khen_thu_tuong', 'proposed'],
    ]);
    const b = (await sec.get(`${base()}/ballot`)).json();
    expect(b.result.map((r: { organisation: Org; votesFor: number; denominator: number; passed: boolean }) => [r.organisation.name, r.votesFor, r.denominator, r.passed])).toEqual([
      ['Quảng Ninh', 2, 2, true],
      ['Ninh Bình', 2, 2, true],
      ['Hưng Yên', 1, 2, false],
    ]);
    const y = (await sec.get(base())).json();
    expect(y.proposals.map((p: { organisation: Org; award: string }) => [p.organisation.name, p.award])).toEqual([
      ['Quảng Ninh', 'co_thi_dua_chinh_phu'],
      ['Ninh Bình', 'bang_khen_thu_tuong'],
    ]);
    const late = await cHY.post(`${base()}/ballot/votes`, { voterOrgId: hy, choices: [{ nomineeId: qn, approve: true }] });
    expect(late.json().code).toBe('cluster_ballot_closed');
  });

  it('a proposal becomes a dossier in the dossier workflow, created by the member’s representative, with the minutes and the letter', async () => {
    const ps = (await sec.get(`${base()}/proposals`)).json().items as { id: string; organisation: Org; dossierId: string | null }[];
    const mine = ps.find((p) => p.organisation.id === qn)!;
    const bySecretariat = await sec.post(`${base()}/proposals/${mine.id}/dossier`);
    expect(bySecretariat.json().code).toBe('cluster_not_member');
    const byOther = await cNB.post(`${base()}/proposals/${mine.id}/dossier`);
    expect(byOther.json().code).toBe('cluster_not_member');
    const res = await cQN.post(`${base()}/proposals/${mine.id}/dossier`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'dossier_created', award: 'co_thi_dua_chinh_phu' });
    const dossierId = res.json().dossierId as string;
    const d = await cQN.get(`/api/v1/dossiers/${dossierId}`);
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ award: 'co_thi_dua_chinh_phu', achievementYear: 2026, status: 'draft' });
    expect(d.json().attachments.map((a: { kind: string }) => a.kind).sort()).toEqual(['ket_qua_bo_phieu', 'to_trinh']);
    expect((await cQN.post(`${base()}/proposals/${mine.id}/dossier`)).json().code).toBe('conflict');
  });

  it('records the election of the next year from the rotation proposal', async () => {
    const rot = (await sec.get(`/api/v1/clusters/${id}/years/2027/rotation`)).json();
    expect(rot.deputies).toHaveLength(2);
    const res = await sec.post(`/api/v1/clusters/${id}/years/2027/election`, { leaderId: rot.leader.id, deputyIds: rot.deputies.map((d: Org) => d.id), electedOn: '2027-01-20' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().leader.id).toBe(rot.leader.id);
    const bad = await sec.post(`/api/v1/clusters/${id}/years/2027/election`, { leaderId: bn, deputyIds: [] });
    expect(bad.json().code).toBe('cluster_not_member');
  });
});

describe('the 2025 reform on a cluster set up before it', () => {
  it('members that ceased to exist leave, their successors join once, past years stay as they were', async () => {
    const old = (await sec.get('/api/v1/organisations?asOf=2024-06-01&kind=province&limit=100')).json().items as Org[];
    const hy = old.find((o) => o.name === 'Hưng Yên')!.id;
    const tb = old.find((o) => o.name === 'Thái Bình')!.id;
    const qn = old.find((o) => o.name === 'Quảng Ninh')!.id;
    const central = (await sec.get('/api/v1/clusters')).json().items[0].organiser.id;
    const c = (await sec.post('/api/v1/clusters', { code: 'TEST-REFORM', name: 'Cụm thử sắp xếp 2025', organiserOrgId: central, organiserLevel: 'central' })).json();
    for (const o of [hy, tb, qn]) await sec.post(`/api/v1/clusters/${c.id}/members`, { organisationId: o, validFrom: '2024-01-01' });
    const res = await sec.post(`/api/v1/clusters/${c.id}/members/successors`, { date: '2025-07-01', note: 'Giả định' });
    expect(res.statusCode, res.body).toBe(200);
    const y2024 = (await sec.get(`/api/v1/clusters/${c.id}/years/2024`)).json();
    expect(names(y2024.members).sort()).toEqual(['Hưng Yên', 'Quảng Ninh', 'Thái Bình']);
    expect(y2024.members.find((m: Org) => m.name === 'Hưng Yên').id).toBe(hy);
    const y2026 = (await sec.get(`/api/v1/clusters/${c.id}/years/2026`)).json();
    expect(names(y2026.members).sort()).toEqual(['Hưng Yên', 'Quảng Ninh']);
    expect(y2026.members.find((m: Org) => m.name === 'Hưng Yên').id).not.toBe(hy);
    expect(y2026.members.find((m: Org) => m.name === 'Quảng Ninh').id).toBe(qn);
  });
});

describe('movements (phong trào thi đua)', () => {
  it('launches, registers, returns, resubmits, approves, rolls up and reviews', async () => {
    const cv = await loggedIn(t.app, 'chuyenvien');
    const me = (await cv.get('/api/auth/me')).json().user;
    const scopeOrg = me.roles[0].scopeOrgId as string;
    const created = await cv.post('/api/v1/movements', { title: 'Thi đua chuyển đổi số năm 2026', authorityOrgId: scopeOrg, authorityLabel: 'UBND tỉnh Hưng Yên', kind: 'thematic', periodFrom: '2026-01-01', periodTo: '2026-12-31', targetOrgIds: [scopeOrg] });
    expect(created.statusCode, created.body).toBe(201);
    const mid = created.json().id;
    const reg = await cv.post(`/api/v1/movements/${mid}/registrations`, { organisationId: scopeOrg, titles: ['tap_the_lao_dong_xuat_sac'] });
    expect(reg.statusCode, reg.body).toBe(201);
    const rid = reg.json().id;
    expect((await cv.post(`/api/v1/movement-registrations/${rid}/transition`, { action: 'return', note: 'Bổ sung chỉ tiêu' })).json().state).toBe('returned');
    const bad = await cv.post(`/api/v1/movement-registrations/${rid}/transition`, { action: 'approve' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().code).toBe('movement_transition_invalid');
    expect((await cv.post(`/api/v1/movement-registrations/${rid}/transition`, { action: 'resubmit' })).json().state).toBe('submitted');
    expect((await cv.post(`/api/v1/movement-registrations/${rid}/transition`, { action: 'approve' })).json().state).toBe('approved');
    const rv = await cv.post(`/api/v1/movements/${mid}/reviews`, { kind: 'interim', heldOn: '2026-07-15', report: 'Sơ kết 6 tháng' });
    expect(rv.statusCode, rv.body).toBe(200);
    expect(rv.json().rollUp.byTitle).toEqual({ tap_the_lao_dong_xuat_sac: 1 });
    expect(rv.json().reviews[0]).toMatchObject({ kind: 'interim', heldOn: '2026-07-15' });
    const donvi = await loggedIn(t.app, 'donvi');
    expect((await donvi.post('/api/v1/movements', { title: 'x', authorityOrgId: scopeOrg, authorityLabel: 'x', kind: 'regular' })).statusCode).toBe(403);
  });

  it('an individual registers through a unit in scope; an unknown person is refused and nothing is stored', async () => {
    const cv = await loggedIn(t.app, 'chuyenvien');
    const scopeOrg = (await cv.get('/api/auth/me')).json().user.roles[0].scopeOrgId as string;
    const mid = (await cv.post('/api/v1/movements', { title: 'Thi đua cá nhân 2026', authorityOrgId: scopeOrg, authorityLabel: 'UBND tỉnh Hưng Yên', kind: 'regular', targetOrgIds: [scopeOrg] })).json().id;
    const someone = (await cv.get('/api/v1/people?limit=1')).json().items[0];
    const reg = await cv.post(`/api/v1/movements/${mid}/registrations`, { organisationId: someone.ownerOrgId ?? scopeOrg, personId: someone.id, titles: ['chien_si_thi_dua_co_so'] });
    expect(reg.statusCode, reg.body).toBe(201);
    expect(reg.json()).toMatchObject({ personId: someone.id, personName: someone.fullName, state: 'submitted' });
    const bad = await cv.post(`/api/v1/movements/${mid}/registrations`, { organisationId: scopeOrg, personId: '00000000-0000-4000-8000-000000000000', titles: ['chien_si_thi_dua_co_so'] });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().code).toBe('not_found');
    expect((await cv.get(`/api/v1/movements/${mid}`)).json().registrations).toHaveLength(1);
  });
});

describe('editing a membership', () => {
  it('ends a membership or changes its note with a reason; years already scored stay as they were', async () => {
    const detail = (await sec.get(`/api/v1/clusters/${clusterId}`)).json();
    type M = { id: string; organisation: Org; validFrom: string; validTo: string | null; womenPreference: boolean; note: string | null };
    const qn = (detail.members as M[]).find((m) => m.organisation.name === 'Quảng Ninh' && m.validFrom <= '2020-12-31')!;
    const url = (m: M) => `/api/v1/clusters/${clusterId}/members/${m.id}`;
    // 2020 is scored (its round is closed): the membership cannot end before 31/12/2020, nor change its preference.
    const early = await sec.patch(url(qn), { validTo: '2020-06-30', reason: 'Nhập nhầm' });
    expect(early.statusCode).toBe(400);
    expect(early.json().details.issues[0]).toMatchObject({ path: 'validTo' });
    expect(early.json().details.issues[0].message).toContain('31/12/2020');
    expect((await sec.patch(url(qn), { womenPreference: !qn.womenPreference, reason: 'Bổ sung' })).json().details.issues[0].path).toBe('womenPreference');
    expect((await sec.patch(url(qn), { reason: 'Không đổi gì' })).statusCode).toBe(400);
    const noted = await sec.patch(url(qn), { note: 'Cụm trưởng năm 2020', reason: 'Ghi chú theo biên bản hội nghị' });
    expect(noted.statusCode, noted.body).toBe(200);
    expect((noted.json().members as M[]).find((m) => m.id === qn.id)).toMatchObject({ note: 'Cụm trưởng năm 2020', validTo: qn.validTo });
    // A later membership may end (and be reopened), audited with its reason.
    const later = (detail.members as M[]).find((m) => m.validFrom >= '2025-07-01')!;
    const ended = await sec.patch(url(later), { validTo: '2030-12-31', reason: 'Chuyển sang cụm khác theo quyết định của Hội đồng' });
    expect((ended.json().members as M[]).find((m) => m.id === later.id)!.validTo).toBe('2030-12-31');
    expect(((await sec.patch(url(later), { validTo: null, reason: 'Hủy thay đổi' })).json().members as M[]).find((m) => m.id === later.id)!.validTo).toBeNull();
    const audit = (await t.handle.db.execute((await import('drizzle-orm')).sql`SELECT after FROM audit_log WHERE action = 'cluster.member.update' ORDER BY id`)).rows as { after: { reason: string } }[];
    expect(audit.map((a) => a.after.reason)).toEqual(['Ghi chú theo biên bản hội nghị', 'Chuyển sang cụm khác theo quyết định của Hội đồng', 'Hủy thay đổi']);
    const other = await loggedIn(t.app, 'cum.quangninh');
    expect((await other.patch(url(qn), { note: 'x', reason: 'không có quyền' })).statusCode).toBe(403);
    expect((await sec.patch(`/api/v1/clusters/${clusterId}/members/00000000-0000-4000-8000-000000000000`, { note: 'x', reason: 'không có' })).statusCode).toBe(404);
  });
});

describe('conference documents', () => {
  it('records document references with the conference and refuses a link that is not http(s)', async () => {
    const url = `/api/v1/clusters/${clusterId}/years/2022/conferences`;
    const bad = await sec.post(url, { kind: 'mid_year', heldOn: '2022-07-15', documents: [{ title: 'Báo cáo sơ kết', url: 'javascript:alert(1)' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
    const ok = await sec.post(url, { kind: 'mid_year', heldOn: '2022-07-15', place: 'Hải Dương', documents: [{ title: 'Báo cáo sơ kết 6 tháng', number: '12/BC-CTĐ', date: '2022-07-10', url: 'https://example.vn/bc.pdf' }] });
    expect(ok.statusCode, ok.body).toBe(200);
    const conf = ok.json().conferences.find((c: { heldOn: string }) => c.heldOn === '2022-07-15');
    expect(conf.documents).toEqual([{ title: 'Báo cáo sơ kết 6 tháng', number: '12/BC-CTĐ', date: '2022-07-10', url: 'https://example.vn/bc.pdf' }]);
  });
});
