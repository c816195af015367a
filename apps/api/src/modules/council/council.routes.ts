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
  'Each agenda item carries its rule, fixed when the session is convened from the parameters in force on the meeting date: threshold `vote.<award>.percent` (else `vote.default.percent`) and denominator `vote.<award>.denominator` when set, else `vote.denominator` — `all_members` (default: every member, absent ones voting in writing), `present_members` (only members recorded present vote; written votes of absent members do not count) or `standing_members` (only standing members — thành viên Thường trực Hội đồng — vote and are the denominator). A member who is the item\'s nominee (the member\'s `personId` is the nominee\'s person, or the member\'s `organisationId` — the organisation the member represents, e.g. a cluster\'s member province — is the collective nominee\'s organisation) or who declared a conflict of interest on it (a recusal) does not vote on it and is left out of its denominator: the item\'s `excluded` lists them by member id with the reason (`nominee`, `recused`).';
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
        description: `Members are accounts holding \`council_member\` (\`memberUserIds\`, those also in \`standingUserIds\` are standing members) and/or named members (\`namedMembers[].present\`, \`namedMembers[].standing\`). The person a member is may be given (\`memberPersons[{userId, personId}]\`, \`namedMembers[].personId\`; a \`person\` id, as nominees are): an unknown person → 404 \`not_found\` (details.personId), a person linked twice → 400. The organisation a member represents may be given (\`memberOrganisations[{userId, organisationId}]\`, \`namedMembers[].organisationId\`; several members may represent one organisation): an unknown organisation → 404 \`not_found\` (details.organisationId). ${DENOMINATOR} An item that would have no voter under its rule (e.g. standing_members without a standing member) → 400 \`validation_failed\`. Audited (\`council.session.create\`, with each dossier's denominator).`,
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
        summary: 'Thành viên thường trực, liên kết người, cơ quan, đơn vị và xung đột lợi ích của một thành viên',
        description:
          'Board officer/admin, while the session is open and nobody has voted yet (else 409 `invalid_transition`, reason `session_closed` or `voting_started`). Any of: `standing` (thành viên Thường trực Hội đồng); `personId` (the person the member is, null to unlink; an unknown person → 404 `not_found` with details.personId; a person already linked to another member of the session → 400): the member does not vote on an item nominating that person; `organisationId` (the organisation the member represents, null to unlink; an unknown organisation → 404 `not_found` with details.organisationId): the member does not vote on an item whose collective nominee is that organisation; `recusals` `[{itemId, reason}]` (the member\'s whole set of declared conflicts of interest, reason required; an item not on the agenda → 400): the member does not vote on those items. Every agenda item must keep at least one voter under its rule (else 400 `validation_failed`). Audited (`council.member.update`, before/after of what changed).',
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
        description: `The paper has exactly one choice for each item the member votes on (\`members[].voteItemIds\`). A choice for an item outside the member's voters under its rule → 422 \`council_voter_outside\` (details.itemIds, details.denominators, details.reasons: \`nominee\`, \`recused\`, \`not_standing\` or \`absent\` per item): nothing is stored, the attempt is audited as denied. ${DENOMINATOR}`,
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
          'Absent members only (else 409 `invalid_transition`, reason `member_present`). As for an electronic ballot, the paper covers exactly the items the member votes on; an item outside them (an absent member on a `present_members` item, a non-standing member on a `standing_members` item, the member\'s own nomination or a recused item) → 422 `council_voter_outside`, nothing stored, audited as denied.',
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
        description: `Each item's share is over its voters (\`votingMembers\`). ${DENOMINATOR} The quorum (\`council.quorum.percent\`) counts the members who voted among those who vote on some item (every member by default). The locked results keep each item's \`denominator\` (count), \`denominatorBasis\` and \`excluded\` members. In the closing transaction the session's ballots are written again in a random order with fresh ids (so they no longer share a transaction id — PostgreSQL's \`xmin\` — with the members' "has voted" rows, nor their physical order with the order of voting), and \`council_ballot\` is vacuumed after the commit.`,
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
        description: 'After close. The vote table gives each nominee\'s votes for over its denominator, and the text says what that denominator counts (all members, members present or standing members) and, per nominee, how many and which members did not vote on it (its nominee, or a declared conflict of interest with the reason).',
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
