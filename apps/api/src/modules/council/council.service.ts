import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { renderMinutesDocx } from '@thidua/documents';
import { HERO_TITLE_AWARDS, awardNeedsPosting, councilHeroAttendance, councilQuorum, councilVoteRule, getAwardDefinition, getParameterDefinition, shuffleCouncilBallots, tallyCouncilBallot } from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { DossierService, dossierRepository, rolesOver, workingDays, type DossierRow } from '../dossiers/index.js';
import { councilRepository as repo, type SessionRow } from './council.repository.js';

type Choice = 'for' | 'against' | 'abstain';

export interface CreateSessionInput {
  ownerOrgId: string;
  title: string;
  councilName: string;
  meetingDate: string;
  venue: string;
  chairName: string;
  secretaryName: string;
  memberUserIds: string[];
  namedMembers: { name: string; title?: string | undefined; present: boolean }[];
  dossierIds: string[];
}

/** Crypto randomness for the ballot shuffle. */
const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

export class CouncilService {
  private readonly scope: ScopeService;
  private readonly catalogue: CatalogueService;
  constructor(
    private readonly deps: AppDeps,
    private readonly dossiers: DossierService,
  ) {
    this.scope = new ScopeService(deps.db);
    this.catalogue = new CatalogueService(deps);
  }

  private async visible(actor: Actor, id: string): Promise<SessionRow> {
    const s = await repo.session(this.deps.db, id);
    if (!s) throw new AppError('not_found');
    const members = await repo.members(this.deps.db, id);
    const isMember = members.some((m) => m.userId === actor.userId);
    if (!isMember && !(await this.scope.contains(actor, 'dossier.read', s.ownerOrgId))) throw new AppError('not_found');
    return s;
  }

  async get(actor: Actor, id: string) {
    const s = await this.visible(actor, id);
    const db = this.deps.db;
    const [members, items, voted] = [await repo.members(db, id), await repo.items(db, id), await repo.votedMemberIds(db, id)];
    const subjects = await dossierRepository.subjectsOf(db, [...new Set(items.map((i) => i.dossierId))]);
    const dossierRows = await Promise.all([...new Set(items.map((i) => i.dossierId))].map((d) => dossierRepository.get(db, d)));
    const me = members.find((m) => m.userId === actor.userId);
    const closed = s.status === 'closed';
    return {
      id: s.id,
      ownerOrgId: s.ownerOrgId,
      title: s.title,
      councilName: s.councilName,
      meetingDate: s.meetingDate,
      venue: s.venue,
      status: s.status as 'open' | 'closed',
      secret: s.secret,
      chairName: s.chairName,
      secretaryName: s.secretaryName,
      totalMembers: members.length,
      votedMembers: voted.length,
      members: members.map((m) => ({
        id: m.id,
        userId: m.userId,
        name: m.name,
        title: m.title,
        present: m.present,
        hasVoted: voted.includes(m.id),
      })),
      agenda: items.map((i) => {
        const award = dossierRows.find((d) => d?.id === i.dossierId)?.awardCode ?? '';
        return {
          id: i.id,
          dossierId: i.dossierId,
          subjectId: i.subjectId,
          nominee: subjects.find((x) => x.id === i.subjectId)?.subjectName ?? '',
          award,
          awardName: getAwardDefinition(award)?.name ?? award,
          thresholdPercent: i.thresholdPercent,
          comparison: i.comparison,
          // Tallies stay hidden until the session is closed.
          votesFor: closed ? i.votesFor : null,
          votesAgainst: closed ? i.votesAgainst : null,
          abstentions: closed ? i.abstentions : null,
          passed: closed ? i.passed : null,
        };
      }),
      abilities: {
        vote: !closed && !!me && !voted.includes(me.id),
        manage: !closed && (await rolesOver(db, actor, s.ownerOrgId)).some((r) => r === 'board_officer' || r === 'admin'),
      },
    };
  }

  async list(actor: Actor, q: { limit: number; offset: number }) {
    const ownerIds = await this.scope.idsFor(actor, 'dossier.read');
    const { items, total } = await repo.list(this.deps.db, ownerIds, q.limit, q.offset);
    return { items: await Promise.all(items.map((s) => this.get(actor, s.id))), total };
  }

  /** Accounts with the council_member role, to pick a session's members from (board officer/admin). */
  async memberCandidates() {
    const items = await repo.allCouncilUsers(this.deps.db);
    return { items, total: items.length };
  }

  async openForMember(userId: string) {
    return repo.openSessionsToVote(this.deps.db, userId);
  }

  /** A meeting with its members and an agenda built from appraised (and, where required, posted) dossiers. */
  async create(actor: Actor, input: CreateSessionInput, meta: RequestMeta) {
    const db = this.deps.db;
    if (!(await this.scope.contains(actor, 'council.manage', input.ownerOrgId))) throw new AppError('not_found');
    const users = await repo.councilUsers(db, input.memberUserIds);
    const missingUsers = input.memberUserIds.filter((u) => !users.some((x) => x.id === u));
    if (missingUsers.length)
      throw new AppError('validation_failed', {
        issues: [{ path: 'memberUserIds', message: 'Người dùng không có vai trò thành viên Hội đồng', ids: missingUsers }],
      });
    if (users.length + input.namedMembers.length === 0)
      throw new AppError('validation_failed', { issues: [{ path: 'memberUserIds', message: 'Hội đồng cần ít nhất một thành viên' }] });
    const rows: DossierRow[] = [];
    for (const id of new Set(input.dossierIds)) {
      const d = await this.dossiers.visibleRow(actor, id);
      if (!['appraised', 'posted'].includes(d.status))
        throw new AppError('invalid_transition', { dossierId: id, status: d.status, allowedFrom: ['appraised', 'posted'] });
      // Decree 152 Art. 44(2): where the award needs public posting, the council meets after the posting period.
      if (awardNeedsPosting(d.awardCode) && (d.status !== 'posted' || !d.postingUntil || input.meetingDate < d.postingUntil)) {
        throw new AppError('invalid_transition', { dossierId: id, reason: 'posting_not_finished', postingUntil: d.postingUntil });
      }
      rows.push(d);
    }
    const subjects = await dossierRepository.subjectsOf(
      db,
      rows.map((d) => d.id),
    );
    const parameters = await this.catalogue.numericParameters(db, input.meetingDate, input.ownerOrgId);
    const cal = await workingDays(this.deps);
    const now = this.deps.now();
    const id = await db.transaction(async (tx) => {
      const s = await repo.insertSession(tx, {
        ownerOrgId: input.ownerOrgId,
        title: input.title,
        councilName: input.councilName,
        meetingDate: input.meetingDate,
        venue: input.venue,
        chairName: input.chairName,
        secretaryName: input.secretaryName,
        createdBy: actor.username,
        createdAt: now,
      });
      await repo.insertMembers(tx, [
        ...users.map((u) => ({ sessionId: s.id, userId: u.id, name: u.displayName, present: true })),
        ...input.namedMembers.map((m) => ({ sessionId: s.id, userId: null, name: m.name, title: m.title ?? null, present: m.present })),
      ]);
      let position = 0;
      const items = [];
      for (const d of rows) {
        const locked = await dossierRepository.getForUpdate(tx, d.id);
        if (!locked) throw new AppError('not_found');
        const rule = councilVoteRule(d.awardCode, parameters);
        for (const sub of subjects.filter((x) => x.dossierId === d.id)) {
          items.push({
            sessionId: s.id,
            dossierId: d.id,
            subjectId: sub.id,
            position: position++,
            thresholdPercent: rule.percent,
            comparison: rule.comparison,
          });
        }
        await this.dossiers.systemTransition(tx, locked, 'send_to_council', actor, cal, { councilSessionId: s.id }, null, meta);
      }
      await repo.insertItems(tx, items);
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'council.session.create',
        entity: 'council_session',
        entityId: s.id,
        orgId: s.ownerOrgId,
        after: {
          title: s.title,
          meetingDate: s.meetingDate,
          members: users.length + input.namedMembers.length,
          dossiers: rows.map((d) => d.id),
        },
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return s.id;
    });
    return this.get(actor, id);
  }

  /**
   * A member's secret ballot paper: one choice per agenda item. The "has voted" row (unique per member)
   * and the ballots are written in one transaction; the ballots carry no voter, no time and are
   * inserted in a shuffled batch, so the stored vote cannot be linked back to the member.
   */
  private async castBallots(
    actor: Actor,
    sessionId: string,
    memberId: string | null,
    votes: { itemId: string; choice: Choice }[],
    method: 'electronic' | 'written',
    meta: RequestMeta,
  ) {
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      const s = await repo.sessionForShare(tx, sessionId);
      if (!s) throw new AppError('not_found');
      if (s.status !== 'open') throw new AppError('invalid_transition', { reason: 'session_closed' });
      const members = await repo.members(tx, sessionId);
      const member = method === 'electronic' ? members.find((m) => m.userId === actor.userId) : members.find((m) => m.id === memberId);
      if (!member)
        throw method === 'electronic' ? new AppError('forbidden', { reason: 'not_a_member' }) : new AppError('not_found', { memberId });
      if (method === 'written' && member.present)
        throw new AppError('invalid_transition', {
          reason: 'member_present',
          message: 'Chỉ ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
        });
      const items = await repo.items(tx, sessionId);
      const ids = new Set(votes.map((v) => v.itemId));
      if (ids.size !== votes.length || items.length !== votes.length || items.some((i) => !ids.has(i.id))) {
        throw new AppError('validation_failed', {
          issues: [{ path: 'votes', message: 'Phiếu phải có đúng một lựa chọn cho mỗi người trong chương trình họp' }],
        });
      }
      if (!(await repo.markVoted(tx, sessionId, member.id, method))) throw new AppError('already_voted');
      await repo.insertBallots(tx, shuffleCouncilBallots(votes, cryptoRandom));
      // The audit says who voted, never how.
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: method === 'electronic' ? 'council.vote' : 'council.vote.written',
        entity: 'council_session',
        entityId: sessionId,
        orgId: s.ownerOrgId,
        after: { memberId: member.id },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
  }

  async vote(actor: Actor, sessionId: string, votes: { itemId: string; choice: Choice }[], meta: RequestMeta) {
    await this.visible(actor, sessionId);
    await this.castBallots(actor, sessionId, null, votes, 'electronic', meta);
    return this.get(actor, sessionId);
  }

  async recordWritten(actor: Actor, sessionId: string, memberId: string, votes: { itemId: string; choice: Choice }[], meta: RequestMeta) {
    const s = await this.visible(actor, sessionId);
    if (!(await this.scope.contains(actor, 'council.manage', s.ownerOrgId))) throw new AppError('forbidden');
    await this.castBallots(actor, sessionId, memberId, votes, 'written', meta);
    return this.get(actor, sessionId);
  }

  /**
   * Closes the session: tallies each nominee over ALL members (RULES.md §5), locks the results, marks
   * each nominee approved or rejected and moves each dossier to approved (some nominee passed) or rejected.
   */
  async close(actor: Actor, sessionId: string, meta: RequestMeta) {
    const s0 = await this.visible(actor, sessionId);
    if (!(await this.scope.contains(actor, 'council.manage', s0.ownerOrgId))) throw new AppError('forbidden');
    const cal = await workingDays(this.deps);
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      const s = await repo.sessionForUpdate(tx, sessionId);
      if (!s) throw new AppError('not_found');
      if (s.status !== 'open') throw new AppError('invalid_transition', { reason: 'session_closed' });
      const members = await repo.members(tx, sessionId);
      // Quorum (council.quorum.percent): members who voted electronically or in writing, over all members.
      const params = await this.catalogue.numericParameters(tx, s.meetingDate, s.ownerOrgId);
      const quorumPercent = params['council.quorum.percent'] ?? (getParameterDefinition('council.quorum.percent')!.default as number);
      const quorum = councilQuorum(members.length, (await repo.votedMemberIds(tx, sessionId)).length, quorumPercent);
      if (!quorum.met) throw new AppError('council_quorum_not_met', { members: quorum.members, participants: quorum.participants, required: quorum.required, quorumPercent });
      const items = await repo.items(tx, sessionId);
      // A session that considers a hero title also needs the attendance of council.heroSession.presentPercent.
      let attendance: ReturnType<typeof councilHeroAttendance> | null = null;
      const awards = items.length
        ? ((await tx.execute(sql`SELECT DISTINCT award_code AS "awardCode" FROM dossier WHERE id = ANY(${`{${[...new Set(items.map((i) => i.dossierId))].join(',')}}`}::uuid[])`)) as unknown as { rows: { awardCode: string }[] }).rows.map((r) => r.awardCode)
        : [];
      if (awards.some((a) => HERO_TITLE_AWARDS.includes(a))) {
        const presentPercent = params['council.heroSession.presentPercent'] ?? (getParameterDefinition('council.heroSession.presentPercent')!.default as number);
        attendance = councilHeroAttendance(members.length, members.filter((m) => m.present).length, presentPercent);
        if (!attendance.met) throw new AppError('council_attendance_not_met', { members: attendance.members, present: attendance.participants, required: attendance.required, presentPercent });
      }
      const counts = await repo.countBallots(
        tx,
        items.map((i) => i.id),
      );
      const n = (itemId: string, c: Choice) => Number(counts.find((x) => x.itemId === itemId && x.choice === c)?.n ?? 0);
      const results = [];
      const passedByDossier = new Map<string, boolean>();
      for (const i of items) {
        const t = tallyCouncilBallot({
          votesFor: n(i.id, 'for'),
          votesAgainst: n(i.id, 'against'),
          abstentions: n(i.id, 'abstain'),
          totalMembers: members.length,
          excludedMembers: i.excludedMembers,
          rule: { percent: i.thresholdPercent, comparison: i.comparison as 'at_least' | 'more_than' },
        });
        await repo.setItemResult(tx, i.id, {
          votesFor: t.votesFor,
          votesAgainst: n(i.id, 'against'),
          abstentions: n(i.id, 'abstain'),
          passed: t.passed,
        });
        await dossierRepository.setSubjectResult(tx, i.subjectId, t.passed ? 'approved' : 'rejected');
        passedByDossier.set(i.dossierId, (passedByDossier.get(i.dossierId) ?? false) || t.passed);
        results.push({ itemId: i.id, subjectId: i.subjectId, ...t });
      }
      await repo.closeSession(tx, sessionId, { totalMembers: members.length, quorum, ...(attendance ? { heroAttendance: attendance } : {}), items: results }, now);
      for (const [dossierId, passed] of passedByDossier) {
        const d = await dossierRepository.getForUpdate(tx, dossierId);
        if (!d) continue;
        await this.dossiers.systemTransition(
          tx,
          d,
          passed ? 'approve' : 'reject',
          actor,
          cal,
          {},
          passed ? null : 'Không đạt tỷ lệ phiếu tán thành của Hội đồng',
          meta,
        );
      }
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'council.session.close',
        entity: 'council_session',
        entityId: sessionId,
        orgId: s.ownerOrgId,
        after: { totalMembers: members.length, quorum, ...(attendance ? { heroAttendance: attendance } : {}), items: results },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    return this.get(actor, sessionId);
  }

  /** Biên bản: the minutes with the vote table, once the results are locked. */
  async minutesDocx(actor: Actor, sessionId: string) {
    const v = await this.get(actor, sessionId);
    if (v.status !== 'closed')
      throw new AppError('invalid_transition', { reason: 'session_open', message: 'Biên bản được lập sau khi kết thúc phiên họp.' });
    const org = await organisationRepository.getById(this.deps.db, v.ownerOrgId, v.meetingDate);
    const present = v.members.filter((m) => m.present);
    const absent = v.members.filter((m) => !m.present);
    return renderMinutesDocx({
      issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      governingBody: org ? org.name.toUpperCase() : undefined,
      place: org?.name.replace(/^(Tỉnh|Thành phố)\s+/i, '') ?? 'Hưng Yên',
      date: v.meetingDate as never,
      councilName: v.councilName,
      venue: v.venue,
      chair: { name: v.chairName, title: 'Chủ tịch Hội đồng' },
      secretary: { name: v.secretaryName, title: 'Thư ký Hội đồng' },
      totalMembers: v.totalMembers,
      membersPresent: present.map((m) => ({ name: m.name, ...(m.title ? { title: m.title } : {}) })),
      membersAbsent: absent.map((m) => ({
        name: m.name,
        ...(m.title ? { title: m.title } : {}),
        reason: 'vắng mặt, có phiếu bằng văn bản',
      })),
      content: [
        `Hội đồng tiến hành bỏ phiếu ${v.secret ? 'kín' : 'công khai'} đối với ${v.agenda.length} trường hợp. Tỷ lệ phiếu tán thành tính trên tổng số ${v.totalMembers} thành viên Hội đồng (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP); thành viên vắng mặt cho ý kiến bằng văn bản.`,
      ],
      thresholdPercent: v.agenda[0]?.thresholdPercent ?? 50,
      nominees: v.agenda.map((a) => ({
        name: a.nominee,
        award: a.awardName,
        votesFor: a.votesFor ?? 0,
        thresholdPercent: a.thresholdPercent,
        passed: a.passed ?? false,
      })),
      conclusion: ['Kết quả bỏ phiếu đã được khóa khi kết thúc phiên họp'],
    });
  }
}
