// Files stored before a malware scanner was configured (or by a scanner with older signatures) are
// scanned again by `thidua files rescan`: each stored file is read back, its SHA-256 compared with the
// one recorded at upload, and its bytes scanned. An infected or altered file is quarantined: it stays
// stored (evidence) but is no longer served (410 file_quarantined), and the finding is audited.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import type { Db, DbOrTx } from '@thidua/db';
import { auditRepository } from '../modules/audit/audit.repository.js';
import type { MalwareScanner } from './scanner.js';
import type { FileStorage } from './storage.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** Refuses to serve a quarantined file (the entity/row that holds it). */
export async function assertNotQuarantined(db: DbOrTx, entity: string, entityId: string): Promise<void> {
  const [q] = rows<{ reason: string; signature: string | null }>(await db.execute(sql`SELECT reason, signature FROM file_quarantine WHERE entity = ${entity} AND entity_id = ${entityId}::uuid`));
  if (q) throw new AppError('file_quarantined', { reason: q.reason, signature: q.signature ?? q.reason });
}

export interface RescanFinding {
  entity: string;
  entityId: string;
  fileName: string;
  outcome: 'infected' | 'sha256_mismatch' | 'missing';
  signature?: string;
}
export interface RescanReport {
  scanned: number;
  clean: number;
  alreadyQuarantined: number;
  findings: RescanFinding[];
}

interface StoredFile {
  entity: string;
  entityId: string;
  fileName: string;
  sha256: string;
  read: () => Promise<Buffer | null>;
}

/** Every stored upload: dossier attachments, signed decision scans and movement documents (in the file store), cluster evidence (in the database). */
async function* storedFiles(db: DbOrTx, storage: FileStorage): AsyncGenerator<StoredFile> {
  const fromStore = (key: string) => async () => {
    try {
      return await storage.get(key);
    } catch (e) {
      if (e instanceof AppError && e.code === 'not_found') return null;
      throw e;
    }
  };
  for (const a of rows<{ id: string; fileName: string; sha256: string; key: string }>(await db.execute(sql`SELECT id, file_name AS "fileName", sha256, storage_key AS key FROM dossier_attachment ORDER BY uploaded_at, id`)))
    yield { entity: 'dossier_attachment', entityId: a.id, fileName: a.fileName, sha256: a.sha256, read: fromStore(a.key) };
  for (const d of rows<{ id: string; number: string; sha256: string; key: string }>(await db.execute(sql`SELECT id, number, signed_scan_sha256 AS sha256, signed_scan_key AS key FROM decision WHERE signed_scan_key IS NOT NULL ORDER BY id`)))
    yield { entity: 'decision', entityId: d.id, fileName: `Bản ký số quyết định ${d.number}`, sha256: d.sha256, read: fromStore(d.key) };
  for (const m of rows<{ id: string; fileName: string; sha256: string; key: string }>(await db.execute(sql`SELECT id, file_name AS "fileName", sha256, storage_key AS key FROM movement_document ORDER BY uploaded_at, id`)))
    yield { entity: 'movement_document', entityId: m.id, fileName: m.fileName, sha256: m.sha256, read: fromStore(m.key) };
  for (const f of rows<{ id: string; fileName: string; sha256: string }>(await db.execute(sql`SELECT id, filename AS "fileName", sha256 FROM cluster_file ORDER BY at, id`)))
    yield {
      entity: 'cluster_file',
      entityId: f.id,
      fileName: f.fileName,
      sha256: f.sha256,
      read: async () => {
        const [r] = rows<{ content: Buffer | Uint8Array }>(await db.execute(sql`SELECT content FROM cluster_file WHERE id = ${f.id}::uuid`));
        return r ? Buffer.from(r.content) : null;
      },
    };
}

/**
 * Scans every stored file again. Idempotent: a file already quarantined is counted, not scanned again.
 * A scanner that cannot be reached stops the run (file_scan_unavailable) with nothing half-recorded.
 */
export async function rescanStoredFiles(deps: { db: Db; now: () => Date }, storage: FileStorage, scanner: MalwareScanner, opts: { dryRun?: boolean } = {}): Promise<RescanReport> {
  const report: RescanReport = { scanned: 0, clean: 0, alreadyQuarantined: 0, findings: [] };
  const quarantined = new Set(rows<{ k: string }>(await deps.db.execute(sql`SELECT entity || ':' || entity_id AS k FROM file_quarantine`)).map((r) => r.k));
  for await (const f of storedFiles(deps.db, storage)) {
    if (quarantined.has(`${f.entity}:${f.entityId}`)) {
      report.alreadyQuarantined++;
      continue;
    }
    const bytes = await f.read();
    report.scanned++;
    let finding: RescanFinding | null = null;
    if (!bytes) finding = { entity: f.entity, entityId: f.entityId, fileName: f.fileName, outcome: 'missing' };
    else if (createHash('sha256').update(bytes).digest('hex') !== f.sha256) finding = { entity: f.entity, entityId: f.entityId, fileName: f.fileName, outcome: 'sha256_mismatch' };
    else {
      const r = await scanner.scan(bytes);
      if (!r.clean) finding = { entity: f.entity, entityId: f.entityId, fileName: f.fileName, outcome: 'infected', signature: r.signature };
    }
    if (!finding) {
      report.clean++;
      continue;
    }
    report.findings.push(finding);
    if (opts.dryRun || finding.outcome === 'missing') continue;
    const found = finding;
    const outcome = found.outcome as 'infected' | 'sha256_mismatch';
    await deps.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO file_quarantine (entity, entity_id, reason, signature, scanner) VALUES (${found.entity}, ${found.entityId}::uuid, ${outcome}, ${found.signature ?? null}, ${scanner.name})
        ON CONFLICT DO NOTHING`);
      await auditRepository.append(tx, {
        at: deps.now(),
        actorUserId: null,
        actorUsername: 'files.rescan',
        action: outcome === 'infected' ? 'file.infected' : 'file.tampered',
        entity: found.entity,
        entityId: found.entityId,
        after: { fileName: found.fileName, reason: outcome, signature: found.signature ?? null, scanner: scanner.name, quarantined: true },
        outcome: 'denied',
      });
    });
  }
  return report;
}
