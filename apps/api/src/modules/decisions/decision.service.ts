import { randomBytes } from 'node:crypto';
import { AppError } from '@thidua/contracts';
import type { DbOrTx } from '@thidua/db';
import { renderCertificatesPdf, renderDecisionDocx } from '@thidua/documents';
import {
  DECISION_REVOCATION_GROUNDS,
  decisionSummaryVi,
  formatDecisionNumber,
  getAwardDefinition,
  parseDecisionNumber,
  type RevocationGround,
} from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { assertNotQuarantined } from '../../files/quarantine.js';
import { organisationRepository, type OrgRow } from '../organisations/organisation.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import {
  DossierService,
  dossierRepository,
  rolesOver,
  withIdempotency,
  workingDays,
  type DossierRow,
} from '../dossiers/index.js';
import { correctLedgerEntries, createLedgerEntries, revokeLedgerEntries } from '../registry/index.js';
import { decisionRepository as repo, type AwardEntryRow, type DecisionRow } from './decision.repository.js';

export interface IssueInput {
  dossierIds: string[];
  date: string;
  authority?: string | undefined;
  symbol: string;
  number?: string | undefined;
  signerName: string;
  signerTitle: string;
  achievement?: string | undefined;
}

export interface RevokeInput {
  date: string;
  ground: RevocationGround;
  reason: string;
  awardEntryIds?: string[] | undefined;
  number?: string | undefined;
  signerName: string;
  signerTitle: string;
}

/** What the decision document is made from; stored with the decision (immutable once issued). */
interface DecisionContent {
  issuingBody: string;
  issuerTitle: string;
  place: string;
  awardName?: string;
  achievement?: string;
  proposal?: string;
  legalBases: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  awardees?: { name: string; kind: 'individual' | 'collective'; position?: string; organisation?: string }[];
  revokes?: { number: string; date: string; summary: string; reason: string; ground: string; entryIds: string[] };
  corrects?: { number: string; date: string; summary: string; corrections: { location?: string; wrong: string; right: string }[] };
}

export interface CorrectInput {
  date: string;
  corrections: { location?: string | undefined; wrong: string; right: string; entryId?: string | undefined; field?: 'subjectName' | 'organisationText' | 'achievementYear' | undefined }[];
  reason?: string | undefined;
  number?: string | undefined;
  signerName: string;
  signerTitle: string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A certificate verification code: unguessable (≈ 50 bits), no ambiguous characters. */
function certificateCode(prefix: string): string {
  const b = randomBytes(10);
  let s = '';
  for (let i = 0; i < 10; i++) s += CODE_ALPHABET[b[i]! % CODE_ALPHABET.length];
  return `${prefix}-${s}`;
}

const LEGAL_BASES = [
  'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
];

/** The decision a revocation or correction refers to, as a list or page names it. */
type Reference = { id: string; number: string; date: string };

/**
 * What a client needs to word a decision's summary in its own language (kind, award code, how many awardees,
 * the decision it revokes or corrects); `summary` is the Vietnamese record.
 */
function summaryFacts(d: DecisionRow, references: ReadonlyMap<string, Reference>) {
  const content = d.content as DecisionContent;
  return {
    kind: d.kind as 'award' | 'revocation' | 'correction',
    summary: d.summary,
    award: d.awardCode,
    awardees: d.kind === 'correction' ? null : (content.awardees?.length ?? null),
    references: d.referencesId ? (references.get(d.referencesId) ?? null) : null,
  };
}

/** A registry entry as a decision page lists it. */
function presentDecisionEntry(e: { id: string; subjectName: string | null; awardCode: string; achievementYear: number | null; organisationText: string | null; certificateCode: string | null; status: string; replacedById: string | null }) {
  return {
    id: e.id,
    name: e.subjectName ?? '',
    award: e.awardCode,
    year: e.achievementYear,
    organisationText: e.organisationText,
    certificateCode: e.certificateCode,
    status: e.status,
    replacedById: e.replacedById,
  };
}

export class DecisionService {
  private readonly scope: ScopeService;
  constructor(
    private readonly deps: AppDeps,
    private readonly dossiers: DossierService,
  ) {
    this.scope = new ScopeService(deps.db);
  }

  /** The province (or centrally-run city) above an organisation on a date. */
  private async provinceOf(orgId: string, date: string): Promise<OrgRow> {
    let o = await organisationRepository.getById(this.deps.db, orgId, date);
    for (let i = 0; o && o.kind !== 'province' && o.parentId && i < 8; i++)
      o = await organisationRepository.getById(this.deps.db, o.parentId, date);
    if (!o || o.kind !== 'province')
      throw new AppError('validation_failed', {
        issues: [{ path: 'dossierIds', message: 'Không xác định được tỉnh, thành phố của đơn vị đề nghị' }],
      });
    return o;
  }

  private async visible(actor: Actor, id: string): Promise<DecisionRow> {
    const d = await repo.get(this.deps.db, id);
    if (!d) throw new AppError('not_found');
    const ids = await this.scope.idsFor(actor, 'decision.read');
    if (ids !== null && !(await repo.visibleThrough(this.deps.db, id, ids))) throw new AppError('not_found');
    return d;
  }

  async list(actor: Actor, q: { limit: number; offset: number }) {
    const ids = await this.scope.idsFor(actor, 'decision.read');
    const { items, total } = await repo.list(this.deps.db, ids, q.limit, q.offset);
    const references = await repo.references(this.deps.db, items);
    return {
      items: items.map((d) => ({
        id: d.id,
        number: d.number,
        date: d.date,
        authority: d.authority,
        status: d.status as 'issued' | 'revoked' | 'corrected',
        ...summaryFacts(d, references),
      })),
      total,
    };
  }

  async get(actor: Actor, id: string) {
    const d = await this.visible(actor, id);
    return this.present(d);
  }

  private async present(d: DecisionRow) {
    const entries = d.kind === 'revocation' ? [] : await repo.entriesOf(this.deps.db, d.id);
    const revocations = await repo.revocationsOf(this.deps.db, d.id);
    const corrections = await repo.correctionsOf(this.deps.db, d.id);
    const references = await repo.references(this.deps.db, [d]);
    return {
      id: d.id,
      number: d.number,
      date: d.date,
      authority: d.authority,
      status: d.status as 'issued' | 'revoked' | 'corrected',
      ...summaryFacts(d, references),
      referencesId: d.referencesId,
      reason: d.reason,
      signedScan: d.signedScanSha256 ? { sha256: d.signedScanSha256 } : null,
      entries: entries.map(presentDecisionEntry),
      revokedBy: revocations.map((r) => ({ id: r.id, number: r.number, date: r.date })),
      correctedBy: corrections.map((r) => ({ id: r.id, number: r.number, date: r.date })),
    };
  }

  /** The number of a new decision: from the number book (locked counter) or entered by the clerk's office and checked. */
  private async allocateNumber(tx: DbOrTx, bookKey: string, symbol: string, date: string, manual: string | undefined) {
    const year = Number(date.slice(0, 4));
    if (manual !== undefined) {
      const p = parseDecisionNumber(manual);
      if (!p) throw new AppError('validation_failed', { issues: [{ path: 'number', message: 'Số quyết định phải có dạng 123/QĐ-UBND' }] });
      const number = formatDecisionNumber(p.seq, p.symbol);
      if (await repo.numberTaken(tx, bookKey, number)) throw new AppError('decision_number_taken', { number });
      return { year, seq: null, number };
    }
    const seq = await repo.nextNumber(tx, bookKey, year);
    return { year, seq, number: formatDecisionNumber(seq, symbol) };
  }

  /**
   * Issues the award decision for approved dossiers in ONE transaction: the number, the decision,
   * the registry entries (award_entry, source `decided`, with certificate codes) and the dossiers'
   * move to `decided`. With an Idempotency-Key a replay returns the stored answer and creates nothing.
   */
  async issue(actor: Actor, input: IssueInput, idempotencyKey: string | undefined, meta: RequestMeta) {
    const ids = [...new Set(input.dossierIds)].sort();
    const rows: DossierRow[] = [];
    for (const id of ids) {
      const d = await this.dossiers.visibleRow(actor, id);
      if (!(await rolesOver(this.deps.db, actor, d.ownerOrgId)).some((r) => r === 'leader' || r === 'admin'))
        throw new AppError('forbidden');
      rows.push(d);
    }
    const award = rows[0]!.awardCode;
    if (rows.some((d) => d.awardCode !== award))
      throw new AppError('validation_failed', {
        issues: [{ path: 'dossierIds', message: 'Một quyết định chỉ cho một hình thức khen thưởng' }],
      });
    const def = getAwardDefinition(award);
    const province = await this.provinceOf(rows[0]!.ownerOrgId, input.date);
    const unit = province.isCity ? 'thành phố' : 'tỉnh';
    const authority = input.authority ?? `Chủ tịch Ủy ban nhân dân ${unit} ${province.name}`;
    const bookKey = `${province.id}:${input.symbol}`;
    const cal = await workingDays(this.deps);
    const subjectsAll = await dossierRepository.subjectsOf(this.deps.db, ids);
    const unitNames = new Map<string, string>();
    for (const d of rows) unitNames.set(d.id, (await organisationRepository.getById(this.deps.db, d.ownerOrgId, input.date))?.name ?? '');
    const now = this.deps.now();
    const res = await this.deps.db.transaction(async (tx) =>
      withIdempotency(tx, { key: idempotencyKey, actorUserId: actor.userId, operation: 'decision.issue', request: input }, async () => {
        const locked = await dossierRepository.getManyForUpdate(tx, ids);
        for (const d of locked)
          if (d.status !== 'approved')
            throw new AppError('invalid_transition', { dossierId: d.id, status: d.status, allowedFrom: ['approved'] });
        const subjects = subjectsAll.filter((s) => s.result === 'approved');
        if (!subjects.length) throw new AppError('invalid_transition', { reason: 'no_approved_nominee' });
        const { year, seq, number } = await this.allocateNumber(tx, bookKey, input.symbol, input.date, input.number);
        const achievement =
          input.achievement ??
          locked[0]!.achievement ??
          `đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${locked[0]!.achievementYear ?? locked[0]!.periodTo ?? year - 1}`;
        const content: DecisionContent = {
          issuingBody: `ỦY BAN NHÂN DÂN ${unit.toUpperCase()} ${province.name.toUpperCase()}`,
          issuerTitle: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${unit.toUpperCase()} ${province.name.toUpperCase()}`,
          place: province.name,
          awardName: def?.name ?? award,
          achievement,
          proposal: `Theo đề nghị của Trưởng ban Ban Thi đua – Khen thưởng ${unit} và kết quả họp Hội đồng Thi đua – Khen thưởng ${unit}`,
          legalBases: LEGAL_BASES,
          signerAuthority: 'KT. CHỦ TỊCH',
          signerTitle: input.signerTitle,
          signerName: input.signerName,
          awardees: subjects.map((s) => ({
            name: s.subjectName,
            kind: s.kind === 'collective' ? 'collective' : 'individual',
            ...(s.title ? { position: s.title } : {}),
            ...(s.organisationText ? { organisation: s.organisationText } : {}),
          })),
        };
        const dec = await repo.insert(tx, {
          kind: 'award',
          ownerOrgId: province.id,
          bookKey,
          year,
          seq,
          number,
          date: input.date,
          authority,
          awardCode: award,
          summary: decisionSummaryVi({ kind: 'award', award }),
          content,
          status: 'issued',
          issuedBy: actor.username,
          issuedAt: now,
        });
        // The registry module's ledger write API, in this same transaction (issue #4 §7).
        await createLedgerEntries(
          tx,
          subjects.map((s, i) => {
            const d = locked.find((x) => x.id === s.dossierId)!;
            return {
              subjectKind: s.kind as 'individual' | 'collective' | 'household',
              personId: s.personId,
              collectiveOrgId: s.collectiveOrgId,
              subjectName: s.subjectName,
              awardCode: award,
              awardType: d.awardType,
              achievementYear: d.achievementYear,
              periodFrom: d.periodFrom,
              periodTo: d.periodTo,
              decisionId: dec.id,
              decisionNumber: number,
              decisionDate: input.date,
              decisionAuthority: authority,
              organisationId: d.ownerOrgId,
              organisationText: unitNames.get(d.id) ?? null,
              certificateCode: certificateCode(`${year}`),
              source: 'decided' as const,
              sourceRef: `${String(i).padStart(4, '0')}|dossier:${d.id}`,
              ownerOrgId: province.id,
              createdBy: actor.username,
            };
          }),
        );
        const entries = await repo.entriesOf(tx, dec.id);
        for (const d of locked)
          await this.dossiers.systemTransition(
            tx,
            d,
            'issue_decision',
            actor,
            cal,
            { decisionId: dec.id },
            `Quyết định số ${number}`,
            meta,
          );
        await auditRepository.append(tx, {
          at: now,
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action: 'decision.issue',
          entity: 'decision',
          entityId: dec.id,
          orgId: province.id,
          after: {
            number,
            date: input.date,
            authority,
            award,
            dossiers: ids,
            entries: entries.map((e) => ({ id: e.id, name: e.subjectName, certificateCode: e.certificateCode })),
          },
          ip: meta.ip,
          requestId: meta.requestId,
        });
        return { status: 201 as const, body: await this.presentTx(tx, dec.id) };
      }),
    );
    return res;
  }

  /** Presents inside the issuing transaction (so the stored idempotent answer is complete). */
  private async presentTx(tx: DbOrTx, id: string) {
    const d = (await repo.get(tx, id))!;
    const entries = await repo.entriesOf(tx, id);
    const references = await repo.references(tx, [d]);
    return {
      id: d.id,
      number: d.number,
      date: d.date,
      authority: d.authority,
      status: d.status as 'issued' | 'revoked' | 'corrected',
      ...summaryFacts(d, references),
      referencesId: d.referencesId,
      reason: d.reason,
      signedScan: null,
      entries: entries.map(presentDecisionEntry),
      revokedBy: [] as { id: string; number: string; date: string }[],
      correctedBy: [] as { id: string; number: string; date: string }[],
    };
  }

  /**
   * Revocation (Law 2022 Art. 92(2)): a NEW decision referencing the old one; the registry entries are
   * marked `revoked` (kept, never deleted) and the old decision's status becomes `revoked` when all its
   * entries are. The old decision's content stays as issued (trigger).
   */
  async revoke(actor: Actor, id: string, input: RevokeInput, idempotencyKey: string | undefined, meta: RequestMeta) {
    const old = await this.visible(actor, id);
    if (!(await this.scope.contains(actor, 'decision.issue', old.ownerOrgId))) throw new AppError('forbidden');
    if (old.kind !== 'award') throw new AppError('invalid_transition', { reason: 'not_an_award_decision' });
    const symbol = old.bookKey.split(':')[1] ?? 'QĐ-UBND';
    const now = this.deps.now();
    return this.deps.db.transaction(async (tx) =>
      withIdempotency(
        tx,
        { key: idempotencyKey, actorUserId: actor.userId, operation: `decision.revoke:${id}`, request: input },
        async () => {
          const locked = await repo.getForUpdate(tx, id);
          if (!locked || (locked.status !== 'issued' && locked.status !== 'corrected'))
            throw new AppError('invalid_transition', { status: locked?.status, allowedFrom: ['issued', 'corrected'] });
          const all = await repo.entriesOf(tx, id);
          const valid = all.filter((e) => e.status === 'valid');
          const target = input.awardEntryIds ? valid.filter((e) => input.awardEntryIds!.includes(e.id)) : valid;
          if (!target.length || (input.awardEntryIds && target.length !== new Set(input.awardEntryIds).size))
            throw new AppError('validation_failed', {
              issues: [{ path: 'awardEntryIds', message: 'Không có khen thưởng còn hiệu lực tương ứng trong quyết định' }],
            });
          const { year, seq, number } = await this.allocateNumber(tx, old.bookKey, symbol, input.date, input.number);
          const oldContent = old.content as DecisionContent;
          const groundText = DECISION_REVOCATION_GROUNDS[input.ground];
          const content: DecisionContent = {
            ...oldContent,
            legalBases: [
              ...LEGAL_BASES,
              `Quyết định số ${old.number} ngày ${old.date.split('-').reverse().join('/')} của ${old.authority} ${old.summary.charAt(0).toLowerCase()}${old.summary.slice(1)}`,
            ],
            signerTitle: input.signerTitle,
            signerName: input.signerName,
            awardees: target.map((e) => ({
              name: e.subjectName ?? '',
              kind: e.subjectKind === 'collective' ? 'collective' : 'individual',
              ...(e.organisationText ? { organisation: e.organisationText } : {}),
            })),
            revokes: {
              number: old.number,
              date: old.date,
              summary: old.summary,
              reason: `${groundText} (điểm ${input.ground} khoản 2 Điều 92 Luật Thi đua, khen thưởng): ${input.reason}`,
              ground: input.ground,
              entryIds: target.map((e) => e.id),
            },
          };
          const dec = await repo.insert(tx, {
            kind: 'revocation',
            ownerOrgId: old.ownerOrgId,
            bookKey: old.bookKey,
            year,
            seq,
            number,
            date: input.date,
            authority: old.authority,
            awardCode: old.awardCode,
            summary: decisionSummaryVi({ kind: 'revocation', referencedNumber: old.number }),
            content,
            referencesId: old.id,
            reason: input.reason,
            ground: input.ground,
            status: 'issued',
            issuedBy: actor.username,
            issuedAt: now,
          });
          await revokeLedgerEntries(
            tx,
            target.map((e) => e.id),
          );
          if (target.length === valid.length) await repo.setStatus(tx, old.id, 'revoked');
          await auditRepository.append(tx, {
            at: now,
            actorUserId: actor.userId,
            actorUsername: actor.username,
            action: 'decision.revoke',
            entity: 'decision',
            entityId: dec.id,
            orgId: old.ownerOrgId,
            before: { decision: old.number, status: old.status },
            after: { number, references: old.id, ground: input.ground, reason: input.reason, entries: target.map((e) => e.id) },
            ip: meta.ip,
            requestId: meta.requestId,
          });
          return { status: 201 as const, body: await this.presentTx(tx, dec.id) };
        },
      ),
    );
  }

  /**
   * Correction (đính chính): a NEW decision referencing the old one, listing what was written and what
   * it should read; the old decision's content stays as issued and its status becomes `corrected`.
   */
  async correct(actor: Actor, id: string, input: CorrectInput, idempotencyKey: string | undefined, meta: RequestMeta) {
    const old = await this.visible(actor, id);
    if (!(await this.scope.contains(actor, 'decision.issue', old.ownerOrgId))) throw new AppError('forbidden');
    if (old.kind !== 'award') throw new AppError('invalid_transition', { reason: 'not_an_award_decision' });
    const symbol = old.bookKey.split(':')[1] ?? 'QĐ-UBND';
    const now = this.deps.now();
    return this.deps.db.transaction(async (tx) =>
      withIdempotency(
        tx,
        { key: idempotencyKey, actorUserId: actor.userId, operation: `decision.correct:${id}`, request: input },
        async () => {
          const locked = await repo.getForUpdate(tx, id);
          if (!locked || (locked.status !== 'issued' && locked.status !== 'corrected'))
            throw new AppError('invalid_transition', { status: locked?.status, allowedFrom: ['issued', 'corrected'] });
          const { year, seq, number } = await this.allocateNumber(tx, old.bookKey, symbol, input.date, input.number);
          const oldContent = old.content as DecisionContent;
          const corrections = input.corrections.map((c) => ({
            ...(c.location ? { location: c.location } : {}),
            wrong: c.wrong,
            right: c.right,
          }));
          const content: DecisionContent = {
            ...oldContent,
            legalBases: [
              ...LEGAL_BASES,
              `Quyết định số ${old.number} ngày ${old.date.split('-').reverse().join('/')} của ${old.authority}`,
            ],
            signerTitle: input.signerTitle,
            signerName: input.signerName,
            awardees: [],
            corrects: { number: old.number, date: old.date, summary: old.summary, corrections },
          };
          const dec = await repo.insert(tx, {
            kind: 'correction',
            ownerOrgId: old.ownerOrgId,
            bookKey: old.bookKey,
            year,
            seq,
            number,
            date: input.date,
            authority: old.authority,
            awardCode: old.awardCode,
            summary: decisionSummaryVi({ kind: 'correction', referencedNumber: old.number }),
            content,
            referencesId: old.id,
            reason: input.reason ?? null,
            status: 'issued',
            issuedBy: actor.username,
            issuedAt: now,
          });
          // Corrections that name a registry entry and field change the registry too (history kept).
          const entryCorrections = await correctLedgerEntries(
            tx,
            old.id,
            dec.id,
            input.corrections.flatMap((c, index) => (c.entryId && c.field ? [{ index, entryId: c.entryId, field: c.field, wrong: c.wrong, right: c.right }] : [])),
          );
          await repo.setStatus(tx, old.id, 'corrected');
          await auditRepository.append(tx, {
            at: now,
            actorUserId: actor.userId,
            actorUsername: actor.username,
            action: 'decision.correct',
            entity: 'decision',
            entityId: dec.id,
            orgId: old.ownerOrgId,
            before: { decision: old.number, status: old.status },
            after: { number, references: old.id, corrections, entryCorrections },
            ip: meta.ip,
            requestId: meta.requestId,
          });
          return { status: 201 as const, body: await this.presentTx(tx, dec.id) };
        },
      ),
    );
  }

  async documentDocx(actor: Actor, id: string) {
    const d = await this.visible(actor, id);
    const c = d.content as DecisionContent;
    return renderDecisionDocx({
      issuingBody: c.issuingBody,
      number: d.number,
      place: c.place,
      date: d.date as never,
      summary: d.summary,
      issuerTitle: c.issuerTitle,
      legalBases: c.legalBases,
      ...(c.proposal ? { proposal: c.proposal } : {}),
      ...(c.awardName && !c.revokes && !c.corrects
        ? { award: { name: c.awardName, ...(c.achievement ? { achievement: c.achievement } : {}) } }
        : {}),
      awardees: c.awardees ?? [],
      recipients: ['Như Điều 3', 'Ban Thi đua – Khen thưởng', 'Lưu: VT'],
      signerAuthority: c.signerAuthority,
      signerTitle: c.signerTitle,
      signerName: c.signerName,
      ...(c.revokes
        ? { revokes: { number: c.revokes.number, date: c.revokes.date as never, summary: c.revokes.summary, reason: c.revokes.reason } }
        : {}),
      ...(c.corrects
        ? {
            corrects: {
              number: c.corrects.number,
              date: c.corrects.date as never,
              summary: c.corrects.summary,
              corrections: c.corrects.corrections,
            },
          }
        : {}),
    });
  }

  async certificatesPdf(actor: Actor, id: string) {
    const d = await this.visible(actor, id);
    if (d.kind !== 'award') throw new AppError('invalid_transition', { reason: 'not_an_award_decision' });
    const c = d.content as DecisionContent;
    const def = d.awardCode ? getAwardDefinition(d.awardCode) : undefined;
    const entries = await repo.entriesOf(this.deps.db, id);
    const title = d.awardCode === 'giay_khen' ? 'GIẤY KHEN' : 'BẰNG KHEN';
    return renderCertificatesPdf({
      verifyBaseUrl: this.deps.config.publicBaseUrl,
      documentTitle: `${def?.name ?? 'Bằng khen'} – Quyết định số ${d.number}`,
      createdAt: d.issuedAt,
      certificates: entries.map((e: AwardEntryRow) => ({
        title,
        issuerTitle: c.issuerTitle,
        holderName: e.subjectName ?? '',
        ...(e.organisationText ? { organisation: e.organisationText } : {}),
        achievement: (c.achievement ?? '').replace(/^đ/, 'Đ'),
        place: c.place,
        date: d.date as never,
        signerAuthority: c.signerAuthority,
        signerTitle: c.signerTitle,
        signerName: c.signerName,
        decisionNumber: d.number,
        decisionDate: d.date as never,
        verificationCode: e.certificateCode ?? '',
      })),
    });
  }

  async uploadSignedScan(actor: Actor, id: string, file: { fileName: string; bytes: Buffer }, meta: RequestMeta) {
    const d = await this.visible(actor, id);
    if (!(await this.scope.contains(actor, 'decision.issue', d.ownerOrgId))) throw new AppError('forbidden');
    const media = await this.dossiers.uploads.check(actor, meta, { entity: 'decision', entityId: id }, file);
    if (media.mediaType !== 'application/pdf') throw new AppError('unsupported_media_type', { allowed: ['pdf'] });
    if (d.signedScanKey) throw new AppError('invalid_transition', { reason: 'scan_already_uploaded' });
    const stored = await this.dossiers.storage.put(file.bytes);
    const now = this.deps.now();
    await this.deps.db.transaction(async (tx) => {
      await repo.setSignedScan(tx, id, stored.key, stored.sha256);
      await auditRepository.append(tx, {
        at: now,
        actorUserId: actor.userId,
        actorUsername: actor.username,
        action: 'decision.signed_scan',
        entity: 'decision',
        entityId: id,
        orgId: d.ownerOrgId,
        after: { sha256: stored.sha256, size: stored.size },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    });
    return this.get(actor, id);
  }

  async signedScan(actor: Actor, id: string) {
    const d = await this.visible(actor, id);
    if (!d.signedScanKey) throw new AppError('not_found');
    await assertNotQuarantined(this.deps.db, 'decision', d.id);
    return this.dossiers.storage.get(d.signedScanKey);
  }

  /** Public certificate verification: minimal data (holder name, award, decision, status). */
  async verify(code: string) {
    const e = await repo.entryByCode(this.deps.db, code.trim().toUpperCase());
    if (!e) throw new AppError('not_found');
    let revokedBy: { number: string; date: string } | null = null;
    if (e.status === 'revoked' && e.decisionId) {
      const revs = await repo.revocationsOf(this.deps.db, e.decisionId);
      const r = revs.find((x) => ((x.content as DecisionContent).revokes?.entryIds ?? []).includes(e.id)) ?? revs[0];
      if (r) revokedBy = { number: r.number, date: r.date };
    }
    const replacement = e.status === 'reissued' && e.replacedById ? await repo.entryById(this.deps.db, e.replacedById) : undefined;
    return {
      code: e.certificateCode!,
      status: e.status as 'valid' | 'revoked' | 'reissued',
      holder: { name: e.subjectName ?? '' },
      award: { code: e.awardCode, name: getAwardDefinition(e.awardCode)?.name ?? e.awardCode, year: e.achievementYear },
      decision: { number: e.decisionNumber, date: e.decisionDate, authority: e.decisionAuthority },
      revokedBy,
      newCode: replacement?.certificateCode ?? null,
    };
  }
}
