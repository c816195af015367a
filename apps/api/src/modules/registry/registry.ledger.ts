import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { registryFieldText } from '@thidua/domain';
import type { DbOrTx } from '@thidua/db';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { pgArray } from './name-index.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** One award entry to write (the decisions module writes these when a decision is issued). */
export interface LedgerEntryInput {
  subjectKind: 'individual' | 'collective' | 'household';
  personId?: string | null;
  collectiveOrgId?: string | null;
  subjectName?: string | null;
  awardCode: string;
  awardType?: string;
  achievementYear?: number | null;
  periodFrom?: number | null;
  periodTo?: number | null;
  decisionId?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  decisionAuthority?: string | null;
  organisationId?: string | null;
  organisationText?: string | null;
  certificateCode?: string | null;
  source?: 'decided' | 'imported' | 'campaign' | 'manual';
  sourceRef?: string | null;
  ownerOrgId: string;
  createdBy?: string | null;
}

/**
 * The ledger write API for other modules: inserts award entries inside the caller's transaction
 * (an issued decision and its entries commit together) and returns their ids in input order. The
 * caller audits its own action; people must exist already.
 */
export async function createLedgerEntries(tx: DbOrTx, entries: readonly LedgerEntryInput[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const col = <T>(f: (e: LedgerEntryInput) => T) => pgArray(entries.map((e) => (f(e) ?? null) as string | number | null));
  const r = rows<{ id: string }>(
    await tx.execute(sql`INSERT INTO award_entry (subject_kind, person_id, collective_org_id, subject_name, award_code, award_type, achievement_year, period_from, period_to,
        decision_id, decision_number, decision_date, decision_authority, organisation_id, organisation_text, certificate_code, status, source, source_ref, owner_org_id, created_by)
      SELECT * FROM unnest(${col((e) => e.subjectKind)}::text[], ${col((e) => e.personId)}::uuid[], ${col((e) => e.collectiveOrgId)}::uuid[], ${col((e) => e.subjectName?.normalize('NFC'))}::text[],
        ${col((e) => e.awardCode)}::text[], ${col((e) => e.awardType ?? 'cong_trang')}::text[], ${col((e) => e.achievementYear)}::smallint[], ${col((e) => e.periodFrom)}::smallint[], ${col((e) => e.periodTo)}::smallint[],
        ${col((e) => e.decisionId)}::uuid[], ${col((e) => e.decisionNumber)}::text[], ${col((e) => e.decisionDate)}::date[], ${col((e) => e.decisionAuthority)}::text[],
        ${col((e) => e.organisationId)}::uuid[], ${col((e) => e.organisationText)}::text[], ${col((e) => e.certificateCode)}::text[], ${col(() => 'valid')}::text[],
        ${col((e) => e.source ?? 'decided')}::text[], ${col((e) => e.sourceRef)}::text[], ${col((e) => e.ownerOrgId)}::uuid[], ${col((e) => e.createdBy)}::text[])
      RETURNING id`),
  );
  return r.map((x) => x.id);
}

/** Marks entries revoked (a revocation decision), in the caller's transaction. */
export async function revokeLedgerEntries(tx: DbOrTx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const r = rows<{ id: string }>(await tx.execute(sql`UPDATE award_entry SET status = 'revoked', version = version + 1 WHERE id = ANY(${pgArray([...ids])}::uuid[]) AND status = 'valid' RETURNING id`));
  return r.length;
}

/**
 * A lost or damaged certificate reissued: a new entry with the new certificate code; the old one
 * becomes `reissued` pointing to it (the public verification shows the new code).
 */
export async function reissueEntry(deps: AppDeps, actor: Actor, id: string, input: { certificateCode: string; reason: string }, meta: RequestMeta) {
  return deps.db.transaction(async (tx) => reissueEntryIn(tx, deps, actor, id, input, meta));
}

/** The same inside the caller's transaction (a reissue request issued). */
export async function reissueEntryIn(tx: DbOrTx, deps: AppDeps, actor: Actor, id: string, input: { certificateCode: string; reason: string }, meta: RequestMeta) {
  {
    const [old] = rows<Record<string, unknown> & { owner_org_id: string | null; status: string }>(await tx.execute(sql`SELECT * FROM award_entry WHERE id = ${id}::uuid FOR UPDATE`));
    if (!old || !old.owner_org_id || !(await new ScopeService(tx).contains(actor, 'registry.write', old.owner_org_id))) throw new AppError('not_found');
    if (old.status !== 'valid') throw new AppError('conflict', { status: old.status });
    const [dup] = rows<{ id: string }>(await tx.execute(sql`SELECT id FROM award_entry WHERE certificate_code = ${input.certificateCode}`));
    if (dup) throw new AppError('conflict', { reason: 'Mã chứng nhận đã tồn tại' });
    const [n] = rows<{ id: string }>(
      await tx.execute(sql`INSERT INTO award_entry (subject_kind, person_id, collective_org_id, subject_name, award_code, award_type, achievement_year, period_from, period_to,
          decision_id, decision_number, decision_date, decision_authority, organisation_id, organisation_text, certificate_code, status, source, source_ref, owner_org_id, note, created_by)
        SELECT subject_kind, person_id, collective_org_id, subject_name, award_code, award_type, achievement_year, period_from, period_to,
          decision_id, decision_number, decision_date, decision_authority, organisation_id, organisation_text, ${input.certificateCode}, 'valid', source, ${`reissue:${id}`}, owner_org_id, ${input.reason}, ${actor.username}
          FROM award_entry WHERE id = ${id}::uuid RETURNING id`),
    );
    await tx.execute(sql`UPDATE award_entry SET status = 'reissued', replaced_by_id = ${n!.id}::uuid, version = version + 1 WHERE id = ${id}::uuid`);
    await auditRepository.append(tx, { at: deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.entry.reissue', entity: 'award_entry', entityId: id, orgId: old.owner_org_id, before: { status: 'valid' }, after: { status: 'reissued', replacedById: n!.id, certificateCode: input.certificateCode, reason: input.reason }, ip: meta.ip, requestId: meta.requestId });
    return n!.id;
  }
}

/** A field of an entry that a correction decision changes (`wrong` is what it must read now). */
export interface LedgerCorrection {
  /** Position in the decision's list of corrections (for error paths). */
  index: number;
  entryId: string;
  field: 'subjectName' | 'organisationText' | 'achievementYear';
  wrong: string;
  right: string;
}

const COLUMN = { subjectName: 'subject_name', organisationText: 'organisation_text', achievementYear: 'achievement_year' } as const;
const same = (a: string | null | undefined, b: string) => (a ?? '').normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Applies a correction decision (đính chính) to the registry, in the caller's transaction: each listed
 * entry of the corrected decision takes the right value (id, certificate and status kept) and the change is
 * recorded in `award_entry_correction` with the correction decision. An individual's person record takes a
 * corrected name too when it read the same wrong text. Any item that does not fit refuses the whole
 * decision (validation_failed, with the index of each bad item).
 */
export async function correctLedgerEntries(tx: DbOrTx, correctedDecisionId: string, correctionDecisionId: string, items: readonly LedgerCorrection[]): Promise<LedgerCorrection[]> {
  if (items.length === 0) return [];
  const found = rows<{ id: string; status: string; personId: string | null; subjectKind: string; subjectName: string | null; organisationText: string | null; achievementYear: number | null; fullName: string | null }>(
    await tx.execute(sql`SELECT e.id, e.status, e.person_id AS "personId", e.subject_kind AS "subjectKind", e.subject_name AS "subjectName", e.organisation_text AS "organisationText",
        e.achievement_year AS "achievementYear", p.full_name AS "fullName"
      FROM award_entry e LEFT JOIN person p ON p.id = e.person_id
      WHERE e.id = ANY(${pgArray(items.map((i) => i.entryId))}::uuid[]) AND e.decision_id = ${correctedDecisionId}::uuid FOR UPDATE OF e`),
  );
  const issues: { path: string; message: string }[] = [];
  for (const it of items) {
    const e = found.find((f) => f.id === it.entryId);
    const at = `corrections.${it.index}`;
    if (!e) {
      issues.push({ path: `${at}.entryId`, message: 'Mục sổ khen thưởng không thuộc quyết định được đính chính' });
      continue;
    }
    if (e.status !== 'valid') issues.push({ path: `${at}.entryId`, message: 'Chỉ đính chính được mục còn hiệu lực' });
    const current = registryFieldText(e, it.field);
    if (!same(current, it.wrong)) issues.push({ path: `${at}.wrong`, message: `Mục đang ghi "${current}", không phải "${it.wrong}"` });
    if (it.field === 'achievementYear' && !/^(19|20)\d\d$/.test(it.right.trim())) issues.push({ path: `${at}.right`, message: 'Năm thành tích phải là năm có 4 chữ số' });
    if (it.field === 'subjectName' && it.right.trim() === '') issues.push({ path: `${at}.right`, message: 'Tên không được để trống' });
  }
  if (issues.length) throw new AppError('validation_failed', { issues });
  for (const it of items) {
    const e = found.find((f) => f.id === it.entryId)!;
    const right = it.right.normalize('NFC').replace(/\s+/g, ' ').trim();
    const value = it.field === 'achievementYear' ? sql`${Number(right)}::smallint` : sql`${right === '' ? null : right}`;
    await tx.execute(sql`UPDATE award_entry SET ${sql.identifier(COLUMN[it.field])} = ${value}, version = version + 1 WHERE id = ${it.entryId}::uuid`);
    if (it.field === 'subjectName' && e.subjectKind === 'individual' && e.personId && same(e.fullName, it.wrong)) {
      await tx.execute(sql`UPDATE person SET full_name = ${right} WHERE id = ${e.personId}::uuid`);
    }
    const before = it.field === 'achievementYear' ? (e.achievementYear === null ? null : String(e.achievementYear)) : e[it.field];
    await tx.execute(sql`INSERT INTO award_entry_correction (entry_id, decision_id, field, before, after) VALUES (${it.entryId}::uuid, ${correctionDecisionId}::uuid, ${it.field}, ${before}, ${right})`);
  }
  return [...items];
}
