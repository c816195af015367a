// Demo data of issue #4: dossiers in every workflow state, a closed and an open council session, and
// issued decisions with their registry entries and certificate codes — among them the sample article's
// "18 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh Quảng Ninh" (January 2021; synthetic names and
// a synthetic decision number). Idempotent (app_setting `demo.dossiers.seeded`).
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  appSetting,
  appUser,
  councilAgendaItem,
  councilBallot,
  councilMember,
  councilSession,
  councilVoteCast,
  decision,
  dossier,
  dossierEvent,
  dossierSubject,
  holidaySchedule,
  type Db,
} from '@thidua/db';
import {
  WorkingDayCalendar,
  decisionSummaryVi,
  dossierDeadline,
  formatDecisionNumber,
  getAwardDefinition,
  shuffleCouncilBallots,
  vietnamDate,
  type DossierState,
  type OfficialSchedule,
} from '@thidua/domain';
import { decisionRepository } from '../modules/decisions/decision.repository.js';
import { createLedgerEntries } from '../modules/registry/index.js';
import type { DemoIds } from './seed.js';

const KEY = 'demo.dossiers.seeded';
const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const code = (year: number) => `${year}-${Array.from(randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('')}`;

const PATH: Record<DossierState, string[]> = {
  draft: [],
  submitted: ['submit'],
  received: ['submit', 'receive'],
  returned: ['submit', 'receive', 'return'],
  resubmitted: ['submit', 'receive', 'return', 'resubmit'],
  appraised: ['submit', 'receive', 'appraise'],
  posted: ['submit', 'receive', 'appraise', 'post'],
  council_review: ['submit', 'receive', 'appraise', 'send_to_council'],
  approved: ['submit', 'receive', 'appraise', 'send_to_council', 'approve'],
  rejected: ['submit', 'receive', 'appraise', 'send_to_council', 'reject'],
  decided: ['submit', 'receive', 'appraise', 'send_to_council', 'approve', 'issue_decision'],
  forwarded: ['submit', 'receive', 'appraise', 'send_to_council', 'approve', 'forward'],
  withdrawn: ['withdraw'],
};
const TO: Record<string, DossierState> = {
  submit: 'submitted',
  receive: 'received',
  return: 'returned',
  resubmit: 'resubmitted',
  appraise: 'appraised',
  post: 'posted',
  send_to_council: 'council_review',
  approve: 'approved',
  reject: 'rejected',
  issue_decision: 'decided',
  forward: 'forwarded',
  withdraw: 'withdrawn',
};
const ACTOR: Record<string, string> = {
  submit: 'donvi',
  resubmit: 'donvi',
  withdraw: 'donvi',
  receive: 'chuyenvien',
  return: 'chuyenvien',
  appraise: 'chuyenvien',
  post: 'chuyenvien',
  send_to_council: 'chuyenvien',
  approve: 'hoidong',
  reject: 'hoidong',
  forward: 'chuyenvien',
  issue_decision: 'lanhdao',
};

async function peopleOf(db: Db, orgId: string, n: number) {
  return rows<{ id: string; fullName: string }>(
    await db.execute(
      sql`SELECT id, full_name AS "fullName" FROM person WHERE owner_org_id = ${orgId}::uuid ORDER BY full_name, id LIMIT ${n}`,
    ),
  );
}

export async function seedDemoDossiers(db: Db, ids: DemoIds): Promise<void> {
  const [done] = await db.select().from(appSetting).where(eq(appSetting.key, KEY));
  if (done) return;
  const schedules = await db.select().from(holidaySchedule).orderBy(holidaySchedule.loadedAt);
  const c = new WorkingDayCalendar({ schedules: schedules.map((s) => s.data as OfficialSchedule) });
  const cal = {
    addWorkingDays: (f: string, n: number) => c.addWorkingDays(f as never, n),
    workingDaysBetween: (a: string, b: string) => c.workingDaysBetween(a as never, b as never),
  };
  const now = new Date();
  const today = vietnamDate(now);
  const back = (n: number) => addDays(today, -n);
  const [hoidong] = await db.select().from(appUser).where(eq(appUser.username, 'hoidong'));
  const people = await peopleOf(db, ids.communeHienNam, 10);
  const year = Number(today.slice(0, 4));

  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const made = new Map<DossierState, string>();
    const subjectsOf = new Map<string, { id: string; name: string }[]>();
    const states = Object.keys(PATH) as DossierState[];
    for (const [i, state] of states.entries()) {
      const award = state === 'forwarded' ? 'bang_khen_thu_tuong' : state === 'posted' ? 'chien_si_thi_dua_tinh' : 'bang_khen_tinh';
      const steps = PATH[state];
      const enteredOn = back(steps.length ? 3 + (i % 4) : 0);
      const appraised = steps.includes('appraise') ? back(8) : null;
      const received = steps.includes('receive') ? back(12) : null;
      const due = dossierDeadline(cal, { award, state, enteredOn, appraisedOn: appraised, receivedOn: received })?.due ?? null;
      const [d] = await tx
        .insert(dossier)
        .values({
          ownerOrgId: ids.communeHienNam,
          title: `Đề nghị tặng ${getAwardDefinition(award)!.name} năm ${year - 1} (${i + 1})`,
          awardCode: award,
          achievementYear: year - 1,
          achievement: `đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year - 1}`,
          status: state,
          stateEnteredAt: now,
          stateEnteredOn: enteredOn,
          submittedOn: steps.includes('submit') ? back(14) : null,
          receivedOn: received,
          appraisedOn: appraised,
          appraisalOpinion: appraised ? 'Hồ sơ đầy đủ thành phần, đúng thể thức; cá nhân đủ tiêu chuẩn theo quy định.' : null,
          returnReason: steps.includes('return') ? 'Đề nghị bổ sung biên bản họp xét khen thưởng có chữ ký của chủ trì.' : null,
          postingFrom: state === 'posted' ? back(2) : null,
          postingUntil: state === 'posted' ? cal.addWorkingDays(back(2), 10) : null,
          dueOn: due,
          createdBy: 'donvi',
        })
        .returning();
      made.set(state, d!.id);
      const who = [people[i % people.length]!, ...(state === 'approved' || state === 'decided' ? [people[(i + 5) % people.length]!] : [])];
      const subs = await tx
        .insert(dossierSubject)
        .values(
          who.map((p, k) => ({
            dossierId: d!.id,
            position: k,
            kind: 'individual',
            personId: p.id,
            subjectName: p.fullName,
            organisationText: 'Phường Hiến Nam',
            eligibility: { verdict: 'review', unmet: [], toConfirm: [], asOf: enteredOn },
            result: ['approved', 'decided', 'forwarded'].includes(state) ? 'approved' : state === 'rejected' ? 'rejected' : null,
          })),
        )
        .returning();
      subjectsOf.set(
        d!.id,
        subs.map((s) => ({ id: s.id, name: s.subjectName })),
      );
      let from: DossierState = 'draft';
      await tx
        .insert(dossierEvent)
        .values({ dossierId: d!.id, action: 'create', fromStatus: null, toStatus: 'draft', actorUsername: 'donvi', at: now });
      for (const a of steps) {
        await tx
          .insert(dossierEvent)
          .values({
            dossierId: d!.id,
            action: a,
            fromStatus: from,
            toStatus: TO[a]!,
            actorUsername: ACTOR[a]!,
            reason:
              a === 'return'
                ? 'Đề nghị bổ sung biên bản họp xét khen thưởng có chữ ký của chủ trì.'
                : a === 'withdraw'
                  ? 'Đơn vị rút để đề nghị vào đợt sau.'
                  : null,
            at: now,
          });
        from = TO[a]!;
      }
    }

    // A closed council session (approved, rejected, decided, forwarded) and an open one (council_review).
    const closedIds = (['approved', 'rejected', 'decided', 'forwarded'] as const).map((s) => made.get(s)!);
    for (const [k, dossierIds] of [closedIds, [made.get('council_review')!]].entries()) {
      const open = k === 1;
      const [s] = await tx
        .insert(councilSession)
        .values({
          ownerOrgId: ids.newHungYen,
          title: open
            ? 'Phiên họp xét khen thưởng (đang bỏ phiếu)'
            : `Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh tháng ${Number(today.slice(5, 7))}/${year}`,
          councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
          meetingDate: open ? today : back(4),
          venue: 'Phòng họp số 1, Ủy ban nhân dân tỉnh Hưng Yên',
          status: open ? 'open' : 'closed',
          chairName: 'Lê Minh Tuấn',
          secretaryName: 'Nguyễn Thị Thu Hà',
          closedAt: open ? null : now,
          createdBy: 'chuyenvien',
        })
        .returning();
      const members = await tx
        .insert(councilMember)
        .values([
          ...(hoidong ? [{ sessionId: s!.id, userId: hoidong.id, name: hoidong.displayName, present: true }] : []),
          { sessionId: s!.id, name: 'Đặng Văn Khoa', title: 'Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng', present: true },
          { sessionId: s!.id, name: 'Bùi Thị Hoà', title: 'Ủy viên Hội đồng', present: true },
          { sessionId: s!.id, name: 'Ngô Quang Vinh', title: 'Ủy viên Hội đồng', present: true },
          { sessionId: s!.id, name: 'Trịnh Thị Mai', title: 'Ủy viên Hội đồng', present: false },
        ])
        .returning();
      let pos = 0;
      const ballots: { itemId: string; choice: string }[] = [];
      for (const did of dossierIds) {
        const [d] = await tx.select().from(dossier).where(eq(dossier.id, did));
        for (const sub of subjectsOf.get(did)!) {
          const passed = d!.status !== 'rejected';
          const votesFor = open ? null : passed ? 4 : 2;
          const [item] = await tx
            .insert(councilAgendaItem)
            .values({
              sessionId: s!.id,
              dossierId: did,
              subjectId: sub.id,
              position: pos++,
              thresholdPercent: d!.awardCode === 'chien_si_thi_dua_tinh' ? 90 : 50,
              comparison: 'more_than',
              votesFor,
              votesAgainst: open ? null : 5 - votesFor!,
              abstentions: open ? null : 0,
              passed: open ? null : passed,
            })
            .returning();
          if (!open) for (let v = 0; v < 5; v++) ballots.push({ itemId: item!.id, choice: v < votesFor! ? 'for' : 'against' });
        }
        await tx.update(dossier).set({ councilSessionId: s!.id }).where(eq(dossier.id, did));
      }
      if (!open) {
        await tx.insert(councilBallot).values(shuffleCouncilBallots(ballots, Math.random));
        await tx
          .insert(councilVoteCast)
          .values(members.map((m) => ({ sessionId: s!.id, memberId: m.id, method: m.present ? 'electronic' : 'written' })));
        await tx
          .update(councilSession)
          .set({ results: { totalMembers: members.length } })
          .where(eq(councilSession.id, s!.id));
      } else {
        // Two members have voted already; the demo council member (hoidong) has not.
        const voters = members.filter((m) => m.userId === null).slice(0, 2);
        for (const m of voters) await tx.insert(councilVoteCast).values({ sessionId: s!.id, memberId: m.id, method: 'electronic' });
        const items = await tx.select().from(councilAgendaItem).where(eq(councilAgendaItem.sessionId, s!.id));
        await tx.insert(councilBallot).values(
          shuffleCouncilBallots(
            items.flatMap((i) => voters.map(() => ({ itemId: i.id, choice: 'for' }))),
            Math.random,
          ),
        );
      }
    }

    // Issued decisions: Hưng Yên (from the `decided` dossier) and Quảng Ninh's 18 individuals of 2021.
    const issue = async (v: {
      province: string;
      provinceName: string;
      date: string;
      award: string;
      awardType: string;
      achievement: string;
      subjects: { name: string; personId: string | null; organisation: string; orgId: string | null }[];
      dossierId?: string;
      manualNumber?: string;
      signer: string;
    }) => {
      const bookKey = `${v.province}:QĐ-UBND`;
      const y = Number(v.date.slice(0, 4));
      const seq = v.manualNumber ? null : await decisionRepository.nextNumber(tx, bookKey, y);
      const number = v.manualNumber ?? formatDecisionNumber(seq!, 'QĐ-UBND');
      const def = getAwardDefinition(v.award)!;
      const authority = `Chủ tịch Ủy ban nhân dân tỉnh ${v.provinceName}`;
      const [dec] = await tx
        .insert(decision)
        .values({
          kind: 'award',
          ownerOrgId: v.province,
          bookKey,
          year: y,
          seq,
          number,
          date: v.date,
          authority,
          awardCode: v.award,
          summary: decisionSummaryVi({ kind: 'award', award: v.award }),
          content: {
            issuingBody: `ỦY BAN NHÂN DÂN TỈNH ${v.provinceName.toUpperCase()}`,
            issuerTitle: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ${v.provinceName.toUpperCase()}`,
            place: v.provinceName,
            awardName: def.name,
            achievement: v.achievement,
            proposal: 'Theo đề nghị của Trưởng ban Ban Thi đua – Khen thưởng tỉnh',
            legalBases: [
              'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013',
              'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
            ],
            signerAuthority: 'KT. CHỦ TỊCH',
            signerTitle: 'PHÓ CHỦ TỊCH',
            signerName: v.signer,
            awardees: v.subjects.map((s) => ({ name: s.name, kind: 'individual', organisation: s.organisation })),
          },
          status: 'issued',
          issuedBy: 'lanhdao',
        })
        .returning();
      await createLedgerEntries(
        tx,
        v.subjects.map((s, i) => ({
          subjectKind: 'individual' as const,
          personId: s.personId,
          subjectName: s.name,
          awardCode: v.award,
          awardType: v.awardType,
          achievementYear: y - 1,
          decisionId: dec!.id,
          decisionNumber: number,
          decisionDate: v.date,
          decisionAuthority: authority,
          organisationId: s.orgId,
          organisationText: s.organisation,
          certificateCode: code(y),
          source: 'decided' as const,
          sourceRef: `${String(i).padStart(4, '0')}|${v.dossierId ? `dossier:${v.dossierId}` : 'demo'}`,
          ownerOrgId: v.province,
          createdBy: 'demo',
        })),
      );
      if (v.dossierId) await tx.update(dossier).set({ decisionId: dec!.id }).where(eq(dossier.id, v.dossierId));
      return dec!;
    };

    const decidedId = made.get('decided')!;
    await issue({
      province: ids.newHungYen,
      provinceName: 'Hưng Yên',
      date: back(2),
      award: 'bang_khen_tinh',
      awardType: 'cong_trang',
      achievement: `đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year - 1}`,
      subjects: subjectsOf
        .get(decidedId)!
        .map((s) => ({
          name: s.name,
          personId: people.find((p) => p.fullName === s.name)?.id ?? null,
          organisation: 'Phường Hiến Nam, tỉnh Hưng Yên',
          orgId: ids.communeHienNam,
        })),
      dossierId: decidedId,
      signer: 'Lê Minh Tuấn',
    });

    // The sample article (18/01/2021): two officers of each of the nine provinces' emulation boards.
    const quangNinh = rows<{ id: string }>(
      await tx.execute(
        sql`SELECT id FROM organisation WHERE code = '22' AND kind = 'province' AND (valid_to IS NULL OR valid_to >= '2021-01-15')`,
      ),
    )[0]!.id;
    const boards = rows<{ id: string; code: string; name: string }>(
      await tx.execute(sql`SELECT DISTINCT ON (o.code) o.id, o.code, n.name FROM organisation o JOIN organisation_name n ON n.organisation_id = o.id
        WHERE o.code LIKE '%-BTDKT' AND o.id <> ${ids.board}::uuid ORDER BY o.code, n.valid_from NULLS FIRST`),
    );
    const eighteen: { name: string; personId: string; organisation: string; orgId: string }[] = [];
    for (const b of boards)
      for (const p of await peopleOf(tx, b.id, 2)) eighteen.push({ name: p.fullName, personId: p.id, organisation: b.name, orgId: b.id });
    const qn = await issue({
      province: quangNinh,
      provinceName: 'Quảng Ninh',
      date: '2021-01-15',
      award: 'bang_khen_tinh',
      awardType: 'chuyen_de',
      achievement: 'đã có thành tích trong công tác tham mưu tổ chức các hoạt động cụm, khối thi đua năm 2020',
      subjects: eighteen.slice(0, 18),
      manualNumber: '145/QĐ-UBND',
      signer: 'Cao Tường Huy',
    });
    void qn;
    await tx.insert(appSetting).values({ key: KEY, value: { at: now.toISOString() } });
  });
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
