import { AppError } from '@thidua/contracts';
import { normalizeName } from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository, diff } from '../audit/audit.repository.js';
import { personRepository as repo, type PersonRow } from './person.repository.js';
import { ScopeService } from './scope.service.js';

/** 034******567: enough to tell two records apart, not enough to misuse (ASVS 14.2). */
export function maskCitizenId(id: string | null): string | null {
  if (!id) return null;
  return id.length <= 6 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;
}

type PersonInput = {
  fullName?: string | undefined;
  birthDate?: string | undefined;
  birthYear?: number | undefined;
  gender?: 'nam' | 'nu' | undefined;
  hometown?: string | undefined;
  ethnicity?: string | undefined;
  citizenId?: string | undefined;
};

function clean(input: PersonInput) {
  const out: Record<string, unknown> = {};
  if (input.fullName !== undefined) out.fullName = normalizeName(input.fullName);
  if (input.birthDate !== undefined) {
    out.birthDate = input.birthDate;
    out.birthYear = Number(input.birthDate.slice(0, 4));
  }
  if (input.birthYear !== undefined && input.birthDate === undefined) out.birthYear = input.birthYear;
  if (input.birthDate !== undefined && input.birthYear !== undefined && Number(input.birthDate.slice(0, 4)) !== input.birthYear) {
    throw new AppError('validation_failed', { issues: [{ path: 'birthYear', message: 'Năm sinh không khớp ngày sinh' }] });
  }
  if (input.gender !== undefined) out.gender = input.gender;
  if (input.hometown !== undefined) out.hometown = normalizeName(input.hometown);
  if (input.ethnicity !== undefined) out.ethnicity = normalizeName(input.ethnicity);
  if (input.citizenId !== undefined) out.citizenId = input.citizenId;
  return out;
}

export class PersonService {
  private readonly scope: ScopeService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
  }

  /** The actor's scopes for masking and abilities, computed once per request (not per row). */
  private async scopes(actor: Actor) {
    const [view, write] = await Promise.all([this.scope.idsFor(actor, 'person.viewCitizenId'), this.scope.idsFor(actor, 'person.write')]);
    return { view: view === null ? null : new Set(view), write: write === null ? null : new Set(write) };
  }

  private async present(actor: Actor, p: PersonRow, withPositions = false, sc?: Awaited<ReturnType<PersonService['scopes']>>) {
    const s = sc ?? (await this.scopes(actor));
    const full = s.view === null || s.view.has(p.ownerOrgId);
    const canUpdate = s.write === null || s.write.has(p.ownerOrgId);
    return {
      id: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      birthYear: p.birthYear,
      gender: (p.gender as 'nam' | 'nu' | null) ?? null,
      hometown: p.hometown,
      ethnicity: p.ethnicity,
      citizenId: full ? p.citizenId : maskCitizenId(p.citizenId),
      citizenIdMasked: !full && p.citizenId !== null,
      ownerOrgId: p.ownerOrgId,
      version: p.version,
      ...(withPositions ? { positions: await repo.positions(this.deps.db, p.id) } : {}),
      abilities: { update: canUpdate, viewCitizenId: full },
    };
  }

  async list(actor: Actor, q: { q?: string | undefined; organisationId?: string | undefined; limit: number; offset: number }) {
    const ownerIds = await this.scope.idsFor(actor, 'person.read');
    const { items, total } = await repo.list(this.deps.db, { ...q, ownerIds });
    const sc = await this.scopes(actor);
    return { items: await Promise.all(items.map((p) => this.present(actor, p, false, sc))), total };
  }

  private async getVisibleRow(actor: Actor, id: string) {
    const p = await repo.get(this.deps.db, id);
    // Outside the actor's scope is "not found": never reveal that the record exists.
    if (!p || !(await this.scope.contains(actor, 'person.read', p.ownerOrgId))) throw new AppError('not_found');
    return p;
  }

  async get(actor: Actor, id: string) {
    return this.present(actor, await this.getVisibleRow(actor, id), true);
  }

  async create(actor: Actor, input: PersonInput & { ownerOrgId: string; position?: { organisationId: string; title: string; validFrom?: string | undefined } | undefined }, meta: RequestMeta) {
    if (!(await this.scope.contains(actor, 'person.write', input.ownerOrgId))) throw new AppError('not_found');
    // Nothing inside a transaction may use `this.deps.db`: PGlite has one connection (it would wait forever).
    const created = await this.deps.db.transaction(async (tx) => {
      const p = await repo.insert(tx, { ...(clean(input) as { fullName: string }), ownerOrgId: input.ownerOrgId });
      if (input.position) await repo.addPosition(tx, { personId: p.id, organisationId: input.position.organisationId, title: input.position.title, validFrom: input.position.validFrom ?? null });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'person.create', entity: 'person', entityId: p.id, orgId: p.ownerOrgId, after: redact(p), ip: meta.ip, requestId: meta.requestId });
      return p;
    });
    return this.present(actor, created, true);
  }

  async update(actor: Actor, id: string, ifMatch: string | undefined, input: PersonInput, meta: RequestMeta) {
    const current = await this.getVisibleRow(actor, id);
    if (!(await this.scope.contains(actor, 'person.write', current.ownerOrgId))) throw new AppError('forbidden');
    if (!ifMatch) throw new AppError('precondition_required');
    const expected = parseEtag(ifMatch);
    const updated = await this.deps.db.transaction(async (tx) => {
      const before = await repo.getForUpdate(tx, id);
      if (!before) throw new AppError('not_found');
      if (before.version !== expected) throw new AppError('precondition_failed', { currentVersion: before.version });
      const after = await repo.update(tx, id, expected, clean(input), this.deps.now());
      if (!after) throw new AppError('precondition_failed');
      const d = diff(redact(before), redact(after));
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'person.update', entity: 'person', entityId: id, orgId: after.ownerOrgId, ...d, ip: meta.ip, requestId: meta.requestId });
      return after;
    });
    return this.present(actor, updated, true);
  }
}

/** The audit log keeps citizen IDs masked. */
function redact(p: PersonRow): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = p;
  return { ...rest, citizenId: maskCitizenId(p.citizenId) };
}

export const etagOf = (version: number) => `"${version}"`;
export function parseEtag(h: string): number {
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(h.trim());
  if (!m) throw new AppError('precondition_failed', { ifMatch: h });
  return Number(m[1]);
}
