import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError, isAppError } from '@thidua/contracts';
import { MINUTES_DENOMINATOR_VI, renderMinutesDocx } from '@thidua/documents';
import {
  HERO_TITLE_AWARDS,
  awardNeedsPosting,
  checkCouncilBallotPaper,
  councilHeroAttendance,
  councilItemExclusions,
  councilQuorum,
  councilVoteRule,
  councilVoterOutsideReason,
  councilVoters,
  getAwardDefinition,
  getParameterDefinition,
  shuffleCouncilBallots,
  tallyCouncilBallot,
  type CouncilMemberExclusion,
  type CouncilVoteDenominator,
  type CouncilVoters,
  type CouncilVotingMember,
} from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { DossierService, dossierRepository, rolesOver, workingDays, type DossierRow } from '../dossiers/index.js';
import { councilRepository as repo, type ItemRow, type MemberRow, type RecusalRow, type SessionRow } from './council.repository.js';

type Choice = 'for' | 'against' | 'abstain';

/** An item's voters, and the members its rule counts who do not vote on it, each with the reason. */
type ItemVoters = CouncilVoters & { exclusions: CouncilMemberExclusion[] };

/**
 * Who votes on each agenda item under its rule (fixed when the session was convened): all members, the
 * members present or the standing members — less the members who are the item's nominee (linked to its
 * person, or representing its collective's organisation) and those who declared a conflict of interest on it
 * (RULES.md §5).
 */
function votersByItem(
  members: readonly Pick<MemberRow, 'id' | 'present' | 'standing' | 'personId' | 'organisationId'>[],
  items: readonly Pick<ItemRow, 'id' | 'denominator' | 'subjectPersonId' | 'subjectCollectiveOrgId'>[],
  recusals: readonly Pick<RecusalRow, 'memberId' | 'itemId'>[],
): Map<string, ItemVoters> {
  const body: CouncilVotingMember[] = members.map((m) => ({ id: m.id, present: m.present, standing: m.standing }));
  return new Map(
    items.map((i) => {
      const all = councilItemExclusions(
        members,
        { personId: i.subjectPersonId, collectiveOrgId: i.subjectCollectiveOrgId },
        recusals.filter((r) => r.itemId === i.id).map((r) => r.memberId),
      );
      const v = councilVoters(body, i.denominator as CouncilVoteDenominator, all.map((e) => e.memberId));
      // Only those the rule counted are left out of the denominator (a non-standing nominee was not counted anyway).
      return [i.id, { ...v, exclusions: all.filter((e) => v.excludedIds.includes(e.memberId)) }];
    }),
  );
}

/** Members, agenda and recusals of a session, and each item's voters. */
async function ballotState(db: DbOrTx, sessionId: string) {
  const [members, items, recusals] = [await repo.members(db, sessionId), await repo.items(db, sessionId), await repo.recusals(db, sessionId)];
  return { members, items, recusals, voters: votersByItem(members, items, recusals) };
}

/** Items nobody may vote on under their rule (no standing member, nobody present): a session cannot be held on them. */
function itemsWithoutVoters(voters: Map<string, CouncilVoters>) {
  return [...voters].filter(([, v]) => v.count === 0).map(([id, v]) => ({ itemId: id, denominator: v.denominator }));
}

const noVotersIssue = (denominator: CouncilVoteDenominator, what: string) => ({
  path: 'members',
  message: `Không có thành viên biểu quyết đối với ${what}: tỷ lệ tính trên ${MINUTES_DENOMINATOR_VI[denominator]}, không kể thành viên là người được đề nghị hoặc có xung đột lợi ích`,
  denominator,
});

const organisationNotFound = (organisationId: string) =>
  new AppError('not_found', { path: 'organisationId', organisationId }, 'Không tìm thấy cơ quan, đơn vị để liên kết với thành viên Hội đồng.');

const personNotFound = (personId: string) =>
  new AppError('not_found', { path: 'personId', personId }, 'Không tìm thấy người (hồ sơ cá nhân) để liên kết với thành viên Hội đồng.');

export interface CreateSessionInput {
  ownerOrgId: string;
  title: string;
  councilName: string;
  meetingDate: string;
  venue: string;
  chairName: string;
  secretaryName: string;
  memberUserIds: string[];
  /** Those of memberUserIds who are standing members. */
  standingUserIds?: string[] | undefined;
  /** The person each of memberUserIds is, where known (a member never votes on an item nominating that person). */
  memberPersons?: { userId: string; personId: string }[] | undefined;
  /** The organisation each of memberUserIds represents, where any (a member never votes on an item nominating that collective). */
  memberOrganisations?: { userId: string; organisationId: string }[] | undefined;
  namedMembers: {
    name: string;
    title?: string | undefined;
    present: boolean;
    standing?: boolean | undefined;
    personId?: string | undefined;
    organisationId?: string | undefined;
  }[];
  dossierIds: string[];
}

export interface UpdateMemberInput {
  standing?: boolean | undefined;
  /** null: no link. */
  personId?: string | null | undefined;
  /** The organisation the member represents; null: none. */
  organisationId?: string | null | undefined;
  /** The member's whole set of recusals. */
  recusals?: { itemId: string; reason: string }[] | undefined;
}

const clean = (t: string) => t.trim().replace(/\s+/g, ' ').normalize('NFC');

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

  /** People a member may be linked to: they exist and the actor may read them (else 404, as if they did not exist). */
  private async linkablePeople(actor: Actor, db: DbOrTx, ids: readonly string[]) {
    const found = await repo.people(db, [...new Set(ids)]);
    for (const id of ids) {
      const p = found.find((f) => f.id === id);
      if (!p || !(await this.scope.contains(actor, 'person.read', p.ownerOrgId))) throw personNotFound(id);
    }
  }

  /** The organisations exist (any organisation of the tree, current or former, may be a collective nominee). */
  private async linkableOrganisations(db: DbOrTx, ids: readonly string[], asOf: string) {
    const found = await organisationRepository.getMany(db, [...new Set(ids)], asOf);
    for (const id of ids) if (!found.some((o) => o.id === id)) throw organisationNotFound(id);
  }

  async get(actor: Actor, id: string) {
    const s = await this.visible(actor, id);
    const db = this.deps.db;
    const { members, items, recusals, voters } = await ballotState(db, id);
    const voted = await repo.votedMemberIds(db, id);
    const people = await repo.people(db, [...new Set(members.flatMap((m) => (m.personId ? [m.personId] : [])))]);
    const orgs = await organisationRepository.getMany(db, [...new Set(members.flatMap((m) => (m.organisationId ? [m.organisationId] : [])))], s.meetingDate);
    const subjects = await dossierRepository.subjectsOf(db, [...new Set(items.map((i) => i.dossierId))]);
    const dossierRows = await Promise.all([...new Set(items.map((i) => i.dossierId))].map((d) => dossierRepository.get(db, d)));
    const me = members.find((m) => m.userId === actor.userId);
    const closed = s.status === 'closed';
    const mayVote = (itemId: string) => !closed && !!me && !voted.includes(me.id) && voters.get(itemId)!.voterIds.includes(me.id);
    const manage = !closed && (await rolesOver(db, actor, s.ownerOrgId)).some((r) => r === 'board_officer' || r === 'admin');
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
        standing: m.standing,
        hasVoted: voted.includes(m.id),
        voteItemIds: items.filter((i) => voters.get(i.id)!.voterIds.includes(m.id)).map((i) => i.id),
        personId: m.personId,
        personName: people.find((p) => p.id === m.personId)?.fullName ?? null,
        organisationId: m.organisationId,
        organisationName: orgs.find((o) => o.id === m.organisationId)?.name ?? null,
        recusals: recusals.filter((r) => r.memberId === m.id).map((r) => ({ itemId: r.itemId, reason: r.reason })),
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
          denominator: i.denominator as CouncilVoteDenominator,
          votingMembers: voters.get(i.id)!.count,
          excluded: voters.get(i.id)!.exclusions.map((e) => ({ memberId: e.memberId, reason: e.reason })),
          mayVote: mayVote(i.id),
          // Tallies stay hidden until the session is closed.
          votesFor: closed ? i.votesFor : null,
          votesAgainst: closed ? i.votesAgainst : null,
          abstentions: closed ? i.abstentions : null,
          passed: closed ? i.passed : null,
        };
      }),
      abilities: {
        vote: items.some((i) => mayVote(i.id)),
        manage,
        // Who is a standing member, the person links and recusals change only until the first ballot (a ballot cannot be taken back).
        editMembers: manage && voted.length === 0,
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

  /** Open sessions where the member has not voted and votes on at least one agenda item. */
  async openForMember(userId: string) {
    const db = this.deps.db;
    const out = [];
    for (const s of await repo.openSessionsToVote(db, userId)) {
      const { members, voters } = await ballotState(db, s.id);
      const me = members.find((m) => m.userId === userId);
      if (me && [...voters.values()].some((v) => v.voterIds.includes(me.id))) out.push(s);
    }
    return out;
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
    const standingUserIds = input.standingUserIds ?? [];
    const strayStanding = standingUserIds.filter((u) => !input.memberUserIds.includes(u));
    if (strayStanding.length)
      throw new AppError('validation_failed', {
        issues: [{ path: 'standingUserIds', message: 'Thành viên thường trực phải là thành viên của phiên họp', ids: strayStanding }],
      });
    // Person links: of members of this session, each person at most once, and the person must exist.
    const memberPersons = input.memberPersons ?? [];
    const strayLinks = memberPersons.filter((l) => !input.memberUserIds.includes(l.userId)).map((l) => l.userId);
    const twiceLinked = memberPersons.map((l) => l.userId).filter((u, k, a) => a.indexOf(u) !== k);
    if (strayLinks.length || twiceLinked.length)
      throw new AppError('validation_failed', {
        issues: [{ path: 'memberPersons', message: 'Mỗi liên kết người phải là của một thành viên có tài khoản của phiên họp, và mỗi thành viên một lần', ids: [...strayLinks, ...twiceLinked] }],
      });
    const personOf = (userId: string) => memberPersons.find((l) => l.userId === userId)?.personId ?? null;
    const linkedPersons = [...memberPersons.map((l) => l.personId), ...input.namedMembers.flatMap((m) => (m.personId ? [m.personId] : []))];
    const samePerson = linkedPersons.filter((p, k, a) => a.indexOf(p) !== k);
    if (samePerson.length)
      throw new AppError('validation_failed', {
        issues: [{ path: 'memberPersons', message: 'Một người chỉ được liên kết với một thành viên của phiên họp', ids: [...new Set(samePerson)] }],
      });
    await this.linkablePeople(actor, db, linkedPersons);
    // Organisation links: of members of this session, each member once; several members may represent one organisation.
    const memberOrganisations = input.memberOrganisations ?? [];
    const strayOrgLinks = memberOrganisations.filter((l) => !input.memberUserIds.includes(l.userId)).map((l) => l.userId);
    const twiceOrgLinked = memberOrganisations.map((l) => l.userId).filter((u, k, a) => a.indexOf(u) !== k);
    if (strayOrgLinks.length || twiceOrgLinked.length)
      throw new AppError('validation_failed', {
        issues: [
          {
            path: 'memberOrganisations',
            message: 'Mỗi liên kết cơ quan, đơn vị phải là của một thành viên có tài khoản của phiên họp, và mỗi thành viên một lần',
            ids: [...strayOrgLinks, ...twiceOrgLinked],
          },
        ],
      });
    const organisationOf = (userId: string) => memberOrganisations.find((l) => l.userId === userId)?.organisationId ?? null;
    await this.linkableOrganisations(
      db,
      [...memberOrganisations.map((l) => l.organisationId), ...input.namedMembers.flatMap((m) => (m.organisationId ? [m.organisationId] : []))],
      input.meetingDate,
    );
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
    // Threshold and denominator per award, as in force on the meeting date; fixed on the agenda items.
    const parameters = await this.catalogue.parametersInForce(db, input.meetingDate, input.ownerOrgId);
    const rules = new Map(rows.map((d) => [d.id, councilVoteRule(d.awardCode, parameters)]));
    const planned = [
      ...users.map((u) => ({ id: `user:${u.id}`, present: true, standing: standingUserIds.includes(u.id), personId: personOf(u.id), organisationId: organisationOf(u.id) })),
      ...input.namedMembers.map((m, k) => ({
        id: `named:${k}`,
        present: m.present,
        standing: m.standing ?? false,
        personId: m.personId ?? null,
        organisationId: m.organisationId ?? null,
      })),
    ];
    // Every nominee needs a voter under its rule, the members who are that nominee left out.
    const empty = rows.flatMap((d) =>
      subjects
        .filter((x) => x.dossierId === d.id)
        .filter((x) => councilVoters(planned, rules.get(d.id)!.denominator, councilItemExclusions(planned, { personId: x.personId, collectiveOrgId: x.collectiveOrgId }).map((e) => e.memberId)).count === 0)
        .map((x) => ({ d, x })),
    );
    if (empty.length)
      throw new AppError('validation_failed', {
        issues: empty.map(({ d, x }) => ({ ...noVotersIssue(rules.get(d.id)!.denominator, `hồ sơ “${d.title}” (${x.subjectName})`), dossierId: d.id, subjectId: x.id })),
      });
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
        ...users.map((u) => ({
          sessionId: s.id,
          userId: u.id,
          name: u.displayName,
          present: true,
          standing: standingUserIds.includes(u.id),
          personId: personOf(u.id),
          organisationId: organisationOf(u.id),
        })),
        ...input.namedMembers.map((m) => ({
          sessionId: s.id,
          userId: null,
          name: m.name,
          title: m.title ?? null,
          present: m.present,
          standing: m.standing ?? false,
          personId: m.personId ?? null,
          organisationId: m.organisationId ?? null,
        })),
      ]);
      let position = 0;
      const items = [];
      for (const d of rows) {
        const locked = await dossierRepository.getForUpdate(tx, d.id);
        if (!locked) throw new AppError('not_found');
        const rule = rules.get(d.id)!;
        for (const sub of subjects.filter((x) => x.dossierId === d.id)) {
          items.push({
            sessionId: s.id,
            dossierId: d.id,
            subjectId: sub.id,
            position: position++,
            thresholdPercent: rule.percent,
            comparison: rule.comparison,
            denominator: rule.denominator,
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
          standingMembers: planned.filter((m) => m.standing).length,
          linkedMembers: planned.filter((m) => m.personId).length,
          organisationMembers: planned.filter((m) => m.organisationId).length,
          dossiers: rows.map((d) => d.id),
          denominators: Object.fromEntries(rows.map((d) => [d.id, { denominator: rules.get(d.id)!.denominator, parameter: rules.get(d.id)!.denominatorParameter }])),
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
   * and the ballots are written in one transaction; the ballots carry no voter, no time, and the
   * transaction writes ALL the session's ballots again (the earlier ones and the member's, shuffled, fresh
   * ids): every live ballot row then carries the latest voting transaction's xmin and a random physical
   * order, so a read of the table links no ballot to its member (only the difference between two reads
   * taken before and after one member's vote would). Votes of one session take the session's row lock in
   * turn, so no two rewrites interleave.
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
    // A paper naming an item the member does not vote on is refused; the refusal is audited outside the rolled-back transaction.
    const refusal: { value: { orgId: string; memberId: string; details: Record<string, unknown> } | null } = { value: null };
    try {
      await this.castBallotsTx(actor, sessionId, memberId, votes, method, now, meta, (r) => (refusal.value = r));
    } catch (e) {
      const r = refusal.value;
      if (r && isAppError(e) && e.code === 'council_voter_outside') {
        await auditRepository.append(this.deps.db, {
          at: now,
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action: method === 'electronic' ? 'council.vote' : 'council.vote.written',
          entity: 'council_session',
          entityId: sessionId,
          orgId: r.orgId,
          after: { memberId: r.memberId, refused: 'council_voter_outside', details: r.details },
          ip: meta.ip,
          requestId: meta.requestId,
          outcome: 'denied',
        });
      }
      throw e;
    }
  }

  private async castBallotsTx(
    actor: Actor,
    sessionId: string,
    memberId: string | null,
    votes: { itemId: string; choice: Choice }[],
    method: 'electronic' | 'written',
    now: Date,
    meta: RequestMeta,
    onRefused: (r: { orgId: string; memberId: string; details: Record<string, unknown> }) => void,
  ) {
    await this.deps.db.transaction(async (tx) => {
      const s = await repo.sessionForUpdate(tx, sessionId);
      if (!s) throw new AppError('not_found');
      if (s.status !== 'open') throw new AppError('invalid_transition', { reason: 'session_closed' });
      const { members, items, voters } = await ballotState(tx, sessionId);
      const member = method === 'electronic' ? members.find((m) => m.userId === actor.userId) : members.find((m) => m.id === memberId);
      if (!member)
        throw method === 'electronic' ? new AppError('forbidden', { reason: 'not_a_member' }) : new AppError('not_found', { memberId });
      if (method === 'written' && member.present)
        throw new AppError('invalid_transition', {
          reason: 'member_present',
          message: 'Chỉ ghi nhận phiếu bằng văn bản của thành viên vắng mặt.',
        });
      const paper = checkCouncilBallotPaper(
        items.map((i) => ({ id: i.id, voterIds: voters.get(i.id)!.voterIds })),
        member.id,
        votes.map((v) => v.itemId),
      );
      if (paper.outside.length) {
        const details = {
          memberId: member.id,
          itemIds: paper.outside,
          denominators: paper.outside.map((id) => items.find((i) => i.id === id)!.denominator),
          // Per item: nominee, recused (a declared conflict of interest), not_standing or absent.
          reasons: paper.outside.map((id) => {
            const item = items.find((i) => i.id === id)!;
            return councilVoterOutsideReason(member, item.denominator as CouncilVoteDenominator, voters.get(id)!.exclusions);
          }),
        };
        onRefused({ orgId: s.ownerOrgId, memberId: member.id, details });
        throw new AppError('council_voter_outside', details);
      }
      if (!paper.ok) {
        throw new AppError('validation_failed', {
          issues: [{ path: 'votes', message: 'Phiếu phải có đúng một lựa chọn cho mỗi người trong chương trình họp mà thành viên biểu quyết', missing: paper.missing, unknown: paper.unknown, duplicates: paper.duplicates }],
        });
      }
      if (!(await repo.markVoted(tx, sessionId, member.id, method))) throw new AppError('already_voted');
      // The session's earlier ballots and this member's, written again in one shuffled batch (see above).
      await repo.rewriteBallots(
        tx,
        items.map((i) => i.id),
        (earlier) => shuffleCouncilBallots([...earlier, ...votes.map((v) => ({ itemId: v.itemId, choice: v.choice }))], cryptoRandom),
      );
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
   * While the session is open and nobody has voted yet: who is a standing member (thành viên Thường trực Hội
   * đồng), the person a member is (a member never votes on an item nominating that person) and the items
   * the member declares a conflict of interest on (recusals, each with its reason). Every agenda item must
   * keep at least one voter. Audited, before and after.
   */
  async updateMember(actor: Actor, sessionId: string, memberId: string, input: UpdateMemberInput, meta: RequestMeta) {
    const s0 = await this.visible(actor, sessionId);
    if (!(await this.scope.contains(actor, 'council.manage', s0.ownerOrgId))) throw new AppError('forbidden');
    // Before the transaction: the scope check reads outside it (one connection on PGlite). The foreign key keeps the person there.
    if (input.personId) await this.linkablePeople(actor, this.deps.db, [input.personId]);
    if (input.organisationId) await this.linkableOrganisations(this.deps.db, [input.organisationId], s0.meetingDate);
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      const s = await repo.sessionForUpdate(tx, sessionId);
      if (!s) throw new AppError('not_found');
      if (s.status !== 'open') throw new AppError('invalid_transition', { reason: 'session_closed' });
      if ((await repo.votedMemberIds(tx, sessionId)).length)
        throw new AppError('invalid_transition', {
          reason: 'voting_started',
          message: 'Chỉ thay đổi thành viên thường trực, liên kết người, cơ quan, đơn vị và xung đột lợi ích khi chưa có thành viên nào bỏ phiếu.',
        });
      const { members, items, recusals } = await ballotState(tx, sessionId);
      const m = members.find((x) => x.id === memberId);
      if (!m) throw new AppError('not_found', { memberId });
      const before = {
        standing: m.standing,
        personId: m.personId,
        organisationId: m.organisationId,
        recusals: recusals.filter((r) => r.memberId === memberId).map((r) => ({ itemId: r.itemId, reason: r.reason })),
      };
      const after = {
        standing: input.standing ?? before.standing,
        personId: input.personId === undefined ? before.personId : input.personId,
        organisationId: input.organisationId === undefined ? before.organisationId : input.organisationId,
        recusals: input.recusals ? input.recusals.map((r) => ({ itemId: r.itemId, reason: clean(r.reason) })) : before.recusals,
      };
      if (after.personId && after.personId !== before.personId) {
        const other = members.find((x) => x.id !== memberId && x.personId === after.personId);
        if (other)
          throw new AppError('validation_failed', {
            issues: [{ path: 'personId', message: `Người này đã được liên kết với thành viên “${other.name}” của phiên họp`, memberId: other.id }],
          });
      }
      if (input.recusals) {
        const ids = after.recusals.map((r) => r.itemId);
        const unknown = ids.filter((id) => !items.some((i) => i.id === id));
        const duplicates = ids.filter((id, k) => ids.indexOf(id) !== k);
        const blank = after.recusals.filter((r) => !r.reason).map((r) => r.itemId);
        if (unknown.length || duplicates.length || blank.length)
          throw new AppError('validation_failed', {
            issues: [
              ...(unknown.length ? [{ path: 'recusals', message: 'Trường hợp không có trong chương trình họp của phiên này', itemIds: unknown }] : []),
              ...(duplicates.length ? [{ path: 'recusals', message: 'Mỗi trường hợp chỉ nêu một lần', itemIds: [...new Set(duplicates)] }] : []),
              ...(blank.length ? [{ path: 'recusals', message: 'Cần nêu lý do xung đột lợi ích', itemIds: blank }] : []),
            ],
          });
      }
      const sameRecusals =
        after.recusals.length === before.recusals.length &&
        after.recusals.every((r) => before.recusals.some((b) => b.itemId === r.itemId && b.reason === r.reason));
      if (after.standing === before.standing && after.personId === before.personId && after.organisationId === before.organisationId && sameRecusals) return;
      const empty = itemsWithoutVoters(
        votersByItem(
          members.map((x) => (x.id === memberId ? { ...x, standing: after.standing, personId: after.personId, organisationId: after.organisationId } : x)),
          items,
          [...recusals.filter((r) => r.memberId !== memberId), ...after.recusals.map((r) => ({ memberId, itemId: r.itemId }))],
        ),
      );
      if (empty.length)
        throw new AppError('validation_failed', {
          issues: empty.map((e) => ({ ...noVotersIssue(e.denominator, 'một trường hợp trong chương trình họp'), itemId: e.itemId })),
        });
      await repo.setMember(tx, memberId, {
        ...(after.standing !== before.standing ? { standing: after.standing } : {}),
        ...(after.personId !== before.personId ? { personId: after.personId } : {}),
        ...(after.organisationId !== before.organisationId ? { organisationId: after.organisationId } : {}),
      });
      if (!sameRecusals) await repo.replaceRecusals(tx, memberId, after.recusals, actor.username, now);
      // Only what changed, before and after.
      const changed = (['standing', 'personId', 'organisationId', 'recusals'] as const).filter((k) => (k === 'recusals' ? !sameRecusals : after[k] !== before[k]));
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'council.member.update',
        entity: 'council_member',
        entityId: memberId,
        orgId: s.ownerOrgId,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: { sessionId, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    return this.get(actor, sessionId);
  }

  /**
   * Closes the session: tallies each nominee over the voters of its rule — ALL members by default (RULES.md
   * §5), the members present or the standing members where the rule says so — locks the results, marks
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
      const { members, items, voters } = await ballotState(tx, sessionId);
      // Quorum (council.quorum.percent): members who voted electronically or in writing, over the members who
      // vote on some item — every member by default; only the standing members when every item is theirs.
      const body = members.filter((m) => [...voters.values()].some((v) => v.voterIds.includes(m.id)));
      const electorate = body.length ? body : members;
      const voted = await repo.votedMemberIds(tx, sessionId);
      const params = await this.catalogue.numericParameters(tx, s.meetingDate, s.ownerOrgId);
      const quorumPercent = params['council.quorum.percent'] ?? (getParameterDefinition('council.quorum.percent')!.default as number);
      const quorum = councilQuorum(electorate.length, electorate.filter((m) => voted.includes(m.id)).length, quorumPercent);
      if (!quorum.met) throw new AppError('council_quorum_not_met', { members: quorum.members, participants: quorum.participants, required: quorum.required, quorumPercent });
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
        // The share is over the item's voters (its rule's denominator, nominee-members left out).
        const v = voters.get(i.id)!;
        const t = tallyCouncilBallot({
          votesFor: n(i.id, 'for'),
          votesAgainst: n(i.id, 'against'),
          abstentions: n(i.id, 'abstain'),
          totalMembers: v.count,
          rule: { percent: i.thresholdPercent, comparison: i.comparison as 'at_least' | 'more_than' },
        });
        await repo.setItemResult(tx, i.id, {
          votesFor: t.votesFor,
          votesAgainst: n(i.id, 'against'),
          abstentions: n(i.id, 'abstain'),
          passed: t.passed,
          excludedMembers: v.excludedIds.length,
        });
        await dossierRepository.setSubjectResult(tx, i.subjectId, t.passed ? 'approved' : 'rejected');
        passedByDossier.set(i.dossierId, (passedByDossier.get(i.dossierId) ?? false) || t.passed);
        results.push({
          itemId: i.id,
          subjectId: i.subjectId,
          ...t,
          denominatorBasis: v.denominator,
          excluded: v.exclusions.map((e) => ({ memberId: e.memberId, reason: e.reason })),
        });
      }
      // The ballots are written again in a random order with fresh ids: their xmin becomes this transaction's
      // (not the voting transaction's, which the member's council_vote_cast row shares) and their physical
      // order no longer follows the order of voting. The counts above are over the same multiset.
      const rewritten = await repo.rewriteBallots(
        tx,
        items.map((i) => i.id),
        (ballots) => shuffleCouncilBallots(ballots, cryptoRandom),
      );
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
        after: { totalMembers: members.length, quorum, ...(attendance ? { heroAttendance: attendance } : {}), items: results, ballotsRewritten: rewritten.length },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    // After the commit, outside any transaction: the deleted row versions of the ballots go from the table.
    await repo.vacuumBallots(this.deps.db);
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
        reason: m.hasVoted ? 'vắng mặt, có phiếu bằng văn bản' : 'vắng mặt',
      })),
      content: [
        `Hội đồng tiến hành bỏ phiếu ${v.secret ? 'kín' : 'công khai'} đối với ${v.agenda.length} trường hợp. ${minutesBasis(v.agenda, v.totalMembers)}`,
      ],
      thresholdPercent: v.agenda[0]?.thresholdPercent ?? 50,
      nominees: v.agenda.map((a) => ({
        name: a.nominee,
        award: a.awardName,
        votesFor: a.votesFor ?? 0,
        totalMembers: a.votingMembers,
        denominatorBasis: a.denominator,
        thresholdPercent: a.thresholdPercent,
        passed: a.passed ?? false,
        // The members who did not vote on this nominee, left out of its denominator (RULES.md §5).
        excluded: a.excluded.map((e) => {
          const m = v.members.find((x) => x.id === e.memberId);
          const note = m?.recusals.find((r) => r.itemId === a.id)?.reason;
          return { name: m?.name ?? '', reason: e.reason, ...(e.reason === 'recused' && note ? { note } : {}) };
        }),
      })),
      conclusion: ['Kết quả bỏ phiếu đã được khóa khi kết thúc phiên họp'],
    });
  }
}

/**
 * The minutes' sentence on the denominator: the legal default, or each rule the agenda used with the size of
 * the body it counts (before the members left out of a nominee's vote, which the vote section names).
 */
function minutesBasis(agenda: readonly { denominator: CouncilVoteDenominator; votingMembers: number; excluded: readonly unknown[] }[], totalMembers: number): string {
  const bases = [...new Map(agenda.map((a) => [a.denominator, a.votingMembers + a.excluded.length])).entries()];
  const exclusions = agenda.some((a) => a.excluded.length)
    ? ' Thành viên là người được đề nghị khen thưởng, hoặc có xung đột lợi ích đã nêu, không biểu quyết đối với trường hợp đó và không được tính vào mẫu số của trường hợp đó.'
    : '';
  if (bases.every(([b]) => b === 'all_members'))
    return `Tỷ lệ phiếu tán thành tính trên tổng số ${totalMembers} thành viên Hội đồng (khoản 5 Điều 33 Nghị định 152/2025/NĐ-CP); thành viên vắng mặt cho ý kiến bằng văn bản.${exclusions}`;
  const part = ([b, n]: [CouncilVoteDenominator, number]) =>
    b === 'all_members'
      ? `tổng số ${n} thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản)`
      : b === 'present_members'
        ? `${n} thành viên có mặt (ý kiến bằng văn bản của thành viên vắng mặt không được tính)`
        : `${n} thành viên Thường trực Hội đồng (điểm b khoản 4 Điều 45 Nghị định 152/2025/NĐ-CP; chỉ thành viên thường trực biểu quyết)`;
  return `Tỷ lệ phiếu tán thành tính theo mẫu số của từng hình thức: ${bases.map(part).join('; ')}.${exclusions}`;
}
