import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddClusterConference,
  AddClusterMember,
  AssignClusterSuccessors,
  CastClusterVote,
  ClusterBallotView,
  ClusterDetail,
  ClusterIdParams,
  ClusterList,
  ClusterProposalView,
  ClusterRotation,
  ClusterRoundQuery,
  ClusterRoundView,
  ClusterScoreHistory,
  ClusterYear,
  ClusterYearOverview,
  ClusterYearParams,
  CreateCluster,
  OpenClusterRound,
  RecordClusterElection,
  SaveClusterIndicators,
  SaveClusterPledge,
  SubmitClusterScores,
  UpdateClusterMember,
  Uuid,
} from '@thidua/contracts';
import { z } from 'zod';
import { AppError } from '@thidua/contracts';
import { MAX_ATTACHMENT_BYTES } from '../dossiers/index.js';
import { metaOf, requireActor } from '../../http/auth.js';
import type { AppDeps } from '../../http/context.js';
import { clusterLetterDocx, clusterMinutesDocx } from './cluster.documents.js';
import { ClusterService } from './cluster.service.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['clusters'];

export function clusterRoutes(app: FastifyInstance, deps: AppDeps) {
  const s = new ClusterService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const Y = { params: ClusterYearParams };

  r.get('/api/v1/clusters', { schema: { tags, summary: 'Các cụm, khối thi đua', response: { 200: ClusterList } } }, async (req) => {
    requireActor(req, 'cluster.read');
    return s.list();
  });
  r.post('/api/v1/clusters', { schema: { tags, body: CreateCluster, response: { 201: ClusterDetail } } }, async (req, reply) =>
    reply.status(201).send(await s.create(requireActor(req, 'cluster.manage'), req.body, metaOf(req))),
  );
  r.get('/api/v1/clusters/:id', { schema: { tags, params: ClusterIdParams, response: { 200: ClusterDetail } } }, async (req) => s.detail(requireActor(req, 'cluster.read'), req.params.id));
  r.post('/api/v1/clusters/:id/members', { schema: { tags, params: ClusterIdParams, body: AddClusterMember, response: { 200: ClusterDetail } } }, async (req) =>
    s.addMember(requireActor(req, 'cluster.manage'), req.params.id, req.body, metaOf(req)),
  );
  r.patch(
    '/api/v1/clusters/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Sửa tư cách thành viên: ngày rời cụm, ưu tiên tập thể nữ, ghi chú (kèm lý do)',
        description: 'Năm đã chấm điểm xong giữ nguyên: ngày kết thúc không trước 31/12 của năm đó; ưu tiên không đổi ngược về quá khứ (validation_failed).',
        params: ClusterIdParams.extend({ memberId: Uuid }),
        body: UpdateClusterMember,
        response: { 200: ClusterDetail },
      },
    },
    async (req) => s.updateMember(requireActor(req, 'cluster.manage'), req.params.id, req.params.memberId, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/clusters/:id/members/successors',
    { schema: { tags, summary: 'Sắp xếp 2025: thành viên không còn tồn tại rời cụm, đơn vị kế thừa vào cụm', params: ClusterIdParams, body: AssignClusterSuccessors, response: { 200: ClusterDetail } } },
    async (req) => s.assignSuccessors(requireActor(req, 'cluster.manage'), req.params.id, req.body, metaOf(req)),
  );

  r.get('/api/v1/clusters/:id/years/:year', { schema: { tags, summary: 'Một năm của cụm (CONTRACT.md)', ...Y, response: { 200: ClusterYear } } }, async (req) => {
    requireActor(req, 'cluster.read');
    return s.year(req.params.id, req.params.year);
  });
  r.get('/api/v1/clusters/:id/years/:year/overview', { schema: { tags, ...Y, response: { 200: ClusterYearOverview } } }, async (req) => {
    requireActor(req, 'cluster.read');
    return s.overview(req.params.id, req.params.year);
  });
  r.get('/api/v1/clusters/:id/years/:year/rotation', { schema: { tags, summary: 'Đề xuất luân phiên cụm trưởng, cụm phó', ...Y, response: { 200: ClusterRotation } } }, async (req) => {
    requireActor(req, 'cluster.read');
    return s.rotation(req.params.id, req.params.year);
  });
  r.post('/api/v1/clusters/:id/years/:year/election', { schema: { tags, ...Y, body: RecordClusterElection, response: { 200: ClusterYear } } }, async (req) =>
    s.recordElection(requireActor(req, 'cluster.manage'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.post('/api/v1/clusters/:id/years/:year/pledge', { schema: { tags, ...Y, body: SaveClusterPledge, response: { 200: ClusterYearOverview } } }, async (req) =>
    s.savePledge(requireActor(req, 'cluster.manage'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.post('/api/v1/clusters/:id/years/:year/conferences', { schema: { tags, ...Y, body: AddClusterConference, response: { 200: ClusterYearOverview } } }, async (req) =>
    s.addConference(requireActor(req, 'cluster.manage'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.post('/api/v1/clusters/:id/years/:year/indicators', { schema: { tags, ...Y, body: SaveClusterIndicators, response: { 200: ClusterYearOverview } } }, async (req) =>
    s.saveIndicators(requireActor(req, 'cluster.read'), req.params.id, req.params.year, req.body, metaOf(req)),
  );

  r.post('/api/v1/clusters/:id/years/:year/round', { schema: { tags, summary: 'Mở đợt chấm điểm với bảng điểm cố định', ...Y, body: OpenClusterRound, response: { 201: ClusterRoundView } } }, async (req, reply) =>
    reply.status(201).send(await s.openRound(requireActor(req, 'cluster.manage'), req.params.id, req.params.year, req.body, metaOf(req))),
  );
  r.get('/api/v1/clusters/:id/years/:year/round', { schema: { tags, ...Y, querystring: ClusterRoundQuery, response: { 200: ClusterRoundView } } }, async (req) =>
    s.roundView(requireActor(req, 'cluster.read'), req.params.id, req.params.year, req.query.view),
  );
  r.get('/api/v1/clusters/:id/years/:year/round/history', { schema: { tags, summary: 'Lịch sử chấm điểm (ai, khi nào, lý do)', ...Y, response: { 200: ClusterScoreHistory } } }, async (req) =>
    s.scoreHistory(requireActor(req, 'cluster.manage'), req.params.id, req.params.year),
  );
  r.post('/api/v1/clusters/:id/years/:year/round/scores', { schema: { tags, summary: 'Tự chấm hoặc chấm điểm thành viên khác', ...Y, body: SubmitClusterScores, response: { 200: ClusterRoundView } } }, async (req) =>
    s.submitScores(requireActor(req, 'cluster.read'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/clusters/:id/years/:year/round/evidence',
    {
      schema: {
        tags,
        summary: 'Tải lên minh chứng tự chấm (multipart, trường file; PDF, DOCX, JPEG, PNG)',
        ...Y,
        querystring: z.strictObject({ organisationId: z.uuid(), criterionCode: z.string().max(40).optional() }),
        response: { 201: z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.string(), size: z.number().int(), sha256: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'cluster.read');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', { expected: 'multipart/form-data' });
      const part = await req.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } });
      if (!part) throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp' }] });
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('payload_too_large', { limit: MAX_ATTACHMENT_BYTES });
      const f = await s.uploadEvidence(actor, req.params.id, req.params.year, { organisationId: req.query.organisationId, criterionCode: req.query.criterionCode, fileName: part.filename, bytes }, metaOf(req));
      return reply.status(201).send(f);
    },
  );
  r.get('/api/v1/clusters/:id/years/:year/round/evidence/:fileId', { schema: { tags, summary: 'Tải minh chứng', params: ClusterYearParams.extend({ fileId: z.uuid() }) } }, async (req, reply) => {
    requireActor(req, 'cluster.read');
    const f = await s.evidenceFile(req.params.id, req.params.year, req.params.fileId);
    return reply.type(f.contentType).header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`).header('X-Content-Type-Options', 'nosniff').send(f.content);
  });
  r.post('/api/v1/clusters/:id/years/:year/round/close', { schema: { tags, summary: 'Khóa điểm, lập bảng xếp hạng', ...Y, response: { 200: ClusterRoundView } } }, async (req) =>
    s.closeRound(requireActor(req, 'cluster.read'), req.params.id, req.params.year, metaOf(req)),
  );

  r.post('/api/v1/clusters/:id/years/:year/ballot', { schema: { tags, summary: 'Mở bỏ phiếu suy tôn', ...Y, response: { 201: ClusterBallotView } } }, async (req, reply) =>
    reply.status(201).send(await s.openBallot(requireActor(req, 'cluster.read'), req.params.id, req.params.year, metaOf(req))),
  );
  r.get('/api/v1/clusters/:id/years/:year/ballot', { schema: { tags, ...Y, response: { 200: ClusterBallotView } } }, async (req) =>
    s.ballotView(requireActor(req, 'cluster.read'), req.params.id, req.params.year),
  );
  r.post('/api/v1/clusters/:id/years/:year/ballot/votes', { schema: { tags, summary: 'Bỏ phiếu (kín) thay mặt một thành viên', ...Y, body: CastClusterVote, response: { 200: ClusterBallotView } } }, async (req) =>
    s.castVote(requireActor(req, 'cluster.read'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.post('/api/v1/clusters/:id/years/:year/ballot/close', { schema: { tags, summary: 'Kết thúc bỏ phiếu, lập đề nghị khen thưởng', ...Y, response: { 200: z.object({ items: z.array(ClusterProposalView) }) } } }, async (req) =>
    s.closeBallot(requireActor(req, 'cluster.read'), req.params.id, req.params.year, metaOf(req)),
  );
  r.get('/api/v1/clusters/:id/years/:year/proposals', { schema: { tags, ...Y, response: { 200: z.object({ items: z.array(ClusterProposalView) }) } } }, async (req) => {
    requireActor(req, 'cluster.read');
    return s.proposalsOf(req.params.id, req.params.year);
  });
  r.post(
    '/api/v1/clusters/:id/years/:year/proposals/:proposalId/dossier',
    { schema: { tags, summary: 'Lập hồ sơ đề nghị khen thưởng từ đề nghị của cụm', params: ClusterYearParams.extend({ proposalId: z.uuid() }), response: { 201: ClusterProposalView } } },
    async (req, reply) => reply.status(201).send(await s.createDossier(requireActor(req, 'cluster.read'), req.params.id, req.params.year, req.params.proposalId, metaOf(req))),
  );
  r.get('/api/v1/clusters/:id/years/:year/minutes.docx', { schema: { tags, summary: 'Biên bản kiểm phiếu suy tôn (.docx)', ...Y } }, async (req, reply) => {
    requireActor(req, 'cluster.read');
    const buf = await clusterMinutesDocx(await s.minutesData(req.params.id, req.params.year));
    return reply.type(DOCX).header('Content-Disposition', `attachment; filename="bien-ban-suy-ton-${req.params.year}.docx"`).send(buf);
  });
  r.get('/api/v1/clusters/:id/years/:year/letter.docx', { schema: { tags, summary: 'Tờ trình đề nghị khen thưởng (.docx)', ...Y } }, async (req, reply) => {
    requireActor(req, 'cluster.read');
    const d = await s.minutesData(req.params.id, req.params.year);
    const ps = (await s.proposalsOf(req.params.id, req.params.year)).items.map((p) => ({ organisationId: p.organisation.id, award: p.award }));
    const buf = await clusterLetterDocx(d, ps);
    return reply.type(DOCX).header('Content-Disposition', `attachment; filename="to-trinh-de-nghi-${req.params.year}.docx"`).send(buf);
  });
}
