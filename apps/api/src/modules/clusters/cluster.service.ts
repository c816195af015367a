import { AppError, type ErrorCode } from '@thidua/contracts';
import {
  checkClusterScore,
  clusterAssessmentDuty,
  checkClusterVote,
  checkScoringTable,
  groupScoringCriteria,
  clusterNominations,
  clusterProposalsAfterBallot,
  dayBefore,
  normaliseClusterScores,
  proposeClusterRotation,
  rankClusterMembers,
  tallyClusterBallot,
  type ClusterAssessmentMode,
  type ClusterNomination,
  type ClusterOrganiserLevel,
  type ClusterScore,
  type ClusterTieBreak,
} from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { hasAnyRole } from '../identity/identity.policy.js';
import { presentOrg } from '../organisations/organisation.service.js';
import type { OrgRow } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { createHash } from 'node:crypto';
import { DossierService } from '../dossiers/index.js';
import { UploadGuard } from '../../files/guard.js';
import { clusterRepository as repo, type ClusterRow, type StoredRankingRow } from './cluster.repository.js';
import { clusterLetterDocx, clusterMinutesDocx } from './cluster.documents.js';
import { assertNotQuarantined } from '../../files/quarantine.js';

const yearEnd = (y: number) => `${y}-12-31`;
const AWARD_NAMES: Record<string, string> = { co_thi_dua_chinh_phu: 'Cờ thi đua của Chính phủ', bang_khen_thu_tuong: 'Bằng khen của Thủ tướng Chính phủ' };

/** Refusals of a rule or a workflow step: audited as `denied` after the transaction rolled back. */
const DENIAL_CODES = new Set<ErrorCode>([
  'cluster_not_member',
  'cluster_self_scoring',
  'cluster_assessor_not_allowed',
  'cluster_score_out_of_range',
  'cluster_evidence_required',
  'cluster_round_closed',
  'cluster_ballot_closed',
  'cluster_already_voted',
  'cluster_self_vote',
  'cluster_unknown_nominee',
  'forbidden',
]);

type Criterion = Awaited<ReturnType<typeof repo.criteria>>[number];

export class ClusterService {
  private readonly scope: ScopeService;
  private readonly uploads: UploadGuard;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
    this.uploads = new UploadGuard(deps);
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private async cluster(id: string, db: DbOrTx = this.deps.db): Promise<ClusterRow> {
    const c = await repo.get(db, id);
    if (!c) throw new AppError('not_found');
    return c;
  }

  private presentMap(m: Map<string, OrgRow>, id: string) {
    const o = m.get(id);
    if (!o) throw new AppError('internal_error', { organisationId: id });
    return presentOrg(o);
  }

  /** The members the actor represents (its cluster.participate scope covers them). */
  private async representedAmong(actor: Actor, memberIds: string[]) {
    if (!hasAnyRole(actor, 'cluster.participate')) return [];
    const ids = await this.scope.idsFor(actor, 'cluster.participate');
    return ids === null ? memberIds : memberIds.filter((m) => ids.includes(m));
  }

  private requireManage(actor: Actor) {
    if (!hasAnyRole(actor, 'cluster.manage')) throw new AppError('forbidden');
  }

  /** Runs `fn`; a refusal is audited with outcome `denied` outside the (rolled-back) transaction. */
  private async guarded<T>(actor: Actor, meta: RequestMeta, action: string, entityId: string, attempt: unknown, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof AppError && DENIAL_CODES.has(e.code)) {
        await auditRepository.append(this.deps.db, {
          at: this.deps.now(),
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action,
          entity: 'cluster',
          entityId,
          after: { attempt, refused: e.code, details: e.details },
          ip: meta.ip,
          requestId: meta.requestId,
          outcome: 'denied',
        });
      }
      throw e;
    }
  }

  private audit(db: DbOrTx, actor: Actor, meta: RequestMeta, action: string, clusterId: string, after: unknown, before?: unknown) {
    return auditRepository.append(db, {
      at: this.deps.now(),
      actorUserId: actor.userId,
      actorUsername: actor.username,
      action,
      entity: 'cluster',
      entityId: clusterId,
      before: before ?? null,
      after,
      ip: meta.ip,
      requestId: meta.requestId,
    });
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  async list() {
    const cs = await repo.list(this.deps.db);
    const items = [];
    for (const c of cs) {
      const o = await repo.orgs(this.deps.db, [c.organiserOrgId], '9999-12-31');
      items.push({ id: c.id, name: c.name, organiser: this.presentMap(o, c.organiserOrgId) });
    }
    return { items };
  }

  async detail(actor: Actor, id: string) {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const members = await repo.members(db, id);
    const officers = await repo.officers(db, id);
    const orgs = new Map<string, OrgRow>();
    for (const m of members) for (const [k, v] of await repo.orgs(db, [m.organisationId], m.validTo ?? '9999-12-31')) orgs.set(k, v);
    const years = [...new Set([...officers.map((o) => o.year), ...(await repo.roundYears(db, id))])].sort();
    const officerYears = [...new Set(officers.map((o) => o.year))].sort();
    const officerView = [];
    for (const y of officerYears) {
      const m = await repo.orgs(db, officers.filter((o) => o.year === y).map((o) => o.organisationId), yearEnd(y));
      const leader = officers.find((o) => o.year === y && o.role === 'leader');
      officerView.push({
        year: y,
        leader: leader ? this.presentMap(m, leader.organisationId) : null,
        deputies: officers.filter((o) => o.year === y && o.role === 'deputy').map((o) => this.presentMap(m, o.organisationId)),
      });
    }
    const organiser = await repo.orgs(db, [c.organiserOrgId], '9999-12-31');
    const currentIds = members.filter((m) => m.validTo === null).map((m) => m.organisationId);
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      kind: c.kind as 'cluster' | 'block',
      organiser: this.presentMap(organiser, c.organiserOrgId),
      organiserLevel: c.organiserLevel as ClusterOrganiserLevel,
      settings: {
        assessmentMode: c.assessmentMode as ClusterAssessmentMode,
        tieBreaks: c.tieBreaks as ClusterTieBreak[],
        ballotPercent: c.ballotPercent,
        ballotComparison: c.ballotComparison as 'more_than' | 'at_least',
        bangKhenCount: c.bangKhenCount,
        flagPool: c.flagPool,
        deputiesCount: c.deputiesCount,
      },
      note: c.note,
      members: members.map((m) => ({ id: m.id, organisation: this.presentMap(orgs, m.organisationId), validFrom: m.validFrom, validTo: m.validTo, womenPreference: m.womenPreference, note: m.note })),
      officers: officerView,
      years,
      abilities: { manage: hasAnyRole(actor, 'cluster.manage'), participateAs: await this.representedAmong(actor, currentIds) },
    };
  }

  private async officersOf(db: DbOrTx, clusterId: string, year: number) {
    const all = (await repo.officers(db, clusterId)).filter((o) => o.year === year);
    return { leaderId: all.find((o) => o.role === 'leader')?.organisationId ?? null, deputyIds: all.filter((o) => o.role === 'deputy').map((o) => o.organisationId) };
  }

  private async pledgeView(db: DbOrTx, clusterId: string, year: number, orgs: Map<string, OrgRow>) {
    const p = await repo.pledge(db, clusterId, year);
    if (!p) return { commitments: [], signatures: [], signedOn: null, place: null };
    for (const [k, v] of await repo.orgs(db, p.signatures.map((s) => s.organisationId), yearEnd(year))) orgs.set(k, v);
    return {
      commitments: p.commitments.map((c) => ({ number: c.number, text: c.text })),
      signatures: p.signatures.map((s) => ({ organisation: this.presentMap(orgs, s.organisationId), signatory: s.signatory, date: s.signedOn })),
      signedOn: p.signedOn,
      place: p.place,
    };
  }

  /** CONTRACT.md `GET /api/v1/clusters/{id}/years/{year}`: the year as it was (past years never rewritten). */
  async year(id: string, year: number) {
    const db = this.deps.db;
    await this.cluster(id);
    const members = await repo.membersOn(db, id, yearEnd(year));
    const off = await this.officersOf(db, id, year);
    const round = await repo.round(db, id, year);
    const ranking = round?.status === 'closed' ? ((round.ranking ?? []) as StoredRankingRow[]) : [];
    const proposals = await repo.proposals(db, id, year);
    const orgs = await repo.orgs(db, [...members.map((m) => m.organisationId), ...(off.leaderId ? [off.leaderId] : []), ...off.deputyIds, ...ranking.map((r) => r.organisationId), ...proposals.map((p) => p.organisationId)], yearEnd(year));
    const pledge = await this.pledgeView(db, id, year, orgs);
    return {
      members: members.map((m) => this.presentMap(orgs, m.organisationId)),
      leader: off.leaderId ? this.presentMap(orgs, off.leaderId) : null,
      deputies: off.deputyIds.map((d) => this.presentMap(orgs, d)),
      pledge: { commitments: pledge.commitments, signatures: pledge.signatures },
      ranking: ranking.map((r) => ({ organisation: this.presentMap(orgs, r.organisationId), rank: r.rank, score: r.score })),
      proposals: proposals.map((p) => ({ organisation: this.presentMap(orgs, p.organisationId), award: p.awardCode })),
    };
  }

  async overview(id: string, year: number) {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const members = await repo.membersOn(db, id, yearEnd(year));
    const off = await this.officersOf(db, id, year);
    const conferences = await repo.conferences(db, id, year);
    const indicators = await repo.indicators(db, id, year);
    const proposals = await repo.proposals(db, id, year);
    const round = await repo.round(db, id, year);
    const ballot = round ? await repo.ballot(db, round.id) : undefined;
    const orgs = await repo.orgs(
      db,
      [
        ...members.map((m) => m.organisationId),
        ...(off.leaderId ? [off.leaderId] : []),
        ...off.deputyIds,
        ...conferences.flatMap((x) => (x.hostOrgId ? [x.hostOrgId] : [])),
        ...indicators.flatMap((i) => (i.organisationId ? [i.organisationId] : [])),
        ...proposals.map((p) => p.organisationId),
      ],
      yearEnd(year),
    );
    return {
      cluster: { id: c.id, name: c.name, note: c.note },
      year,
      members: members.map((m) => ({ id: m.id, organisation: this.presentMap(orgs, m.organisationId), validFrom: m.validFrom, validTo: m.validTo, womenPreference: m.womenPreference, note: m.note })),
      leader: off.leaderId ? this.presentMap(orgs, off.leaderId) : null,
      deputies: off.deputyIds.map((d) => this.presentMap(orgs, d)),
      conferences: conferences.map((x) => ({
        id: x.id,
        kind: x.kind as 'mid_year' | 'year_end',
        heldOn: x.heldOn,
        place: x.place,
        host: x.hostOrgId ? this.presentMap(orgs, x.hostOrgId) : null,
        participants: x.participants as string[],
        minutes: x.minutes,
        documents: x.documents as Record<string, unknown>[],
      })),
      indicators: indicators.map((i) => ({
        organisation: i.organisationId ? this.presentMap(orgs, i.organisationId) : null,
        code: i.code,
        value: i.value,
        numerator: i.numerator,
        denominator: i.denominator,
        unit: i.unit,
        source: i.source,
      })),
      movements: await repo.movements(db, id, year),
      pledge: await this.pledgeView(db, id, year, orgs),
      round: round ? { status: round.status as 'open' | 'closed' } : null,
      ballot: ballot ? { status: ballot.status as 'open' | 'closed' } : null,
      proposals: proposals.map((p) => this.presentProposal(orgs, p)),
    };
  }

  private presentProposal(orgs: Map<string, OrgRow>, p: Awaited<ReturnType<typeof repo.proposals>>[number]) {
    return { id: p.id, organisation: this.presentMap(orgs, p.organisationId), award: p.awardCode, rank: p.rank, score: p.score, votesFor: p.votesFor, dossierId: p.dossierId, status: p.status, note: p.note };
  }

  async proposalsOf(id: string, year: number) {
    await this.cluster(id);
    const ps = await repo.proposals(this.deps.db, id, year);
    const orgs = await repo.orgs(this.deps.db, ps.map((p) => p.organisationId), yearEnd(year));
    return { items: ps.map((p) => this.presentProposal(orgs, p)) };
  }

  // ---------------------------------------------------------------------------------------------
  // setting up

  async create(
    actor: Actor,
    input: {
      code: string;
      name: string;
      kind: 'cluster' | 'block';
      organiserOrgId: string;
      organiserLevel: ClusterOrganiserLevel;
      assessmentMode?: ClusterAssessmentMode | undefined;
      tieBreaks?: ClusterTieBreak[] | undefined;
      ballotPercent?: number | undefined;
      ballotComparison?: 'more_than' | 'at_least' | undefined;
      bangKhenCount?: number | undefined;
      flagPool?: number | null | undefined;
      deputiesCount?: number | undefined;
      note?: string | undefined;
    },
    meta: RequestMeta,
  ) {
    this.requireManage(actor);
    if (!(await repo.orgValidity(this.deps.db, input.organiserOrgId))) throw new AppError('not_found', { organiserOrgId: input.organiserOrgId });
    const c = await this.deps.db.transaction(async (tx) => {
      if (await repo.getByCode(tx, input.code)) throw new AppError('conflict', { field: 'code' });
      const row = await repo.insert(tx, {
        code: input.code,
        name: input.name.normalize('NFC'),
        kind: input.kind,
        organiserOrgId: input.organiserOrgId,
        organiserLevel: input.organiserLevel,
        ...(input.assessmentMode ? { assessmentMode: input.assessmentMode } : {}),
        ...(input.tieBreaks ? { tieBreaks: input.tieBreaks } : {}),
        ...(input.ballotPercent !== undefined ? { ballotPercent: input.ballotPercent } : {}),
        ...(input.ballotComparison ? { ballotComparison: input.ballotComparison } : {}),
        ...(input.bangKhenCount !== undefined ? { bangKhenCount: input.bangKhenCount } : {}),
        ...(input.flagPool !== undefined ? { flagPool: input.flagPool } : {}),
        ...(input.deputiesCount !== undefined ? { deputiesCount: input.deputiesCount } : {}),
        note: input.note ?? null,
      });
      await this.audit(tx, actor, meta, 'cluster.create', row.id, row);
      return row;
    });
    return this.detail(actor, c.id);
  }

  async addMember(actor: Actor, id: string, input: { organisationId: string; validFrom: string; validTo?: string | null | undefined; womenPreference?: boolean | undefined; note?: string | undefined }, meta: RequestMeta) {
    this.requireManage(actor);
    await this.cluster(id);
    const v = await repo.orgValidity(this.deps.db, input.organisationId);
    if (!v) throw new AppError('not_found', { organisationId: input.organisationId });
    const outside = (v.validFrom && input.validFrom < v.validFrom) || (v.validTo && input.validFrom > v.validTo) || (v.validTo && input.validTo && input.validTo > v.validTo);
    if (outside) throw new AppError('validation_failed', { issues: [{ path: 'validFrom', message: 'Thời gian là thành viên nằm ngoài thời gian tồn tại của đơn vị' }] });
    await this.deps.db.transaction(async (tx) => {
      const m = await repo.addMember(tx, { clusterId: id, organisationId: input.organisationId, validFrom: input.validFrom, validTo: input.validTo ?? null, womenPreference: input.womenPreference ?? false, note: input.note ?? null });
      if (!m) throw new AppError('conflict', { organisationId: input.organisationId });
      await this.audit(tx, actor, meta, 'cluster.member.add', id, m);
    });
    return this.detail(actor, id);
  }

  /**
   * Edits a membership: its end (a member leaving the cluster), the Decree 152 Art. 4(6) preference, the
   * note — with a reason, audited. Years already scored stay as they were: the end may not fall before
   * 31/12 of the last year whose round is closed while the member was in it, and the preference of such
   * a member is not changed for that past (a new membership row from a later date does that).
   */
  async updateMember(actor: Actor, id: string, memberId: string, input: { validTo?: string | null | undefined; womenPreference?: boolean | undefined; note?: string | null | undefined; reason: string }, meta: RequestMeta) {
    this.requireManage(actor);
    await this.cluster(id);
    await this.deps.db.transaction(async (tx) => {
      const m = (await repo.members(tx, id)).find((x) => x.id === memberId);
      if (!m) throw new AppError('not_found', { memberId });
      const closedYears = await repo.closedRoundYears(tx, id);
      const scored = closedYears.filter((y) => m.validFrom <= `${y}-12-31` && (m.validTo === null || m.validTo >= `${y}-12-31`));
      const lastScored = scored.length ? Math.max(...scored) : null;
      if (input.validTo !== undefined && input.validTo !== null) {
        if (input.validTo < m.validFrom) throw new AppError('validation_failed', { issues: [{ path: 'validTo', message: 'Ngày kết thúc trước ngày bắt đầu là thành viên' }] });
        if (lastScored !== null && input.validTo < `${lastScored}-12-31`) throw new AppError('validation_failed', { issues: [{ path: 'validTo', message: `Năm ${lastScored} đã chấm điểm xong: ngày kết thúc không được trước 31/12/${lastScored}` }] });
      }
      if (input.womenPreference !== undefined && input.womenPreference !== m.womenPreference && lastScored !== null)
        throw new AppError('validation_failed', { issues: [{ path: 'womenPreference', message: `Năm ${lastScored} đã chấm điểm xong với giá trị hiện tại: kết thúc tư cách thành viên này và thêm một tư cách mới từ năm sau để thay đổi` }] });
      const after = {
        validTo: input.validTo === undefined ? m.validTo : input.validTo,
        womenPreference: input.womenPreference ?? m.womenPreference,
        note: input.note === undefined ? m.note : input.note?.normalize('NFC') || null,
      };
      await repo.updateMember(tx, memberId, after);
      await this.audit(tx, actor, meta, 'cluster.member.update', id, { memberId, organisationId: m.organisationId, before: { validTo: m.validTo, womenPreference: m.womenPreference, note: m.note }, after, reason: input.reason });
    });
    return this.detail(actor, id);
  }

  /**
   * The 2025 reform: members that ceased to exist before `date` leave (their membership ends the day
   * their organisation ended), and their successors (organisation_link) join from `date`. Past years
   * keep their members: membership rows are dated, never rewritten.
   */
  async assignSuccessors(actor: Actor, id: string, input: { date: string; note?: string | undefined }, meta: RequestMeta) {
    this.requireManage(actor);
    await this.cluster(id);
    await this.deps.db.transaction(async (tx) => {
      const current = (await repo.members(tx, id)).filter((m) => m.validTo === null || m.validTo >= dayBefore(input.date));
      const ended: string[] = [];
      const added: string[] = [];
      const present = new Set(current.map((m) => m.organisationId));
      for (const m of current) {
        const v = await repo.orgValidity(tx, m.organisationId);
        if (!v?.validTo || v.validTo >= input.date) continue;
        await repo.endMember(tx, m.id, v.validTo);
        ended.push(m.organisationId);
        for (const s of await repo.successors(tx, m.organisationId)) {
          if (present.has(s.id)) continue;
          present.add(s.id);
          await repo.addMember(tx, { clusterId: id, organisationId: s.id, validFrom: s.date > input.date ? s.date : input.date, womenPreference: false, note: input.note ?? null });
          added.push(s.id);
        }
      }
      await this.audit(tx, actor, meta, 'cluster.member.successors', id, { date: input.date, ended, added, note: input.note ?? null });
    });
    return this.detail(actor, id);
  }

  async rotation(id: string, year: number) {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const members = await repo.membersOn(db, id, `${year}-01-01`).then(async (m) => (m.length ? m : repo.membersOn(db, id, yearEnd(year))));
    const memberIds = members.map((m) => m.organisationId);
    // A successor inherits its predecessors' history (lineage).
    const alias = new Map<string, string>();
    for (const m of memberIds) {
      alias.set(m, m);
      for (const p of await repo.predecessors(db, m)) alias.set(p, m);
    }
    const officers = await repo.officers(db, id);
    const years = [...new Set(officers.map((o) => o.year))];
    const history = years.flatMap((y) => {
      const leader = officers.find((o) => o.year === y && o.role === 'leader');
      const l = leader ? alias.get(leader.organisationId) : undefined;
      if (!l) return [];
      return [{ year: y, leaderId: l, deputyIds: officers.filter((o) => o.year === y && o.role === 'deputy').flatMap((o) => (alias.has(o.organisationId) ? [alias.get(o.organisationId)!] : [])) }];
    });
    const p = proposeClusterRotation({ memberIds, history, year, deputies: c.deputiesCount });
    const orgs = await repo.orgs(db, memberIds, `${year}-01-01`);
    return {
      leader: p.leaderId ? this.presentMap(orgs, p.leaderId) : null,
      deputies: p.deputyIds.map((d) => this.presentMap(orgs, d)),
      order: p.order.map((o) => ({ organisation: this.presentMap(orgs, o.organisationId), lastLed: o.lastLed, lastDeputy: o.lastDeputy })),
    };
  }

  /** Records the election held at the year-end conference (the leader and deputies of `year`). */
  async recordElection(actor: Actor, id: string, year: number, input: { leaderId: string; deputyIds: string[]; electedOn?: string | undefined; basis?: string | undefined }, meta: RequestMeta) {
    this.requireManage(actor);
    await this.cluster(id);
    const members = new Set([...(await repo.membersOn(this.deps.db, id, `${year}-01-01`)), ...(await repo.membersOn(this.deps.db, id, yearEnd(year)))].map((m) => m.organisationId));
    for (const o of [input.leaderId, ...input.deputyIds]) if (!members.has(o)) throw new AppError('cluster_not_member', { organisationId: o, year });
    if (new Set([input.leaderId, ...input.deputyIds]).size !== input.deputyIds.length + 1) throw new AppError('validation_failed', { issues: [{ path: 'deputyIds', message: 'Cụm trưởng và cụm phó phải là các đơn vị khác nhau' }] });
    await this.deps.db.transaction(async (tx) => {
      const before = await this.officersOf(tx, id, year);
      await repo.replaceOfficers(tx, id, year, input.leaderId, input.deputyIds, input.electedOn ?? null, input.basis ?? null);
      await this.audit(tx, actor, meta, 'cluster.election', id, { year, leaderId: input.leaderId, deputyIds: input.deputyIds, electedOn: input.electedOn ?? null }, { year, ...before });
    });
    return this.year(id, year);
  }

  async savePledge(
    actor: Actor,
    id: string,
    year: number,
    input: { signedOn?: string | undefined; place?: string | undefined; preamble?: string | undefined; commitments: { number: number; text: string }[]; signatures: { organisationId: string; signatory?: string | undefined; signedOn?: string | undefined }[] },
    meta: RequestMeta,
  ) {
    this.requireManage(actor);
    await this.cluster(id);
    const members = new Set((await repo.membersOn(this.deps.db, id, yearEnd(year))).map((m) => m.organisationId));
    for (const s of input.signatures) if (!members.has(s.organisationId)) throw new AppError('cluster_not_member', { organisationId: s.organisationId, year });
    if (new Set(input.commitments.map((c) => c.number)).size !== input.commitments.length) throw new AppError('validation_failed', { issues: [{ path: 'commitments', message: 'Số thứ tự cam kết bị trùng' }] });
    await this.deps.db.transaction(async (tx) => {
      await repo.replacePledge(tx, {
        clusterId: id,
        year,
        signedOn: input.signedOn ?? null,
        place: input.place ?? null,
        preamble: input.preamble ?? null,
        commitments: input.commitments.map((c) => ({ number: c.number, text: c.text.normalize('NFC') })),
        signatures: input.signatures.map((s) => ({ organisationId: s.organisationId, signatory: s.signatory?.normalize('NFC') ?? null, signedOn: s.signedOn ?? null })),
      });
      await this.audit(tx, actor, meta, 'cluster.pledge', id, { year, commitments: input.commitments.length, signatures: input.signatures.length });
    });
    return this.overview(id, year);
  }

  async addConference(
    actor: Actor,
    id: string,
    year: number,
    input: { kind: 'mid_year' | 'year_end'; heldOn: string; place?: string | undefined; hostOrgId?: string | undefined; participants: string[]; minutes?: string | undefined; documents: unknown[] },
    meta: RequestMeta,
  ) {
    this.requireManage(actor);
    await this.cluster(id);
    await this.deps.db.transaction(async (tx) => {
      const c = await repo.addConference(tx, { clusterId: id, year, kind: input.kind, heldOn: input.heldOn, place: input.place ?? null, hostOrgId: input.hostOrgId ?? null, participants: input.participants, minutes: input.minutes ?? null, documents: input.documents });
      await this.audit(tx, actor, meta, 'cluster.conference', id, c);
    });
    return this.overview(id, year);
  }

  /** Indicators: the secretariat for everyone, or a member's representative for its own rows. */
  async saveIndicators(
    actor: Actor,
    id: string,
    year: number,
    input: { items: { organisationId: string | null; code: string; value?: number | null | undefined; numerator?: number | null | undefined; denominator?: number | null | undefined; unit?: string | undefined; source?: string | undefined }[] },
    meta: RequestMeta,
  ) {
    await this.cluster(id);
    const members = (await repo.membersOn(this.deps.db, id, yearEnd(year))).map((m) => m.organisationId);
    const manage = hasAnyRole(actor, 'cluster.manage');
    const mine = await this.representedAmong(actor, members);
    for (const i of input.items) {
      if (i.organisationId === null ? !manage : !members.includes(i.organisationId)) throw new AppError(i.organisationId === null ? 'forbidden' : 'cluster_not_member', { organisationId: i.organisationId });
      if (!manage && !mine.includes(i.organisationId!)) throw new AppError('cluster_not_member', { organisationId: i.organisationId });
    }
    await this.deps.db.transaction(async (tx) => {
      for (const i of input.items) {
        await repo.replaceIndicator(tx, { clusterId: id, year, organisationId: i.organisationId, code: i.code, value: i.value ?? null, numerator: i.numerator ?? null, denominator: i.denominator ?? null, unit: i.unit ?? null, source: i.source ?? null });
      }
      await this.audit(tx, actor, meta, 'cluster.indicators', id, { year, items: input.items });
    });
    return this.overview(id, year);
  }

  // ---------------------------------------------------------------------------------------------
  // the scoring round

  async openRound(
    actor: Actor,
    id: string,
    year: number,
    input: { criteria: { group: string; code: string; title: string; kind: 'criterion' | 'bonus' | 'penalty'; maxPoints: number; mandatory: boolean; evidenceRequired: boolean }[] },
    meta: RequestMeta,
  ) {
    this.requireManage(actor);
    await this.cluster(id);
    const problems = checkScoringTable(groupScoringCriteria(input.criteria));
    if (problems.length) throw new AppError('cluster_scoring_table_invalid', { problems });
    if ((await repo.membersOn(this.deps.db, id, yearEnd(year))).length < 2) throw new AppError('validation_failed', { issues: [{ path: 'year', message: 'Cụm cần ít nhất hai thành viên trong năm để chấm điểm' }] });
    await this.deps.db.transaction(async (tx) => {
      if (await repo.round(tx, id, year)) throw new AppError('conflict', { year }, 'Đợt chấm điểm của năm này đã được mở.');
      const r = await repo.insertRound(tx, { clusterId: id, year, status: 'open', openedAt: this.deps.now() });
      await repo.insertCriteria(
        tx,
        input.criteria.map((c, i) => ({ roundId: r.id, groupName: c.group, code: c.code, title: c.title.normalize('NFC'), kind: c.kind, maxPoints: String(c.maxPoints), mandatory: c.mandatory, evidenceRequired: c.evidenceRequired, position: i })),
      );
      await this.audit(tx, actor, meta, 'cluster.round.open', id, { year, criteria: input.criteria });
    });
    return this.roundView(actor, id, year, 'raw');
  }

  private async rankingFor(db: DbOrTx, c: ClusterRow, roundId: string, year: number, criteria: Criterion[], normalised: boolean, ballotVotes?: Record<string, number>) {
    const members = await repo.membersOn(db, c.id, yearEnd(year));
    const current = await repo.currentScores(db, roundId);
    let scores: ClusterScore[] = current.map((s) => ({ assessorKind: s.assessorKind as ClusterScore['assessorKind'], assessorKey: s.assessorOrgId ?? 'secretariat', assesseeId: s.assesseeOrgId, criterionId: s.criterionId, points: s.points }));
    if (normalised) scores = normaliseClusterScores(scores);
    const rules = criteria.map((x) => ({ id: x.id, kind: x.kind as 'criterion' | 'bonus' | 'penalty', maxPoints: x.maxPoints, mandatory: x.mandatory }));
    const rows = rankClusterMembers({
      members: members.map((m) => ({ id: m.organisationId, womenPreference: m.womenPreference })),
      criteria: rules,
      scores,
      tieBreaks: c.tieBreaks as ClusterTieBreak[],
      ...(ballotVotes ? { ballotVotes } : {}),
    });
    const self = new Map<string, number>();
    for (const s of current) {
      if (s.assessorKind !== 'self') continue;
      const k = criteria.find((x) => x.id === s.criterionId)?.kind;
      self.set(s.assesseeOrgId, (self.get(s.assesseeOrgId) ?? 0) + (k === 'penalty' ? -s.points : s.points));
    }
    return rows.map<StoredRankingRow>((r) => ({ ...r, selfScore: self.has(r.organisationId) ? Math.round(self.get(r.organisationId)! * 100) / 100 : null }));
  }

  async roundView(actor: Actor, id: string, year: number, view: 'raw' | 'normalised') {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const round = await repo.round(db, id, year);
    if (!round) throw new AppError('not_found', { year });
    const criteria = await repo.criteria(db, round.id);
    const members = await repo.membersOn(db, id, yearEnd(year));
    const memberIds = members.map((m) => m.organisationId);
    const current = await repo.currentScores(db, round.id);
    const orgs = await repo.orgs(db, memberIds, yearEnd(year));
    const nonBonus = criteria.filter((x) => x.kind === 'criterion');
    const duty = clusterAssessmentDuty(c.assessmentMode as ClusterAssessmentMode, memberIds, (await this.officersOf(db, id, year)).leaderId);
    const progress = memberIds.map((m) => {
      const selfAssessed = nonBonus.every((cr) => current.some((s) => s.assessorKind === 'self' && s.assesseeOrgId === m && s.criterionId === cr.id));
      const assessedOthers = memberIds.filter((o) => o !== m && nonBonus.every((cr) => current.some((s) => s.assessorKind !== 'self' && s.assessorOrgId === m && s.assesseeOrgId === o && s.criterionId === cr.id))).length;
      return { organisation: this.presentMap(orgs, m), selfAssessed, assessedOthers, othersToAssess: duty.othersToAssess.get(m)! };
    });
    const secretariatProgress =
      duty.secretariat === null
        ? null
        : { assessed: memberIds.filter((o) => nonBonus.every((cr) => current.some((s) => s.assessorKind === 'secretariat' && s.assesseeOrgId === o && s.criterionId === cr.id))).length, toAssess: duty.secretariat };
    const manage = hasAnyRole(actor, 'cluster.manage');
    // Live ranking: the secretariat sees it while the round is open; everyone once it is closed.
    let ranking: StoredRankingRow[] = [];
    if (round.status === 'closed' && view === 'raw') ranking = (round.ranking ?? []) as StoredRankingRow[];
    else if (round.status === 'closed' || manage) ranking = await this.rankingFor(db, c, round.id, year, criteria, view === 'normalised');
    for (const [k, v] of await repo.orgs(db, ranking.map((r) => r.organisationId), yearEnd(year))) orgs.set(k, v);
    return {
      id: round.id,
      year,
      status: round.status as 'open' | 'closed',
      criteria: criteria.map((x) => ({ id: x.id, group: x.groupName, code: x.code, title: x.title, kind: x.kind as 'criterion' | 'bonus' | 'penalty', maxPoints: x.maxPoints, mandatory: x.mandatory, evidenceRequired: x.evidenceRequired })),
      progress,
      secretariatProgress,
      ranking: ranking.map((r) => ({ ...r, organisation: this.presentMap(orgs, r.organisationId) })),
      view,
      abilities: { manage, participateAs: await this.representedAmong(actor, memberIds) },
    };
  }

  async scoreHistory(actor: Actor, id: string, year: number) {
    this.requireManage(actor);
    const round = await repo.round(this.deps.db, id, year);
    if (!round) throw new AppError('not_found', { year });
    const ev = await repo.scoreEvents(this.deps.db, round.id);
    const orgs = await repo.orgs(this.deps.db, ev.flatMap((e) => [e.assesseeOrgId, ...(e.assessorOrgId ? [e.assessorOrgId] : [])]), yearEnd(year));
    return {
      items: ev.map((e) => ({ id: e.id, criterionCode: e.criterionCode, assessee: this.presentMap(orgs, e.assesseeOrgId), assessorKind: e.assessorKind, assessor: e.assessorOrgId ? this.presentMap(orgs, e.assessorOrgId) : null, points: Number(e.points), reason: e.reason, actorUsername: e.actorUsername, at: e.at })),
    };
  }

  async submitScores(
    actor: Actor,
    id: string,
    year: number,
    input: { as: 'self' | 'member' | 'leader' | 'secretariat'; assessorOrgId?: string | undefined; reason?: string | undefined; items: { assesseeId: string; criterionCode: string; points: number; evidence?: unknown[] | undefined; reason?: string | undefined }[] },
    meta: RequestMeta,
  ) {
    return this.guarded(actor, meta, 'cluster.score', id, { year, as: input.as, assessorOrgId: input.assessorOrgId ?? null, items: input.items.map((i) => ({ assesseeId: i.assesseeId, criterionCode: i.criterionCode, points: i.points })) }, async () => {
      const c = await this.cluster(id);
      const memberIds = (await repo.membersOn(this.deps.db, id, yearEnd(year))).map((m) => m.organisationId);
      let assessorOrgId: string | null = null;
      if (input.as === 'secretariat') {
        if (!hasAnyRole(actor, 'cluster.manage')) throw new AppError('forbidden');
      } else {
        if (!input.assessorOrgId) throw new AppError('validation_failed', { issues: [{ path: 'assessorOrgId', message: 'Cần chọn đơn vị thành viên chấm điểm' }] });
        assessorOrgId = input.assessorOrgId;
        if (!memberIds.includes(assessorOrgId) || !(await this.representedAmong(actor, memberIds)).includes(assessorOrgId)) throw new AppError('cluster_not_member', { organisationId: assessorOrgId, year });
        if (input.as === 'leader' && (await this.officersOf(this.deps.db, id, year)).leaderId !== assessorOrgId) throw new AppError('cluster_assessor_not_allowed', { mode: c.assessmentMode });
      }
      const at = this.deps.now();
      await this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year, true);
        if (!round || round.status !== 'open') throw new AppError('cluster_round_closed', { year, status: round?.status ?? null });
        const criteria = await repo.criteria(tx, round.id);
        const rows = [];
        for (const [i, it] of input.items.entries()) {
          const cr = criteria.find((x) => x.code === it.criterionCode);
          if (!cr) throw new AppError('validation_failed', { issues: [{ path: `items.${i}.criterionCode`, message: 'Không có tiêu chí này trong bảng điểm' }] });
          if (!memberIds.includes(it.assesseeId)) throw new AppError('cluster_not_member', { organisationId: it.assesseeId, year });
          const refusal = checkClusterScore({
            mode: c.assessmentMode as ClusterAssessmentMode,
            assessorKind: input.as,
            assessorOrgId,
            assesseeId: it.assesseeId,
            criterion: { id: cr.id, kind: cr.kind as 'criterion', maxPoints: cr.maxPoints, mandatory: cr.mandatory },
            points: it.points,
          });
          if (refusal) {
            const { code, ...details } = refusal;
            throw new AppError(code, { ...details, item: i, criterionCode: cr.code });
          }
          if (input.as === 'self' && cr.evidenceRequired && !(it.evidence ?? []).length) throw new AppError('cluster_evidence_required', { item: i, criterionCode: cr.code });
          // Uploaded evidence must be this round's file of the assessed member.
          const fileIds = (it.evidence ?? []).flatMap((e) => ((e as { fileId?: string }).fileId ? [(e as { fileId: string }).fileId] : []));
          const owners = await repo.fileOwners(tx, round.id, fileIds);
          if (owners.length !== new Set(fileIds).size || owners.some((o) => o.organisationId !== it.assesseeId)) throw new AppError('validation_failed', { issues: [{ path: `items.${i}.evidence`, message: 'Tệp minh chứng không thuộc đơn vị này trong đợt chấm' }] });
          rows.push({
            roundId: round.id,
            criterionId: cr.id,
            assesseeOrgId: it.assesseeId,
            assessorKind: input.as,
            assessorOrgId,
            points: String(it.points),
            evidence: it.evidence ?? [],
            reason: it.reason ?? input.reason ?? null,
            actorUserId: actor.userId,
            actorUsername: actor.username,
            at,
          });
        }
        await repo.appendScores(tx, rows);
        await this.audit(tx, actor, meta, 'cluster.score', id, { year, as: input.as, assessorOrgId, count: rows.length, reason: input.reason ?? null });
      });
      return this.roundView(actor, id, year, 'raw');
    });
  }

  /** Evidence for a self-assessment: PDF, DOCX, JPEG or PNG checked by content (dossiers' sniffer). */
  async uploadEvidence(actor: Actor, id: string, year: number, input: { organisationId: string; criterionCode?: string | undefined; fileName: string; bytes: Buffer }, meta: RequestMeta) {
    return this.guarded(actor, meta, 'cluster.evidence', id, { year, organisationId: input.organisationId, fileName: input.fileName, size: input.bytes.length }, async () => {
      await this.cluster(id);
      const memberIds = (await repo.membersOn(this.deps.db, id, yearEnd(year))).map((m) => m.organisationId);
      if (!memberIds.includes(input.organisationId) || !(await this.representedAmong(actor, memberIds)).includes(input.organisationId)) throw new AppError('cluster_not_member', { organisationId: input.organisationId, year });
      const media = await this.uploads.check(actor, meta, { entity: 'cluster', entityId: id }, input);
      const fileName = input.fileName.normalize('NFC').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').slice(0, 255) || 'minh-chung';
      return this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year, true);
        if (!round || round.status !== 'open') throw new AppError('cluster_round_closed', { year, status: round?.status ?? null });
        const cr = input.criterionCode ? (await repo.criteria(tx, round.id)).find((c) => c.code === input.criterionCode) : undefined;
        if (input.criterionCode && !cr) throw new AppError('validation_failed', { issues: [{ path: 'criterionCode', message: 'Không có tiêu chí này trong bảng điểm' }] });
        const f = await repo.insertFile(tx, {
          roundId: round.id,
          organisationId: input.organisationId,
          criterionId: cr?.id ?? null,
          filename: fileName,
          contentType: media.mediaType,
          size: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          content: input.bytes,
          uploadedBy: actor.userId,
          at: this.deps.now(),
        });
        await this.audit(tx, actor, meta, 'cluster.evidence', id, { year, fileId: f.id, organisationId: input.organisationId, fileName, sha256: f.sha256, size: f.size });
        return { id: f.id, fileName: f.filename, mediaType: f.contentType, size: f.size, sha256: f.sha256 };
      });
    });
  }

  async evidenceFile(id: string, year: number, fileId: string) {
    const round = await repo.round(this.deps.db, id, year);
    const f = round ? await repo.file(this.deps.db, round.id, fileId) : undefined;
    if (!f) throw new AppError('not_found');
    await assertNotQuarantined(this.deps.db, 'cluster_file', f.id);
    return f;
  }

  async closeRound(actor: Actor, id: string, year: number, meta: RequestMeta) {
    return this.guarded(actor, meta, 'cluster.round.close', id, { year }, async () => {
      this.requireManage(actor);
      const c = await this.cluster(id);
      await this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year, true);
        if (!round) throw new AppError('not_found', { year });
        if (round.status !== 'open') throw new AppError('cluster_round_closed', { year, status: round.status });
        const criteria = await repo.criteria(tx, round.id);
        const ranking = await this.rankingFor(tx, c, round.id, year, criteria, false);
        await repo.closeRound(tx, round.id, this.deps.now(), ranking);
        await this.audit(tx, actor, meta, 'cluster.round.close', id, { year, ranking: ranking.map((r) => ({ organisationId: r.organisationId, rank: r.rank, score: r.score })) }, { year, status: 'open' });
      });
      return this.roundView(actor, id, year, 'raw');
    });
  }

  // ---------------------------------------------------------------------------------------------
  // the honouring ballot (suy tôn) and the proposals

  private params(c: ClusterRow) {
    return { organiserLevel: c.organiserLevel as ClusterOrganiserLevel, bangKhenCount: c.bangKhenCount, ...(c.flagPool !== null ? { flagPool: c.flagPool } : {}) };
  }

  async ballotView(actor: Actor, id: string, year: number) {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const round = await repo.round(db, id, year);
    const ballot = round ? await repo.ballot(db, round.id) : undefined;
    if (!round || !ballot) throw new AppError('not_found', { year });
    const nominees = ballot.nominees as (ClusterNomination & { rank: number | null })[];
    const memberIds = ballot.memberIds as string[];
    const voters = await repo.voters(db, ballot.id);
    const orgs = await repo.orgs(db, [...nominees.map((n) => n.organisationId), ...memberIds], yearEnd(year));
    const mine = await this.representedAmong(actor, memberIds);
    const result = ballot.result as { nomineeId: string; votesFor: number; votesAgainst: number; denominator: number; passed: boolean }[] | null;
    return {
      status: ballot.status as 'open' | 'closed',
      nominees: nominees.map((n) => ({ organisation: this.presentMap(orgs, n.organisationId), award: n.award, rank: n.rank })),
      members: memberIds.length,
      voted: voters.length,
      votedAs: mine.filter((m) => voters.includes(m)),
      threshold: { percent: c.ballotPercent, comparison: c.ballotComparison as 'more_than' | 'at_least' },
      // Counts are shown only once the ballot is closed.
      result: ballot.status === 'closed' && result ? result.map((r) => ({ organisation: this.presentMap(orgs, r.nomineeId), votesFor: r.votesFor, votesAgainst: r.votesAgainst, denominator: r.denominator, passed: r.passed })) : null,
    };
  }

  async openBallot(actor: Actor, id: string, year: number, meta: RequestMeta) {
    return this.guarded(actor, meta, 'cluster.ballot.open', id, { year }, async () => {
      this.requireManage(actor);
      const c = await this.cluster(id);
      await this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year, true);
        if (!round) throw new AppError('not_found', { year });
        if (round.status !== 'closed') throw new AppError('conflict', { year }, 'Phải khóa đợt chấm điểm trước khi bỏ phiếu suy tôn.');
        if (await repo.ballot(tx, round.id)) throw new AppError('conflict', { year }, 'Cuộc bỏ phiếu suy tôn của năm này đã được mở.');
        const ranking = (round.ranking ?? []) as StoredRankingRow[];
        const nominees = clusterNominations(ranking, this.params(c)).map((n) => ({ ...n, rank: ranking.find((r) => r.organisationId === n.organisationId)?.rank ?? null }));
        const memberIds = (await repo.membersOn(tx, id, yearEnd(year))).map((m) => m.organisationId);
        await repo.insertBallot(tx, { roundId: round.id, status: 'open', nominees, memberIds, openedAt: this.deps.now() }, nominees.map((n) => n.organisationId));
        await this.audit(tx, actor, meta, 'cluster.ballot.open', id, { year, nominees });
      });
      return this.ballotView(actor, id, year);
    });
  }

  async castVote(actor: Actor, id: string, year: number, input: { voterOrgId: string; choices: { nomineeId: string; approve: boolean }[] }, meta: RequestMeta) {
    // The audit entry names the voter, never its choices (a secret ballot).
    return this.guarded(actor, meta, 'cluster.vote', id, { year, voterOrgId: input.voterOrgId }, async () => {
      await this.cluster(id);
      // Scope is resolved before the transaction (PGlite has one connection).
      const represented = (await this.representedAmong(actor, [input.voterOrgId])).includes(input.voterOrgId);
      await this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year);
        const ballot = round ? await repo.ballot(tx, round.id, true) : undefined;
        if (!ballot) throw new AppError('cluster_ballot_closed', { year });
        const memberIds = ballot.memberIds as string[];
        const nominees = (ballot.nominees as ClusterNomination[]).map((n) => n.organisationId);
        const voters = await repo.voters(tx, ballot.id);
        const refusal = checkClusterVote({
          status: ballot.status as 'open' | 'closed',
          memberIds: represented ? memberIds : memberIds.filter((m) => m !== input.voterOrgId),
          nomineeIds: nominees,
          voterId: input.voterOrgId,
          alreadyVoted: voters.includes(input.voterOrgId),
          choices: input.choices,
        });
        if (refusal) {
          const { code, ...details } = refusal;
          throw new AppError(code, details);
        }
        if (!(await repo.castVote(tx, ballot.id, input.voterOrgId, input.choices))) throw new AppError('cluster_already_voted');
        await this.audit(tx, actor, meta, 'cluster.vote', id, { year, voterOrgId: input.voterOrgId });
      });
      return this.ballotView(actor, id, year);
    });
  }

  /**
   * Closes the ballot: tallies (denominator: all members but the nominee), re-ranks with the ballot as
   * the last tie-break, and records the proposals within the quotas. The dossier module does not
   * export a creation service yet: proposals are kept as `cluster_proposal` records (dossier_id null).
   */
  async closeBallot(actor: Actor, id: string, year: number, meta: RequestMeta) {
    return this.guarded(actor, meta, 'cluster.ballot.close', id, { year }, async () => {
      this.requireManage(actor);
      const c = await this.cluster(id);
      await this.deps.db.transaction(async (tx) => {
        const round = await repo.round(tx, id, year, true);
        const ballot = round ? await repo.ballot(tx, round.id, true) : undefined;
        if (!round || !ballot || ballot.status !== 'open') throw new AppError('cluster_ballot_closed', { year });
        const memberIds = ballot.memberIds as string[];
        const nominations = ballot.nominees as (ClusterNomination & { rank: number | null })[];
        const counts = await repo.tallies(tx, ballot.id);
        const choices = counts.flatMap((t) => [...Array(t.votesFor).fill({ nomineeId: t.nomineeOrgId, approve: true }), ...Array(t.votesAgainst).fill({ nomineeId: t.nomineeOrgId, approve: false })]);
        const tally = tallyClusterBallot({ memberIds, nomineeIds: nominations.map((n) => n.organisationId), choices, threshold: { percent: c.ballotPercent, comparison: c.ballotComparison as 'more_than' } });
        await repo.closeBallot(tx, ballot.id, this.deps.now(), tally);
        // Ties still open after the other tie-breaks are decided by the ballot.
        const criteria = await repo.criteria(tx, round.id);
        const ballotVotes = Object.fromEntries(tally.map((t) => [t.nomineeId, t.votesFor]));
        const reranked = await this.rankingFor(tx, c, round.id, year, criteria, false, ballotVotes);
        await repo.setRanking(tx, round.id, reranked);
        const passed = new Set(tally.filter((t) => t.passed).map((t) => t.nomineeId));
        const ordered = [...nominations].sort((a, b) => (reranked.find((r) => r.organisationId === a.organisationId)?.rank ?? 99) - (reranked.find((r) => r.organisationId === b.organisationId)?.rank ?? 99));
        const proposals = clusterProposalsAfterBallot(ordered, passed, this.params(c));
        await repo.insertProposals(
          tx,
          proposals.map((p) => {
            const r = reranked.find((x) => x.organisationId === p.organisationId);
            return {
              clusterId: id,
              year,
              roundId: round.id,
              organisationId: p.organisationId,
              awardCode: p.award,
              rank: r?.rank ?? null,
              score: r ? String(r.score) : null,
              votesFor: tally.find((t) => t.nomineeId === p.organisationId)?.votesFor ?? null,
              status: 'proposed',
              note: 'Đề nghị của cụm sau bỏ phiếu suy tôn; chờ lập hồ sơ đề nghị khen thưởng (mô-đun hồ sơ chưa cung cấp hàm tạo hồ sơ).',
            };
          }),
        );
        await this.audit(tx, actor, meta, 'cluster.ballot.close', id, { year, tally, proposals });
      });
      return this.proposalsOf(id, year);
    });
  }

  /**
   * Hands a proposal to the dossier workflow: the proposed member's representative (a board officer,
   * who holds `dossier.write` over it) creates the dossier through the dossiers module's service, with
   * the ballot minutes (with the ranking) and the proposal letter attached. The cluster secretariat
   * cannot: the dossiers module grants dossier.write to board and unit officers only.
   */
  async createDossier(actor: Actor, id: string, year: number, proposalId: string, meta: RequestMeta) {
    return this.guarded(actor, meta, 'cluster.proposal.dossier', id, { year, proposalId }, async () => {
      const c = await this.cluster(id);
      const p = (await repo.proposals(this.deps.db, id, year)).find((x) => x.id === proposalId);
      if (!p) throw new AppError('not_found');
      if (p.dossierId) throw new AppError('conflict', { dossierId: p.dossierId }, 'Đề nghị này đã được lập hồ sơ.');
      if (!(await this.representedAmong(actor, [p.organisationId])).includes(p.organisationId)) throw new AppError('cluster_not_member', { organisationId: p.organisationId });
      const data = await this.minutesData(id, year);
      const all = await repo.proposals(this.deps.db, id, year);
      const minutes = await clusterMinutesDocx(data);
      const letter = await clusterLetterDocx(data, all.map((x) => ({ organisationId: x.organisationId, award: x.awardCode })));
      const orgName = data.orgs.get(p.organisationId)?.name ?? '';
      const dossiers = new DossierService(this.deps);
      const created = await dossiers.create(
        actor,
        {
          ownerOrgId: p.organisationId,
          title: `${AWARD_NAMES[p.awardCode] ?? p.awardCode} – ${orgName} (${c.name} năm ${year})`.slice(0, 300),
          award: p.awardCode,
          awardType: 'cong_trang',
          achievementYear: year,
          achievement: `Xếp hạng ${p.rank ?? '–'} của ${c.name} năm ${year} (${p.score ?? '–'} điểm); được ${p.votesFor ?? 0} thành viên suy tôn.`.slice(0, 2000),
          subjects: [{ kind: 'collective', organisationId: p.organisationId }],
        },
        `cluster-proposal-${p.id}`,
        meta,
      );
      const dossierId = (created.body as { id: string }).id;
      await dossiers.addAttachment(actor, dossierId, { kind: 'ket_qua_bo_phieu', fileName: `bien-ban-suy-ton-${year}.docx`, bytes: minutes }, meta);
      await dossiers.addAttachment(actor, dossierId, { kind: 'to_trinh', fileName: `to-trinh-cum-${year}.docx`, bytes: letter }, meta);
      await this.deps.db.transaction(async (tx) => {
        await repo.setProposalDossier(tx, p.id, dossierId);
        await this.audit(tx, actor, meta, 'cluster.proposal.dossier', id, { year, proposalId: p.id, dossierId }, { dossierId: null });
      });
      return (await this.proposalsOf(id, year)).items.find((x) => x.id === p.id)!;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // documents (data for the .docx renderers)

  async minutesData(id: string, year: number) {
    const db = this.deps.db;
    const c = await this.cluster(id);
    const round = await repo.round(db, id, year);
    const ballot = round ? await repo.ballot(db, round.id) : undefined;
    if (!round || !ballot || ballot.status !== 'closed') throw new AppError('cluster_ballot_closed', { year });
    const tally = ballot.result as { nomineeId: string; votesFor: number; denominator: number; passed: boolean }[];
    const nominees = ballot.nominees as ClusterNomination[];
    const off = await this.officersOf(db, id, year);
    const memberIds = ballot.memberIds as string[];
    const orgs = await repo.orgs(db, [...memberIds, ...(off.leaderId ? [off.leaderId] : [])], yearEnd(year));
    const voters = await repo.voters(db, ballot.id);
    const ranking = (round.ranking ?? []) as StoredRankingRow[];
    return { c, year, tally, nominees, orgs, memberIds, voters, ranking, leader: off.leaderId ? orgs.get(off.leaderId) ?? null : null, closedAt: ballot.closedAt, awardName: (code: string) => AWARD_NAMES[code] ?? code };
  }
}
