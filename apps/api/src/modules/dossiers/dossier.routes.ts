import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  CreateDossier,
  Dossier,
  DossierAttachment,
  DossierList,
  DossierListQuery,
  DossierTransitionRequest,
  Inbox,
  PublicComment,
  PublicPostedDossier,
  UpdateDossier,
  Uuid,
  listOf,
} from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import { checkIdempotencyKey } from './idempotency.js';
import { MAX_ATTACHMENT_BYTES } from '../../files/storage.js';
import { etagOf, type DossierService } from './dossier.service.js';

const Id = z.object({ id: Uuid });
const tags = ['dossiers'];

export function dossierRoutes(
  app: FastifyInstance,
  dossiers: DossierService,
  councilInbox: (actorUserId: string) => Promise<{ id: string; title: string; meetingDate: string }[]>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/dossiers',
    {
      schema: {
        tags,
        summary: 'Danh sách hồ sơ đề nghị khen thưởng trong phạm vi',
        querystring: DossierListQuery,
        response: { 200: DossierList },
      },
    },
    async (req) => dossiers.list(requireActor(req, 'dossier.read'), req.query),
  );

  r.post(
    '/api/v1/dossiers',
    {
      schema: {
        tags,
        summary: 'Tạo hồ sơ (nháp). Tiêu đề Idempotency-Key: gửi lại cùng khóa không tạo thêm hồ sơ.',
        headers: z.object({ 'idempotency-key': z.string().optional() }).passthrough(),
        body: CreateDossier,
        response: { 201: Dossier },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'dossier.write');
      const key = checkIdempotencyKey(req.headers['idempotency-key']);
      const res = await dossiers.create(actor, req.body, key, metaOf(req));
      if (res.replayed) void reply.header('Idempotency-Replayed', 'true');
      return reply.status(201).header('ETag', etagOf(res.body.version)).send(res.body);
    },
  );

  r.get(
    '/api/v1/dossiers/achievement-report-template.docx',
    {
      schema: {
        tags,
        summary: 'Mẫu báo cáo thành tích (.docx)',
        querystring: z.strictObject({
          kind: z.enum(['individual', 'collective']).default('individual'),
          award: z.string().max(80).optional(),
        }),
      },
    },
    async (req, reply) => {
      requireActor(req, 'dossier.read');
      const buf = await dossiers.achievementReportTemplate(req.query.kind, req.query.award);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('Content-Disposition', `attachment; filename="mau-bao-cao-thanh-tich.docx"`)
        .send(buf);
    },
  );

  r.get(
    '/api/v1/dossiers/:id',
    { schema: { tags, summary: 'Hồ sơ (ETag = phiên bản)', params: Id, response: { 200: Dossier } } },
    async (req, reply) => {
      const d = await dossiers.get(requireActor(req, 'dossier.read'), req.params.id);
      void reply.header('ETag', etagOf(d.version));
      return d;
    },
  );

  r.patch(
    '/api/v1/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hồ sơ nháp hoặc bị trả lại (cần If-Match: 412 khi cũ, 428 khi thiếu)',
        params: Id,
        body: UpdateDossier,
        response: { 200: Dossier },
      },
    },
    async (req, reply) => {
      const ifMatch = req.headers['if-match'];
      const d = await dossiers.update(
        requireActor(req, 'dossier.write'),
        req.params.id,
        typeof ifMatch === 'string' ? ifMatch : undefined,
        req.body,
        metaOf(req),
      );
      void reply.header('ETag', etagOf(d.version));
      return d;
    },
  );

  r.post(
    '/api/v1/dossiers/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Chuyển bước quy trình: submit, receive, return, resubmit, appraise, post, reject, forward, withdraw (If-Match tùy chọn). Bước không hợp lệ → 409 invalid_transition.',
        params: Id,
        body: DossierTransitionRequest,
        response: { 200: Dossier },
      },
    },
    async (req, reply) => {
      const ifMatch = req.headers['if-match'];
      const d = await dossiers.transition(
        requireActor(req, 'dossier.read'),
        req.params.id,
        req.body,
        typeof ifMatch === 'string' ? ifMatch : undefined,
        metaOf(req),
      );
      void reply.header('ETag', etagOf(d.version));
      return d;
    },
  );

  r.post(
    '/api/v1/dossiers/:id/attachments',
    {
      schema: {
        tags,
        summary: `Tải lên thành phần hồ sơ (multipart: trường kind rồi trường file; PDF, DOCX, JPEG, PNG; tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; kiểm tra theo nội dung tệp → 415 / 413)`,
        params: Id,
        querystring: z.strictObject({ kind: z.string().max(60).optional() }),
        response: { 201: DossierAttachment },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'dossier.write');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', { expected: 'multipart/form-data' });
      const part = await req.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
      if (!part) throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp' }] });
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('payload_too_large', { limit: MAX_ATTACHMENT_BYTES });
      const f = part.fields.kind as { value?: unknown } | undefined;
      const kind = typeof f?.value === 'string' ? f.value : req.query.kind;
      if (!kind) throw new AppError('validation_failed', { issues: [{ path: 'kind', message: 'Thiếu loại thành phần hồ sơ' }] });
      const a = await dossiers.addAttachment(actor, req.params.id, { kind, fileName: part.filename, bytes }, metaOf(req));
      return reply.status(201).send(a);
    },
  );

  r.get(
    '/api/v1/dossiers/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Tải tệp đính kèm (kiểm tra quyền mỗi lần)', params: z.object({ id: Uuid, attachmentId: Uuid }) } },
    async (req, reply) => {
      const f = await dossiers.downloadAttachment(requireActor(req, 'dossier.read'), req.params.id, req.params.attachmentId);
      return reply
        .type(f.mediaType)
        .header('Content-Disposition', f.disposition)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', 'sandbox')
        .header('Cache-Control', 'private, no-store')
        .send(f.bytes);
    },
  );

  r.delete(
    '/api/v1/dossiers/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Xóa tệp đính kèm (hồ sơ nháp hoặc bị trả lại)', params: z.object({ id: Uuid, attachmentId: Uuid }) } },
    async (req, reply) => {
      await dossiers.removeAttachment(requireActor(req, 'dossier.write'), req.params.id, req.params.attachmentId, metaOf(req));
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/v1/dossiers/:id/package.zip',
    { schema: { tags, summary: 'Gói hồ sơ trình cấp trên: ZIP các tài liệu + manifest.json', params: Id } },
    async (req, reply) => {
      const zip = await dossiers.packageZip(requireActor(req, 'dossier.read'), req.params.id);
      return reply
        .type('application/zip')
        .header('Content-Disposition', `attachment; filename="ho-so-${req.params.id}.zip"`)
        .header('Cache-Control', 'private, no-store')
        .send(zip);
    },
  );

  r.post(
    '/api/v1/dossiers/deadline-scan',
    {
      schema: {
        tags,
        summary: 'Quét thời hạn: nhắc việc trước hạn, báo cáo vượt cấp khi quá hạn',
        response: { 200: z.object({ reminders: z.number().int(), escalations: z.number().int() }) },
      },
    },
    async (req) => {
      requireActor(req, 'council.manage'); // board officers and administrators
      return dossiers.scanDeadlines();
    },
  );

  r.get(
    '/api/v1/inbox',
    {
      schema: {
        tags,
        summary: 'Việc cần xử lý theo vai trò, sắp xếp theo thời hạn',
        description:
          'Hồ sơ (status: trạng thái hồ sơ; action: thao tác cần làm), phiên họp Hội đồng (status `open`, action `vote`) và thông báo (status, action: `reminder` nhắc hạn hoặc `escalation` quá hạn). `title` là tiếng Việt; thông báo nhắc hạn, quá hạn có thêm `notice` (mã `deadline_reminder` / `deadline_escalation` và dữ liệu) để giao diện diễn đạt theo ngôn ngữ của mình.',
        response: { 200: Inbox },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return dossiers.inbox(actor, actor.roles.some((g) => g.role === 'council_member') ? await councilInbox(actor.userId) : []);
    },
  );

  // Public posting (Decree 152 Art. 44(2)): no session needed.
  r.get(
    '/api/v1/public/dossiers',
    {
      schema: {
        tags: ['public'],
        summary: 'Danh sách đang công khai lấy ý kiến',
        security: [],
        response: { 200: listOf(PublicPostedDossier) },
      },
    },
    async () => dossiers.publicPosted(),
  );
  r.post(
    '/api/v1/public/dossiers/:id/comments',
    {
      schema: {
        tags: ['public'],
        summary: 'Góp ý của nhân dân về hồ sơ đang công khai',
        security: [],
        params: Id,
        body: PublicComment,
        response: { 201: z.object({ id: Uuid, receivedAt: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await dossiers.addPublicComment(req.params.id, req.body, metaOf(req))),
  );
}
