import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import {
  EligibilityInputError,
  awardConflict,
  cstdcsQuota,
  evaluateEligibility,
  getAwardDefinition,
  selectDecree,
  selectRuleSet,
  vietnamDate,
  type EvaluationHistory,
  type EvaluationRequest,
  type EvaluationResult,
} from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { personRepository } from '../organisations/person.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { historyRepository, loadHistories } from './history.repository.js';

/** The individual awards a person's page checks (the chains of RULES.md §3). */
export const INDIVIDUAL_CHAIN = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'bang_khen_tinh',
  'chien_si_thi_dua_tinh',
  'bang_khen_thu_tuong',
  'chien_si_thi_dua_toan_quoc',
  'huan_chuong_lao_dong_hang_ba',
] as const;

function mapInputError(e: unknown): never {
  if (e instanceof EligibilityInputError) {
    throw new AppError(e.code, { issues: e.issues.map((i) => ({ path: i.path, message: i.issue })) });
  }
  throw e;
}

function mergeHistory(a: EvaluationHistory, b?: Partial<EvaluationHistory>): EvaluationHistory {
  if (!b) return a;
  const ratings = new Map((a.ratings ?? []).map((r) => [r.year, r]));
  for (const r of b.ratings ?? []) ratings.set(r.year, r); // a what-if rating replaces the stored one
  return {
    ratings: [...ratings.values()],
    awards: [...(a.awards ?? []), ...(b.awards ?? [])],
    initiatives: [...(a.initiatives ?? []), ...(b.initiatives ?? [])],
    blocks: [...(a.blocks ?? []), ...(b.blocks ?? [])],
    ...(a.memberStats || b.memberStats ? { memberStats: [...(a.memberStats ?? []), ...(b.memberStats ?? [])] } : {}),
  };
}

export class EligibilityService {
  private readonly scope: ScopeService;
  private readonly catalogue: CatalogueService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
    this.catalogue = new CatalogueService(deps);
  }

  private today() {
    return vietnamDate(this.deps.now());
  }

  /** CONTRACT.md evaluation of an explicit history (what-if questions, integrations). */
  async evaluate(req: EvaluationRequest, organisationId?: string): Promise<EvaluationResult> {
    const parameters = await this.catalogue.numericParameters(this.deps.db, req.asOf, organisationId);
    try {
      return evaluateEligibility(req, { parameters });
    } catch (e) {
      // An award added to the catalogue as data has no machine-checkable ground: people decide (review).
      if (e instanceof EligibilityInputError && e.code === 'unknown_award' && e.issues.every((i) => i.path === 'award')) {
        const ext = await this.catalogue.extension(req.award);
        const ruleSet = selectRuleSet(req.asOf);
        if (ext && ruleSet) {
          return {
            verdict: 'review',
            ruleSet,
            decree: selectDecree(req.asOf)!,
            unmet: [],
            met: [],
            toConfirm: [
              {
                code: 'manual_review',
                message: `“${(ext.data as { name: string }).name}” được bổ sung vào danh mục; điều kiện do người xét duyệt xác nhận.`,
                basis: (ext.data as { authority: string }).authority,
                params: { award: req.award, ground: 'manual_review', awardName: (ext.data as { name: string }).name },
              },
            ],
          } as EvaluationResult;
        }
      }
      return mapInputError(e);
    }
  }

  private async visiblePerson(actor: Actor, personId: string, action: 'person.read' | 'person.write' = 'person.read') {
    const p = await personRepository.get(this.deps.db, personId);
    if (!p || !(await this.scope.contains(actor, 'person.read', p.ownerOrgId))) throw new AppError('not_found');
    if (action === 'person.write' && !(await this.scope.contains(actor, 'person.write', p.ownerOrgId))) throw new AppError('forbidden');
    return p;
  }

  async history(actor: Actor, personId: string) {
    await this.visiblePerson(actor, personId);
    return historyRepository.detailed(this.deps.db, personId);
  }

  /** One person, one award: the stored history (plus what-if additions), and "one achievement, one award" warnings. */
  async evaluatePerson(actor: Actor, body: { personId: string; award: string; year: number; asOf?: string | undefined; whatIf?: Partial<EvaluationHistory> | undefined }) {
    const p = await this.visiblePerson(actor, body.personId);
    const asOf = body.asOf ?? this.today();
    const histories = await loadHistories(this.deps.db, sql`SELECT ${body.personId}::uuid`);
    const history = mergeHistory(histories.get(p.id) ?? {}, body.whatIf);
    const result = await this.evaluate({ award: body.award, asOf, year: body.year, subject: { kind: 'individual' }, history }, p.ownerOrgId);
    const conflicts = [];
    for (const e of await historyRepository.awardsOfPersonYear(this.deps.db, p.id, body.year)) {
      if (e.status === 'revoked' || !getAwardDefinition(e.awardCode)) continue;
      const reason = awardConflict({ award: body.award, year: body.year }, { award: e.awardCode, year: body.year, type: e.awardType as never });
      if (reason) conflicts.push({ reason, entryId: e.id, award: e.awardCode, decisionNumber: e.decisionNumber });
    }
    return { person: { id: p.id, fullName: p.fullName }, asOf, result, conflicts };
  }

  /** A collective title from the collective's own ratings and its stored member figures (RULES.md §4). */
  async evaluateCollective(actor: Actor, body: { organisationId: string; award: string; year: number; asOf?: string | undefined }) {
    if (!(await this.scope.contains(actor, 'person.read', body.organisationId))) throw new AppError('not_found');
    const asOf = body.asOf ?? this.today();
    const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
    const [ratings, stats] = await Promise.all([
      this.deps.db.execute(sql`SELECT year, rating FROM annual_rating WHERE collective_org_id = ${body.organisationId}::uuid`),
      this.deps.db.execute(sql`SELECT year, members, completed_tasks AS "completedTasks", lao_dong_tien_tien AS "laoDongTienTien",
        chien_si_thi_dua_co_so AS "chienSiThiDuaCoSo", disciplined_warning_or_above AS "disciplinedWarningOrAbove"
        FROM collective_stat WHERE collective_org_id = ${body.organisationId}::uuid`),
    ]);
    const history = {
      ratings: rows<{ year: number; rating: 'xuat_sac' }>(ratings).map((r) => ({ year: Number(r.year), rating: r.rating })),
      memberStats: rows<{ year: number; members: number; completedTasks: number; laoDongTienTien: number; chienSiThiDuaCoSo: number; disciplinedWarningOrAbove: number }>(stats).map((r) => ({ ...r, year: Number(r.year) })),
    };
    const result = await this.evaluate({ award: body.award, asOf, year: body.year, subject: { kind: 'collective' }, history }, body.organisationId);
    return { organisationId: body.organisationId, asOf, history, result };
  }

  async setCollectiveFigures(actor: Actor, organisationId: string, year: number, body: { rating?: string | undefined; members: number; completedTasks: number; laoDongTienTien: number; chienSiThiDuaCoSo: number; disciplinedWarningOrAbove: number }, meta: RequestMeta) {
    if (!(await this.scope.contains(actor, 'person.write', organisationId))) throw new AppError('not_found');
    const { rating, ...figures } = body;
    if (figures.completedTasks > figures.members || figures.laoDongTienTien > figures.members || figures.chienSiThiDuaCoSo > figures.members || figures.disciplinedWarningOrAbove > figures.members) {
      throw new AppError('validation_failed', { issues: [{ path: 'members', message: 'Các số liệu thành viên không được lớn hơn tổng số thành viên' }] });
    }
    await this.deps.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO collective_stat (collective_org_id, year, members, completed_tasks, lao_dong_tien_tien, chien_si_thi_dua_co_so, disciplined_warning_or_above)
        VALUES (${organisationId}::uuid, ${year}, ${figures.members}, ${figures.completedTasks}, ${figures.laoDongTienTien}, ${figures.chienSiThiDuaCoSo}, ${figures.disciplinedWarningOrAbove})
        ON CONFLICT (collective_org_id, year) DO UPDATE SET members = excluded.members, completed_tasks = excluded.completed_tasks,
          lao_dong_tien_tien = excluded.lao_dong_tien_tien, chien_si_thi_dua_co_so = excluded.chien_si_thi_dua_co_so, disciplined_warning_or_above = excluded.disciplined_warning_or_above`);
      if (rating) {
        await tx.execute(sql`INSERT INTO annual_rating (collective_org_id, year, rating, source) VALUES (${organisationId}::uuid, ${year}, ${rating}, 'manual')
          ON CONFLICT (collective_org_id, year) DO UPDATE SET rating = excluded.rating, updated_at = now()`);
      }
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'history.collective.set', entity: 'organisation', entityId: organisationId, orgId: organisationId, after: { year, ...body }, ip: meta.ip, requestId: meta.requestId });
    });
    return this.evaluateCollective(actor, { organisationId, award: 'tap_the_lao_dong_tien_tien', year });
  }

  /** What a person qualifies for in a year, and for the rest what is missing and from when. */
  async overview(actor: Actor, personId: string, year: number, asOf?: string) {
    const p = await this.visiblePerson(actor, personId);
    const at = asOf ?? this.today();
    const h = (await loadHistories(this.deps.db, sql`SELECT ${personId}::uuid`)).get(p.id) ?? {};
    const items = [];
    for (const award of INDIVIDUAL_CHAIN) {
      items.push({ award, name: getAwardDefinition(award)!.name, result: await this.evaluate({ award, asOf: at, year, subject: { kind: 'individual' }, history: h }, p.ownerOrgId) });
    }
    return { person: { id: p.id, fullName: p.fullName }, year, asOf: at, items };
  }

  /** Every person of a unit (optionally its sub-units) for a year and a list of awards. */
  async bulk(actor: Actor, body: { organisationId: string; year: number; awards: string[]; asOf?: string | undefined; includeDescendants: boolean }) {
    if (!(await this.scope.contains(actor, 'person.read', body.organisationId))) throw new AppError('not_found');
    const asOf = body.asOf ?? this.today();
    if (!selectRuleSet(asOf)) throw new AppError('rule_set_unknown');
    for (const a of body.awards) if (!getAwardDefinition(a)) throw new AppError('unknown_award', { award: a });
    const orgs = body.includeDescendants ? await organisationRepository.scopeIds(this.deps.db, [body.organisationId]) : [body.organisationId];
    const orgArray = `{${orgs.join(',')}}`;
    const peopleSql = sql`SELECT id FROM person WHERE owner_org_id = ANY(${orgArray}::uuid[])`;
    const [people, histories, parameters] = await Promise.all([
      this.deps.db.execute(sql`SELECT id, full_name AS "fullName" FROM person WHERE owner_org_id = ANY(${orgArray}::uuid[]) ORDER BY full_name`),
      loadHistories(this.deps.db, peopleSql),
      this.catalogue.numericParameters(this.deps.db, asOf, body.organisationId),
    ]);
    const list = (people as unknown as { rows: { id: string; fullName: string }[] }).rows;
    const summary: Record<string, { eligible: number; ineligible: number; review: number }> = {};
    for (const a of body.awards) summary[a] = { eligible: 0, ineligible: 0, review: 0 };
    const items = list.map((p) => {
      const h = histories.get(p.id) ?? {};
      const results: Record<string, { verdict: string; unmet: { code: string; year?: number; earliestYear?: number }[] }> = {};
      for (const award of body.awards) {
        let r: EvaluationResult;
        try {
          r = evaluateEligibility({ award, asOf, year: body.year, subject: { kind: 'individual' }, history: h }, { parameters });
        } catch (e) {
          return mapInputError(e);
        }
        summary[award]![r.verdict]++;
        results[award] = { verdict: r.verdict, unmet: r.unmet.map((u) => ({ code: u.code, ...(u.year !== undefined ? { year: u.year } : {}), ...(u.earliestYear !== undefined ? { earliestYear: u.earliestYear } : {}) })) };
      }
      return { person: p, results };
    });
    return { organisationId: body.organisationId, year: body.year, asOf, total: items.length, summary, items };
  }

  /** The live CSTĐ cơ sở cap of a unit (RULES.md §5): a percentage of its LĐTT holders, rounded down. */
  async quota(actor: Actor, organisationId: string, year: number, db: DbOrTx = this.deps.db) {
    if (!(await this.scope.contains(actor, 'person.read', organisationId))) throw new AppError('not_found');
    const asOf = this.today();
    const ruleSet = selectRuleSet(asOf);
    const cap = await this.catalogue.parameterValue(db, 'quota.cstdcs_cap_percent', asOf, organisationId);
    const capPercent = typeof cap === 'number' ? cap : ruleSet === 'law-2013' ? 15 : null;
    const r = await db.execute(sql`
      SELECT count(*) FILTER (WHERE award_code = 'lao_dong_tien_tien')::int AS ldtt,
             count(*) FILTER (WHERE award_code = 'chien_si_thi_dua_co_so')::int AS cstdcs
        FROM award_entry WHERE status <> 'revoked' AND achievement_year = ${year}
         AND person_id IN (SELECT id FROM person WHERE owner_org_id = ${organisationId}::uuid)`);
    const { ldtt, cstdcs } = (r as unknown as { rows: { ldtt: number; cstdcs: number }[] }).rows[0]!;
    const max = cstdcsQuota({ lđttHolders: Number(ldtt), capPercent });
    return { organisationId, year, ldttHolders: Number(ldtt), capPercent, max, used: Number(cstdcs), remaining: max === null ? null : Math.max(0, max - Number(cstdcs)) };
  }

  async setRating(actor: Actor, personId: string, year: number, rating: string, meta: RequestMeta) {
    const p = await this.visiblePerson(actor, personId, 'person.write');
    await this.deps.db.transaction(async (tx) => {
      const before = await historyRepository.upsertRating(tx, personId, year, rating);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'history.rating.set', entity: 'person', entityId: personId, orgId: p.ownerOrgId, before: { year, rating: before }, after: { year, rating }, ip: meta.ip, requestId: meta.requestId });
    });
    return this.history(actor, personId);
  }

  async addInitiative(actor: Actor, personId: string, body: { year: number; scope: string; title: string; decisionNumber?: string | undefined; decisionDate?: string | undefined }, meta: RequestMeta) {
    const p = await this.visiblePerson(actor, personId, 'person.write');
    await this.deps.db.transaction(async (tx) => {
      const row = await historyRepository.addInitiative(tx, { personId, year: body.year, scope: body.scope, title: body.title.normalize('NFC'), decisionNumber: body.decisionNumber ?? null, decisionDate: body.decisionDate ?? null });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'history.initiative.add', entity: 'initiative', entityId: row.id, orgId: p.ownerOrgId, after: body, ip: meta.ip, requestId: meta.requestId });
    });
    return this.history(actor, personId);
  }

  async addBlock(actor: Actor, personId: string, body: { kind: string; level?: string | undefined; from: string; to?: string | null | undefined; note?: string | undefined }, meta: RequestMeta) {
    const p = await this.visiblePerson(actor, personId, 'person.write');
    if (body.to && body.to < body.from) throw new AppError('validation_failed', { issues: [{ path: 'to', message: 'Ngày kết thúc trước ngày bắt đầu' }] });
    await this.deps.db.transaction(async (tx) => {
      const row = await historyRepository.addBlock(tx, { personId, kind: body.kind, level: body.level ?? null, fromDate: body.from, toDate: body.to ?? null, note: body.note ?? null });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'history.block.add', entity: 'discipline_block', entityId: row.id, orgId: p.ownerOrgId, after: body, ip: meta.ip, requestId: meta.requestId });
    });
    return this.history(actor, personId);
  }

  /** A past award entered by hand into the ledger (e.g. from a paper decision). */
  async addAward(actor: Actor, personId: string, body: { award: string; type: string; year: number; decisionNumber: string; decisionDate: string; decisionAuthority: string }, meta: RequestMeta) {
    const p = await this.visiblePerson(actor, personId, 'person.write');
    const def = getAwardDefinition(body.award);
    if (!def) throw new AppError('unknown_award', { award: body.award });
    if (!def.allowedTypes.includes(body.type as never)) throw new AppError('validation_failed', { issues: [{ path: 'type', message: `Loại hình ${body.type} không áp dụng cho ${def.name}` }] });
    await this.deps.db.transaction(async (tx) => {
      const row = await historyRepository.addAward(tx, {
        subjectKind: 'individual',
        personId,
        awardCode: body.award,
        awardType: body.type,
        achievementYear: body.year,
        decisionNumber: body.decisionNumber,
        decisionDate: body.decisionDate,
        decisionAuthority: body.decisionAuthority,
        organisationId: p.ownerOrgId,
        source: 'manual',
        ownerOrgId: p.ownerOrgId,
        createdBy: actor.username,
      });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'ledger.entry.add', entity: 'award_entry', entityId: row.id, orgId: p.ownerOrgId, after: body, ip: meta.ip, requestId: meta.requestId });
    });
    return this.history(actor, personId);
  }
}
