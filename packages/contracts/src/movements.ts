import { z } from 'zod';
import { MOVEMENT_DOCUMENT_KINDS } from '@thidua/domain';
import { IsoDate, Uuid } from './common.js';
import { Organisation } from './organisations.js';
import { MovementDetail, MovementRegistration } from './clusters.js';

// Emulation movements (phong trào thi đua, issue #5 point 1): the per-level approval queue, the roll-up per
// level of the organisation tree, uploaded documents. The launch, registration and review bodies are in
// clusters.ts (kept there, additive changes only); the responses below extend them.

export const MovementDocumentKind = z.enum(MOVEMENT_DOCUMENT_KINDS);

/** An uploaded document of a movement or of one of its reviews (download: `GET /movements/{id}/documents/{documentId}`). */
export const MovementDocument = z.object({
  id: Uuid,
  reviewId: Uuid.nullable(),
  kind: MovementDocumentKind,
  title: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

/** Multipart fields (or query parameters) sent with the file of `POST /movements/{id}/documents` and of a review. */
export const MovementDocumentUploadQuery = z.strictObject({ kind: z.string().max(40).optional(), title: z.string().trim().max(300).optional() });

/** A registration with the level that reviews it and what the caller may do to it. */
export const MovementRegistrationItem = MovementRegistration.extend({
  /** The level that approves or returns it (as named on the registration date): the authority for a direct target, else the unit's parent that day. */
  reviewOrganisation: Organisation.nullable(),
  submittedAt: z.string(),
  abilities: z.object({ approve: z.boolean(), return: z.boolean(), resubmit: z.boolean() }),
});

const RollUp = z.object({ byState: z.record(z.string(), z.number()), byTitle: z.record(z.string(), z.number()), total: z.number().int() });

/**
 * Roll-up per organisation level: the level (the caller's organisation, or `?level=`), its own registrations,
 * one row per unit directly below it today (each counting its whole subtree; merged units count under their
 * successor), and the registrations the caller sees that are not under the level.
 */
export const MovementLevelRollUp = z.object({
  level: Organisation,
  own: RollUp,
  children: z.array(RollUp.extend({ organisation: Organisation })),
  outside: RollUp,
});

/** `GET /movements/{id}`: the movement, the registrations the caller may see, documents and the per-level roll-up. */
export const MovementView = MovementDetail.extend({
  registrations: z.array(MovementRegistrationItem),
  files: z.array(MovementDocument),
  reviews: z.array(MovementDetail.shape.reviews.element.extend({ files: z.array(MovementDocument), abilities: z.object({ upload: z.boolean() }) })),
  levelRollUp: MovementLevelRollUp,
  /** `manage`: record reviews and upload the movement's documents (movement.manage over the authority). */
  abilities: z.object({ manage: z.boolean() }),
});
export const MovementViewQuery = z.strictObject({ level: Uuid.optional() });

/** `GET /movements/queue`: registrations waiting for the caller's level, across movements. */
export const MovementQueueQuery = z.strictObject({
  movementId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const MovementQueueItem = MovementRegistrationItem.extend({
  movement: z.object({ id: Uuid, title: z.string(), authorityLabel: z.string(), launchedOn: IsoDate.nullable() }),
});
export const MovementQueue = z.object({
  /** The levels the caller reviews for (its review grants; registrations waiting for a unit merged into one of them are included). */
  levels: z.array(Organisation),
  items: z.array(MovementQueueItem),
  total: z.number().int(),
});
