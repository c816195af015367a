import { dayBefore, vietnamDate } from '@thidua/domain';
import { AppError } from '@thidua/contracts';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { organisationRepository as repo, type OrgRow } from './organisation.repository.js';
import { ScopeService } from './scope.service.js';

export function presentOrg(o: OrgRow) {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind as never,
    subkind: o.subkind,
    isCity: Boolean(o.isCity),
    validFrom: o.validFrom,
    validTo: o.validTo,
    parentId: o.parentId,
  };
}

const today = vietnamDate;

export class OrganisationService {
  private readonly scope: ScopeService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
  }

  todayVn() {
    return today(this.deps.now());
  }

  async list(actor: Actor, q: { asOf?: string | undefined; kind?: string | undefined; parentId?: string | undefined; q?: string | undefined; limit: number; offset: number }) {
    const scope = await this.scope.idsFor(actor, 'organisation.read');
    const { items, total } = await repo.listAsOf(this.deps.db, { ...q, asOf: q.asOf ?? this.todayVn(), scope });
    return { items: items.map(presentOrg), total };
  }

  /** Reference organisations (provinces, central) are visible to every user; others need scope. */
  async getVisible(actor: Actor, id: string, asOf?: string) {
    const o = await repo.getById(this.deps.db, id, asOf ?? this.todayVn());
    if (!o) throw new AppError('not_found');
    if (!(await repo.isReference(this.deps.db, id)) && !(await this.scope.contains(actor, 'organisation.read', id))) throw new AppError('not_found');
    return o;
  }

  async lineage(actor: Actor, id: string) {
    const o = await this.getVisible(actor, id);
    const links = await repo.links(this.deps.db, id);
    const other = async (oid: string, date: string) => presentOrg((await repo.getById(this.deps.db, oid, date))!);
    const predecessors = [];
    const successors = [];
    for (const l of links) {
      if (l.successorId === id) {
        // The predecessor as it was on its last day.
        predecessors.push({ organisation: await other(l.predecessorId, dayBefore(l.date)), date: l.date, event: l.event as never });
      } else {
        successors.push({ organisation: await other(l.successorId, l.date), date: l.date, event: l.event as never });
      }
    }
    return { organisation: presentOrg(o), predecessors, successors };
  }

  async history(actor: Actor, id: string) {
    const lineage = await this.lineage(actor, id);
    const [names, parentRows, events] = await Promise.all([repo.names(this.deps.db, id), repo.parents(this.deps.db, id), repo.events(this.deps.db, id)]);
    const parents = [];
    for (const p of parentRows) {
      const at = p.validTo ?? p.validFrom ?? this.todayVn();
      const parent = await repo.getById(this.deps.db, p.parentId, at);
      if (parent) parents.push({ parent: presentOrg(parent), validFrom: p.validFrom, validTo: p.validTo });
    }
    return { organisation: lineage.organisation, names, parents, events, lineage };
  }

  async create(actor: Actor, input: { code: string; name: string; kind: string; subkind?: string | undefined; parentId: string; validFrom?: string | undefined }, meta: RequestMeta) {
    if (!(await this.scope.contains(actor, 'organisation.write', input.parentId))) throw new AppError('not_found');
    return this.deps.db.transaction(async (tx) => {
      const parent = await repo.getById(tx, input.parentId);
      if (!parent) throw new AppError('not_found');
      const id = await repo.insert(tx, { ...input, validFrom: input.validFrom ?? null });
      const created = (await repo.getById(tx, id))!;
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'organisation.create', entity: 'organisation', entityId: id, orgId: id, after: presentOrg(created), ip: meta.ip, requestId: meta.requestId });
      return presentOrg(created);
    });
  }
}
