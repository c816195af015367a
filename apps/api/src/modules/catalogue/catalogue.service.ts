import { AppError } from '@thidua/contracts';
import { AWARD_CATALOGUE, ELIGIBILITY_PARAMETERS, getParameterDefinition, selectRuleSet, type ParameterDefinition, type ParameterValue } from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { catalogueRepository as repo } from './catalogue.repository.js';

/** The award catalogue (data in packages/domain) and its parameters with dated overrides. */
export class CatalogueService {
  constructor(private readonly deps: AppDeps) {}

  async listAwards() {
    const ext = await repo.listExtensions(this.deps.db);
    const items = [
      ...AWARD_CATALOGUE.map((a) => ({
        code: a.code,
        name: a.name,
        kind: a.kind,
        category: a.category,
        subjects: [...a.subjects],
        level: a.level,
        authority: a.decidingAuthority,
        allowedTypes: [...a.allowedTypes],
        dossier: [...a.dossier],
        secretBallot: a.secretBallot,
        publicPosting: a.publicPosting,
        bonus: a.bonus,
        aliases: [...a.aliases],
        source: 'catalogue' as const,
      })),
      ...ext.map((e) => ({ ...(e.data as object), code: e.code, source: 'extension' as const })),
    ];
    return { items: items as never[], total: items.length };
  }

  /** An award beyond award-codes.md, added as data (no migration); codes never change meaning once used. */
  async addAward(actor: Actor, body: { code: string; name: string; kind: 'title' | 'form'; subjects: string[]; level: string; authority: string; allowedTypes: string[]; dossier: string[]; secretBallot: boolean; publicPosting: boolean }, meta: RequestMeta) {
    if (AWARD_CATALOGUE.some((a) => a.code === body.code)) throw new AppError('conflict', { code: body.code }, 'Mã này đã có trong danh mục.');
    const { code, ...rest } = body;
    const data = { ...rest, name: rest.name.normalize('NFC'), authority: rest.authority.normalize('NFC'), category: rest.kind === 'title' ? 'emulation_title' : 'commendation_form', bonus: null, aliases: [] };
    return this.deps.db.transaction(async (tx) => {
      const existing = (await repo.listExtensions(tx)).find((e) => e.code === code);
      if (existing) throw new AppError('conflict', { code }, 'Mã này đã có trong danh mục.');
      await repo.insertExtension(tx, { code, data, createdBy: actor.username });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'catalogue.award.add', entity: 'award', entityId: code, after: data, ip: meta.ip, requestId: meta.requestId });
      return { code, ...data, source: 'extension' as const };
    });
  }

  async extension(code: string) {
    return (await repo.listExtensions(this.deps.db)).find((e) => e.code === code);
  }

  async parameters() {
    const overrides = await repo.listOverrides(this.deps.db);
    return (ELIGIBILITY_PARAMETERS as readonly ParameterDefinition[]).map((p) => ({
      key: p.key,
      ruleSet: p.ruleSet ?? null,
      award: p.award ?? null,
      unit: p.unit,
      default: p.default,
      basis: p.basis,
      status: p.status,
      description: p.description,
      // English texts for the English interface, beside the Vietnamese of record (additive fields).
      basisEn: p.basisEn,
      descriptionEn: p.descriptionEn,
      overrides: overrides
        .filter((o) => o.key === p.key)
        .map((o) => ({ id: o.id, organisationId: o.organisationId, value: o.value, effectiveFrom: o.effectiveFrom, reason: o.reason, createdBy: o.createdBy, createdAt: o.createdAt.toISOString() })),
    }));
  }

  /** A new dated value; earlier values stay (the audit trail is the table itself plus the audit log). */
  async addOverride(actor: Actor, key: string, body: { value: number | string | boolean | null; effectiveFrom: string; organisationId: string | null; reason: string }, meta: RequestMeta) {
    const def = getParameterDefinition(key) ?? (ELIGIBILITY_PARAMETERS as readonly ParameterDefinition[]).find((p) => p.key === key);
    if (!def) throw new AppError('not_found', { key });
    const okType =
      body.value === null
        ? def.default === null || def.unit === 'percent'
        : def.unit === 'enum'
          ? typeof body.value === 'string' && (def.values ?? []).includes(body.value)
          : def.unit === 'flag'
            ? typeof body.value === 'boolean'
            : typeof body.value === 'number' && body.value >= 0 && (def.unit !== 'percent' || body.value <= 100);
    if (!okType) throw new AppError('validation_failed', { issues: [{ path: 'value', message: `Giá trị không hợp lệ cho tham số ${key} (đơn vị: ${def.unit})` }] });
    if (body.organisationId && def.scope === 'national') {
      throw new AppError('validation_failed', { issues: [{ path: 'organisationId', message: 'Tham số này chỉ đặt được cho toàn hệ thống' }] });
    }
    return this.deps.db.transaction(async (tx) => {
      const row = await repo.insertOverride(tx, { key, value: body.value as never, effectiveFrom: body.effectiveFrom, organisationId: body.organisationId, reason: body.reason, createdBy: actor.username });
      await auditRepository.append(tx, {
        at: this.deps.now(),
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'parameter.override',
        entity: 'parameter',
        entityId: key,
        orgId: body.organisationId,
        before: { default: def.default },
        after: { value: body.value, effectiveFrom: body.effectiveFrom, reason: body.reason },
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return { id: row.id };
    });
  }

  /** Numeric parameter values in force on `asOf` (organisation overrides win over deployment ones). */
  async numericParameters(db: DbOrTx, asOf: string, organisationId?: string): Promise<Record<string, number>> {
    const rows = await repo.overridesInForce(db, asOf, organisationId);
    const out: Record<string, number> = {};
    for (const scopeOrg of [null, organisationId ?? null]) {
      for (const r of rows) if (r.organisationId === scopeOrg && typeof r.value === 'number') out[r.key] = r.value;
    }
    return out;
  }

  /** Every parameter value in force on `asOf` (numbers, flags, enum values; a null override empties a value). */
  async parametersInForce(db: DbOrTx, asOf: string, organisationId?: string): Promise<Record<string, ParameterValue>> {
    const rows = await repo.overridesInForce(db, asOf, organisationId);
    const out: Record<string, ParameterValue> = {};
    for (const scopeOrg of [null, organisationId ?? null]) {
      for (const r of rows) if (r.organisationId === scopeOrg) out[r.key] = r.value as ParameterValue;
    }
    return out;
  }

  async parameterValue(db: DbOrTx, key: string, asOf: string, organisationId?: string) {
    const rows = await repo.overridesInForce(db, asOf, organisationId);
    const own = rows.filter((r) => r.key === key && r.organisationId === (organisationId ?? null)).at(-1);
    const global = rows.filter((r) => r.key === key && r.organisationId === null).at(-1);
    return (own ?? global)?.value ?? getParameterDefinition(key, selectRuleSet(asOf) ?? undefined)?.default ?? null;
  }
}
