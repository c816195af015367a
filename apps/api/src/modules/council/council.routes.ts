import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CastCouncilVote, CouncilSession, CreateCouncilSession, Limit, Offset, RecordWrittenVote, UpdateCouncilMember, Uuid, listOf } from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import type { CouncilService } from './council.service.js';

const Id = z.object({ id: Uuid });
const MemberId = z.object({ id: Uuid, memberId: Uuid });
/** The denominator rule, said once for the routes that depend on it. */
const DENOMINATOR =
  'Each agenda item carries its rule, fixed when the session is convened from the parameters in force on the meeting date: threshold `vote.<award>.percent` (else `vote.default.percent`) and denominator `vote.<award>.denominator` when set, else `vote.denominator` — `all_members` (default: every member, absent ones voting in writing), `present_members` (only members recorded present vote; written votes of absent members do not count) or `standing_members` (only standing members — thành viên Thường trực Hội đồng — vote and are the denominator). A member who is a nominee is left out.';
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
        description: `Members are accounts holding \`council_member\` (\`memberUserIds\`, those also in \`standingUserIds\` are standing members) and/or named members (\`namedMembers[].present\`, \`namedMembers[].standing\`). ${DENOMINATOR} An item that would have no voter under its rule (e.g. standing_members without a standing member) → 400 \`validation_failed\`. Audited (\`council.session.create\`, with each dossier's denominator).`,
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
    {
      schema: {
        tags,
        summary: 'Phiên họp (kết quả chỉ hiện sau khi kết thúc)',
        description: `Members with \`standing\` and the items each votes on (\`voteItemIds\`); agenda items with \`denominator\`, \`votingMembers\` (the denominator's count) and \`mayVote\` for the caller. ${DENOMINATOR}`,
        params: Id,
        response: { 200: CouncilSession },
      },
    },
    async (req) => council.get(requireActor(req), req.params.id),
  );
  r.patch(
    '/api/v1/council-sessions/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Đánh dấu thành viên thường trực (thành viên Thường trực Hội đồng)',
        description:
          'Board officer/admin, while the session is open and nobody has voted yet (else 409 `invalid_transition`, reason `session_closed` or `voting_started`). Every agenda item must keep at least one voter under its rule (else 400 `validation_failed`). Audited (`council.member.update`, before/after).',
        params: MemberId,
        body: UpdateCouncilMember,
        response: { 200: CouncilSession },
      },
    },
    async (req) => council.updateMember(requireActor(req, 'council.manage'), req.params.id, req.params.memberId, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/council-sessions/:id/votes',
    {
      schema: {
        tags,
        summary: 'Bỏ phiếu kín điện tử (mỗi thành viên một lần; phiếu không gắn với người bỏ)',
        description: `The paper has exactly one choice for each item the member votes on (\`members[].voteItemIds\`). A choice for an item outside the member's voters under its rule → 422 \`council_voter_outside\` (details.itemIds, details.denominators): nothing is stored, the attempt is audited as denied. ${DENOMINATOR}`,
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
        description:
          'Absent members only (else 409 `invalid_transition`, reason `member_present`). As for an electronic ballot, the paper covers exactly the items the member votes on; an item outside them (an absent member on a `present_members` item, a non-standing member on a `standing_members` item) → 422 `council_voter_outside`, nothing stored, audited as denied.',
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
        summary: 'Kết thúc phiên họp: kiểm phiếu trên mẫu số của từng hình thức (mặc định tổng số thành viên), khóa kết quả',
        description: `Each item's share is over its voters (\`votingMembers\`). ${DENOMINATOR} The quorum (\`council.quorum.percent\`) counts the members who voted among those who vote on some item (every member by default). The locked results keep each item's \`denominator\` (count) and \`denominatorBasis\`.`,
        params: Id,
        response: { 200: CouncilSession },
      },
    },
    async (req) => council.close(requireActor(req, 'council.manage'), req.params.id, metaOf(req)),
  );
  r.get(
    '/api/v1/council-sessions/:id/minutes.docx',
    {
      schema: {
        tags,
        summary: 'Biên bản họp (.docx)',
        description: 'After close. The vote table gives each nominee\'s votes for over its denominator, and the text says what that denominator counts (all members, members present or standing members).',
        params: Id,
      },
    },
    async (req, reply) => {
      const buf = await council.minutesDocx(requireActor(req, 'dossier.read'), req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('Content-Disposition', 'attachment; filename="bien-ban-hop-hoi-dong.docx"')
        .send(buf);
    },
  );
}
