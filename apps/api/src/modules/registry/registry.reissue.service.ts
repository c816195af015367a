// Requests to reissue a lost or damaged medal or certificate (cấp lại, đổi hiện vật khen thưởng),
// tracked against the registry entry: requested by the unit → approved or rejected by the board →
// reissued (a new entry with the new certificate code; the old one points to it). Every step audited.
import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { reissueEntryIn } from './registry.ledger.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

type Status = 'requested' | 'approved' | 'rejected' | 'reissued';
interface RequestRow {
  id: string;
  entryId: string;
  ownerOrgId: string;
  cause: 'lost' | 'damaged';
  item: 'certificate' | 'medal' | 'both';
  reason: string;
  status: Status;
  requestedBy: string;
  decidedBy: string | null;
  decisionNote: string | null;
  newEntryId: string | null;
  certificateCode: string | null;
  createdAt: string;
  updatedAt: string;
}
const COLUMNS = sql`id, entry_id AS "entryId", owner_org_id AS "ownerOrgId", cause, item, reason, status, requested_by AS "requestedBy", decided_by AS "decidedBy",
  decision_note AS "decisionNote", new_entry_id AS "newEntryId", certificate_code AS "certificateCode",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt", to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`;

/** Steps of a reissue request: from → to. */
const NEXT: Record<'approve' | 'reject' | 'issue', { from: Status; to: Status }> = {
  approve: { from: 'requested', to: 'approved' },
  reject: { from: 'requested', to: 'rejected' },
  issue: { from: 'approved', to: 'reissued' },
};

export class ReissueRequestService {
  private readonly scope: ScopeService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
  }

  private async get(db: DbOrTx, id: string, lock = false) {
    const [r] = rows<RequestRow>(await db.execute(sql`SELECT ${COLUMNS} FROM registry_reissue_request WHERE id = ${id}::uuid ${lock ? sql`FOR UPDATE` : sql``}`));
    return r;
  }

  async create(actor: Actor, entryId: string, input: { cause: 'lost' | 'damaged'; item: 'certificate' | 'medal' | 'both'; reason: string }, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const [e] = rows<{ ownerOrgId: string | null; status: string }>(await tx.execute(sql`SELECT owner_org_id AS "ownerOrgId", status FROM award_entry WHERE id = ${entryId}::uuid FOR UPDATE`));
      if (!e || !e.ownerOrgId || !(await new ScopeService(tx).contains(actor, 'registry.reissue.request', e.ownerOrgId))) throw new AppError('not_found');
      if (e.status !== 'valid') throw new AppError('reissue_transition_invalid', { entryStatus: e.status, reason: 'Chỉ đề nghị cấp lại cho mục khen thưởng còn hiệu lực' });
      const [open] = rows<{ id: string }>(await tx.execute(sql`SELECT id FROM registry_reissue_request WHERE entry_id = ${entryId}::uuid AND status IN ('requested','approved')`));
      if (open) throw new AppError('reissue_transition_invalid', { openRequestId: open.id, reason: 'Mục này đang có một đề nghị cấp lại chưa xử lý xong' });
      const [r] = rows<{ id: string }>(
        await tx.execute(sql`INSERT INTO registry_reissue_request (entry_id, owner_org_id, cause, item, reason, requested_by)
          VALUES (${entryId}::uuid, ${e.ownerOrgId}::uuid, ${input.cause}, ${input.item}, ${input.reason.normalize('NFC')}, ${actor.username}) RETURNING id`),
      );
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.reissue.request', entity: 'registry_reissue_request', entityId: r!.id, orgId: e.ownerOrgId, after: { entryId, ...input, status: 'requested' }, ip: meta.ip, requestId: meta.requestId });
      return (await this.get(tx, r!.id))!;
    });
  }

  async list(actor: Actor, q: { status?: Status | undefined; entryId?: string | undefined }) {
    const ids = await this.scope.idsFor(actor, 'registry.read');
    const items = rows<RequestRow>(
      await this.deps.db.execute(sql`SELECT ${COLUMNS} FROM registry_reissue_request WHERE true
        ${ids === null ? sql`` : sql`AND owner_org_id = ANY(${`{${ids.join(',')}}`}::uuid[])`}
        ${q.status ? sql`AND status = ${q.status}` : sql``} ${q.entryId ? sql`AND entry_id = ${q.entryId}::uuid` : sql``}
        ORDER BY created_at DESC LIMIT 500`),
    );
    return { items };
  }

  /** Approve / reject (with a note) or issue (with the new certificate code): the board's steps. */
  async step(actor: Actor, id: string, action: 'approve' | 'reject' | 'issue', input: { note?: string | undefined; certificateCode?: string | undefined }, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const r = await this.get(tx, id, true);
      if (!r || !(await new ScopeService(tx).contains(actor, 'registry.read', r.ownerOrgId))) throw new AppError('not_found');
      if (!(await new ScopeService(tx).contains(actor, 'registry.write', r.ownerOrgId))) throw new AppError('forbidden');
      const step = NEXT[action];
      if (r.status !== step.from) throw new AppError('reissue_transition_invalid', { status: r.status, action });
      let newEntryId: string | null = null;
      if (action === 'issue') {
        const reason = `Cấp lại do ${r.cause === 'lost' ? 'mất' : 'hư hỏng'} ${r.item === 'certificate' ? 'bằng/giấy chứng nhận' : r.item === 'medal' ? 'hiện vật' : 'bằng và hiện vật'}: ${r.reason}`;
        newEntryId = await reissueEntryIn(tx, this.deps, actor, r.entryId, { certificateCode: input.certificateCode!, reason }, meta);
      }
      await tx.execute(sql`UPDATE registry_reissue_request SET status = ${step.to}, updated_at = now(),
          ${action === 'issue' ? sql`new_entry_id = ${newEntryId}::uuid, certificate_code = ${input.certificateCode!}` : sql`decided_by = ${actor.username}, decision_note = ${input.note?.normalize('NFC') ?? null}`}
        WHERE id = ${id}::uuid`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: `registry.reissue.${action}`, entity: 'registry_reissue_request', entityId: id, orgId: r.ownerOrgId, before: { status: r.status }, after: { status: step.to, note: input.note ?? null, newEntryId, certificateCode: input.certificateCode ?? null }, ip: meta.ip, requestId: meta.requestId });
      return (await this.get(tx, id))!;
    });
  }
}
