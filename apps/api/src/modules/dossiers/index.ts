// What other modules (council, decisions) may use of the dossiers module.
export { DossierService, workingDays, etagOf, parseEtag } from './dossier.service.js';
export { dossierRepository, type DossierRow, type SubjectRow } from './dossier.repository.js';
export { rolesOver } from './dossier.policy.js';
export { withIdempotency, checkIdempotencyKey } from './idempotency.js';
export { LocalFileStorage, sniffAttachment, MAX_ATTACHMENT_BYTES, type FileStorage } from '../../files/storage.js';
