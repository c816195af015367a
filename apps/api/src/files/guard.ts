// One gate for every upload (dossier attachments, signed decision scans, cluster evidence): the content
// check of storage.ts (type by magic bytes, DOCX limits, PDF active content) and then the malware scan.
// An infected file is refused and the attempt lands in the audit log; nothing is stored.
import { AppError } from '@thidua/contracts';
import type { Actor, AppDeps, RequestMeta } from '../http/context.js';
import { auditRepository } from '../modules/audit/audit.repository.js';
import { assertClean, scannerFromConfig, type MalwareScanner } from './scanner.js';
import { sniffAttachment, type AcceptedMedia } from './storage.js';

export class UploadGuard {
  readonly scanner: MalwareScanner;
  constructor(
    private readonly deps: AppDeps,
    scanner?: MalwareScanner,
  ) {
    this.scanner = scanner ?? scannerFromConfig(deps.config);
  }

  async check(actor: Actor, meta: RequestMeta, target: { entity: string; entityId: string }, file: { fileName: string; bytes: Buffer }): Promise<AcceptedMedia> {
    const media = sniffAttachment(file.bytes, file.fileName);
    try {
      await assertClean(this.scanner, file.bytes);
    } catch (e) {
      if (e instanceof AppError && e.code === 'file_infected') {
        await auditRepository.append(this.deps.db, {
          at: this.deps.now(),
          actorUserId: actor.userId,
          actorUsername: actor.username,
          action: 'file.infected',
          entity: target.entity,
          entityId: target.entityId,
          after: { fileName: file.fileName.normalize('NFC').slice(0, 255), size: file.bytes.length, signature: e.details.signature, scanner: this.scanner.name },
          ip: meta.ip,
          requestId: meta.requestId,
          outcome: 'denied',
        });
      }
      throw e;
    }
    return media;
  }
}
