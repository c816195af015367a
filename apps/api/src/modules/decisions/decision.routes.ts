import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  CertificateVerification,
  CorrectDecision,
  DecisionDetail,
  DecisionList,
  DecisionListQuery,
  IssueDecision,
  RevokeDecision,
  Uuid,
} from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import { checkIdempotencyKey, MAX_ATTACHMENT_BYTES } from '../dossiers/index.js';
import type { DecisionService } from './decision.service.js';
import { renderVerifyPage } from './verify.page.js';

const Id = z.object({ id: Uuid });
const tags = ['decisions'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IdemHeader = z.object({ 'idempotency-key': z.string().optional() }).passthrough();

export function decisionRoutes(app: FastifyInstance, decisions: DecisionService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/decisions',
    {
      schema: { tags, summary: 'Quyết định đã ban hành, mới nhất trước', querystring: DecisionListQuery, response: { 200: DecisionList } },
    },
    async (req) => decisions.list(requireActor(req, 'decision.read'), req.query),
  );
  r.post(
    '/api/v1/decisions',
    {
      schema: {
        tags,
        summary:
          'Ban hành quyết định khen thưởng từ các hồ sơ đã được Hội đồng tán thành: cấp số (không trùng, không hổng), ghi sổ khen thưởng trong cùng giao dịch. Idempotency-Key: gửi lại không tạo thêm.',
        headers: IdemHeader,
        body: IssueDecision,
        response: { 201: DecisionDetail },
      },
    },
    async (req, reply) => {
      const res = await decisions.issue(
        requireActor(req, 'decision.issue'),
        req.body,
        checkIdempotencyKey(req.headers['idempotency-key']),
        metaOf(req),
      );
      if (res.replayed) void reply.header('Idempotency-Replayed', 'true');
      return reply.status(201).send(res.body);
    },
  );
  r.get(
    '/api/v1/decisions/:id',
    { schema: { tags, summary: 'Quyết định và các khen thưởng trong sổ', params: Id, response: { 200: DecisionDetail } } },
    async (req) => decisions.get(requireActor(req, 'decision.read'), req.params.id),
  );
  r.post(
    '/api/v1/decisions/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Quyết định hủy bỏ (Điều 92 Luật TĐKT): quyết định mới dẫn chiếu quyết định cũ',
        headers: IdemHeader,
        params: Id,
        body: RevokeDecision,
        response: { 201: DecisionDetail },
      },
    },
    async (req, reply) => {
      const res = await decisions.revoke(
        requireActor(req, 'decision.issue'),
        req.params.id,
        req.body,
        checkIdempotencyKey(req.headers['idempotency-key']),
        metaOf(req),
      );
      if (res.replayed) void reply.header('Idempotency-Replayed', 'true');
      return reply.status(201).send(res.body);
    },
  );
  r.post(
    '/api/v1/decisions/:id/corrections',
    {
      schema: {
        tags,
        summary: 'Quyết định đính chính: quyết định mới dẫn chiếu quyết định cũ (quyết định cũ không bị sửa)',
        headers: IdemHeader,
        params: Id,
        body: CorrectDecision,
        response: { 201: DecisionDetail },
      },
    },
    async (req, reply) => {
      const res = await decisions.correct(
        requireActor(req, 'decision.issue'),
        req.params.id,
        req.body,
        checkIdempotencyKey(req.headers['idempotency-key']),
        metaOf(req),
      );
      if (res.replayed) void reply.header('Idempotency-Replayed', 'true');
      return reply.status(201).send(res.body);
    },
  );
  r.get(
    '/api/v1/decisions/:id/document.docx',
    { schema: { tags, summary: 'Quyết định theo thể thức Nghị định 30/2020/NĐ-CP (.docx)', params: Id } },
    async (req, reply) => {
      const buf = await decisions.documentDocx(requireActor(req, 'decision.read'), req.params.id);
      return reply.type(DOCX).header('Content-Disposition', 'attachment; filename="quyet-dinh.docx"').send(buf);
    },
  );
  r.get(
    '/api/v1/decisions/:id/certificates.pdf',
    { schema: { tags, summary: 'Bằng khen / Giấy khen của quyết định, gộp một PDF, có mã và QR xác minh', params: Id } },
    async (req, reply) => {
      const buf = await decisions.certificatesPdf(requireActor(req, 'decision.read'), req.params.id);
      return reply.type('application/pdf').header('Content-Disposition', 'attachment; filename="bang-khen.pdf"').send(buf);
    },
  );
  r.post(
    '/api/v1/decisions/:id/signed-scan',
    { schema: { tags, summary: 'Tải lên bản quét quyết định đã ký (PDF, một lần)', params: Id, response: { 200: DecisionDetail } } },
    async (req) => {
      const actor = requireActor(req, 'decision.issue');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', { expected: 'multipart/form-data' });
      const part = await req.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
      if (!part) throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp' }] });
      const bytes = await part.toBuffer();
      return decisions.uploadSignedScan(actor, req.params.id, { fileName: part.filename, bytes }, metaOf(req));
    },
  );
  r.get(
    '/api/v1/decisions/:id/signed-scan.pdf',
    { schema: { tags, summary: 'Bản quét quyết định đã ký', params: Id } },
    async (req, reply) => {
      const buf = await decisions.signedScan(requireActor(req, 'decision.read'), req.params.id);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'attachment; filename="quyet-dinh-da-ky.pdf"')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', 'sandbox')
        .send(buf);
    },
  );

  // Public verification (CONTRACT.md): JSON and a server-rendered page.
  const Code = z.object({ code: z.string().min(4).max(40) });
  r.get(
    '/api/v1/public/certificates/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'Xác minh bằng khen, giấy khen theo mã',
        security: [],
        params: Code,
        response: { 200: CertificateVerification },
      },
    },
    async (req) => decisions.verify(req.params.code),
  );
  r.get('/verify/:code', { schema: { hide: true, params: Code } }, async (req, reply) => {
    let data: Awaited<ReturnType<DecisionService['verify']>> | null = null;
    try {
      data = await decisions.verify(req.params.code);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'not_found') throw e;
    }
    return reply
      .status(data ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('X-Robots-Tag', 'noindex')
      .send(renderVerifyPage(req.params.code, data));
  });
}
