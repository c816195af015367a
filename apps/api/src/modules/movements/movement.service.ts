import { AppError } from '@thidua/contracts';
import {
  movementDocumentKindAllowed,
  movementRegistrationBasis,
  movementRegistrationNext,
  movementRegistrationYear,
  movementReviewLevel,
  MOVEMENT_DOCUMENT_KINDS,
  rollUpMovementByChild,
  rollUpMovementRegistrations,
  vietnamDate,
  type MovementKind,
  type MovementRegistrationAction,
  type MovementRegistrationState,
  type MovementTreeStep,
} from '@thidua/domain';
import { UploadGuard } from '../../files/guard.js';
import { assertNotQuarantined } from '../../files/quarantine.js';
import { contentDisposition, storageFromConfig, type FileStorage } from '../../files/storage.js';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { hasAnyRole, scopeRootsFor } from '../identity/identity.policy.js';
import { organisationRepository, type OrgRow } from '../organisations/organisation.repository.js';
import { personRepository } from '../organisations/person.repository.js';
import { presentOrg } from '../organisations/organisation.service.js';
import { ScopeService } from '../organisations/scope.service.js';
import { grantRoots, registrationAbilities } from './movement.policy.js';
import { movementRepository as repo, type DocumentRow, type MovementRow, type RegistrationRow } from './movement.repository.js';

/** Documents per movement and per review (each file is bounded by the upload gate). */
const MAX_DOCUMENTS = 100;

type Org = ReturnType<typeof presentOrg>;
/** What the caller sees: its movement.read scope (null = nationwide) and everything ever above its scope roots. */
type Visibility = { scope: Set<string> | null; scopeIds: string[]; ancestors: string[] };
/** What the caller may do to registrations: the levels it reviews for (with predecessors), its register scope. */
type Powers = { roots: string[]; levels: Set<string>; registerScope: Set<string> | null };

/**
 * Emulation movements (phong trào thi đua; Law 2022 Art. 16–17): launch, cascade, registration approved or
 * returned level by level (domain `movementReviewLevel`), the queue of each level, roll-up per level of the
 * organisation tree, interim and final reviews, uploaded documents.
 */
export class MovementService {
  private readonly scope: ScopeService;
  readonly storage: FileStorage;
  private readonly uploads: UploadGuard;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
    this.storage = storageFromConfig(deps.config);
    this.uploads = new UploadGuard(deps);
  }

  private today() {
    return vietnamDate(this.deps.now());
  }

  /** A memo of organisations as of a date, so that a page of registrations does not ask twice. */
  private orgs() {
    const cache = new Map<string, Promise<Org>>();
    return (id: string, date?: string | null) => {
      const key = `${id}@${date ?? ''}`;
      let p = cache.get(key);
      if (!p) {
        p = organisationRepository.getById(this.deps.db, id, date ?? this.today()).then((o) => {
          if (!o) throw new AppError('not_found', { organisationId: id });
          return presentOrg(o);
        });
        cache.set(key, p);
      }
      return p;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // who sees and who acts

  private async visibility(actor: Actor): Promise<Visibility> {
    const ids = await this.scope.idsFor(actor, 'movement.read');
    if (ids === null) return { scope: null, scopeIds: [], ancestors: [] };
    return { scope: new Set(ids), scopeIds: ids, ancestors: await organisationRepository.withAncestors(this.deps.db, scopeRootsFor(actor, 'movement.read') ?? []) };
  }

  /**
   * A movement concerns the caller when its authority or one of the units it was cascaded to is in the
   * caller's scope, or the caller's organisation is under one of those units (under the authority when the
   * movement names no unit: a nationwide movement of the Prime Minister concerns everyone). Others get 404.
   */
  private concerns(v: Visibility, m: MovementRow, targets: string[]) {
    if (v.scope === null) return true;
    if (v.scope.has(m.authorityOrgId) || targets.some((t) => v.scope!.has(t))) return true;
    const above = new Set(v.ancestors);
    return targets.length ? targets.some((t) => above.has(t)) : above.has(m.authorityOrgId);
  }

  private async visibleMovement(actor: Actor, id: string) {
    const m = await repo.get(this.deps.db, id);
    if (!m) throw new AppError('not_found');
    const targets = await repo.targets(this.deps.db, id);
    const v = await this.visibility(actor);
    if (!this.concerns(v, m, targets)) throw new AppError('not_found');
    return { m, targets, v };
  }

  /** The levels the caller reviews for: its movement.review grants (nationwide = the central root) and the units merged into them. */
  private async powers(actor: Actor): Promise<Powers> {
    const grants = grantRoots(actor, 'movement.review');
    const root = grants.includes(null) ? await organisationRepository.centralRootId(this.deps.db) : undefined;
    const roots = [...new Set(grants.map((g) => g ?? root).filter((g): g is string => Boolean(g)))];
    const levels = new Set(await organisationRepository.withPredecessors(this.deps.db, roots));
    const reg = await this.scope.idsFor(actor, 'movement.register');
    return { roots, levels, registerScope: reg === null ? null : new Set(reg) };
  }

  private async mayManage(actor: Actor, orgId: string) {
    return hasAnyRole(actor, 'movement.manage') && (await this.scope.contains(actor, 'movement.manage', orgId));
  }

  // ---------------------------------------------------------------------------------------------
  // presenters

  private async present(m: MovementRow, org = this.orgs()) {
    return {
      id: m.id,
      title: m.title,
      authority: await org(m.authorityOrgId, m.launchedOn),
      authorityLabel: m.authorityLabel,
      clusterId: m.clusterId,
      kind: m.kind as MovementKind,
      periodFrom: m.periodFrom,
      periodTo: m.periodTo,
      launchedOn: m.launchedOn,
      objectives: m.objectives,
      criteria: m.criteria,
      documents: m.documents as Record<string, unknown>[],
    };
  }

  private async presentRegistration(r: RegistrationRow, powers: Powers, org = this.orgs()) {
    const person = r.personId ? await personRepository.get(this.deps.db, r.personId) : undefined;
    const state = r.state as MovementRegistrationState;
    return {
      id: r.id,
      organisation: await org(r.organisationId),
      personId: r.personId,
      personName: person?.fullName ?? null,
      year: r.year,
      titles: r.titles as string[],
      state,
      note: r.note,
      version: r.version,
      reviewOrganisation: r.reviewOrgId ? await org(r.reviewOrgId, vietnamDate(r.createdAt)) : null,
      submittedAt: r.createdAt.toISOString(),
      abilities: registrationAbilities(state, {
        atReviewLevel: r.reviewOrgId !== null && powers.levels.has(r.reviewOrgId),
        mayRegister: powers.registerScope === null || powers.registerScope.has(r.organisationId),
      }),
    };
  }

  private presentDocument(d: DocumentRow) {
    return {
      id: d.id,
      reviewId: d.reviewId,
      kind: d.kind as (typeof MOVEMENT_DOCUMENT_KINDS)[number],
      title: d.title,
      fileName: d.fileName,
      mediaType: d.mediaType,
      size: d.size,
      sha256: d.sha256,
      uploadedBy: d.uploadedBy,
      uploadedAt: d.uploadedAt.toISOString(),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  async list(actor: Actor, q: { clusterId?: string | undefined; year?: number | undefined; limit: number; offset: number }) {
    const v = await this.visibility(actor);
    const { items, total } = await repo.list(this.deps.db, { ...q, visibleTo: v.scope === null ? undefined : { scope: v.scopeIds, ancestors: v.ancestors } });
    const org = this.orgs();
    return { items: await Promise.all(items.map((m) => this.present(m, org))), total };
  }

  /**
   * The movement for the caller: the registrations in its scope (with the level reviewing each and what the
   * caller may do), the movement-wide roll-up, the roll-up per unit directly below `level` (default: the
   * caller's organisation; the authority for a nationwide caller), reviews and uploaded documents.
   */
  async get(actor: Actor, id: string, opts: { level?: string | undefined } = {}) {
    const { m, targets, v } = await this.visibleMovement(actor, id);
    const org = this.orgs();
    const powers = await this.powers(actor);
    const all = await repo.registrations(this.deps.db, id);
    const seen = v.scope === null ? all : all.filter((r) => v.scope!.has(r.organisationId));
    const reviews = await repo.reviews(this.deps.db, id);
    const files = (await repo.documents(this.deps.db, id)).map((d) => this.presentDocument(d));
    return {
      ...(await this.present(m, org)),
      targets: await Promise.all(targets.map((t) => org(t))),
      registrations: await Promise.all(seen.map((r) => this.presentRegistration(r, powers, org))),
      rollUp: rollUpMovementRegistrations(all.map((r) => ({ state: r.state as MovementRegistrationState, titles: r.titles as string[] }))),
      levelRollUp: await this.levelRollUp(actor, m, seen, opts.level),
      files: files.filter((f) => f.reviewId === null),
      reviews: await Promise.all(
        reviews.map(async (r) => ({
          id: r.id,
          kind: r.kind as 'interim' | 'final',
          heldOn: r.heldOn,
          report: r.report,
          organisation: r.organisationId ? await org(r.organisationId, r.heldOn) : null,
          documents: r.documents as Record<string, unknown>[],
          files: files.filter((f) => f.reviewId === r.id),
          abilities: { upload: await this.mayManage(actor, r.organisationId ?? m.authorityOrgId) },
        })),
      ),
      abilities: { manage: await this.mayManage(actor, m.authorityOrgId) },
    };
  }

  private async levelRollUp(actor: Actor, m: MovementRow, regs: RegistrationRow[], level: string | undefined) {
    const today = this.today();
    let levelId: string;
    if (level) {
      if (!(await this.scope.contains(actor, 'movement.read', level))) throw new AppError('not_found', { level });
      levelId = level;
    } else {
      const roots = grantRoots(actor, 'movement.read');
      levelId = roots.includes(null) ? m.authorityOrgId : (roots[0] ?? m.authorityOrgId);
    }
    const children = (await organisationRepository.listAsOf(this.deps.db, { asOf: today, parentId: levelId, scope: null, limit: 2000, offset: 0 })).items;
    // Climb from the registering units to the root, one batch per tree level.
    const up: Record<string, MovementTreeStep> = {};
    let frontier = [...new Set(regs.map((r) => r.organisationId))];
    for (let depth = 0; frontier.length && depth < 32; depth++) {
      const next: string[] = [];
      for (const s of await organisationRepository.stepsUp(this.deps.db, frontier, today)) {
        up[s.id] = s.next ? { id: s.next, via: s.via } : null;
        if (s.next && s.next !== levelId && !(s.next in up)) next.push(s.next);
      }
      frontier = [...new Set(next)].filter((x) => !(x in up));
    }
    const r = rollUpMovementByChild({
      levelId,
      childIds: children.map((c) => c.id),
      rows: regs.map((x) => ({ organisationId: x.organisationId, state: x.state as MovementRegistrationState, titles: x.titles as string[] })),
      up,
    });
    const known = new Map<string, OrgRow>(children.map((c) => [c.id, c]));
    for (const o of await organisationRepository.getMany(this.deps.db, r.children.map((c) => c.organisationId).filter((x) => !known.has(x)), today)) known.set(o.id, o);
    const levelOrg = await organisationRepository.getById(this.deps.db, levelId, today);
    if (!levelOrg) throw new AppError('not_found', { level: levelId });
    return {
      level: presentOrg(levelOrg),
      own: r.own,
      children: r.children.flatMap(({ organisationId, ...c }) => (known.has(organisationId) ? [{ organisation: presentOrg(known.get(organisationId)!), ...c }] : [])),
      outside: r.outside,
    };
  }

  /** Registrations waiting for the caller's level (submitted, reviewed by one of the levels it acts for), across movements. */
  async queue(actor: Actor, q: { movementId?: string | undefined; limit: number; offset: number }) {
    if (!hasAnyRole(actor, 'movement.review')) throw new AppError('forbidden');
    const powers = await this.powers(actor);
    const { items, total } = await repo.queue(this.deps.db, { levels: [...powers.levels], movementId: q.movementId, limit: q.limit, offset: q.offset });
    const org = this.orgs();
    return {
      levels: await Promise.all(powers.roots.map((r) => org(r))),
      items: await Promise.all(items.map(async (x) => ({ ...(await this.presentRegistration(x.r, powers, org)), movement: x.m }))),
      total,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  async create(
    actor: Actor,
    input: { title: string; authorityOrgId: string; authorityLabel: string; clusterId?: string | undefined; kind: MovementKind; periodFrom?: string | undefined; periodTo?: string | undefined; launchedOn?: string | undefined; objectives?: string | undefined; criteria?: string | undefined; documents: unknown[]; targetOrgIds: string[] },
    meta: RequestMeta,
  ) {
    // A movement is launched by an authority in the actor's scope (the central root needs a nationwide grant).
    if (!(await this.scope.contains(actor, 'movement.manage', input.authorityOrgId))) throw new AppError('not_found', { authorityOrgId: input.authorityOrgId });
    if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) throw new AppError('validation_failed', { issues: [{ path: 'periodTo', message: 'Thời gian kết thúc trước thời gian bắt đầu' }] });
    const m = await this.deps.db.transaction(async (tx) => {
      const row = await repo.insert(
        tx,
        {
          title: input.title.normalize('NFC'),
          authorityOrgId: input.authorityOrgId,
          authorityLabel: input.authorityLabel.normalize('NFC'),
          clusterId: input.clusterId ?? null,
          kind: input.kind,
          periodFrom: input.periodFrom ?? null,
          periodTo: input.periodTo ?? null,
          launchedOn: input.launchedOn ?? null,
          objectives: input.objectives ?? null,
          criteria: input.criteria ?? null,
          documents: input.documents,
        },
        input.targetOrgIds,
      );
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'movement.create', entity: 'movement', entityId: row.id, orgId: input.authorityOrgId, after: { ...row, targets: input.targetOrgIds }, ip: meta.ip, requestId: meta.requestId });
      return row;
    });
    return this.get(actor, m.id);
  }

  /** The organisations with, recursively, their successors and their predecessors (not the predecessors' other successors). */
  private async sameBody(ids: string[]) {
    const [after, before] = await Promise.all([organisationRepository.withSuccessors(this.deps.db, ids), organisationRepository.withPredecessors(this.deps.db, ids)]);
    return [...new Set([...after, ...before])];
  }

  /**
   * Registers a unit, or an individual through a unit, for a year of the movement. Refused, with nothing
   * stored and the attempt audited as denied: a unit outside the movement's cascade on the registration date
   * (`movement_registration_outside`, domain `movementRegistrationBasis`), a second registration of the same
   * unit or individual for the movement and year (`movement_registration_duplicate`; the unique indexes make
   * this hold under concurrency), a year outside the movement's period (`movement_registration_year_outside`).
   */
  async register(actor: Actor, id: string, input: { organisationId: string; personId?: string | undefined; year?: number | undefined; titles: string[]; note?: string | undefined }, meta: RequestMeta) {
    const m = await repo.get(this.deps.db, id);
    if (!m) throw new AppError('not_found');
    if (!(await this.scope.contains(actor, 'movement.register', input.organisationId))) throw new AppError('not_found', { organisationId: input.organisationId });
    // An individual registers through a unit in scope: the person must exist and be kept by an organisation in that scope.
    if (input.personId) {
      const p = await personRepository.get(this.deps.db, input.personId);
      if (!p || !(await this.scope.contains(actor, 'movement.register', p.ownerOrgId))) throw new AppError('not_found', { personId: input.personId });
    }
    const now = this.deps.now();
    const today = vietnamDate(now);
    const year = movementRegistrationYear({ asked: input.year, today, periodFrom: m.periodFrom, periodTo: m.periodTo });
    if (year === null) throw new AppError('movement_registration_year_outside', { year: input.year ?? Number(today.slice(0, 4)), periodFrom: m.periodFrom, periodTo: m.periodTo });
    const refuse = async (code: 'movement_registration_outside' | 'movement_registration_duplicate', details: Record<string, unknown>) => {
      await auditRepository.append(this.deps.db, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'movement.register',
        entity: 'movement',
        entityId: id,
        orgId: input.organisationId,
        after: { attempt: { organisationId: input.organisationId, personId: input.personId ?? null, year, titles: input.titles }, refused: code, details },
        ip: meta.ip,
        requestId: meta.requestId,
        outcome: 'denied',
      });
      return new AppError(code, details);
    };
    // Within the cascade on the registration date; a merged target or authority is one with its successors and predecessors.
    const targets = await repo.targets(this.deps.db, id);
    const unit = await organisationRepository.getById(this.deps.db, input.organisationId, today);
    const ended = !unit || (unit.validTo !== null && unit.validTo < today);
    const basis = ended
      ? null
      : movementRegistrationBasis({
          unitChain: await organisationRepository.chainOn(this.deps.db, input.organisationId, today),
          authorityIds: await this.sameBody([m.authorityOrgId]),
          targetIds: await this.sameBody(targets),
        });
    if (basis === null) throw await refuse('movement_registration_outside', { organisationId: input.organisationId, organisation: unit?.name ?? null });
    // The level that will review it is fixed now, from the tree as it is on the registration date.
    const level = movementReviewLevel({ unitId: input.organisationId, authorityId: m.authorityOrgId, targetIds: targets, parentOnDate: unit?.parentId ?? null });
    const key = { movementId: id, organisationId: input.organisationId, personId: input.personId ?? null, year };
    const r = await this.deps.db.transaction(async (tx) => {
      const row = await repo.insertRegistration(tx, { ...key, titles: input.titles, note: input.note ?? null, submittedBy: actor.userId, reviewOrgId: level.levelId, createdAt: now });
      if (!row) return null;
      await auditRepository.append(tx, { at: now, actorUserId: actor.userId, actorUsername: actor.username, action: 'movement.register', entity: 'movement_registration', entityId: row.id, orgId: input.organisationId, after: { ...row, reviewBasis: level.basis, cascadeBasis: basis }, ip: meta.ip, requestId: meta.requestId });
      return row;
    });
    if (!r) {
      const existing = await repo.registrationOf(this.deps.db, key);
      throw await refuse('movement_registration_duplicate', { registrationId: existing?.id ?? null, state: existing?.state ?? null, year });
    }
    return this.presentRegistration(r, await this.powers(actor));
  }

  /**
   * Approve or return (the reviewing level: the level directly above the registering unit), or resubmit a
   * returned registration (the unit). A caller whose review scope covers the unit but who is not at that
   * level is refused with `movement_review_wrong_level`, audited as denied; nothing changes.
   */
  async transition(actor: Actor, registrationId: string, input: { action: MovementRegistrationAction; note?: string | undefined }, meta: RequestMeta) {
    const current = await repo.registration(this.deps.db, registrationId);
    if (!current || !(await this.scope.contains(actor, 'movement.read', current.organisationId))) throw new AppError('not_found');
    if (input.action === 'return' && !input.note) throw new AppError('validation_failed', { issues: [{ path: 'note', message: 'Nhập lý do trả lại bản đăng ký' }] });
    const powers = await this.powers(actor);
    if (input.action === 'resubmit') {
      if (!(await this.scope.contains(actor, 'movement.register', current.organisationId))) throw new AppError('forbidden');
    } else {
      const levelId = current.reviewOrgId;
      if (!levelId || !powers.levels.has(levelId)) {
        if (!levelId || !(await this.scope.contains(actor, 'movement.review', current.organisationId))) throw new AppError('forbidden');
        const level = await this.orgs()(levelId, vietnamDate(current.createdAt));
        const details = { reviewOrganisationId: levelId, reviewOrganisation: level.name };
        await auditRepository.append(this.deps.db, {
          at: this.deps.now(),
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action: `movement.registration.${input.action}`,
          entity: 'movement_registration',
          entityId: registrationId,
          orgId: current.organisationId,
          after: { attempt: { action: input.action, note: input.note ?? null }, refused: 'movement_review_wrong_level', details },
          ip: meta.ip,
          requestId: meta.requestId,
          outcome: 'denied',
        });
        throw new AppError('movement_review_wrong_level', details);
      }
    }
    const r = await this.deps.db.transaction(async (tx) => {
      const before = await repo.registration(tx, registrationId, true);
      if (!before) throw new AppError('not_found');
      const next = movementRegistrationNext(before.state as MovementRegistrationState, input.action);
      if (!next) throw new AppError('movement_transition_invalid', { state: before.state, action: input.action });
      const after = await repo.updateRegistration(tx, registrationId, { state: next, note: input.note ?? before.note, ...(input.action === 'resubmit' ? {} : { reviewedBy: actor.userId, reviewedAt: this.deps.now() }) });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: `movement.registration.${input.action}`, entity: 'movement_registration', entityId: registrationId, orgId: before.organisationId, before: { state: before.state }, after: { state: next, note: input.note ?? null, reviewOrgId: before.reviewOrgId }, ip: meta.ip, requestId: meta.requestId });
      return after;
    });
    return this.presentRegistration(r, powers);
  }

  async addReview(actor: Actor, id: string, input: { kind: 'interim' | 'final'; heldOn: string; organisationId?: string | undefined; report?: string | undefined; documents: unknown[] }, meta: RequestMeta) {
    const m = await repo.get(this.deps.db, id);
    if (!m) throw new AppError('not_found');
    const org = input.organisationId ?? m.authorityOrgId;
    if (!(await this.scope.contains(actor, 'movement.manage', org))) throw new AppError('not_found', { organisationId: org });
    await this.deps.db.transaction(async (tx) => {
      const row = await repo.insertReview(tx, { movementId: id, organisationId: input.organisationId ?? null, kind: input.kind, heldOn: input.heldOn, report: input.report ?? null, documents: input.documents });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'movement.review', entity: 'movement', entityId: id, orgId: org, after: row, ip: meta.ip, requestId: meta.requestId });
    });
    return this.get(actor, id);
  }

  /**
   * Uploads a document of the movement (plan, guidance, reports…) or of one of its reviews, through the
   * upload gate (content check → 415 with details.reason, ClamAV → file_infected); stored with its SHA-256.
   * The movement's manager (movement.manage over the authority; over the review's organisation for a review).
   */
  async uploadDocument(actor: Actor, id: string, input: { reviewId?: string | undefined; kind?: string | undefined; title?: string | undefined; fileName: string; bytes: Buffer }, meta: RequestMeta) {
    const { m } = await this.visibleMovement(actor, id);
    const review = input.reviewId ? await repo.review(this.deps.db, id, input.reviewId) : undefined;
    if (input.reviewId && !review) throw new AppError('not_found', { reviewId: input.reviewId });
    const org = review ? (review.organisationId ?? m.authorityOrgId) : m.authorityOrgId;
    if (!(await this.mayManage(actor, org))) throw new AppError('forbidden');
    const place = review ? (review.kind as 'interim' | 'final') : 'movement';
    const kind = input.kind ?? '';
    if (!movementDocumentKindAllowed(kind, place))
      throw new AppError('validation_failed', { issues: [{ path: 'kind', message: 'Loại văn bản không hợp lệ ở đây', allowed: MOVEMENT_DOCUMENT_KINDS.filter((k) => movementDocumentKindAllowed(k, place)) }] });
    if ((await repo.countDocuments(this.deps.db, id, review?.id ?? null)) >= MAX_DOCUMENTS) throw new AppError('payload_too_large', { limit: MAX_DOCUMENTS, per: review ? 'review' : 'movement' });
    const entity = { entity: 'movement', entityId: id };
    const media = await this.uploads.check(actor, meta, entity, input);
    const stored = await this.storage.put(input.bytes);
    const now = this.deps.now();
    const fileName = input.fileName.normalize('NFC').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').slice(0, 255) || 'van-ban';
    const title = input.title?.normalize('NFC').trim() || null;
    const d = await this.deps.db.transaction(async (tx) => {
      const row = await repo.insertDocument(tx, { movementId: id, reviewId: review?.id ?? null, kind, title, fileName, mediaType: media.mediaType, size: stored.size, sha256: stored.sha256, storageKey: stored.key, uploadedBy: actor.username, uploadedAt: now });
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'movement.document.add',
        ...entity,
        orgId: org,
        after: { documentId: row.id, reviewId: row.reviewId, kind, title, fileName, sha256: row.sha256, size: row.size },
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return row;
    });
    return this.presentDocument(d);
  }

  /** The file of a document, for a caller the movement concerns (else 404); refused when quarantined. */
  async downloadDocument(actor: Actor, id: string, documentId: string) {
    await this.visibleMovement(actor, id);
    const d = await repo.document(this.deps.db, id, documentId);
    if (!d) throw new AppError('not_found');
    await assertNotQuarantined(this.deps.db, 'movement_document', d.id);
    return { bytes: await this.storage.get(d.storageKey), mediaType: d.mediaType, disposition: contentDisposition(d.fileName) };
  }
}
