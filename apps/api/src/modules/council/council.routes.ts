import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CastCouncilVote, CouncilSession, CreateCouncilSession, Limit, Offset, RecordWrittenVote, Uuid, listOf } from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import type { CouncilService } from './council.service.js';

const Id = z.object({ id: Uuid });
const tags = ['council'];

export function councilRoutes(app: FastifyInstance, council: CouncilService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/council-sessions',
    {
      schema: {
        tags,
        summary: 'Các phiên họp Hội đồng TĐKT',
        querystring: z.strictObject({ limit: Limit, offset: Offset }),
        response: { 200: listOf(CouncilSession) },
      },
    },
    async (req) => council.list(requireActor(req, 'dossier.read'), req.query),
  );
  r.post(
    '/api/v1/council-sessions',
    {
      schema: {
        tags,
        summary: 'Lập phiên họp: thành viên và chương trình từ các hồ sơ đã thẩm định',
        body: CreateCouncilSession,
        response: { 201: CouncilSession },
      },
    },
    async (req, reply) => reply.status(201).send(await council.create(requireActor(req, 'council.manage'), req.body, metaOf(req))),
  );
  r.get(
    '/api/v1/council-sessions/member-candidates',
    {
      schema: {
        tags,
        summary: 'Tài khoản có vai trò thành viên Hội đồng (để chọn khi lập phiên họp)',
        response: { 200: listOf(z.object({ id: Uuid, displayName: z.string() })) },
      },
    },
    async (req) => {
      requireActor(req, 'council.manage');
      return council.memberCandidates();
    },
  );
  r.get(
    '/api/v1/council-sessions/:id',
    { schema: { tags, summary: 'Phiên họp (kết quả chỉ hiện sau khi kết thúc)', params: Id, response: { 200: CouncilSession } } },
    async (req) => council.get(requireActor(req), req.params.id),
  );
  r.post(
    '/api/v1/council-sessions/:id/votes',
    {
      schema: {
        tags,
        summary: 'Bỏ phiếu kín điện tử (mỗi thành viên một lần; phiếu không gắn với người bỏ)',
        params: Id,
        body: CastCouncilVote,
        response: { 200: CouncilSession },
      },
    },
    async (req) => council.vote(requireActor(req, 'council.vote'), req.params.id, req.body.votes, metaOf(req)),
  );
  r.post(
    '/api/v1/council-sessions/:id/written-votes',
    {
      schema: {
        tags,
        summary: 'Thư ký ghi nhận phiếu bằng văn bản của thành viên vắng mặt',
        params: Id,
        body: RecordWrittenVote,
        response: { 200: CouncilSession },
      },
    },
    async (req) =>
      council.recordWritten(requireActor(req, 'council.manage'), req.params.id, req.body.memberId, req.body.votes, metaOf(req)),
  );
  r.post(
    '/api/v1/council-sessions/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc phiên họp: kiểm phiếu trên tổng số thành viên, khóa kết quả',
        params: Id,
        response: { 200: CouncilSession },
      },
    },
    async (req) => council.close(requireActor(req, 'council.manage'), req.params.id, metaOf(req)),
  );
  r.get(
    '/api/v1/council-sessions/:id/minutes.docx',
    { schema: { tags, summary: 'Biên bản họp (.docx)', params: Id } },
    async (req, reply) => {
      const buf = await council.minutesDocx(requireActor(req, 'dossier.read'), req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('Content-Disposition', 'attachment; filename="bien-ban-hop-hoi-dong.docx"')
        .send(buf);
    },
  );
}
