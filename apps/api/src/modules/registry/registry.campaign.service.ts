// Data-entry campaigns of the registry (issue #6 point 5): a campaign such as "40 ngày hoàn thành nhập
// dữ liệu khen thưởng kháng chiến" with targets per unit, assigned officers, records keyed one by one
// and validated exactly as an import row, optional double entry (two officers key the same paper
// record; differences go to an adjudicator), and progress against the deadline in working days.
// A committed record goes through the import's commit path (identity rule, no duplicate entries).
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError, type CampaignCells } from '@thidua/contracts';
import type { DbOrTx } from '@thidua/db';
import {
  REGISTRY_COLUMNS,
  RESISTANCE_WAR_AWARDS,
  RESISTANCE_WAR_PERIODS,
  adjudicationMatches,
  adjudicationSearch,
  adjudicationSearchWords,
  diffRegistryRows,
  getAwardDefinition,
  projectCampaign,
  registryFieldValue,
  validateRegistryRow,
  vietnamDate,
  type CampaignKind,
  type CampaignPeriod,
  type RegistryColumnKey,
  type ValidRegistryRow,
} from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { pgArray } from './name-index.js';
import { escapeLike } from '../identity/identity.repository.js';
import { withIdempotency, workingDays } from '../dossiers/index.js';
import { PERMISSIONS, hasAnyRole } from '../identity/identity.policy.js';
import { ScopeService } from '../organisations/scope.service.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { OrgResolver, commitBatch, provinceCodes, type CommitSource } from './registry.import.service.js';
import { registryRepository } from './registry.repository.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
const CAMPAIGN_FIELD_KEYS = REGISTRY_COLUMNS.map((c) => c.key);
const awardName = (code: string) => getAwardDefinition(code)?.name ?? null;
const header = (k: RegistryColumnKey | null) => (k === null ? null : REGISTRY_COLUMNS.find((c) => c.key === k)!.header);

interface CampaignRow {
  id: string;
  name: string;
  kind: CampaignKind;
  periods: CampaignPeriod[];
  awardCodes: string[];
  startDate: string;
  deadline: string;
  ownerOrgId: string;
  doubleEntry: boolean;
  status: 'open' | 'closed';
  createdBy: string | null;
  version: number;
}
const CAMPAIGN_COLUMNS = sql`id, name, kind, periods, award_codes AS "awardCodes", to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(deadline, 'YYYY-MM-DD') AS deadline,
  owner_org_id AS "ownerOrgId", double_entry AS "doubleEntry", status, created_by AS "createdBy", version`;

interface EntryRow {
  id: string;
  campaignId: string;
  orgId: string;
  recordRef: string | null;
  enteredBy: string;
  enteredByUsername: string;
  cells: Record<string, string>;
  row: ValidRegistryRow & { organisationId: string | null };
  warnings: Issue[];
  status: 'awaiting_second' | 'committed' | 'adjudication' | 'resolved';
  outcome: 'created' | 'existing' | null;
  awardEntryId: string | null;
  adjudicationId: string | null;
  enteredOn: string;
  createdAt: string;
}
const ENTRY_COLUMNS = sql`id, campaign_id AS "campaignId", org_id AS "orgId", record_ref AS "recordRef", entered_by AS "enteredBy", entered_by_username AS "enteredByUsername",
  cells, row, warnings, status, outcome, award_entry_id AS "awardEntryId", adjudication_id AS "adjudicationId", to_char(entered_on, 'YYYY-MM-DD') AS "enteredOn",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

export interface Issue {
  field: RegistryColumnKey | null;
  header: string | null;
  code: string;
  message: string;
  original?: string;
}

const presentEntry = (e: EntryRow) => ({
  id: e.id,
  campaignId: e.campaignId,
  orgId: e.orgId,
  recordRef: e.recordRef,
  enteredBy: e.enteredByUsername,
  status: e.status,
  outcome: e.outcome,
  awardEntryId: e.awardEntryId,
  adjudicationId: e.adjudicationId,
  fullName: e.row.fullName,
  award: e.row.awardCode,
  year: e.row.year,
  warnings: e.warnings,
  enteredOn: e.enteredOn,
  createdAt: e.createdAt,
});

/** The cells as typed (NFC, trimmed; empty cells left out). */
function cleanCells(cells: CampaignCells): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of CAMPAIGN_FIELD_KEYS) {
    const v = cells[k];
    if (v !== undefined && v.trim() !== '') out[k] = v.normalize('NFC').trim();
  }
  return out;
}

async function orgNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const id of new Set(ids)) {
    const o = await organisationRepository.getById(db, id);
    m.set(id, o?.name ?? id);
  }
  return m;
}

/** Vietnamese letters, every vowel with every tone and đ, both cases (NFC). */
const VIETNAMESE_LETTERS = (() => {
  const out = new Set<string>();
  for (const v of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const tone of ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      const ch = (v.normalize('NFD') + tone).normalize('NFC');
      out.add(ch).add(ch.toUpperCase());
    }
  }
  return [...out, 'đ', 'Đ'].join('');
})();
/**
 * The characters on which the adjudication search's SQL pre-filter folds text exactly as the domain does
 * (tab, line breaks, printable ASCII, Vietnamese letters); registry.campaigns.adjudications.test.ts checks it
 * on PGlite and PostgreSQL. A text with any other character is always handed to the domain rule.
 */
export const ADJUDICATION_PREFILTER_CHARS = `\t\n\r${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}${VIETNAMESE_LETTERS}`;
/**
 * A character outside ADJUDICATION_PREFILTER_CHARS (a PostgreSQL regular expression, matched under collation
 * "C"). `public.thidua_adjudication_fold` (registry migration 0006), which writes the stored search text,
 * carries the same expression: a text matching it gets no search text (always a candidate).
 */
export const OUTSIDE_PREFILTER = `[^\t\n\r -~${VIETNAMESE_LETTERS}]`;
/**
 * The search's candidates among the adjudications that satisfy `where` (oldest first, then id): those whose
 * search text has, for each word, a word beginning with it (or whose unit is one of `unitsOf` that word), with
 * that text; and those without a search text (a character SQL does not fold as the domain does), with what the
 * domain rule looks at. Two branches so that each is planned on its own index (the trigram index of
 * search_text, the partial index of the texts left out). Exported for the plan test.
 */
export function adjudicationCandidatesSql(where: ReturnType<typeof sql>, words: readonly string[], unitsOf: readonly (readonly string[])[]) {
  const perWord = words.map((w, i) => {
    const like = sql`search_text LIKE ${`% ${escapeLike(w)}%`}`;
    return unitsOf[i]!.length ? sql`(${like} OR org_id = ANY(${pgArray([...unitsOf[i]!])}::uuid[]))` : like;
  });
  return sql`SELECT c.id, c."orgId", c."searchText", c."recordRef", c."firstBy", c."firstCells", c."secondBy", c."secondCells" FROM (
      SELECT id, org_id AS "orgId", created_at, search_text AS "searchText", NULL::text AS "recordRef", NULL::text AS "firstBy", NULL::jsonb AS "firstCells", NULL::text AS "secondBy", NULL::jsonb AS "secondCells"
        FROM registry_campaign_adjudication WHERE ${where} AND ${sql.join(perWord, sql` AND `)}
      UNION ALL
      SELECT a.id, a.org_id, a.created_at, NULL, a.record_ref, f.entered_by_username, f.cells, s.entered_by_username, s.cells
        FROM (SELECT id, org_id, created_at, record_ref, first_entry_id, second_entry_id FROM registry_campaign_adjudication WHERE ${where} AND search_text IS NULL) a
        LEFT JOIN registry_campaign_entry f ON f.id = a.first_entry_id
        LEFT JOIN registry_campaign_entry s ON s.id = a.second_entry_id) c
    ORDER BY c.created_at, c.id`;
}

export class CampaignService {
  private readonly scope: ScopeService;
  constructor(private readonly deps: AppDeps) {
    this.scope = new ScopeService(deps.db);
  }

  private today() {
    return vietnamDate(this.deps.now());
  }

  private async load(db: DbOrTx, id: string, lock = false): Promise<CampaignRow | undefined> {
    const [c] = rows<CampaignRow>(await db.execute(sql`SELECT ${CAMPAIGN_COLUMNS} FROM registry_campaign WHERE id = ${id}::uuid ${lock ? sql`FOR UPDATE` : sql``}`));
    return c;
  }

  private async assignedOrgs(db: DbOrTx, campaignId: string, userId: string): Promise<string[]> {
    return rows<{ orgId: string }>(await db.execute(sql`SELECT org_id AS "orgId" FROM registry_campaign_assignment WHERE campaign_id = ${campaignId}::uuid AND user_id = ${userId}::uuid`)).map((r) => r.orgId);
  }

  /** The campaign if the actor may see it (its owner in the actor's scope, or an assignment in it); 404 otherwise. */
  private async visible(actor: Actor, id: string): Promise<CampaignRow> {
    const c = await this.load(this.deps.db, id);
    if (!c) throw new AppError('not_found');
    if (await this.scope.contains(actor, 'registry.campaign.read', c.ownerOrgId)) return c;
    if ((await this.assignedOrgs(this.deps.db, id, actor.userId)).length) return c;
    throw new AppError('not_found');
  }

  private async managed(actor: Actor, id: string): Promise<CampaignRow> {
    const c = await this.visible(actor, id);
    if (!hasAnyRole(actor, 'registry.campaign.manage') || !(await this.scope.contains(actor, 'registry.campaign.manage', c.ownerOrgId))) throw new AppError('forbidden');
    return c;
  }

  /** The units the actor may key records for: assigned ones, and for managers every target unit in their scope. */
  private async enterOrgIds(actor: Actor, c: CampaignRow): Promise<string[]> {
    if (!hasAnyRole(actor, 'registry.campaign.enter')) return [];
    const ids = new Set(await this.assignedOrgs(this.deps.db, c.id, actor.userId));
    if (hasAnyRole(actor, 'registry.campaign.manage')) {
      const targets = rows<{ orgId: string }>(await this.deps.db.execute(sql`SELECT org_id AS "orgId" FROM registry_campaign_target WHERE campaign_id = ${c.id}::uuid`));
      for (const t of targets) if (await this.scope.contains(actor, 'registry.campaign.manage', t.orgId)) ids.add(t.orgId);
    }
    return [...ids];
  }

  private async mayEnter(actor: Actor, c: CampaignRow, orgId: string): Promise<boolean> {
    if (!hasAnyRole(actor, 'registry.campaign.enter')) return false;
    if ((await this.assignedOrgs(this.deps.db, c.id, actor.userId)).includes(orgId)) return true;
    return hasAnyRole(actor, 'registry.campaign.manage') && (await this.scope.contains(actor, 'registry.campaign.manage', orgId));
  }

  private async present(actor: Actor, c: CampaignRow) {
    const targets = rows<{ orgId: string; expected: number }>(await this.deps.db.execute(sql`SELECT org_id AS "orgId", expected FROM registry_campaign_target WHERE campaign_id = ${c.id}::uuid`));
    const assignments = rows<{ userId: string; orgId: string; username: string; displayName: string }>(
      await this.deps.db.execute(sql`SELECT a.user_id AS "userId", a.org_id AS "orgId", u.username, u.display_name AS "displayName"
        FROM registry_campaign_assignment a JOIN app_user u ON u.id = a.user_id WHERE a.campaign_id = ${c.id}::uuid ORDER BY u.username`),
    );
    const names = await orgNames(this.deps.db, [...targets.map((t) => t.orgId), ...assignments.map((a) => a.orgId)]);
    const manage = hasAnyRole(actor, 'registry.campaign.manage') && (await this.scope.contains(actor, 'registry.campaign.manage', c.ownerOrgId));
    const adjudicate = hasAnyRole(actor, 'registry.campaign.adjudicate') && (await this.scope.contains(actor, 'registry.campaign.adjudicate', c.ownerOrgId));
    const enterOrgIds = await this.enterOrgIds(actor, c);
    return {
      ...c,
      targets: targets.map((t) => ({ ...t, orgName: names.get(t.orgId)! })).sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi')),
      assignments: assignments.map((a) => ({ ...a, orgName: names.get(a.orgId)! })),
      can: { manage, enter: enterOrgIds.length > 0 && c.status === 'open', adjudicate: adjudicate && c.doubleEntry, enterOrgIds },
    };
  }

  async list(actor: Actor) {
    const ids = await this.scope.idsFor(actor, 'registry.campaign.read');
    const list = rows<CampaignRow & { target: number; committed: number }>(
      await this.deps.db.execute(sql`SELECT ${CAMPAIGN_COLUMNS},
          coalesce((SELECT sum(expected) FROM registry_campaign_target t WHERE t.campaign_id = c.id), 0)::int AS target,
          (SELECT count(DISTINCT coalesce(e.record_ref, e.id::text) || '|' || e.org_id) FROM registry_campaign_entry e WHERE e.campaign_id = c.id AND e.status IN ('committed','resolved'))::int AS committed
        FROM registry_campaign c
        WHERE ${ids === null ? sql`true` : sql`c.owner_org_id = ANY(${pgArray(ids)}::uuid[])`}
           OR EXISTS (SELECT 1 FROM registry_campaign_assignment a WHERE a.campaign_id = c.id AND a.user_id = ${actor.userId}::uuid)
        ORDER BY c.start_date DESC, c.created_at DESC`),
    );
    return { items: list };
  }

  async get(actor: Actor, id: string) {
    return this.present(actor, await this.visible(actor, id));
  }

  async create(actor: Actor, input: { name: string; kind: CampaignKind; awardCodes?: string[] | undefined; periods?: CampaignPeriod[] | undefined; startDate: string; deadline: string; ownerOrgId?: string | undefined; doubleEntry: boolean }, meta: RequestMeta) {
    const owner = input.ownerOrgId ?? (await registryRepository.homeOrgOf(this.deps.db, actor.userId));
    if (!owner) throw new AppError('validation_failed', { issues: [{ path: 'ownerOrgId', message: 'Cần chỉ rõ cơ quan tổ chức đợt nhập liệu (ownerOrgId)' }] });
    if (!(await this.scope.contains(actor, 'registry.campaign.manage', owner))) throw new AppError('not_found', { ownerOrgId: owner });
    const unknown = (input.awardCodes ?? []).filter((c) => awardName(c) === null);
    if (unknown.length) throw new AppError('validation_failed', { issues: unknown.map((c) => ({ path: 'awardCodes', message: `Không có hình thức khen thưởng mã "${c}"` })) });
    const resistance = input.kind === 'resistance_war';
    const awardCodes = input.awardCodes ?? (resistance ? [...RESISTANCE_WAR_AWARDS] : []);
    const periods = input.periods ?? (resistance ? [...RESISTANCE_WAR_PERIODS] : []);
    const id = await this.deps.db.transaction(async (tx) => {
      const [r] = rows<{ id: string }>(
        await tx.execute(sql`INSERT INTO registry_campaign (name, kind, periods, award_codes, start_date, deadline, owner_org_id, double_entry, created_by)
          VALUES (${input.name.normalize('NFC')}, ${input.kind}, ${JSON.stringify(periods)}::jsonb, ${JSON.stringify(awardCodes)}::jsonb, ${input.startDate}::date, ${input.deadline}::date,
                  ${owner}::uuid, ${input.doubleEntry}, ${actor.username}) RETURNING id`),
      );
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.create', entity: 'registry_campaign', entityId: r!.id, orgId: owner, after: { ...input, awardCodes, periods, ownerOrgId: owner }, ip: meta.ip, requestId: meta.requestId });
      return r!.id;
    });
    return this.get(actor, id);
  }

  /** Rename, move the deadline (an extension), close or reopen — with a reason, audited. */
  async update(actor: Actor, id: string, input: { name?: string | undefined; deadline?: string | undefined; status?: 'open' | 'closed' | undefined; reason: string }, meta: RequestMeta) {
    await this.managed(actor, id);
    await this.deps.db.transaction(async (tx) => {
      const before = (await this.load(tx, id, true))!;
      if (input.deadline !== undefined && input.deadline < before.startDate) throw new AppError('validation_failed', { issues: [{ path: 'deadline', message: 'Hạn hoàn thành phải từ ngày bắt đầu trở đi' }] });
      const after = { name: input.name?.normalize('NFC') ?? before.name, deadline: input.deadline ?? before.deadline, status: input.status ?? before.status };
      await tx.execute(sql`UPDATE registry_campaign SET name = ${after.name}, deadline = ${after.deadline}::date, status = ${after.status}, version = version + 1 WHERE id = ${id}::uuid`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.update', entity: 'registry_campaign', entityId: id, orgId: before.ownerOrgId, before: { name: before.name, deadline: before.deadline, status: before.status }, after: { ...after, reason: input.reason }, ip: meta.ip, requestId: meta.requestId });
    });
    return this.get(actor, id);
  }

  /** Sets the expected number of records of each listed unit (units in the manager's scope). */
  async setTargets(actor: Actor, id: string, targets: { orgId: string; expected: number }[], meta: RequestMeta) {
    const c = await this.managed(actor, id);
    for (const t of targets) if (!(await this.scope.contains(actor, 'registry.campaign.manage', t.orgId))) throw new AppError('not_found', { orgId: t.orgId });
    await this.deps.db.transaction(async (tx) => {
      const before = rows<{ orgId: string; expected: number }>(await tx.execute(sql`SELECT org_id AS "orgId", expected FROM registry_campaign_target WHERE campaign_id = ${id}::uuid`));
      for (const t of targets) {
        await tx.execute(sql`INSERT INTO registry_campaign_target (campaign_id, org_id, expected) VALUES (${id}::uuid, ${t.orgId}::uuid, ${t.expected})
          ON CONFLICT (campaign_id, org_id) DO UPDATE SET expected = excluded.expected`);
      }
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.targets', entity: 'registry_campaign', entityId: id, orgId: c.ownerOrgId, before, after: targets, ip: meta.ip, requestId: meta.requestId });
    });
    return this.get(actor, id);
  }

  /** Users who could key records for a unit: a data-entry role whose scope covers it. */
  async assignableUsers(actor: Actor, id: string, orgId: string) {
    await this.managed(actor, id);
    if (!(await this.scope.contains(actor, 'registry.campaign.manage', orgId))) throw new AppError('not_found', { orgId });
    const grants = rows<{ userId: string; username: string; displayName: string; scopeOrgId: string | null }>(
      await this.deps.db.execute(sql`SELECT u.id AS "userId", u.username, u.display_name AS "displayName", r.scope_org_id AS "scopeOrgId"
        FROM app_user u JOIN user_role r ON r.user_id = u.id
        WHERE u.is_active AND r.role = ANY(${`{${PERMISSIONS['registry.campaign.enter'].join(',')}}`}::text[]) ORDER BY u.username`),
    );
    const scopeCache = new Map<string, string[]>();
    const out = new Map<string, { userId: string; username: string; displayName: string }>();
    for (const g of grants) {
      if (out.has(g.userId)) continue;
      let covers = g.scopeOrgId === null;
      if (!covers) {
        if (!scopeCache.has(g.scopeOrgId!)) scopeCache.set(g.scopeOrgId!, await organisationRepository.scopeIds(this.deps.db, [g.scopeOrgId!]));
        covers = scopeCache.get(g.scopeOrgId!)!.includes(orgId);
      }
      if (covers) out.set(g.userId, { userId: g.userId, username: g.username, displayName: g.displayName });
    }
    return { items: [...out.values()] };
  }

  async assign(actor: Actor, id: string, input: { userId: string; orgId: string }, meta: RequestMeta) {
    const c = await this.managed(actor, id);
    const allowed = await this.assignableUsers(actor, id, input.orgId);
    if (!allowed.items.some((u) => u.userId === input.userId)) throw new AppError('validation_failed', { issues: [{ path: 'userId', message: 'Người dùng này không có quyền nhập liệu cho đơn vị đã chọn' }] });
    await this.deps.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO registry_campaign_assignment (campaign_id, user_id, org_id) VALUES (${id}::uuid, ${input.userId}::uuid, ${input.orgId}::uuid) ON CONFLICT DO NOTHING`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.assign', entity: 'registry_campaign', entityId: id, orgId: c.ownerOrgId, after: input, ip: meta.ip, requestId: meta.requestId });
    });
    return this.get(actor, id);
  }

  async unassign(actor: Actor, id: string, input: { userId: string; orgId: string }, meta: RequestMeta) {
    const c = await this.managed(actor, id);
    await this.deps.db.transaction(async (tx) => {
      const r = rows<{ userId: string }>(await tx.execute(sql`DELETE FROM registry_campaign_assignment WHERE campaign_id = ${id}::uuid AND user_id = ${input.userId}::uuid AND org_id = ${input.orgId}::uuid RETURNING user_id AS "userId"`));
      if (r.length === 0) throw new AppError('not_found');
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.unassign', entity: 'registry_campaign', entityId: id, orgId: c.ownerOrgId, before: input, ip: meta.ip, requestId: meta.requestId });
    });
    return this.get(actor, id);
  }

  /** Validates a record as an import row, plus the campaign's own rules (allowed awards). */
  private async validate(db: DbOrTx, c: CampaignRow, cells: Record<string, string>) {
    const input: Partial<Record<RegistryColumnKey, string>> = { ...cells };
    if (c.kind === 'resistance_war' && !input.type) input.type = 'khang_chien';
    const res = validateRegistryRow(input, { provinceCodes: await provinceCodes(db), today: this.today(), legacyCache: new Map() });
    const errors: Issue[] = res.errors.map((e) => ({ field: e.column, header: header(e.column), code: e.code, message: e.message }));
    const warnings: Issue[] = res.warnings.map((w) => ({ field: w.column, header: header(w.column), code: w.code, message: w.message, ...(w.original !== undefined ? { original: w.original } : {}) }));
    if (res.row && c.awardCodes.length && !c.awardCodes.includes(res.row.awardCode)) {
      errors.push({ field: 'award', header: header('award'), code: 'award_not_in_campaign', message: `"${awardName(res.row.awardCode) ?? res.row.awardCode}" không thuộc các hình thức khen thưởng của đợt nhập liệu này` });
    }
    let organisationId: string | null = null;
    if (res.row?.organisationText) {
      const date = res.row.decisionDate ?? `${res.row.year}-12-31`;
      organisationId = await new OrgResolver(db).resolve(res.row.organisationText, date);
      if (!organisationId) warnings.push({ field: 'organisation', header: header('organisation'), code: 'organisation_unresolved', message: `Không xác định được đơn vị "${res.row.organisationText}" tại ngày ${date}: giữ nguyên dạng văn bản` });
    }
    return { row: errors.length ? null : { ...res.row!, organisationId }, errors, warnings };
  }

  private assertOpen(c: CampaignRow) {
    const today = this.today();
    if (c.status !== 'open' || today < c.startDate || today > c.deadline) throw new AppError('campaign_not_open', { status: c.status, startDate: c.startDate, deadline: c.deadline, today });
  }

  async check(actor: Actor, id: string, input: { orgId: string; cells: CampaignCells }) {
    const c = await this.visible(actor, id);
    if (!(await this.mayEnter(actor, c, input.orgId))) throw new AppError('not_found', { orgId: input.orgId });
    const v = await this.validate(this.deps.db, c, cleanCells(input.cells));
    return { valid: v.errors.length === 0, errors: v.errors, warnings: v.warnings };
  }

  /** Writes a validated row to the ledger inside `tx`; the entries that carry it are updated by the caller. */
  private async commit(tx: DbOrTx, c: CampaignRow, orgId: string, row: ValidRegistryRow & { organisationId: string | null }, sourceEntryId: string, actor: Actor) {
    const src: CommitSource = {
      entity: 'registry_campaign',
      id: c.id,
      ownerOrgId: orgId,
      actorUserId: actor.userId,
      actorUsername: actor.username,
      source: 'campaign',
      sourceRef: () => `campaign:${c.id}:${sourceEntryId}`,
      auditAction: 'registry.campaign.commit',
    };
    const { organisationId, ...valid } = row;
    const res = await commitBatch(tx, src, [{ rowNumber: 1, row: valid, organisationId }], this.deps.now());
    return res.rows[0]!;
  }

  /**
   * Keys one record. Single entry: validated and committed at once. Double entry: the first entry
   * waits; the second (another officer, same recordRef) commits when both agree field by field, or
   * opens an adjudication. Invalid records store nothing (422 with the error of each field).
   */
  async enter(actor: Actor, id: string, input: { orgId: string; recordRef?: string | undefined; cells: CampaignCells }, idempotencyKey: string | undefined, meta: RequestMeta) {
    const c = await this.visible(actor, id);
    if (!(await this.mayEnter(actor, c, input.orgId))) throw new AppError('not_found', { orgId: input.orgId });
    this.assertOpen(c);
    const recordRef = input.recordRef?.normalize('NFC').trim() || null;
    if (c.doubleEntry && !recordRef) throw new AppError('validation_failed', { issues: [{ path: 'recordRef', message: 'Đợt nhập hai lần: cần số hiệu bản ghi trên giấy (recordRef) để ghép hai lần nhập' }] });
    const cells = cleanCells(input.cells);
    const v = await this.validate(this.deps.db, c, cells);
    if (!v.row) throw new AppError('registry_entry_invalid', { errors: v.errors, warnings: v.warnings });
    const row = v.row;
    const today = this.today();
    const res = await this.deps.db.transaction(async (tx) =>
      withIdempotency(tx, { key: idempotencyKey, actorUserId: actor.userId, operation: `registry.campaign.entry:${id}`, request: { ...input, cells } }, async () => {
        // One paper record at a time: the two entries of a record (or a record keyed twice) serialise here.
        if (recordRef) await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`campaign:${id}:${input.orgId}:${recordRef}`}, 0))`);
        const current = (await this.load(tx, id))!;
        this.assertOpen(current);
        const earlier = recordRef
          ? rows<EntryRow>(await tx.execute(sql`SELECT ${ENTRY_COLUMNS} FROM registry_campaign_entry WHERE campaign_id = ${id}::uuid AND org_id = ${input.orgId}::uuid AND record_ref = ${recordRef} ORDER BY created_at`))
          : [];
        const entryId = randomUUID();
        let status: EntryRow['status'] = 'committed';
        let outcome: EntryRow['outcome'] = null;
        let awardEntryId: string | null = null;
        let adjudicationId: string | null = null;
        if (!c.doubleEntry) {
          if (earlier.length) throw new AppError('campaign_record_complete', { recordRef });
        } else if (earlier.length >= 2) {
          throw new AppError('campaign_record_complete', { recordRef });
        } else if (earlier.length === 1 && earlier[0]!.enteredBy === actor.userId) {
          throw new AppError('campaign_same_officer', { recordRef });
        } else if (earlier.length === 0) {
          status = 'awaiting_second';
        }
        const first = earlier[0];
        if (c.doubleEntry && first) {
          const differs = diffRegistryRows(first.row, row);
          if (differs.length) {
            status = 'adjudication';
            const fields = REGISTRY_COLUMNS.map((col) => ({ field: col.key, header: col.header, first: registryFieldValue(first.row, col.key), second: registryFieldValue(row, col.key), differs: differs.includes(col.key) }));
            const [a] = rows<{ id: string }>(
              await tx.execute(sql`INSERT INTO registry_campaign_adjudication (campaign_id, org_id, record_ref, first_entry_id, second_entry_id, fields)
                VALUES (${id}::uuid, ${input.orgId}::uuid, ${recordRef}, ${first.id}::uuid, ${entryId}::uuid, ${JSON.stringify(fields)}::jsonb) RETURNING id`),
            );
            adjudicationId = a!.id;
            await tx.execute(sql`UPDATE registry_campaign_entry SET status = 'adjudication', adjudication_id = ${adjudicationId}::uuid WHERE id = ${first.id}::uuid`);
          }
        }
        if (status === 'committed') {
          const done = await this.commit(tx, c, input.orgId, row, first?.id ?? entryId, actor);
          outcome = done.outcome;
          awardEntryId = done.entryId;
          if (first) await tx.execute(sql`UPDATE registry_campaign_entry SET status = 'committed', outcome = ${outcome}, award_entry_id = ${awardEntryId}::uuid, committed_on = ${today}::date WHERE id = ${first.id}::uuid`);
        }
        await tx.execute(sql`INSERT INTO registry_campaign_entry (id, campaign_id, org_id, record_ref, entered_by, entered_by_username, cells, row, warnings, status, outcome, award_entry_id, adjudication_id, idempotency_key, entered_on, committed_on)
          VALUES (${entryId}::uuid, ${id}::uuid, ${input.orgId}::uuid, ${recordRef}, ${actor.userId}::uuid, ${actor.username}, ${JSON.stringify(cells)}::jsonb, ${JSON.stringify(row)}::jsonb,
                  ${JSON.stringify(v.warnings)}::jsonb, ${status}, ${outcome}, ${awardEntryId}::uuid, ${adjudicationId}::uuid, ${idempotencyKey ?? null}, ${today}::date, ${status === 'committed' ? today : null}::date)`);
        await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.entry', entity: 'registry_campaign_entry', entityId: entryId, orgId: input.orgId, after: { campaignId: id, recordRef, status, outcome, awardEntryId, adjudicationId }, ip: meta.ip, requestId: meta.requestId });
        const [e] = rows<EntryRow>(await tx.execute(sql`SELECT ${ENTRY_COLUMNS} FROM registry_campaign_entry WHERE id = ${entryId}::uuid`));
        return { status: 201, body: presentEntry(e!) };
      }),
    );
    return res;
  }

  /** Recent entries: the actor's own (`mine`), or all of the units the actor may see. */
  async entries(actor: Actor, id: string, q: { mine?: 'true' | 'false' | undefined; limit: number }) {
    const c = await this.visible(actor, id);
    const seeAll = await this.scope.contains(actor, 'registry.campaign.read', c.ownerOrgId);
    const mine = q.mine === 'true' || !seeAll;
    const list = rows<EntryRow>(
      await this.deps.db.execute(sql`SELECT ${ENTRY_COLUMNS} FROM registry_campaign_entry WHERE campaign_id = ${id}::uuid ${mine ? sql`AND entered_by = ${actor.userId}::uuid` : sql``}
        ORDER BY created_at DESC, id LIMIT ${q.limit}`),
    );
    const [t] = rows<{ n: number }>(await this.deps.db.execute(sql`SELECT count(*)::int AS n FROM registry_campaign_entry WHERE campaign_id = ${id}::uuid AND entered_by = ${actor.userId}::uuid AND entered_on = ${this.today()}::date`));
    return { items: list.map(presentEntry), todayByMe: t!.n };
  }

  private async adjudicator(actor: Actor, id: string) {
    const c = await this.visible(actor, id);
    if (!hasAnyRole(actor, 'registry.campaign.adjudicate') || !(await this.scope.contains(actor, 'registry.campaign.adjudicate', c.ownerOrgId))) throw new AppError('forbidden');
    return c;
  }

  /**
   * The adjudications that satisfy `where`, oldest first then by id (the list's one order), optionally one window
   * of it. A window's ids are found first, by an index-only scan of the list's index (registry migration 0007)
   * that steps over the offset without reading the rows it skips, and then only the window's rows are read.
   */
  private async presentAdjudications(db: DbOrTx, where: ReturnType<typeof sql>, page?: { limit: number; offset: number }) {
    const filter = page ? sql`id IN (SELECT id FROM registry_campaign_adjudication WHERE ${where} ORDER BY created_at, id LIMIT ${page.limit} OFFSET ${page.offset})` : where;
    const list = rows<{ id: string; campaignId: string; orgId: string; recordRef: string | null; status: 'open' | 'resolved'; fields: { field: string; header: string; first: string | null; second: string | null; differs: boolean }[]; resolvedBy: string | null; awardEntryId: string | null; firstId: string; secondId: string }>(
      await db.execute(sql`SELECT id, campaign_id AS "campaignId", org_id AS "orgId", record_ref AS "recordRef", status, fields, resolved_by AS "resolvedBy", award_entry_id AS "awardEntryId",
          first_entry_id AS "firstId", second_entry_id AS "secondId" FROM registry_campaign_adjudication WHERE ${filter}
          ORDER BY created_at, id`),
    );
    const ids = list.flatMap((a) => [a.firstId, a.secondId]);
    const entries = new Map(
      ids.length
        ? rows<EntryRow>(await db.execute(sql`SELECT ${ENTRY_COLUMNS} FROM registry_campaign_entry WHERE id = ANY(${pgArray(ids)}::uuid[])`)).map((e) => [e.id, e] as const)
        : [],
    );
    const names = await orgNames(db, list.map((a) => a.orgId));
    const side = (e: EntryRow | undefined) => ({ entryId: e?.id ?? '', enteredBy: e?.enteredByUsername ?? '', cells: e?.cells ?? {} });
    return list.map((a) => ({
      id: a.id,
      campaignId: a.campaignId,
      orgId: a.orgId,
      orgName: names.get(a.orgId)!,
      recordRef: a.recordRef,
      status: a.status,
      first: side(entries.get(a.firstId)),
      second: side(entries.get(a.secondId)),
      fields: a.fields,
      resolvedBy: a.resolvedBy,
      awardEntryId: a.awardEntryId,
    }));
  }

  /**
   * One page of a campaign's adjudications (oldest first, then id) and the exact number that match. With `q`,
   * the domain's `adjudicationSearch` decides. SQL only pre-filters, on the stored `search_text` (registry
   * migration 0006): for each folded query word, a word of the record number, officers or both entries' cells
   * begins with it (`search_text LIKE '% word%'`, served by the trigram index), or the adjudication's unit
   * matches that word (unit names are matched here, by the domain rule); an adjudication whose text has a
   * character outside ADJUDICATION_PREFILTER_CHARS has no search text and is always a candidate. The
   * pre-filter keeps every match — SQL folds exactly as the domain on those characters — so counting the
   * candidates that the rule accepts gives the exact total. The rule reads a candidate's stored text (the same
   * words as its entries, folded already) or, without one, its entries.
   */
  async adjudications(actor: Actor, id: string, q: { status?: 'open' | 'resolved' | undefined; q?: string | undefined; limit: number; offset: number }) {
    await this.adjudicator(actor, id);
    const db = this.deps.db;
    const status = q.status ? sql`AND status = ${q.status}` : sql``;
    const where = sql`campaign_id = ${id}::uuid ${status}`;
    const words = adjudicationSearchWords(q.q ?? '');
    const matches = adjudicationSearch(q.q ?? '');
    if (!matches) {
      const [t] = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM registry_campaign_adjudication WHERE ${where}`));
      return { items: await this.presentAdjudications(db, where, { limit: q.limit, offset: q.offset }), total: t!.n };
    }
    // The unit as the card names it (presentAdjudications reads the same names).
    const orgIds = rows<{ orgId: string }>(await db.execute(sql`SELECT DISTINCT org_id AS "orgId" FROM registry_campaign_adjudication WHERE ${where}`)).map((r) => r.orgId);
    const names = await orgNames(db, orgIds);
    const blank = { enteredBy: '', cells: {} };
    const unitsOf = words.map((w) => orgIds.filter((o) => adjudicationMatches({ recordRef: null, orgName: names.get(o)!, first: blank, second: blank }, w)));
    const candidates = rows<{ id: string; orgId: string; searchText: string | null; recordRef: string | null; firstBy: string | null; firstCells: Record<string, string> | null; secondBy: string | null; secondCells: Record<string, string> | null }>(
      await db.execute(adjudicationCandidatesSql(where, words, unitsOf)),
    );
    // The rule reads a stored search text as it is (the record number, officers and cells, already folded as the
    // rule folds them: the same words), and an adjudication without one from its entries.
    const found = candidates.filter((c) =>
      c.searchText !== null
        ? matches({ recordRef: c.searchText, orgName: names.get(c.orgId)!, first: blank, second: blank })
        : matches({ recordRef: c.recordRef, orgName: names.get(c.orgId)!, first: { enteredBy: c.firstBy ?? '', cells: c.firstCells ?? {} }, second: { enteredBy: c.secondBy ?? '', cells: c.secondCells ?? {} } }),
    );
    const ids = found.slice(q.offset, q.offset + q.limit).map((c) => c.id);
    return { items: ids.length ? await this.presentAdjudications(db, sql`id = ANY(${pgArray(ids)}::uuid[])`) : [], total: found.length };
  }

  /**
   * An adjudicator (neither of the two officers) settles the differing fields: the first entry's
   * cells overlaid with the chosen values are validated like any record and committed.
   */
  async resolve(actor: Actor, id: string, adjudicationId: string, input: { cells: CampaignCells }, meta: RequestMeta) {
    const c = await this.adjudicator(actor, id);
    if (c.status !== 'open') throw new AppError('campaign_not_open', { status: c.status });
    return this.deps.db.transaction(async (tx) => {
      const [a] = rows<{ id: string; orgId: string; status: string; firstId: string; secondId: string; recordRef: string | null }>(
        await tx.execute(sql`SELECT id, org_id AS "orgId", status, first_entry_id AS "firstId", second_entry_id AS "secondId", record_ref AS "recordRef"
          FROM registry_campaign_adjudication WHERE id = ${adjudicationId}::uuid AND campaign_id = ${id}::uuid FOR UPDATE`),
      );
      if (!a) throw new AppError('not_found');
      if (a.status !== 'open') throw new AppError('conflict', { status: a.status, reason: 'Bản ghi đã được đối chiếu' });
      const entries = rows<EntryRow>(await tx.execute(sql`SELECT ${ENTRY_COLUMNS} FROM registry_campaign_entry WHERE id IN (${a.firstId}::uuid, ${a.secondId}::uuid)`));
      if (entries.some((e) => e.enteredBy === actor.userId)) throw new AppError('campaign_adjudicator_entered');
      const first = entries.find((e) => e.id === a.firstId)!;
      const cells = { ...first.cells, ...cleanCells(input.cells) };
      for (const k of CAMPAIGN_FIELD_KEYS) if (input.cells[k] !== undefined && input.cells[k]!.trim() === '') delete cells[k];
      const v = await this.validate(tx, c, cells);
      if (!v.row) throw new AppError('registry_entry_invalid', { errors: v.errors, warnings: v.warnings });
      const done = await this.commit(tx, c, a.orgId, v.row, first.id, actor);
      const today = this.today();
      await tx.execute(sql`UPDATE registry_campaign_adjudication SET status = 'resolved', resolution = ${JSON.stringify(cells)}::jsonb, award_entry_id = ${done.entryId}::uuid,
          resolved_by = ${actor.username}, resolved_at = now() WHERE id = ${adjudicationId}::uuid`);
      await tx.execute(sql`UPDATE registry_campaign_entry SET status = 'resolved', outcome = ${done.outcome}, award_entry_id = ${done.entryId}::uuid, committed_on = ${today}::date
          WHERE id IN (${a.firstId}::uuid, ${a.secondId}::uuid)`);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.campaign.adjudicate', entity: 'registry_campaign_adjudication', entityId: adjudicationId, orgId: a.orgId, before: { status: 'open' }, after: { status: 'resolved', cells, outcome: done.outcome, awardEntryId: done.entryId }, ip: meta.ip, requestId: meta.requestId });
      return (await this.presentAdjudications(tx, sql`id = ${adjudicationId}::uuid`))[0]!;
    });
  }

  /**
   * Progress per unit and per day against the targets and the deadline (working days, RULES.md §6). A record is
   * a paper record of a unit (its recordRef; an entry without one is a record of its own): entered when it has an
   * entry, committed when one of its entries reached the ledger (committed or resolved), in adjudication when one
   * is; the entries waiting for their second are counted one by one. Per day: the entries keyed that day and the
   * records first committed that day. One statement: the campaign's entries (of the units the actor may see)
   * grouped once by record, in the order of registry_campaign_entry_record_idx and from it alone (registry
   * migration 0007; the key is its expression, "C" included), and from those groups the units and the commits
   * per day; the entries per day counted beside them (index-only, registry_campaign_entry_officer_day_idx).
   */
  async progress(actor: Actor, id: string) {
    const c = await this.visible(actor, id);
    const seeAll = await this.scope.contains(actor, 'registry.campaign.read', c.ownerOrgId);
    const assigned = seeAll ? [] : await this.assignedOrgs(this.deps.db, id, actor.userId);
    const today = this.today();
    const visible = seeAll ? sql`` : sql`AND org_id = ANY(${pgArray(assigned)}::uuid[])`;
    const out = rows<{ kind: 'unit' | 'day'; orgId: string | null; date: string | null; target: number; entered: number; committed: number; adjudication: number; awaitingSecond: number }>(
      await this.deps.db.execute(sql`WITH r AS MATERIALIZED (
          SELECT org_id, bool_or(status IN ('committed','resolved')) AS committed, bool_or(status = 'adjudication') AS adjudication,
                 count(*) FILTER (WHERE status = 'awaiting_second') AS awaiting, min(committed_on) AS committed_on
            FROM registry_campaign_entry WHERE campaign_id = ${id}::uuid ${visible}
            GROUP BY org_id, coalesce(record_ref, id::text) COLLATE "C"),
        u AS (SELECT org_id, count(*) AS entered, count(*) FILTER (WHERE committed) AS committed, count(*) FILTER (WHERE adjudication) AS adjudication,
                     sum(awaiting) AS awaiting FROM r GROUP BY org_id),
        t AS (SELECT org_id, expected FROM registry_campaign_target WHERE campaign_id = ${id}::uuid ${visible})
        SELECT 'unit' AS kind, coalesce(u.org_id, t.org_id) AS "orgId", NULL AS date, coalesce(t.expected, 0)::int AS target, coalesce(u.entered, 0)::int AS entered,
               coalesce(u.committed, 0)::int AS committed, coalesce(u.adjudication, 0)::int AS adjudication, coalesce(u.awaiting, 0)::int AS "awaitingSecond"
          FROM u FULL JOIN t ON t.org_id = u.org_id
        UNION ALL
        SELECT 'day', NULL, to_char(day, 'YYYY-MM-DD'), 0, sum(entered)::int, sum(committed)::int, 0, 0
          FROM (SELECT entered_on AS day, count(*) AS entered, 0 AS committed FROM registry_campaign_entry WHERE campaign_id = ${id}::uuid ${visible} GROUP BY entered_on
                UNION ALL SELECT committed_on, 0, count(*) FROM r WHERE committed_on IS NOT NULL GROUP BY committed_on) d
          GROUP BY day
        ORDER BY 3`),
    );
    const units = out.filter((r) => r.kind === 'unit').map((r) => ({ orgId: r.orgId!, target: r.target, entered: r.entered, committed: r.committed, adjudication: r.adjudication, awaitingSecond: r.awaitingSecond }));
    const perDay = out.filter((r) => r.kind === 'day').map((r) => ({ date: r.date!, entered: r.entered, committed: r.committed }));
    const names = await orgNames(this.deps.db, units.map((u) => u.orgId));
    const wd = await workingDays(this.deps);
    const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const last = today < c.deadline ? today : c.deadline;
    const workingDaysElapsed = today < c.startDate ? 0 : wd.workingDaysBetween(dayBefore(c.startDate), last);
    const from = today < c.startDate ? dayBefore(c.startDate) : today;
    const workingDaysLeft = from < c.deadline ? wd.workingDaysBetween(from, c.deadline) : 0;
    const sum = (k: 'target' | 'entered' | 'committed' | 'adjudication' | 'awaitingSecond') => units.reduce((s, u) => s + u[k], 0);
    const totals = { target: sum('target'), entered: sum('entered'), committed: sum('committed'), adjudication: sum('adjudication'), awaitingSecond: sum('awaitingSecond') };
    return {
      campaignId: id,
      today,
      startDate: c.startDate,
      deadline: c.deadline,
      workingDaysElapsed,
      workingDaysLeft,
      totals,
      units: units.map((u) => ({ ...u, orgName: names.get(u.orgId)! })).sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi')),
      perDay,
      projection: projectCampaign({ target: totals.target, committed: totals.committed, workingDaysElapsed, workingDaysLeft }),
    };
  }
}
