import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddMovementReview,
  AppError,
  CreateMovement,
  MovementDocument,
  MovementDocumentUploadQuery,
  MovementList,
  MovementListQuery,
  MovementQueue,
  MovementQueueQuery,
  MovementRegistrationItem,
  MovementView,
  MovementViewQuery,
  RegisterForMovement,
  ReviewMovementRegistration,
  Uuid,
} from '@thidua/contracts';
import { MAX_ATTACHMENT_BYTES } from '../../files/storage.js';
import { metaOf, requireActor } from '../../http/auth.js';
import type { AppDeps } from '../../http/context.js';
import { MovementService } from './movement.service.js';

const tags = ['movements'];
const UPLOAD = `multipart: trường kind (ke_hoach, huong_dan, bao_cao_so_ket, bao_cao_tong_ket, khac), title (tùy chọn) rồi trường file; PDF, DOCX, JPEG, PNG; tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; kiểm tra theo nội dung tệp → 415 (details.reason) / 413; quét mã độc → file_infected`;

/** The file part of a multipart upload and the fields sent before it (or the query string). */
async function readUpload(req: FastifyRequest, query: z.infer<typeof MovementDocumentUploadQuery>) {
  if (!req.isMultipart()) throw new AppError('unsupported_media_type', { expected: 'multipart/form-data' });
  const part = await req.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
  if (!part) throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp' }] });
  const bytes = await part.toBuffer();
  if (part.file.truncated) throw new AppError('payload_too_large', { limit: MAX_ATTACHMENT_BYTES });
  const field = (name: string) => {
    const f = part.fields[name] as { value?: unknown } | undefined;
    return typeof f?.value === 'string' ? f.value : undefined;
  };
  return { kind: field('kind') ?? query.kind, title: field('title') ?? query.title, fileName: part.filename, bytes };
}

export function movementRoutes(app: FastifyInstance, deps: AppDeps) {
  const s = new MovementService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const P = { params: z.object({ id: Uuid }) };
  r.get(
    '/api/v1/movements',
    {
      schema: {
        tags,
        summary: 'Phong trào thi đua (những phong trào liên quan đến phạm vi của người dùng)',
        querystring: MovementListQuery,
        response: { 200: MovementList },
      },
    },
    async (req) => s.list(requireActor(req, 'movement.read'), req.query),
  );
  r.post(
    '/api/v1/movements',
    { schema: { tags, summary: 'Phát động phong trào thi đua', body: CreateMovement, response: { 201: MovementView } } },
    async (req, reply) => reply.status(201).send(await s.create(requireActor(req, 'movement.manage'), req.body, metaOf(req))),
  );
  r.get(
    '/api/v1/movements/queue',
    {
      schema: {
        tags,
        summary: 'Đăng ký chờ duyệt của cấp mình',
        description:
          'Registrations waiting for the caller’s level, across movements: state `submitted`, reviewed by the level directly above the registering unit (the movement’s authority for a unit the movement was cascaded to directly, else the unit’s parent on the registration date). The caller’s levels are its `movement.review` grants (a nationwide grant is the central level); a registration whose reviewing level later merged into one of them is included. Oldest first; `levels` lists the caller’s levels.',
        querystring: MovementQueueQuery,
        response: { 200: MovementQueue },
      },
    },
    async (req) => s.queue(requireActor(req, 'movement.review'), req.query),
  );
  r.get(
    '/api/v1/movements/:id',
    {
      schema: {
        tags,
        summary: 'Phong trào: đăng ký, tổng hợp theo cấp, sơ kết, tổng kết, văn bản',
        description:
          'The movement, the registrations in the caller’s scope (with `reviewOrganisation` and `abilities`), the movement-wide roll-up, and `levelRollUp`: counts by state and titles per unit directly below `level` (default: the caller’s organisation; the authority for a nationwide caller). 404 when the movement does not concern the caller.',
        ...P,
        querystring: MovementViewQuery,
        response: { 200: MovementView },
      },
    },
    async (req) => s.get(requireActor(req, 'movement.read'), req.params.id, { level: req.query.level }),
  );
  r.post(
    '/api/v1/movements/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Đăng ký thi đua',
        description:
          'A unit, or an individual through a unit (`personId`), registers for a year (`year`, default the year of the registration date; within the movement’s period, else 422 `movement_registration_year_outside`). The unit must be one the movement concerns on that date — the authority itself, a target or a unit under one (under the authority when no target is named; successors of merged targets count) — else 422 `movement_registration_outside`. One registration per movement, year and unit or individual: a second gets 409 `movement_registration_duplicate` (details.registrationId; a returned one is resubmitted). Refusals store nothing and are audited as denied.',
        ...P,
        body: RegisterForMovement,
        response: { 201: MovementRegistrationItem },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await s.register(requireActor(req, 'movement.register'), req.params.id, req.body, metaOf(req))),
  );
  r.post(
    '/api/v1/movement-registrations/:id/transition',
    {
      schema: {
        tags,
        summary: 'Duyệt, trả lại (kèm lý do) hoặc gửi lại bản đăng ký',
        description:
          'approve / return (note required): only the reviewing level (`reviewOrganisation`); a caller whose review scope covers the unit but is at another level gets 403 `movement_review_wrong_level`. resubmit: the unit (movement.register over it).',
        ...P,
        body: ReviewMovementRegistration,
        response: { 200: MovementRegistrationItem },
      },
    },
    async (req) => s.transition(requireActor(req, 'movement.read'), req.params.id, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/movements/:id/reviews',
    { schema: { tags, summary: 'Sơ kết, tổng kết phong trào', ...P, body: AddMovementReview, response: { 200: MovementView } } },
    async (req) => s.addReview(requireActor(req, 'movement.manage'), req.params.id, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/movements/:id/documents',
    {
      schema: {
        tags,
        summary: `Tải lên văn bản của phong trào (${UPLOAD})`,
        ...P,
        querystring: MovementDocumentUploadQuery,
        response: { 201: MovementDocument },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'movement.manage');
      return reply.status(201).send(await s.uploadDocument(actor, req.params.id, await readUpload(req, req.query), metaOf(req)));
    },
  );
  r.post(
    '/api/v1/movements/:id/reviews/:reviewId/documents',
    {
      schema: {
        tags,
        summary: `Tải lên báo cáo sơ kết, tổng kết (${UPLOAD}; sơ kết: bao_cao_so_ket, khac; tổng kết: bao_cao_tong_ket, khac)`,
        params: z.object({ id: Uuid, reviewId: Uuid }),
        querystring: MovementDocumentUploadQuery,
        response: { 201: MovementDocument },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'movement.manage');
      return reply
        .status(201)
        .send(
          await s.uploadDocument(
            actor,
            req.params.id,
            { ...(await readUpload(req, req.query)), reviewId: req.params.reviewId },
            metaOf(req),
          ),
        );
    },
  );
  r.get(
    '/api/v1/movements/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Tải văn bản của phong trào hoặc của một lần sơ kết, tổng kết (kiểm tra quyền mỗi lần)',
        params: z.object({ id: Uuid, documentId: Uuid }),
      },
    },
    async (req, reply) => {
      const f = await s.downloadDocument(requireActor(req, 'movement.read'), req.params.id, req.params.documentId);
      return reply
        .type(f.mediaType)
        .header('Content-Disposition', f.disposition)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', 'sandbox')
        .header('Cache-Control', 'private, no-store')
        .send(f.bytes);
    },
  );
}
