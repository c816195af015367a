import { AppError } from '@thidua/contracts';
import { movementRegistrationNext, rollUpMovementRegistrations, type MovementKind, type MovementRegistrationAction, type MovementRegistrationState } from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { personRepository } from '../organisations/person.repository.js';
import { presentOrg } from '../organisations/organisation.service.js';
import { ScopeService } from '../organisations/scope.service.js';
import { movementRepository as repo, type MovementRow, type RegistrationRow } from './movement.repository.js';

/** Emulation movements (phong trào thi đua): launch, cascade, registration, reviews (Law 2022 Art. 16–17). */
export class MovementService {
  private readonly scope: ScopeService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
  }

  private async org(id: string, date?: string | null) {
    const o = await organisationRepository.getById(this.deps.db, id, date ?? undefined);
    if (!o) throw new AppError('not_found', { organisationId: id });
    return presentOrg(o);
  }

  private async present(m: MovementRow) {
    return {
      id: m.id,
      title: m.title,
      authority: await this.org(m.authorityOrgId, m.launchedOn),
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

  private async presentRegistration(r: RegistrationRow) {
    const person = r.personId ? await personRepository.get(this.deps.db, r.personId) : undefined;
    return {
      id: r.id,
      organisation: await this.org(r.organisationId),
      personId: r.personId,
      personName: person?.fullName ?? null,
      titles: r.titles as string[],
      state: r.state as MovementRegistrationState,
      note: r.note,
      version: r.version,
    };
  }

  async list(q: { clusterId?: string | undefined; year?: number | undefined; limit: number; offset: number }) {
    const { items, total } = await repo.list(this.deps.db, q);
    return { items: await Promise.all(items.map((m) => this.present(m))), total };
  }

  async get(id: string) {
    const m = await repo.get(this.deps.db, id);
    if (!m) throw new AppError('not_found');
    const regs = await repo.registrations(this.deps.db, id);
    const reviews = await repo.reviews(this.deps.db, id);
    return {
      ...(await this.present(m)),
      targets: await Promise.all((await repo.targets(this.deps.db, id)).map((t) => this.org(t))),
      registrations: await Promise.all(regs.map((r) => this.presentRegistration(r))),
      rollUp: rollUpMovementRegistrations(regs.map((r) => ({ state: r.state as MovementRegistrationState, titles: r.titles as string[] }))),
      reviews: await Promise.all(
        reviews.map(async (v) => ({ id: v.id, kind: v.kind as 'interim' | 'final', heldOn: v.heldOn, report: v.report, organisation: v.organisationId ? await this.org(v.organisationId) : null, documents: v.documents as Record<string, unknown>[] })),
      ),
    };
  }

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
    return this.get(m.id);
  }

  async register(actor: Actor, id: string, input: { organisationId: string; personId?: string | undefined; titles: string[]; note?: string | undefined }, meta: RequestMeta) {
    const m = await repo.get(this.deps.db, id);
    if (!m) throw new AppError('not_found');
    if (!(await this.scope.contains(actor, 'movement.register', input.organisationId))) throw new AppError('not_found', { organisationId: input.organisationId });
    // An individual registers through a unit in scope: the person must exist and be kept by an organisation in that scope.
    if (input.personId) {
      const p = await personRepository.get(this.deps.db, input.personId);
      if (!p || !(await this.scope.contains(actor, 'movement.register', p.ownerOrgId))) throw new AppError('not_found', { personId: input.personId });
    }
    const r = await this.deps.db.transaction(async (tx) => {
      const row = await repo.insertRegistration(tx, { movementId: id, organisationId: input.organisationId, personId: input.personId ?? null, titles: input.titles, note: input.note ?? null, submittedBy: actor.userId });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'movement.register', entity: 'movement_registration', entityId: row.id, orgId: input.organisationId, after: row, ip: meta.ip, requestId: meta.requestId });
      return row;
    });
    return this.presentRegistration(r);
  }

  /** Approve or return (the level above), or resubmit a returned registration (the unit). */
  async transition(actor: Actor, registrationId: string, input: { action: MovementRegistrationAction; note?: string | undefined }, meta: RequestMeta) {
    const current = await repo.registration(this.deps.db, registrationId);
    if (!current || !(await this.scope.contains(actor, 'movement.read', current.organisationId))) throw new AppError('not_found');
    const needs = input.action === 'resubmit' ? 'movement.register' : 'movement.review';
    if (!(await this.scope.contains(actor, needs, current.organisationId)) || (await this.scope.idsFor(actor, needs))?.length === 0) throw new AppError('forbidden');
    const r = await this.deps.db.transaction(async (tx) => {
      const before = await repo.registration(tx, registrationId, true);
      if (!before) throw new AppError('not_found');
      const next = movementRegistrationNext(before.state as MovementRegistrationState, input.action);
      if (!next) throw new AppError('movement_transition_invalid', { state: before.state, action: input.action });
      const after = await repo.updateRegistration(tx, registrationId, { state: next, note: input.note ?? before.note, ...(input.action === 'resubmit' ? {} : { reviewedBy: actor.userId, reviewedAt: this.deps.now() }) });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: `movement.registration.${input.action}`, entity: 'movement_registration', entityId: registrationId, orgId: before.organisationId, before: { state: before.state }, after: { state: next, note: input.note ?? null }, ip: meta.ip, requestId: meta.requestId });
      return after;
    });
    return this.presentRegistration(r);
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
    return this.get(id);
  }
}
