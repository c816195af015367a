import { sql } from 'drizzle-orm';
import { AppError, type Dossier as DossierDto } from '@thidua/contracts';
import type { DbOrTx } from '@thidua/db';
import { renderAchievementReportTemplateDocx } from '@thidua/documents';
import {
  DOSSIER_DOCUMENT_KINDS,
  DOSSIER_EDITABLE_STATES,
  DOSSIER_STATE_LABELS_VI,
  EligibilityInputError,
  availableDossierActions,
  awardNeedsPosting,
  checkDossierTransition,
  deadlineNotice,
  deadlineNoticeTextVi,
  dossierDeadline,
  dossierDeadlineStatus,
  dossierPostingPeriod,
  evaluateEligibility,
  getAwardDefinition,
  isStateLevelAward,
  missingDossierDocuments,
  vietnamDate,
  type DossierState,
  type DossierWorkingDays,
  type EvaluationHistory,
} from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository, diff } from '../audit/audit.repository.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { EligibilityService } from '../eligibility/eligibility.service.js';
import { loadHistories } from '../eligibility/history.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { dossierRepository as repo, type DossierRow, type SubjectRow } from './dossier.repository.js';
import { rolesOver } from './dossier.policy.js';
import { withIdempotency } from './idempotency.js';
import { FixedWindowLimiter } from '../../http/rate-limit.js';
import { MAX_DOSSIER_BYTES, contentDisposition, storageFromConfig, type FileStorage } from '../../files/storage.js';
import { assertNotQuarantined } from '../../files/quarantine.js';
import { UploadGuard } from '../../files/guard.js';
import { writeZip } from './zip.js';

export type SubjectInput =
  | { kind: 'individual'; personId: string; title?: string | undefined }
  | { kind: 'collective'; organisationId: string }
  | { kind: 'household'; name: string; address?: string | undefined };

export interface CreateDossierInput {
  ownerOrgId: string;
  title: string;
  award: string;
  awardType: string;
  achievementYear?: number | undefined;
  periodFrom?: number | undefined;
  periodTo?: number | undefined;
  movementId?: string | undefined;
  achievement?: string | undefined;
  subjects: SubjectInput[];
}

export interface UpdateDossierInput {
  title?: string | undefined;
  achievement?: string | null | undefined;
  achievementYear?: number | undefined;
  movementId?: string | null | undefined;
  subjects?: SubjectInput[] | undefined;
}

export const ATTACHMENT_KINDS = [...DOSSIER_DOCUMENT_KINDS, 'khac'] as const;

export const etagOf = (version: number) => `"${version}"`;
export function parseEtag(h: string): number {
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(h.trim());
  if (!m) throw new AppError('precondition_failed', { ifMatch: h });
  return Number(m[1]);
}

const ACTIVE_STATES: DossierState[] = [
  'draft',
  'submitted',
  'received',
  'returned',
  'resubmitted',
  'appraised',
  'posted',
  'council_review',
  'approved',
];

/** Wraps the domain WorkingDayCalendar (branded ISO dates) for the deadline rules. */
export async function workingDays(deps: AppDeps): Promise<DossierWorkingDays> {
  const c = await new CalendarService(deps).calendar();
  return {
    addWorkingDays: (f, n) => c.addWorkingDays(f as never, n),
    workingDaysBetween: (a, b) => c.workingDaysBetween(a as never, b as never),
  };
}

export class DossierService {
  readonly scope: ScopeService;
  readonly storage: FileStorage;
  /** Content check and malware scan of every upload (also used by decisions and clusters). */
  readonly uploads: UploadGuard;
  private readonly catalogue: CatalogueService;
  private readonly commentsPerIp: FixedWindowLimiter;
  private readonly commentsPerDossier: FixedWindowLimiter;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
    this.catalogue = new CatalogueService(deps);
    this.storage = storageFromConfig(deps.config);
    this.uploads = new UploadGuard(deps);
    const lim = deps.config.publicLimits;
    this.commentsPerIp = new FixedWindowLimiter(lim.commentsPerIpPerHour, 3_600_000, deps.now);
    this.commentsPerDossier = new FixedWindowLimiter(lim.commentsPerDossierPerDay, 86_400_000, deps.now);
  }

  private today() {
    return vietnamDate(this.deps.now());
  }

  // Reading -----------------------------------------------------------------------------------

  async visibleRow(actor: Actor, id: string, db: DbOrTx = this.deps.db): Promise<DossierRow> {
    const d = await repo.get(db, id);
    if (!d || !(await this.scope.contains(actor, 'dossier.read', d.ownerOrgId))) throw new AppError('not_found');
    return d;
  }

  async present(
    actor: Actor,
    d: DossierRow,
    opts: { full?: boolean; subjects?: SubjectRow[]; cal?: DossierWorkingDays } = {},
  ): Promise<DossierDto> {
    const db = this.deps.db;
    const def = getAwardDefinition(d.awardCode);
    const subjects = opts.subjects ?? (await repo.subjectsOf(db, [d.id]));
    const cal = opts.cal ?? (await workingDays(this.deps));
    const kinds = await repo.attachmentKinds(db, d.id);
    const required = [...(def?.dossier ?? [])];
    const roles = await rolesOver(db, actor, d.ownerOrgId);
    let deadline = null;
    if (d.dueOn) {
      const step = dossierDeadline(cal, {
        award: d.awardCode,
        state: d.status as DossierState,
        enteredOn: d.stateEnteredOn,
        appraisedOn: d.appraisedOn,
        receivedOn: d.receivedOn,
      });
      if (step) {
        const s = dossierDeadlineStatus(cal, d.dueOn, this.today());
        deadline = {
          step: step.step,
          owner: step.owner,
          workingDays: step.workingDays,
          from: step.from,
          due: d.dueOn,
          workingDaysLeft: s.workingDaysLeft,
          overdue: s.overdue,
        };
      }
    }
    const org = await organisationRepository.getById(db, d.ownerOrgId, this.today());
    const editable = DOSSIER_EDITABLE_STATES.includes(d.status as DossierState) && roles.some((r) => ['unit_officer', 'admin'].includes(r));
    const view = {
      id: d.id,
      ownerOrgId: d.ownerOrgId,
      ownerOrgName: org?.name ?? null,
      title: d.title,
      award: d.awardCode,
      awardName: def?.name ?? d.awardCode,
      awardType: d.awardType,
      achievementYear: d.achievementYear,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      movementId: d.movementId,
      achievement: d.achievement,
      status: d.status as DossierState,
      statusLabel: DOSSIER_STATE_LABELS_VI[d.status as DossierState],
      version: d.version,
      deadline,
      appraisalOpinion: d.appraisalOpinion,
      returnReason: d.returnReason,
      posting:
        d.postingFrom && d.postingUntil
          ? { from: d.postingFrom, until: d.postingUntil, comments: await repo.commentCount(db, d.id) }
          : null,
      decisionId: d.decisionId,
      requiredDocuments: required,
      missingDocuments: missingDossierDocuments(required, kinds),
      subjects: subjects
        .filter((s) => s.dossierId === d.id)
        .map((s) => ({
          id: s.id,
          kind: s.kind as 'individual' | 'collective' | 'household',
          personId: s.personId,
          organisationId: s.collectiveOrgId,
          name: s.subjectName,
          title: s.title,
          organisation: s.organisationText,
          eligibility: (s.eligibility as never) ?? null,
          result: (s.result as 'approved' | 'rejected' | null) ?? null,
        })),
      abilities: {
        edit: editable,
        upload: editable,
        // Council results and decisions have their own routes; a state-level award is forwarded, not decided here.
        actions: availableDossierActions(d.status as DossierState, roles).filter(
          (a) =>
            a !== 'approve' &&
            a !== 'send_to_council' &&
            !(a === 'issue_decision' && (isStateLevelAward(d.awardCode) || !roles.some((r) => r === 'leader' || r === 'admin'))) &&
            !(a === 'forward' && !isStateLevelAward(d.awardCode)),
        ),
      },
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    };
    if (!opts.full) return view;
    const [attachments, events] = [await repo.attachmentsOf(db, d.id), await repo.events(db, d.id)];
    return {
      ...view,
      attachments: attachments.map((a) => ({
        id: a.id,
        kind: a.kind,
        fileName: a.fileName,
        mediaType: a.mediaType,
        size: a.size,
        sha256: a.sha256,
        uploadedBy: a.uploadedBy,
        uploadedAt: a.uploadedAt.toISOString(),
      })),
      history: events.map((e) => ({
        action: e.action,
        from: e.fromStatus,
        to: e.toStatus,
        actor: e.actorUsername,
        reason: e.reason,
        at: e.at.toISOString(),
      })),
    };
  }

  async list(actor: Actor, q: { status?: string | undefined; award?: string | undefined; limit: number; offset: number }) {
    const ownerIds = await this.scope.idsFor(actor, 'dossier.read');
    const { items, total } = await repo.list(this.deps.db, { ...q, ownerIds });
    const subjects = await repo.subjectsOf(
      this.deps.db,
      items.map((d) => d.id),
    );
    const cal = await workingDays(this.deps);
    const out = [];
    for (const d of items) out.push(await this.present(actor, d, { subjects, cal }));
    return { items: out, total };
  }

  async get(actor: Actor, id: string) {
    return this.present(actor, await this.visibleRow(actor, id), { full: true });
  }

  // Subjects and eligibility ---------------------------------------------------------------------

  /** Resolves the nominees (404 for a person or organisation the actor may not see). */
  private async resolveSubjects(actor: Actor, input: SubjectInput[]) {
    const db = this.deps.db;
    const people = await repo.personsByIds(
      db,
      input.flatMap((s) => (s.kind === 'individual' ? [s.personId] : [])),
    );
    const out: Omit<SubjectRow, 'id' | 'dossierId' | 'eligibility' | 'eligibilityAt' | 'result'>[] = [];
    for (const [i, s] of input.entries()) {
      if (s.kind === 'individual') {
        const p = people.find((x) => x.id === s.personId);
        if (!p || !p.ownerOrgId || !(await this.scope.contains(actor, 'person.read', p.ownerOrgId)))
          throw new AppError('not_found', { subject: i, personId: s.personId });
        const org = await organisationRepository.getById(db, p.ownerOrgId, this.today());
        out.push({
          position: i,
          kind: 'individual',
          personId: p.id,
          collectiveOrgId: null,
          subjectName: p.fullName,
          title: s.title ?? null,
          organisationText: org?.name ?? null,
        });
      } else if (s.kind === 'collective') {
        if (
          !(await repo.organisationExists(db, s.organisationId)) ||
          !(await this.scope.contains(actor, 'organisation.read', s.organisationId))
        ) {
          throw new AppError('not_found', { subject: i, organisationId: s.organisationId });
        }
        const org = await organisationRepository.getById(db, s.organisationId, this.today());
        out.push({
          position: i,
          kind: 'collective',
          personId: null,
          collectiveOrgId: s.organisationId,
          subjectName: org?.name ?? s.organisationId,
          title: null,
          organisationText: null,
        });
      } else {
        out.push({
          position: i,
          kind: 'household',
          personId: null,
          collectiveOrgId: null,
          subjectName: s.name.normalize('NFC'),
          title: null,
          organisationText: s.address ?? null,
        });
      }
    }
    return out;
  }

  /**
   * The verdict of each nominee from its history in the ledger tables (award_entry, annual_rating,
   * initiative, discipline_block, collective_stat), through the pure evaluateEligibility. Read with
   * the plain handle: call before opening a transaction.
   */
  async eligibilityOf(
    d: { awardCode: string; achievementYear: number | null; periodTo: number | null; ownerOrgId: string; receivedOn?: string | null },
    subjects: Pick<SubjectRow, 'kind' | 'personId' | 'collectiveOrgId'>[],
  ) {
    const db = this.deps.db;
    const asOf = d.receivedOn ?? this.today();
    const year = d.achievementYear ?? d.periodTo ?? Number(asOf.slice(0, 4)) - 1;
    const personIds = subjects.flatMap((s) => (s.personId ? [s.personId] : []));
    const histories = personIds.length
      ? await loadHistories(db, sql`SELECT unnest(${`{${personIds.join(',')}}`}::uuid[])`)
      : new Map<string, EvaluationHistory>();
    const parameters = await this.catalogue.numericParameters(db, asOf, d.ownerOrgId);
    const out: unknown[] = [];
    for (const s of subjects) {
      const history = s.personId
        ? (histories.get(s.personId) ?? {})
        : s.collectiveOrgId
          ? await repo.collectiveHistory(db, s.collectiveOrgId)
          : {};
      try {
        const r = evaluateEligibility(
          { award: d.awardCode, asOf, year, subject: { kind: s.kind as 'individual' }, history },
          { parameters },
        );
        out.push({ verdict: r.verdict, ruleSet: r.ruleSet, decree: r.decree, unmet: r.unmet, toConfirm: r.toConfirm, asOf });
      } catch (e) {
        if (!(e instanceof EligibilityInputError)) throw e;
        out.push({ verdict: 'review', unmet: [], toConfirm: [], asOf, error: e.message });
      }
    }
    return out;
  }

  // Writing -------------------------------------------------------------------------------------

  async create(actor: Actor, input: CreateDossierInput, idempotencyKey: string | undefined, meta: RequestMeta) {
    const def = getAwardDefinition(input.award);
    if (!def) throw new AppError('unknown_award', { award: input.award });
    if (
      !(await this.scope.contains(actor, 'dossier.write', input.ownerOrgId)) ||
      !(await repo.organisationExists(this.deps.db, input.ownerOrgId))
    )
      throw new AppError('not_found');
    const kinds = new Set(input.subjects.map((s) => (s.kind === 'individual' ? 'individual' : s.kind)));
    for (const k of kinds)
      if (!(def.subjects as readonly string[]).includes(k))
        throw new AppError('validation_failed', {
          issues: [{ path: 'subjects', message: `Hình thức “${def.name}” không áp dụng cho đối tượng này`, kind: k }],
        });
    const subjects = await this.resolveSubjects(actor, input.subjects);
    const eligibility = await this.eligibilityOf(
      {
        awardCode: input.award,
        achievementYear: input.achievementYear ?? null,
        periodTo: input.periodTo ?? null,
        ownerOrgId: input.ownerOrgId,
      },
      subjects,
    );
    const now = this.deps.now();
    const result = await this.deps.db.transaction(async (tx) =>
      withIdempotency(tx, { key: idempotencyKey, actorUserId: actor.userId, operation: 'dossier.create', request: input }, async () => {
        const d = await repo.insert(tx, {
          ownerOrgId: input.ownerOrgId,
          title: input.title.normalize('NFC'),
          awardCode: input.award,
          awardType: input.awardType,
          achievementYear: input.achievementYear ?? null,
          periodFrom: input.periodFrom ?? null,
          periodTo: input.periodTo ?? null,
          movementId: input.movementId ?? null,
          achievement: input.achievement?.normalize('NFC') ?? null,
          status: 'draft',
          stateEnteredAt: now,
          stateEnteredOn: vietnamDate(now),
          createdBy: actor.username,
          createdAt: now,
          updatedAt: now,
        });
        await repo.replaceSubjects(
          tx,
          d.id,
          subjects.map((s, i) => ({ ...s, eligibility: eligibility[i], eligibilityAt: now })),
        );
        await repo.insertEvent(tx, {
          dossierId: d.id,
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          actorUserId: actor.userId,
          actorUsername: actor.username,
          at: now,
        });
        await auditRepository.append(tx, {
          at: now,
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action: 'dossier.create',
          entity: 'dossier',
          entityId: d.id,
          orgId: d.ownerOrgId,
          after: { ...auditable(d), subjects: subjects.map((s) => s.subjectName) },
          ip: meta.ip,
          requestId: meta.requestId,
        });
        return { status: 201, body: { id: d.id } };
      }),
    );
    const view = await this.get(actor, result.body.id);
    return { ...result, body: view };
  }

  async update(actor: Actor, id: string, ifMatch: string | undefined, input: UpdateDossierInput, meta: RequestMeta) {
    const current = await this.visibleRow(actor, id);
    const roles = await rolesOver(this.deps.db, actor, current.ownerOrgId);
    if (!roles.some((r) => ['unit_officer', 'admin'].includes(r))) throw new AppError('forbidden');
    if (!ifMatch) throw new AppError('precondition_required');
    const expected = parseEtag(ifMatch);
    if (!DOSSIER_EDITABLE_STATES.includes(current.status as DossierState))
      throw new AppError('invalid_transition', { status: current.status, allowed: DOSSIER_EDITABLE_STATES });
    const subjects = input.subjects ? await this.resolveSubjects(actor, input.subjects) : undefined;
    const eligibility = subjects
      ? await this.eligibilityOf({ ...current, achievementYear: input.achievementYear ?? current.achievementYear }, subjects)
      : undefined;
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      const before = await repo.getForUpdate(tx, id);
      if (!before) throw new AppError('not_found');
      if (before.version !== expected) throw new AppError('precondition_failed', { currentVersion: before.version });
      if (!DOSSIER_EDITABLE_STATES.includes(before.status as DossierState))
        throw new AppError('invalid_transition', { status: before.status });
      const patch: Record<string, unknown> = {};
      if (input.title !== undefined) patch.title = input.title.normalize('NFC');
      if (input.achievement !== undefined) patch.achievement = input.achievement?.normalize('NFC') ?? null;
      if (input.achievementYear !== undefined) patch.achievementYear = input.achievementYear;
      if (input.movementId !== undefined) patch.movementId = input.movementId;
      const after = await repo.update(tx, id, expected, patch, now);
      if (!after) throw new AppError('precondition_failed');
      if (subjects && eligibility)
        await repo.replaceSubjects(
          tx,
          id,
          subjects.map((s, i) => ({ ...s, eligibility: eligibility[i], eligibilityAt: now })),
        );
      const d = diff(auditable(before), auditable(after));
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'dossier.update',
        entity: 'dossier',
        entityId: id,
        orgId: after.ownerOrgId,
        before: d.before,
        after: { ...d.after, ...(subjects ? { subjects: subjects.map((s) => s.subjectName) } : {}) },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    return this.get(actor, id);
  }

  /**
   * One workflow step (the transition table of packages/domain). The row is locked and its state
   * checked inside the transaction: of two officers acting at once, one wins and the other gets
   * 409 invalid_transition; nothing is half-written.
   */
  async transition(
    actor: Actor,
    id: string,
    body: { action: string; reason?: string | undefined; opinion?: string | undefined },
    ifMatch: string | undefined,
    meta: RequestMeta,
  ) {
    const current = await this.visibleRow(actor, id);
    const roles = await rolesOver(this.deps.db, actor, current.ownerOrgId);
    if (body.action === 'approve' || body.action === 'issue_decision') {
      throw new AppError('invalid_transition', {
        action: body.action,
        message: 'Bước này do Hội đồng (kết thúc phiên họp) hoặc việc ban hành quyết định thực hiện.',
      });
    }
    const pre = checkDossierTransition(current.status as DossierState, body.action, roles, body.reason);
    if (!pre.ok) {
      if (pre.reason === 'reason_required')
        throw new AppError('validation_failed', { issues: [{ path: 'reason', message: 'Cần nêu lý do' }] });
      throw new AppError('invalid_transition', {
        action: body.action,
        status: current.status,
        reason: pre.reason,
        ...(pre.allowedFrom ? { allowedFrom: pre.allowedFrom } : {}),
      });
    }
    if (body.action === 'appraise' && !body.opinion)
      throw new AppError('validation_failed', { issues: [{ path: 'opinion', message: 'Cần ý kiến thẩm định' }] });
    if (body.action === 'post' && !awardNeedsPosting(current.awardCode) && !body.reason) {
      // Posting is optional for other forms; allowed when the board decides to (parameter per form).
    }
    if (body.action === 'forward' && !isStateLevelAward(current.awardCode)) {
      throw new AppError('invalid_transition', {
        action: body.action,
        reason: 'not_state_level',
        message: 'Chỉ trình cấp trên các hình thức do Thủ tướng, Chủ tịch nước quyết định.',
      });
    }
    if (body.action === 'send_to_council')
      throw new AppError('invalid_transition', {
        action: body.action,
        message: 'Hồ sơ được đưa ra Hội đồng khi lập chương trình phiên họp.',
      });
    // Documents required by the award (Law 2022 Art. 84): checked when the unit sends the dossier.
    if (body.action === 'submit' || body.action === 'resubmit') {
      const def = getAwardDefinition(current.awardCode);
      const missing = missingDossierDocuments(def?.dossier ?? [], await repo.attachmentKinds(this.deps.db, id));
      if (missing.length) throw new AppError('missing_documents', { missing });
      await this.checkCstdcsQuota(actor, current);
    }
    const today = this.today();
    const subjects = await repo.subjectsOf(this.deps.db, [id]);
    const refresh = ['submit', 'resubmit', 'appraise'].includes(body.action)
      ? await this.eligibilityOf({ ...current, receivedOn: current.receivedOn ?? (body.action === 'appraise' ? today : null) }, subjects)
      : undefined;
    const cal = await workingDays(this.deps);
    // Time limits are parameters (RULES.md §5): the organisation's or deployment's overrides in force today.
    const overrides = await this.catalogue.numericParameters(this.deps.db, today, current.ownerOrgId);
    const now = this.deps.now();
    const expected = ifMatch ? parseEtag(ifMatch) : undefined;
    await this.deps.db.transaction(async (tx) => {
      const before = await repo.getForUpdate(tx, id);
      if (!before) throw new AppError('not_found');
      if (expected !== undefined && before.version !== expected)
        throw new AppError('precondition_failed', { currentVersion: before.version });
      const check = checkDossierTransition(before.status as DossierState, body.action, roles, body.reason);
      if (!check.ok) throw new AppError('invalid_transition', { action: body.action, status: before.status, reason: check.reason });
      const to = check.transition.to;
      const patch: Record<string, unknown> = { status: to, stateEnteredAt: now, stateEnteredOn: today };
      if (body.action === 'submit') patch.submittedOn = today;
      if (body.action === 'receive' && !before.receivedOn) patch.receivedOn = today;
      if (body.action === 'return') patch.returnReason = body.reason;
      if (body.action === 'appraise') {
        patch.appraisalOpinion = body.opinion;
        patch.appraisedOn = today;
      }
      if (body.action === 'post') {
        const p = dossierPostingPeriod(cal, before.awardCode, today, overrides);
        patch.postingFrom = today;
        patch.postingUntil = p.until;
      }
      const step = dossierDeadline(cal, {
        award: before.awardCode,
        state: to,
        enteredOn: today,
        appraisedOn: (patch.appraisedOn as string | undefined) ?? before.appraisedOn,
        receivedOn: (patch.receivedOn as string | undefined) ?? before.receivedOn,
        overrides,
      });
      patch.dueOn = step?.due ?? null;
      const after = await repo.update(tx, id, before.version, patch, now);
      if (!after) throw new AppError('precondition_failed');
      if (refresh) for (const [i, s] of subjects.entries()) await repo.setSubjectEligibility(tx, s.id, refresh[i], now);
      await repo.insertEvent(tx, {
        dossierId: id,
        action: body.action,
        fromStatus: before.status,
        toStatus: to,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        reason: body.reason ?? body.opinion ?? null,
        at: now,
      });
      const d = diff(auditable(before), auditable(after));
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: `dossier.${body.action}`,
        entity: 'dossier',
        entityId: id,
        orgId: after.ownerOrgId,
        before: d.before,
        after: { ...d.after, reason: body.reason ?? null },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    return this.get(actor, id);
  }

  /**
   * The CSTĐ cơ sở cap of the unit (RULES.md §5: none nationally under law-2022; where a ministry,
   * province or unit sets one, enforced at submission): titles already held for the year plus the
   * nominees of the unit's dossiers in progress plus this one must stay within the cap.
   */
  private async checkCstdcsQuota(actor: Actor, d: DossierRow) {
    if (d.awardCode !== 'chien_si_thi_dua_co_so' || d.achievementYear === null) return;
    const q = await new EligibilityService(this.deps).quota(actor, d.ownerOrgId, d.achievementYear);
    if (q.max === null) return;
    const pending = await repo.activeNomineeCount(this.deps.db, d.ownerOrgId, d.awardCode, d.achievementYear, d.id);
    const requested = (await repo.subjectsOf(this.deps.db, [d.id])).length;
    if (q.used + pending + requested > q.max) {
      throw new AppError('quota_exceeded', {
        award: d.awardCode,
        year: d.achievementYear,
        capPercent: q.capPercent,
        max: q.max,
        used: q.used,
        pending,
        requested,
      });
    }
  }

  /** Used by the council and decision services inside their transactions. */
  async systemTransition(
    tx: DbOrTx,
    d: DossierRow,
    action: 'send_to_council' | 'approve' | 'reject' | 'issue_decision',
    actor: Actor,
    cal: DossierWorkingDays,
    extra: Record<string, unknown>,
    reason: string | null,
    meta: RequestMeta,
  ) {
    const check = checkDossierTransition(
      d.status as DossierState,
      action,
      ['system', 'board_officer', 'admin', 'leader'],
      reason ?? 'Hội đồng không tán thành',
    );
    if (!check.ok) throw new AppError('invalid_transition', { action, status: d.status, dossierId: d.id, reason: check.reason });
    const now = this.deps.now();
    const today = vietnamDate(now);
    const to = check.transition.to;
    const overrides = await this.catalogue.numericParameters(tx, today, d.ownerOrgId);
    const step = dossierDeadline(cal, {
      award: d.awardCode,
      state: to,
      enteredOn: today,
      appraisedOn: d.appraisedOn,
      receivedOn: d.receivedOn,
      overrides,
    });
    const after = await repo.update(
      tx,
      d.id,
      d.version,
      { status: to, stateEnteredAt: now, stateEnteredOn: today, dueOn: step?.due ?? null, ...extra },
      now,
    );
    if (!after) throw new AppError('precondition_failed', { dossierId: d.id });
    await repo.insertEvent(tx, {
      dossierId: d.id,
      action,
      fromStatus: d.status,
      toStatus: to,
      actorUserId: actor.userId,
      actorUsername: actor.username,
      reason,
      at: now,
    });
    await auditRepository.append(tx, {
      at: now,
      actorUserId: actor.userId,
      actorUsername: actor.username,
      action: `dossier.${action}`,
      entity: 'dossier',
      entityId: d.id,
      orgId: d.ownerOrgId,
      before: { status: d.status },
      after: { status: to, ...extra, reason },
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return after;
  }

  // Attachments ---------------------------------------------------------------------------------

  async addAttachment(actor: Actor, id: string, file: { kind: string; fileName: string; bytes: Buffer }, meta: RequestMeta) {
    const current = await this.visibleRow(actor, id);
    const roles = await rolesOver(this.deps.db, actor, current.ownerOrgId);
    if (!roles.some((r) => ['unit_officer', 'board_officer', 'admin'].includes(r))) throw new AppError('forbidden');
    if (!DOSSIER_EDITABLE_STATES.includes(current.status as DossierState))
      throw new AppError('invalid_transition', {
        status: current.status,
        message: 'Chỉ bổ sung tệp khi hồ sơ ở trạng thái nháp hoặc bị trả lại.',
      });
    if (!(ATTACHMENT_KINDS as readonly string[]).includes(file.kind))
      throw new AppError('validation_failed', {
        issues: [{ path: 'kind', message: 'Loại thành phần hồ sơ không hợp lệ', allowed: ATTACHMENT_KINDS }],
      });
    const media = await this.uploads.check(actor, meta, { entity: 'dossier', entityId: id }, file);
    if ((await repo.totalAttachmentBytes(this.deps.db, id)) + file.bytes.length > MAX_DOSSIER_BYTES)
      throw new AppError('payload_too_large', { limit: MAX_DOSSIER_BYTES, per: 'dossier' });
    const stored = await this.storage.put(file.bytes);
    const now = this.deps.now();
    const fileName =
      file.fileName
        .normalize('NFC')
        .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
        .slice(0, 255) || 'tep';
    const row = await this.deps.db.transaction(async (tx) => {
      const before = await repo.getForUpdate(tx, id);
      if (!before || !DOSSIER_EDITABLE_STATES.includes(before.status as DossierState))
        throw new AppError('invalid_transition', { status: before?.status });
      const a = await repo.insertAttachment(tx, {
        dossierId: id,
        kind: file.kind,
        fileName,
        mediaType: media.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedBy: actor.username,
        uploadedAt: now,
      });
      await repo.update(tx, id, before.version, {}, now);
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'dossier.attachment.add',
        entity: 'dossier',
        entityId: id,
        orgId: before.ownerOrgId,
        after: { attachmentId: a.id, kind: a.kind, fileName, sha256: a.sha256, size: a.size },
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return a;
    });
    return {
      id: row.id,
      kind: row.kind,
      fileName: row.fileName,
      mediaType: row.mediaType,
      size: row.size,
      sha256: row.sha256,
      uploadedBy: row.uploadedBy,
      uploadedAt: row.uploadedAt.toISOString(),
    };
  }

  async removeAttachment(actor: Actor, id: string, attachmentId: string, meta: RequestMeta) {
    const current = await this.visibleRow(actor, id);
    const roles = await rolesOver(this.deps.db, actor, current.ownerOrgId);
    if (!roles.some((r) => ['unit_officer', 'admin'].includes(r))) throw new AppError('forbidden');
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      const before = await repo.getForUpdate(tx, id);
      if (!before || !DOSSIER_EDITABLE_STATES.includes(before.status as DossierState))
        throw new AppError('invalid_transition', { status: before?.status });
      const gone = await repo.deleteAttachment(tx, id, attachmentId);
      if (!gone) throw new AppError('not_found');
      await repo.update(tx, id, before.version, {}, now);
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'dossier.attachment.remove',
        entity: 'dossier',
        entityId: id,
        orgId: before.ownerOrgId,
        before: { attachmentId, kind: gone.kind, fileName: gone.fileName, sha256: gone.sha256 },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
  }

  async downloadAttachment(actor: Actor, id: string, attachmentId: string) {
    await this.visibleRow(actor, id);
    const a = await repo.attachment(this.deps.db, id, attachmentId);
    if (!a) throw new AppError('not_found');
    await assertNotQuarantined(this.deps.db, 'dossier_attachment', a.id);
    return { bytes: await this.storage.get(a.storageKey), mediaType: a.mediaType, disposition: contentDisposition(a.fileName) };
  }

  async achievementReportTemplate(kind: 'individual' | 'collective', award?: string) {
    const def = award ? getAwardDefinition(award) : undefined;
    if (award && !def) throw new AppError('unknown_award', { award });
    return renderAchievementReportTemplateDocx(kind, def ? { awardName: def.name } : {});
  }

  /** A complete dossier package for a higher authority: every document and a JSON manifest, as ZIP. */
  async packageZip(actor: Actor, id: string) {
    const d = await this.visibleRow(actor, id);
    const view = await this.get(actor, id);
    const files = await repo.attachmentsOf(this.deps.db, id);
    const entries = [];
    const manifestFiles = [];
    for (const [i, a] of files.entries()) {
      const ext =
        a.mediaType === 'application/pdf' ? 'pdf' : a.mediaType === 'image/png' ? 'png' : a.mediaType === 'image/jpeg' ? 'jpg' : 'docx';
      const name = `tai-lieu/${String(i + 1).padStart(2, '0')}-${a.kind}.${ext}`;
      // A quarantined document refuses the whole package: nothing infected leaves for the central level.
      await assertNotQuarantined(this.deps.db, 'dossier_attachment', a.id);
      entries.push({ name, data: await this.storage.get(a.storageKey), date: a.uploadedAt });
      manifestFiles.push({ path: name, kind: a.kind, originalName: a.fileName, mediaType: a.mediaType, size: a.size, sha256: a.sha256 });
    }
    const manifest = {
      format: 'thidua-dossier-package/1',
      generatedAt: this.deps.now().toISOString(),
      dossier: {
        id: d.id,
        title: d.title,
        award: d.awardCode,
        awardName: view.awardName,
        awardType: d.awardType,
        achievementYear: d.achievementYear,
        periodFrom: d.periodFrom,
        periodTo: d.periodTo,
        status: d.status,
        proposingUnit: view.ownerOrgName,
        appraisalOpinion: d.appraisalOpinion,
      },
      nominees: view.subjects.map((s) => ({
        kind: s.kind,
        name: s.name,
        organisation: s.organisation,
        eligibility: s.eligibility?.verdict ?? null,
        result: s.result,
      })),
      history: view.history ?? [],
      files: manifestFiles,
    };
    entries.unshift({ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), date: this.deps.now() });
    return writeZip(entries);
  }

  // Public posting ------------------------------------------------------------------------------

  async publicPosted() {
    const rows = await repo.postedOn(this.deps.db, this.today());
    const subjects = await repo.subjectsOf(
      this.deps.db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((d) => ({
        id: d.id,
        title: d.title,
        awardName: getAwardDefinition(d.awardCode)?.name ?? d.awardCode,
        nominees: subjects.filter((s) => s.dossierId === d.id).map((s) => ({ name: s.subjectName, organisation: s.organisationText })),
        postingFrom: d.postingFrom!,
        postingUntil: d.postingUntil!,
      })),
      total: rows.length,
    };
  }

  async addPublicComment(id: string, body: { name: string; contact?: string | undefined; body: string }, meta: RequestMeta) {
    const today = this.today();
    // Flood control before anything is read: per address (any dossier), then per dossier (any address).
    this.commentsPerIp.hit(meta.ip, { scope: 'address' });
    const d = await repo.get(this.deps.db, id);
    // Only a dossier being posted accepts comments; any other id is "not found" to the public.
    if (!d || d.status !== 'posted' || !d.postingFrom || !d.postingUntil || today < d.postingFrom || today > d.postingUntil)
      throw new AppError('not_found');
    this.commentsPerDossier.hit(id, { scope: 'dossier' });
    const now = this.deps.now();
    const c = await this.deps.db.transaction(async (tx) => {
      const row = await repo.insertComment(tx, {
        dossierId: id,
        authorName: body.name.normalize('NFC'),
        contact: body.contact ?? null,
        body: body.body.normalize('NFC'),
        createdAt: now,
      });
      await auditRepository.append(tx, {
        at: now,
        action: 'dossier.public_comment',
        entity: 'dossier',
        entityId: id,
        orgId: d.ownerOrgId,
        after: { commentId: row.id },
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return row;
    });
    return { id: c.id, receivedAt: c.createdAt.toISOString() };
  }

  // Inbox and deadline scan ----------------------------------------------------------------------

  async inbox(actor: Actor, councilItems: { id: string; title: string; meetingDate: string }[]) {
    const db = this.deps.db;
    const cal = await workingDays(this.deps);
    const today = this.today();
    const ownerIds = await this.scope.idsFor(actor, 'dossier.read');
    const { items } = await repo.list(db, { ownerIds, statuses: ACTIVE_STATES, limit: 100, offset: 0 });
    const out = [];
    const cache = new Map<string, string[]>();
    for (const d of items) {
      const roles = await rolesOver(db, actor, d.ownerOrgId, cache);
      let actions = availableDossierActions(d.status as DossierState, roles).filter(
        (a) => a !== 'approve' && a !== 'withdraw' && a !== 'reject',
      );
      if (d.status === 'approved' && roles.includes('leader') && !isStateLevelAward(d.awardCode)) actions = ['issue_decision'];
      if (d.status === 'approved' && isStateLevelAward(d.awardCode)) actions = actions.filter((a) => a === 'forward');
      if (d.status === 'approved' && !isStateLevelAward(d.awardCode) && !roles.includes('leader')) actions = [];
      if (['appraised', 'posted'].includes(d.status) && roles.includes('board_officer'))
        actions = [...new Set([...actions, 'send_to_council' as const])];
      if (!actions.length) continue;
      const s = d.dueOn ? dossierDeadlineStatus(cal, d.dueOn, today) : null;
      out.push({
        kind: 'dossier' as const,
        id: d.id,
        title: d.title,
        status: d.status,
        statusLabel: DOSSIER_STATE_LABELS_VI[d.status as DossierState],
        action: actions[0]!,
        due: d.dueOn,
        workingDaysLeft: s?.workingDaysLeft ?? null,
        overdue: s?.overdue ?? false,
      });
    }
    for (const c of councilItems)
      out.push({
        kind: 'council_session' as const,
        id: c.id,
        title: c.title,
        status: 'open',
        action: 'vote',
        due: c.meetingDate,
        workingDaysLeft: cal.workingDaysBetween(today, c.meetingDate),
        overdue: today > c.meetingDate,
      });
    const roles = [...new Set(actor.roles.map((r) => r.role))];
    for (const n of await repo.notificationsFor(db, roles, ownerIds)) {
      // The notice in words of the client's language: its days counted as the scan counted them, on the
      // day it was written, so that it says what the stored Vietnamese message says.
      const notice =
        (n.kind === 'reminder' || n.kind === 'escalation') && n.dossierId && n.dossierTitle !== null && n.dueOn
          ? deadlineNotice(n.kind, {
              dossierId: n.dossierId,
              dossierTitle: n.dossierTitle,
              due: n.dueOn,
              workingDaysLeft: dossierDeadlineStatus(cal, n.dueOn, vietnamDate(n.createdAt)).workingDaysLeft,
            })
          : undefined;
      out.push({
        kind: 'notification' as const,
        id: n.id,
        title: n.message,
        status: n.kind,
        action: n.kind,
        due: n.dueOn,
        workingDaysLeft: n.dueOn ? dossierDeadlineStatus(cal, n.dueOn, today).workingDaysLeft : null,
        overdue: n.kind === 'escalation',
        ...(notice ? { notice } : {}),
      });
    }
    out.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    return { items: out, total: out.length };
  }

  /**
   * The deadline scan (run by the job or the route): a reminder to whose turn it is from 3 working days
   * before the deadline, an escalation to the level above once it has passed. Each at most once per
   * dossier and deadline (unique index), so the scan can run any number of times.
   */
  async scanDeadlines(reminderDays = 3) {
    const db = this.deps.db;
    const cal = await workingDays(this.deps);
    const today = this.today();
    let reminders = 0;
    let escalations = 0;
    for (const d of await repo.withDeadline(db)) {
      if (!ACTIVE_STATES.includes(d.status as DossierState) || !d.dueOn) continue;
      const step = dossierDeadline(cal, {
        award: d.awardCode,
        state: d.status as DossierState,
        enteredOn: d.stateEnteredOn,
        appraisedOn: d.appraisedOn,
        receivedOn: d.receivedOn,
      });
      if (!step) continue;
      const s = dossierDeadlineStatus(cal, d.dueOn, today, reminderDays);
      if (s.alert === 'none') continue;
      const escalateTo = step.owner === 'unit_officer' ? 'board_officer' : 'leader';
      const inserted = await repo.insertNotification(db, {
        kind: s.alert,
        role: s.alert === 'reminder' ? step.owner : escalateTo,
        orgId: d.ownerOrgId,
        dossierId: d.id,
        dueOn: d.dueOn,
        message: deadlineNoticeTextVi(
          deadlineNotice(s.alert, { dossierId: d.id, dossierTitle: d.title, due: d.dueOn, workingDaysLeft: s.workingDaysLeft }),
        ),
        createdAt: this.deps.now(),
      });
      if (inserted && s.alert === 'reminder') reminders++;
      if (inserted && s.alert === 'escalation') escalations++;
    }
    return { reminders, escalations };
  }
}

function auditable(d: DossierRow): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, stateEnteredAt: _s, ...rest } = d;
  return rest;
}
