import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { uuidv7, type Db, type DbOrTx } from '@thidua/db';
import {
  REGISTRY_COLUMNS,
  registryEntryKey,
  vietnamDate,
  type LegacyEncoding,
  type RegistryHeaderMapping,
  type ValidRegistryRow,
} from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { scopeRootsFor } from '../identity/identity.policy.js';
import { ScopeService } from '../organisations/scope.service.js';
import { enqueueJob } from '../../jobs/runner.js';
import { indexPendingNames, indexPersonNames, pgArray } from './name-index.js';
import { personNameKeys, type PersonNameKeys } from './name-keys.js';
import { FileDecodeError, sniffFormat, type ImportFormat } from './registry.file.js';
import { registryRepository } from './registry.repository.js';
import { issueLabel, walk, type RowIssue, type WalkInput } from './registry.walk.js';

export const IMPORT_JOB = 'registry.import';
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const BATCH = 2000;
/** Rows read between two yields to the event loop while a batch is in flight (commitImport). */
const YIELD_EVERY = 100;
const MAX_REPORTED = 5000;

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export interface ImportRecord {
  id: string;
  status: 'queued' | 'parsing' | 'previewed' | 'committing' | 'committed' | 'failed';
  fileName: string;
  filePath: string | null;
  fileSha256: string;
  format: ImportFormat;
  ownerOrgId: string;
  createdBy: string | null;
  createdByUsername: string | null;
  commitRequested: boolean;
  legacyPrefer: LegacyEncoding | null;
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  existing: number;
  lastCommittedRow: number;
  errors: unknown[];
  warnings: unknown[];
  failure: string | null;
  createdAt: string;
  updatedAt: string;
}

const IMPORT_COLUMNS = sql`id, status, file_name AS "fileName", file_path AS "filePath", file_sha256 AS "fileSha256", format, owner_org_id AS "ownerOrgId",
  created_by AS "createdBy", created_by_username AS "createdByUsername", commit_requested AS "commitRequested", legacy_prefer AS "legacyPrefer",
  rows, valid, invalid, created, existing, last_committed_row AS "lastCommittedRow", errors, warnings, failure,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt", to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`;

export async function getImport(db: DbOrTx, id: string): Promise<ImportRecord | undefined> {
  const [r] = rows<ImportRecord>(await db.execute(sql`SELECT ${IMPORT_COLUMNS} FROM registry_import WHERE id = ${id}::uuid`));
  return r;
}

export function presentImport(r: ImportRecord) {
  return {
    id: r.id,
    status: r.status,
    fileName: r.fileName,
    fileSha256: r.fileSha256,
    counts: { rows: r.rows, valid: r.valid, invalid: r.invalid, created: r.created, existing: r.existing },
    errors: r.errors as { row: number | null; column: string | null; code: string; message: string }[],
    warnings: r.warnings as { row: number | null; column: string | null; code: string; message: string; original?: string }[],
    lastCommittedRow: r.lastCommittedRow,
    failure: r.failure,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export const uploadDir = (dataDir: string) => path.resolve(dataDir, 'uploads');

/** Stores an upload under a server-generated name, hashing it on the way; enforces the size cap. */
export async function storeUpload(dataDir: string, input: Readable, maxBytes = MAX_IMPORT_BYTES) {
  const dir = uploadDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(new AppError('payload_too_large', { maxBytes }));
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(input, counter, fs.createWriteStream(file));
  } catch (e) {
    fs.rmSync(file, { force: true });
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('payload_too_large', { maxBytes });
    throw e;
  }
  if ((input as { truncated?: boolean }).truncated) {
    fs.rmSync(file, { force: true });
    throw new AppError('payload_too_large', { maxBytes });
  }
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(65536);
  const n = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const format = n > 0 ? sniffFormat(head.subarray(0, n)) : null;
  if (!format) {
    fs.rmSync(file, { force: true });
    throw new AppError('unsupported_media_type', { accepted: ['.xlsx', '.csv'] });
  }
  return { file, sha256: hash.digest('hex'), size, format };
}

export class RegistryImportService {
  constructor(private readonly deps: AppDeps) {}

  private async ownerFor(actor: Actor, requested: string | undefined): Promise<string> {
    const scope = new ScopeService(this.deps.db);
    let owner = requested ?? (await registryRepository.homeOrgOf(this.deps.db, actor.userId)) ?? scopeRootsFor(actor, 'registry.import')?.[0] ?? null;
    if (!owner) throw new AppError('validation_failed', { issues: [{ path: 'ownerOrgId', message: 'Cần chỉ rõ đơn vị quản lý dữ liệu nhập (ownerOrgId)' }] });
    if (!(await scope.contains(actor, 'registry.import', owner))) throw new AppError('not_found');
    return (owner = owner);
  }

  /** Accepts a stored upload: the import row and its job in one transaction. */
  async create(actor: Actor | null, input: { file: string; sha256: string; size: number; format: ImportFormat; fileName: string; commit: boolean; ownerOrgId?: string | undefined }, meta: RequestMeta | null, db: Db = this.deps.db) {
    const owner = actor ? await this.ownerFor(actor, input.ownerOrgId) : input.ownerOrgId!;
    return db.transaction(async (tx) => {
      const [r] = rows<{ id: string }>(
        await tx.execute(sql`INSERT INTO registry_import (file_name, file_path, file_sha256, file_size, format, owner_org_id, created_by, created_by_username, commit_requested)
          VALUES (${input.fileName.normalize('NFC').slice(0, 255)}, ${input.file}, ${input.sha256}, ${input.size}, ${input.format}, ${owner}::uuid,
                  ${actor?.userId ?? null}::uuid, ${actor?.username ?? 'cli'}, ${input.commit}) RETURNING id`),
      );
      await enqueueJob(tx, IMPORT_JOB, { importId: r!.id });
      await auditRepository.append(tx, {
        at: this.deps.now(),
        actorUserId: actor?.userId ?? null,
        actorUsername: actor?.username ?? 'cli',
        action: 'registry.import.create',
        entity: 'registry_import',
        entityId: r!.id,
        orgId: owner,
        after: { fileName: input.fileName, sha256: input.sha256, size: input.size, format: input.format, commit: input.commit },
        ip: meta?.ip ?? null,
        requestId: meta?.requestId ?? null,
      });
      return { id: r!.id, status: 'queued' as const };
    });
  }

  async get(actor: Actor, id: string) {
    const r = await getImport(this.deps.db, id);
    if (!r) throw new AppError('not_found');
    if (r.createdBy !== actor.userId && !(await new ScopeService(this.deps.db).contains(actor, 'registry.import', r.ownerOrgId))) throw new AppError('not_found');
    return r;
  }

  async requestCommit(actor: Actor, id: string, meta: RequestMeta) {
    const r = await this.get(actor, id);
    if (r.status !== 'previewed') throw new AppError('conflict', { status: r.status, reason: 'Chỉ ghi được tệp đã kiểm tra xong (previewed)' });
    if (r.valid === 0) throw new AppError('conflict', { reason: 'Không có dòng hợp lệ để ghi' });
    await this.deps.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE registry_import SET commit_requested = true, status = 'committing', updated_at = now() WHERE id = ${id}::uuid`);
      await enqueueJob(tx, IMPORT_JOB, { importId: id });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'registry.import.commit', entity: 'registry_import', entityId: id, orgId: r.ownerOrgId, before: { status: r.status }, after: { status: 'committing' }, ip: meta.ip, requestId: meta.requestId });
    });
    return (await getImport(this.deps.db, id))!;
  }
}

// ---------------------------------------------------------------------------------------------
// The job: parse (preview) and commit, resumable.

interface RunCtx {
  db: Db;
  now: () => Date;
  signal?: AbortSignal | undefined;
  heartbeat?: (() => Promise<void>) | undefined;
  batchSize?: number;
  /** Files from this size are walked in a worker thread (config IMPORT_WORKER_MIN_BYTES; default registry.walk.ts's). */
  walkWorkerMinBytes?: number;
  /** Test hook: pause after each committed batch (ms). */
  batchDelayMs?: number;
}

export interface ResolvedRow {
  rowNumber: number;
  row: ValidRegistryRow;
  organisationId: string | null;
  /** The name's index keys, computed before the batch's transaction (else by commitBatch). */
  names?: PersonNameKeys;
}

export class OrgResolver {
  private cache = new Map<string, string | null>();
  constructor(private readonly db: DbOrTx) {}
  async resolve(text: string, date: string): Promise<string | null> {
    const k = `${text.toLowerCase()}|${date}`;
    if (this.cache.has(k)) return this.cache.get(k)!;
    const valid = (a: string) => sql.raw(`(${a}.valid_from IS NULL OR ${a}.valid_from <= '${date}') AND (${a}.valid_to IS NULL OR ${a}.valid_to >= '${date}')`);
    let found = rows<{ id: string }>(
      await this.db.execute(sql`SELECT DISTINCT o.id FROM organisation o JOIN organisation_name n ON n.organisation_id = o.id
        WHERE ${valid('o')} AND ${valid('n')} AND (lower(n.name) = lower(${text}) OR o.code = ${text}) LIMIT 2`),
    );
    if (found.length !== 1) {
      found = rows<{ id: string }>(
        await this.db.execute(sql`SELECT DISTINCT o.id FROM organisation o JOIN organisation_name n ON n.organisation_id = o.id
          WHERE ${valid('o')} AND ${valid('n')} AND public.vn_unaccent(n.name) = public.vn_unaccent(${text}) LIMIT 2`),
      );
    }
    const id = found.length === 1 ? found[0]!.id : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(k, id);
    return id;
  }
}

export async function provinceCodes(db: DbOrTx): Promise<Set<string>> {
  return new Set(rows<{ code: string }>(await db.execute(sql`SELECT DISTINCT code FROM organisation WHERE kind = 'province'`)).map((r) => r.code));
}

/**
 * Walks the file once (registry.walk.ts: in a worker thread for a large file): header mapping, per-row
 * validation (with legacy conversion), then here the organisation resolution (the database).
 * `onRow` receives each row (the commit pass batches the valid ones).
 */
async function walkFile(
  rec: ImportRecord,
  ctx: RunCtx,
  legacyPrefer: LegacyEncoding | null | 'vote',
  names: boolean,
  onRow: (r: { rowNumber: number; valid: ResolvedRow | null; errors: RowIssue[]; warnings: RowIssue[] }) => Promise<void>,
  onVote?: (prefer: LegacyEncoding | null) => Promise<void>,
) {
  const input: WalkInput = { file: rec.filePath!, format: rec.format, provinceCodes: [...(await provinceCodes(ctx.db))], today: vietnamDate(ctx.now()), legacyPrefer, names };
  const orgs = new OrgResolver(ctx.db);
  let mapping: RegistryHeaderMapping | null = null;
  for await (const ev of walk(input, fs.statSync(rec.filePath!).size, ctx.walkWorkerMinBytes)) {
    if (ev.kind === 'headers') {
      mapping = ev.mapping;
      if (mapping.missing.length) return mapping;
      continue;
    }
    if (ev.kind === 'vote') {
      await onVote?.(ev.prefer);
      continue;
    }
    for (const r of ev.rows) {
      // Shutting down: stop at a row boundary (nothing of an uncommitted batch was written).
      if (ctx.signal?.aborted) throw new AbortedError();
      let valid: ResolvedRow | null = null;
      if (r.row) {
        let organisationId: string | null = null;
        if (r.row.organisationText) {
          const date = r.row.decisionDate ?? `${r.row.year}-12-31`;
          organisationId = await orgs.resolve(r.row.organisationText, date);
          if (!organisationId) r.warnings.push({ row: r.rowNumber, column: issueLabel('organisation', mapping!.columns), code: 'organisation_unresolved', message: `Không xác định được đơn vị "${r.row.organisationText}" tại ngày ${date}: giữ nguyên dạng văn bản` });
        }
        valid = { rowNumber: r.rowNumber, row: r.row, organisationId, ...(r.names ? { names: r.names } : {}) };
      }
      await onRow({ rowNumber: r.rowNumber, valid, errors: r.errors, warnings: r.warnings });
    }
  }
  return mapping;
}

async function update(db: DbOrTx, id: string, set: Record<string, unknown>) {
  const parts = Object.entries(set).map(([k, v]) => sql`${sql.identifier(k)} = ${typeof v === 'object' && v !== null ? JSON.stringify(v) : v}${typeof v === 'object' && v !== null ? sql.raw('::jsonb') : sql.raw('')}`);
  await db.execute(sql`UPDATE registry_import SET ${sql.join(parts, sql`, `)}, updated_at = now() WHERE id = ${id}::uuid`);
}

interface Report {
  rows: number;
  valid: number;
  invalid: number;
  errors: RowIssue[];
  warnings: RowIssue[];
}
const newReport = (): Report => ({ rows: 0, valid: 0, invalid: 0, errors: [], warnings: [] });
function addToReport(rep: Report, r: { valid: ResolvedRow | null; errors: RowIssue[]; warnings: RowIssue[] }) {
  rep.rows++;
  if (r.valid) rep.valid++;
  else rep.invalid++;
  for (const e of r.errors) if (rep.errors.length < MAX_REPORTED) rep.errors.push(e);
  for (const w of r.warnings) if (rep.warnings.length < MAX_REPORTED) rep.warnings.push(w);
}
function reportColumns(rep: Report, mapping: RegistryHeaderMapping) {
  const warnings = [...mapping.unknown.map((u) => ({ row: 1, column: u, code: 'unknown_column', message: `Cột "${u}" không thuộc mẫu: bỏ qua` })), ...rep.warnings];
  return { rows: rep.rows, valid: rep.valid, invalid: rep.invalid, errors: rep.errors, warnings };
}
/** An empty file or missing required columns: the import fails with row-1 errors. */
async function headerFailure(db: DbOrTx, id: string, mapping: RegistryHeaderMapping | undefined | null, rep: Report): Promise<boolean> {
  if (!mapping) {
    await update(db, id, { status: 'failed', failure: 'Tệp không có dòng dữ liệu nào', errors: [{ row: 1, column: null, code: 'empty_file', message: 'Tệp không có dòng dữ liệu nào' }] });
    return true;
  }
  if (mapping.missing.length) {
    const errors = mapping.missing.map((k) => {
      const h = REGISTRY_COLUMNS.find((c) => c.key === k)!.header;
      return { row: 1, column: h, code: 'missing_column', message: `Thiếu cột bắt buộc "${h}"` };
    });
    await update(db, id, { status: 'failed', failure: 'Thiếu cột bắt buộc', errors, warnings: reportColumns(rep, mapping).warnings });
    return true;
  }
  return false;
}

/** Runs an import to its next resting state: previewed, committed or failed. Safe to call again after a crash. */
export async function processImport(importId: string, ctx: RunCtx): Promise<void> {
  let rec = await getImport(ctx.db, importId);
  if (!rec) return;
  try {
    if (rec.status === 'queued' || rec.status === 'parsing') {
      await update(ctx.db, importId, { status: 'parsing' });
      if (!rec.filePath || !fs.existsSync(rec.filePath)) throw new FileDecodeError('Không còn tệp đã tải lên');
      if (rec.commitRequested) {
        // ?commit=true: one pass validates, reports and commits (the counts are written at the end); the
        // legacy vote is counted by that pass (legacy_prefer stays null until it is known, see commitImport).
        await update(ctx.db, importId, { status: 'committing' });
      } else {
        const report = newReport();
        // The legacy vote is counted as the file is read (one read, not two; registry.walk.ts).
        let prefer: LegacyEncoding | null = null;
        const mapping = await walkFile(
          rec,
          ctx,
          'vote',
          false,
          async (r) => {
            addToReport(report, r);
            if (report.rows % 20_000 === 0) await ctx.heartbeat?.();
          },
          async (p) => {
            prefer = p;
          },
        );
        if (await headerFailure(ctx.db, importId, mapping, report)) return;
        await update(ctx.db, importId, { status: 'previewed', legacy_prefer: prefer, ...reportColumns(report, mapping!) });
      }
      rec = (await getImport(ctx.db, importId))!;
    }
    if (rec.status === 'committing') await commitImport(rec, ctx);
  } catch (e) {
    if (ctx.signal?.aborted) return;
    const msg = e instanceof FileDecodeError ? e.message : `Lỗi khi xử lý tệp: ${(e as Error).message}`;
    await update(ctx.db, importId, { status: 'failed', failure: msg });
    if (!(e instanceof FileDecodeError)) throw e;
  }
}

async function commitImport(rec: ImportRecord, ctx: RunCtx) {
  const size = ctx.batchSize ?? BATCH;
  let batch: ResolvedRow[] = [];
  let aborted = false;
  // One batch is written while the next is read and validated: the file walk (CPU in this process) and the
  // batch's statements (work in the database) overlap instead of taking turns. At most one batch is in
  // flight; it is awaited before the next one starts, so batches commit in file order and
  // last_committed_row only grows (a crash leaves whole batches, and the resume starts after the last one).
  let inflight: Promise<void> = Promise.resolve();
  let analysedAt = 0;
  let createdHere = 0;
  const write = async (rowsOf: ResolvedRow[], lastRow: number) => {
    const c = await ctx.db.transaction(async (tx) => {
      // A batch's commit does not wait for its WAL to reach the disk: after a crash the last batches may be
      // gone, and with them (same transaction) the last_committed_row they advanced, so the resume writes them
      // again. The final transaction (status committed) waits, and its flush covers every batch before it.
      await tx.execute(sql`SET LOCAL synchronous_commit = off`);
      const c = await commitBatch(tx, importSource(rec), rowsOf, ctx.now());
      await tx.execute(sql`UPDATE registry_import SET created = created + ${c.created}, existing = existing + ${c.existing},
        last_committed_row = ${lastRow}, updated_at = now() WHERE id = ${rec.id}::uuid`);
      return c;
    });
    createdHere += c.created;
    // Statistics while the tables grow (PGlite has no autovacuum, PostgreSQL's comes late): without them the
    // planner keeps the plans of small tables, and the identity probe scans a whole (award, year) range.
    if (createdHere >= Math.max(ANALYZE_FIRST, 2 * analysedAt)) {
      analysedAt = createdHere;
      await analyseRegistry(ctx.db);
    }
    await ctx.heartbeat?.();
    if (ctx.batchDelayMs) await new Promise((r) => setTimeout(r, ctx.batchDelayMs));
  };
  const flush = async (lastRow: number) => {
    await inflight;
    const rowsOf = batch;
    batch = [];
    inflight = write(rowsOf, lastRow);
    inflight.catch(() => undefined); // awaited by the next flush or at the end; not unhandled meanwhile
  };
  let lastRow = rec.lastCommittedRow;
  const report = newReport();
  let mapping: RegistryHeaderMapping | undefined | null;
  let learned: LegacyEncoding | null | undefined;
  try {
    // A previewed import has its vote; a one-pass (?commit=true) one, or one whose vote found no legacy text,
    // counts it while walking (the same rows: registry.walk.ts), and records it once known.
    mapping = await walkFile(rec, ctx, rec.legacyPrefer ?? 'vote', true, async (r) => {
      if (aborted) return;
      addToReport(report, r);
      if (r.rowNumber <= rec.lastCommittedRow) return;
      lastRow = r.rowNumber;
      if (r.valid) {
        batch.push(r.valid);
        // The file's rows arrive by microtasks from a buffered chunk; yield now and then so the replies of
        // the batch in flight are read as they come instead of after the chunk.
        if (batch.length % YIELD_EVERY === 0) await new Promise((res) => setImmediate(res));
      }
      if (batch.length >= size) {
        await flush(lastRow);
        if (ctx.signal?.aborted) {
          // Shutting down: the batch just started is the last one; it commits or rolls back whole.
          aborted = true;
          throw new AbortedError();
        }
      }
    }, async (p) => {
      learned = p;
    });
  } catch (e) {
    await inflight;
    if (e instanceof AbortedError) return;
    throw e;
  }
  await inflight;
  if (await headerFailure(ctx.db, rec.id, mapping, report)) return;
  if (batch.length > 0 || lastRow > rec.lastCommittedRow) {
    await flush(lastRow);
    await inflight;
  }
  const created = await ctx.db.transaction(async (tx) => {
    await update(tx, rec.id, { status: 'committed', file_path: null, ...(learned !== undefined ? { legacy_prefer: learned } : {}), ...reportColumns(report, mapping!) });
    const done = (await getImport(tx, rec.id))!;
    await auditRepository.append(tx, { at: ctx.now(), actorUserId: rec.createdBy, actorUsername: rec.createdByUsername, action: 'registry.import.committed', entity: 'registry_import', entityId: rec.id, orgId: rec.ownerOrgId, after: { created: done.created, existing: done.existing } });
    await enqueueJob(tx, 'registry.duplicates.scan', { importId: rec.id });
    return done.created;
  });
  if (rec.filePath) fs.rmSync(rec.filePath, { force: true });
  if (created >= VACUUM_AFTER_CREATED) await vacuumRegistry(ctx.db);
}

/**
 * After a large import the registry tables are vacuumed and analysed: the search's index-only scans need
 * the visibility map that only VACUUM sets, and the planner its statistics (PGlite has no autovacuum at all;
 * on PostgreSQL autovacuum would come later). Outside any transaction; a failure is logged, the import
 * stays committed.
 */
const VACUUM_AFTER_CREATED = 10_000;
/** Statistics are refreshed during a commit pass after this many created entries, then at each doubling. */
const ANALYZE_FIRST = 20_000;
export const vacuumRegistry = (db: Db) => maintainRegistry(db, sql`VACUUM (ANALYZE) award_entry, person, person_name_index`, 'VACUUM after import');
const analyseRegistry = (db: Db) => maintainRegistry(db, sql`ANALYZE award_entry, person, person_name_index`, 'ANALYZE during import');

/** A maintenance statement on the registry tables, outside any transaction; a failure is logged, nothing else. */
async function maintainRegistry(db: Db, statement: SQL, what: string): Promise<boolean> {
  try {
    await db.execute(statement);
    return true;
  } catch (e) {
    console.warn(`registry: ${what} failed: ${(e as Error).message}`);
    return false;
  }
}

class AbortedError extends Error {}

/** Where committed rows come from: an import file, or a record keyed in a data-entry campaign. */
export interface CommitSource {
  /** Audited entity and id (registry_import / registry_campaign). */
  entity: string;
  id: string;
  ownerOrgId: string;
  actorUserId: string | null;
  actorUsername: string | null;
  source: 'imported' | 'campaign';
  /** award_entry.source_ref of a row. */
  sourceRef: (rowNumber: number) => string;
  auditAction: string;
}

const importSource = (rec: ImportRecord): CommitSource => ({
  entity: 'registry_import',
  id: rec.id,
  ownerOrgId: rec.ownerOrgId,
  actorUserId: rec.createdBy,
  actorUsername: rec.createdByUsername,
  source: 'imported',
  sourceRef: (n) => `import:${rec.id}:${n}`,
  auditAction: 'registry.import.batch',
});

export interface CommittedRow {
  rowNumber: number;
  outcome: 'created' | 'existing';
  entryId: string;
  personId: string;
}

/**
 * Writes one batch of valid rows: people found by the identity rule or created, entries created or
 * counted existing (the same person, award, year and decision number already in the ledger).
 */
export async function commitBatch(tx: DbOrTx, src: CommitSource, batch: ResolvedRow[], now: Date): Promise<{ created: number; existing: number; rows: CommittedRow[] }> {
  if (batch.length === 0) return { created: 0, existing: 0, rows: [] };
  await tx.execute(sql`SELECT set_config('thidua.name_index_direct', 'on', true)`);
  await indexPendingNames(tx);
  // 1. People: same ID number, or the same normalised name and birth year (merged records → the kept one).
  const keyOf = (b: ResolvedRow) => `${(b.names ??= personNameKeys(b.row.fullName)).key}|${b.row.birthYear ?? ''}`;
  const keyOfRow = new Map(batch.map((b) => [b, keyOf(b)] as const));
  const ids = [...new Set(batch.map((b) => b.row.citizenId).filter((x): x is string => !!x))];
  const byCitizen = new Map<string, string>();
  if (ids.length) {
    for (const r of rows<{ id: string; cid: string }>(
      await tx.execute(sql`SELECT DISTINCT ON (p.citizen_id) coalesce(m.kept_id, p.id) AS id, p.citizen_id AS cid FROM person p
        LEFT JOIN person_merge m ON m.merged_id = p.id AND m.undone_at IS NULL WHERE p.citizen_id = ANY(${pgArray(ids)}::text[]) ORDER BY p.citizen_id, p.created_at, p.id`),
    ))
      byCitizen.set(r.cid, r.id);
  }
  const keys = [...new Set(keyOfRow.values())];
  const byName = new Map<string, { id: string; cid: string | null }[]>();
  {
    const names = keys.map((k) => k.slice(0, k.lastIndexOf('|')));
    const years = keys.map((k) => {
      const y = k.slice(k.lastIndexOf('|') + 1);
      return y === '' ? null : Number(y);
    });
    // Each key is one probe of person_name_index_key_idx on both columns (LATERAL, a null year by its own
    // branch). A join on `birth_year IS NOT DISTINCT FROM` can use the index for the name only: every namesake
    // of every year was read from the heap and filtered, or the whole table hashed. At 670,000 people that
    // was 165–217 ms a batch of 2,000 rows, growing with the registry, and it was most of a large import's
    // time (bench/RESULTS.md, 2026-12-08); this form takes 10–28 ms.
    for (const r of rows<{ id: string; key: string; year: number | null; cid: string | null }>(
      await tx.execute(sql`SELECT coalesce(m.kept_id, i.person_id) AS id, i.name_key AS key, i.birth_year AS year, p.citizen_id AS cid
        FROM unnest(${pgArray(names)}::text[], ${pgArray(years)}::smallint[]) k(key, y)
        CROSS JOIN LATERAL (
          SELECT n.person_id, n.name_key, n.birth_year FROM person_name_index n WHERE n.name_key = k.key AND n.birth_year = k.y
          UNION ALL
          SELECT n.person_id, n.name_key, n.birth_year FROM person_name_index n WHERE k.y IS NULL AND n.name_key = k.key AND n.birth_year IS NULL
        ) i
        JOIN person p ON p.id = i.person_id
        LEFT JOIN person_merge m ON m.merged_id = i.person_id AND m.undone_at IS NULL
        ORDER BY p.created_at, p.id`),
    )) {
      const k = `${r.key}|${r.year ?? ''}`;
      const list = byName.get(k) ?? [];
      list.push({ id: r.id, cid: r.cid });
      byName.set(k, list);
    }
  }
  const personOf = new Map<number, string>();
  const createdNow = new Set<string>();
  const toCreate = new Map<string, { row: ValidRegistryRow; names: PersonNameKeys; rowNumbers: number[] }>();
  for (const b of batch) {
    const r = b.row;
    let pid = r.citizenId ? byCitizen.get(r.citizenId) : undefined;
    if (!pid) {
      const cands = byName.get(keyOfRow.get(b)!) ?? [];
      pid = cands.find((c) => !r.citizenId || !c.cid || c.cid === r.citizenId)?.id;
    }
    if (pid) {
      personOf.set(b.rowNumber, pid);
      continue;
    }
    const k = r.citizenId ? `cid:${r.citizenId}` : `name:${keyOfRow.get(b)!}`;
    const t = toCreate.get(k) ?? { row: r, names: b.names!, rowNumbers: [] };
    t.rowNumbers.push(b.rowNumber);
    toCreate.set(k, t);
  }
  if (toCreate.size) {
    const list = [...toCreate.values()];
    const created = rows<{ id: string }>(
      await tx.execute(sql`INSERT INTO person (id, full_name, birth_date, birth_year, gender, hometown, citizen_id, owner_org_id)
        SELECT * FROM unnest(${pgArray(list.map(() => uuidv7()))}::uuid[], ${pgArray(list.map((t) => t.row.fullName))}::text[], ${pgArray(list.map((t) => t.row.birthDate))}::date[],
          ${pgArray(list.map((t) => t.row.birthYear))}::smallint[], ${pgArray(list.map((t) => t.row.gender))}::text[], ${pgArray(list.map((t) => t.row.hometown))}::text[],
          ${pgArray(list.map((t) => t.row.citizenId))}::text[], ${pgArray(list.map(() => src.ownerOrgId))}::uuid[])
        RETURNING id`),
    );
    // RETURNING follows the order of the unnest rows.
    list.forEach((t, i) => {
      createdNow.add(created[i]!.id);
      t.rowNumbers.forEach((n) => personOf.set(n, created[i]!.id));
    });
    await indexPersonNames(tx, list.map((t, i) => ({ id: created[i]!.id, fullName: t.row.fullName, birthYear: t.row.birthYear, keys: t.names })), { fresh: true });
  }
  // 2. Entries: person + award + year + decision number already stored → existing. People created by
  //    this batch have none yet, so only the people found are looked up (on a first import of a file,
  //    most of them: the lookup was a third of the commit time, bench/RESULTS.md 2026-12-06).
  //    Looked up by the identity index (person, award, year): only the entries that could match.
  const probe = new Map<string, { p: string; a: string; y: number }>();
  for (const b of batch) {
    const p = personOf.get(b.rowNumber)!;
    if (!createdNow.has(p)) probe.set(`${p}|${b.row.awardCode}|${b.row.year}`, { p, a: b.row.awardCode, y: b.row.year });
  }
  const keysToProbe = [...probe.values()];
  const have = new Map(
    keysToProbe.length === 0
      ? []
      : rows<{ id: string; p: string; a: string; y: number; d: string | null }>(
          await tx.execute(sql`SELECT e.id, e.person_id AS p, e.award_code AS a, e.achievement_year AS y, e.decision_number AS d
            FROM unnest(${pgArray(keysToProbe.map((k) => k.p))}::uuid[], ${pgArray(keysToProbe.map((k) => k.a))}::text[], ${pgArray(keysToProbe.map((k) => k.y))}::smallint[]) k(p, a, y)
            JOIN award_entry e ON e.person_id = k.p AND e.award_code = k.a AND e.achievement_year = k.y
            ORDER BY e.created_at, e.id`),
        ).map((r) => [registryEntryKey(r.p, r.a, r.y, r.d), r.id] as const).reverse(),
  );
  const ins: { b: ResolvedRow; pid: string; key: string }[] = [];
  const out: CommittedRow[] = [];
  const pending: { rowNumber: number; pid: string; key: string }[] = [];
  let existing = 0;
  for (const b of batch) {
    const pid = personOf.get(b.rowNumber)!;
    const k = registryEntryKey(pid, b.row.awardCode, b.row.year, b.row.decisionNumber);
    const had = have.get(k);
    if (had !== undefined) {
      existing++;
      if (had === '') pending.push({ rowNumber: b.rowNumber, pid, key: k });
      else out.push({ rowNumber: b.rowNumber, outcome: 'existing', entryId: had, personId: pid });
      continue;
    }
    have.set(k, '');
    ins.push({ b, pid, key: k });
  }
  if (ins.length) {
    // Time-ordered ids (uuidv7): the batch's rows go to the last pages of the primary key, not to random ones.
    const made = rows<{ id: string }>(await tx.execute(sql`INSERT INTO award_entry (id, subject_kind, person_id, award_code, award_type, achievement_year, decision_number, decision_date,
        decision_authority, organisation_id, organisation_text, status, source, source_ref, owner_org_id, created_by)
      SELECT id, 'individual', pid, a, t, y, dn, dd, au, o, ot, st, so, sr, ow, cb FROM unnest(${pgArray(ins.map(() => uuidv7()))}::uuid[], ${pgArray(ins.map((x) => x.pid))}::uuid[], ${pgArray(ins.map((x) => x.b.row.awardCode))}::text[],
        ${pgArray(ins.map((x) => x.b.row.awardType))}::text[], ${pgArray(ins.map((x) => x.b.row.year))}::smallint[],
        ${pgArray(ins.map((x) => x.b.row.decisionNumber))}::text[], ${pgArray(ins.map((x) => x.b.row.decisionDate))}::date[],
        ${pgArray(ins.map((x) => x.b.row.authority))}::text[], ${pgArray(ins.map((x) => x.b.organisationId))}::uuid[],
        ${pgArray(ins.map((x) => (x.b.organisationId ? null : x.b.row.organisationText)))}::text[],
        ${pgArray(ins.map(() => 'valid'))}::text[], ${pgArray(ins.map(() => src.source))}::text[],
        ${pgArray(ins.map((x) => src.sourceRef(x.b.rowNumber)))}::text[], ${pgArray(ins.map(() => src.ownerOrgId))}::uuid[],
        ${pgArray(ins.map(() => src.actorUsername ?? src.source))}::text[]) AS u(id, pid, a, t, y, dn, dd, au, o, ot, st, so, sr, ow, cb)
      RETURNING id`));
    // RETURNING follows the order of the unnest rows.
    ins.forEach((x, i) => {
      have.set(x.key, made[i]!.id);
      out.push({ rowNumber: x.b.rowNumber, outcome: 'created', entryId: made[i]!.id, personId: x.pid });
    });
  }
  // A row repeating an earlier row of the same batch: the entry that row created.
  for (const p of pending) out.push({ rowNumber: p.rowNumber, outcome: 'existing', entryId: have.get(p.key)!, personId: p.pid });
  await auditRepository.append(tx, { at: now, actorUserId: src.actorUserId, actorUsername: src.actorUsername, action: src.auditAction, entity: src.entity, entityId: src.id, orgId: src.ownerOrgId, after: { rows: batch.length, created: ins.length, existing, lastRow: batch[batch.length - 1]!.rowNumber } });
  return { created: ins.length, existing, rows: out };
}
