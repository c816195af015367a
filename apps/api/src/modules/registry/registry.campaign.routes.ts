import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Campaign,
  CampaignAdjudication,
  CampaignAdjudicationList,
  CampaignAdjudicationQuery,
  CampaignAssignableQuery,
  CampaignAssignableUsers,
  CampaignAssignmentBody,
  CampaignCreateBody,
  CampaignEntry,
  CampaignEntryBody,
  CampaignEntryCheck,
  CampaignEntryList,
  CampaignEntryQuery,
  CampaignList,
  CampaignProgress,
  CampaignResolveBody,
  CampaignTargetsBody,
  CampaignUpdateBody,
  ReissueDecisionBody,
  ReissueIssueBody,
  ReissueRequest,
  ReissueRequestBody,
  ReissueRequestList,
  ReissueRequestQuery,
  Uuid,
} from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { checkIdempotencyKey } from '../dossiers/index.js';
import { CampaignService } from './registry.campaign.service.js';
import { ReissueRequestService } from './registry.reissue.service.js';

const tags = ['registry-campaigns'];
const P = z.object({ id: Uuid });

const ENTRY_DESCRIPTION = `Nhập một bản ghi trên giấy. Các ô như cột của tệp mẫu nhập sổ khen thưởng (gõ như trong Excel: ngày dd/mm/yyyy, hình thức khen thưởng theo mã hoặc tên tiếng Việt; chữ TCVN3/VNI được tự chuyển mã và báo lại) và được kiểm tra đúng như một dòng của tệp nhập.
- Bản ghi không hợp lệ: 422 registry_entry_invalid, details.errors là lỗi của từng trường (field, header, code, message); không lưu gì.
- Hình thức khen thưởng ngoài danh sách của đợt: lỗi award_not_in_campaign.
- Nhập một lần: bản ghi hợp lệ được ghi ngay vào sổ (cùng quy tắc nhận diện người và chống trùng như tệp nhập: outcome created/existing).
- Nhập hai lần: cần recordRef (số hiệu bản ghi trên giấy). Lần thứ nhất chờ (awaiting_second); lần thứ hai do cán bộ khác nhập (cùng cán bộ: 409 campaign_same_officer): trùng khớp từng trường thì ghi vào sổ, khác thì mở đối chiếu (adjudication). Lần thứ ba: 409 campaign_record_complete.
- Đợt đã đóng hoặc hôm nay (giờ Việt Nam) ngoài thời gian của đợt: 409 campaign_not_open.
- Tiêu đề Idempotency-Key: gửi lại cùng khóa không tạo thêm bản ghi (trả lại kết quả đã lưu, Idempotency-Replayed: true).`;

const ADJUDICATIONS_DESCRIPTION = `Danh sách phân trang theo một thứ tự cố định: mở đối chiếu sớm nhất trước, rồi theo id (các trang nối tiếp nhau không trùng, không sót khi danh sách không đổi).
- status: open (chờ đối chiếu) hoặc resolved (đã đối chiếu); không gửi: cả hai.
- limit (mặc định 20, tối đa 100) và offset (từ 0); total là số bản ghi khớp, chính xác (không giới hạn 10.000).
- q: mỗi từ gõ (có hoặc không dấu, chữ hoa hay thường) phải là phần đầu của một từ trong số hiệu bản ghi, tên đơn vị, tên đăng nhập của hai cán bộ nhập hoặc một ô của một trong hai lần nhập ("nguyen" tìm được "Nguyễn", "HS-19" tìm được "HS-1947"). q rỗng hoặc chỉ có khoảng trắng: không lọc.
- Tham số sai (limit ngoài 1–100, offset âm, q dài quá 200 ký tự, tham số lạ): 400 validation_failed.`;

export function campaignRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = new CampaignService(deps);
  const reissue = new ReissueRequestService(deps);

  r.get('/api/v1/registry/campaigns', { schema: { tags, summary: 'Các đợt nhập liệu sổ khen thưởng', response: { 200: CampaignList } } }, async (req) => s.list(requireActor(req, 'registry.campaign.read')));
  r.post(
    '/api/v1/registry/campaigns',
    { schema: { tags, summary: 'Mở đợt nhập liệu (vd khen thưởng kháng chiến: mặc định các thời kỳ và hình thức khen thưởng kháng chiến)', body: CampaignCreateBody, response: { 201: Campaign } } },
    async (req, reply) => reply.status(201).send(await s.create(requireActor(req, 'registry.campaign.manage'), req.body, metaOf(req))),
  );
  r.get('/api/v1/registry/campaigns/:id', { schema: { tags, summary: 'Một đợt nhập liệu: chỉ tiêu, phân công, quyền của người xem', params: P, response: { 200: Campaign } } }, async (req) =>
    s.get(requireActor(req, 'registry.campaign.read'), req.params.id),
  );
  r.patch(
    '/api/v1/registry/campaigns/:id',
    { schema: { tags, summary: 'Đổi tên, gia hạn, đóng hoặc mở lại đợt (kèm lý do, ghi nhật ký)', params: P, body: CampaignUpdateBody, response: { 200: Campaign } } },
    async (req) => s.update(requireActor(req, 'registry.campaign.manage'), req.params.id, req.body, metaOf(req)),
  );
  r.put('/api/v1/registry/campaigns/:id/targets', { schema: { tags, summary: 'Chỉ tiêu số bản ghi của từng đơn vị', params: P, body: CampaignTargetsBody, response: { 200: Campaign } } }, async (req) =>
    s.setTargets(requireActor(req, 'registry.campaign.manage'), req.params.id, req.body.targets, metaOf(req)),
  );
  r.get(
    '/api/v1/registry/campaigns/:id/assignable-users',
    { schema: { tags, summary: 'Người dùng có thể được phân công nhập liệu cho một đơn vị', params: P, querystring: CampaignAssignableQuery, response: { 200: CampaignAssignableUsers } } },
    async (req) => s.assignableUsers(requireActor(req, 'registry.campaign.manage'), req.params.id, req.query.orgId),
  );
  r.post('/api/v1/registry/campaigns/:id/assignments', { schema: { tags, summary: 'Phân công một cán bộ nhập liệu cho một đơn vị', params: P, body: CampaignAssignmentBody, response: { 200: Campaign } } }, async (req) =>
    s.assign(requireActor(req, 'registry.campaign.manage'), req.params.id, req.body, metaOf(req)),
  );
  r.delete(
    '/api/v1/registry/campaigns/:id/assignments/:userId/:orgId',
    { schema: { tags, summary: 'Bỏ phân công', params: z.object({ id: Uuid, userId: Uuid, orgId: Uuid }), response: { 200: Campaign } } },
    async (req) => s.unassign(requireActor(req, 'registry.campaign.manage'), req.params.id, { userId: req.params.userId, orgId: req.params.orgId }, metaOf(req)),
  );
  r.post(
    '/api/v1/registry/campaigns/:id/entries/check',
    { schema: { tags, summary: 'Kiểm tra một bản ghi mà không lưu (lỗi và cảnh báo của từng trường)', params: P, body: CampaignEntryBody, response: { 200: CampaignEntryCheck } } },
    async (req) => s.check(requireActor(req, 'registry.campaign.enter'), req.params.id, req.body),
  );
  r.post(
    '/api/v1/registry/campaigns/:id/entries',
    { schema: { tags, summary: 'Nhập một bản ghi', description: ENTRY_DESCRIPTION, params: P, headers: z.object({ 'idempotency-key': z.string().optional() }).passthrough(), body: CampaignEntryBody, response: { 201: CampaignEntry } } },
    async (req, reply) => {
      const key = checkIdempotencyKey(req.headers['idempotency-key']);
      const res = await s.enter(requireActor(req, 'registry.campaign.enter'), req.params.id, req.body, key, metaOf(req));
      if (res.replayed) void reply.header('Idempotency-Replayed', 'true');
      return reply.status(201).send(res.body);
    },
  );
  r.get('/api/v1/registry/campaigns/:id/entries', { schema: { tags, summary: 'Các bản ghi vừa nhập (mine=true: của tôi) và số bản ghi tôi nhập hôm nay', params: P, querystring: CampaignEntryQuery, response: { 200: CampaignEntryList } } }, async (req) =>
    s.entries(requireActor(req, 'registry.campaign.read'), req.params.id, req.query),
  );
  r.get(
    '/api/v1/registry/campaigns/:id/adjudications',
    { schema: { tags, summary: 'Bản ghi nhập hai lần có khác biệt, chờ đối chiếu', description: ADJUDICATIONS_DESCRIPTION, params: P, querystring: CampaignAdjudicationQuery, response: { 200: CampaignAdjudicationList } } },
    async (req) => s.adjudications(requireActor(req, 'registry.campaign.adjudicate'), req.params.id, req.query),
  );
  r.post(
    '/api/v1/registry/campaigns/:id/adjudications/:adjudicationId/resolve',
    {
      schema: {
        tags,
        summary: 'Đối chiếu: chọn hoặc sửa giá trị các trường khác nhau rồi ghi vào sổ',
        description: 'Người đối chiếu phải khác hai cán bộ đã nhập (409 campaign_adjudicator_entered). Các trường không gửi giữ giá trị của lần nhập thứ nhất; bản ghi được kiểm tra như khi nhập.',
        params: z.object({ id: Uuid, adjudicationId: Uuid }),
        body: CampaignResolveBody,
        response: { 200: CampaignAdjudication },
      },
    },
    async (req) => s.resolve(requireActor(req, 'registry.campaign.adjudicate'), req.params.id, req.params.adjudicationId, req.body, metaOf(req)),
  );
  r.get(
    '/api/v1/registry/campaigns/:id/progress',
    { schema: { tags, summary: 'Tiến độ: theo đơn vị, theo ngày, so với chỉ tiêu và hạn (ngày làm việc)', params: P, response: { 200: CampaignProgress } } },
    async (req) => s.progress(requireActor(req, 'registry.campaign.read'), req.params.id),
  );

  r.post(
    '/api/v1/registry/entries/:id/reissue-requests',
    { schema: { tags, summary: 'Đề nghị cấp lại hiện vật/bằng bị mất hoặc hư hỏng (theo dõi trên mục của sổ)', params: P, body: ReissueRequestBody, response: { 201: ReissueRequest } } },
    async (req, reply) => reply.status(201).send(await reissue.create(requireActor(req, 'registry.reissue.request'), req.params.id, req.body, metaOf(req))),
  );
  r.get('/api/v1/registry/reissue-requests', { schema: { tags, summary: 'Các đề nghị cấp lại', querystring: ReissueRequestQuery, response: { 200: ReissueRequestList } } }, async (req) =>
    reissue.list(requireActor(req, 'registry.read'), req.query),
  );
  for (const action of ['approve', 'reject'] as const) {
    r.post(
      `/api/v1/registry/reissue-requests/:id/${action}`,
      { schema: { tags, summary: action === 'approve' ? 'Đồng ý cấp lại' : 'Không đồng ý cấp lại', params: P, body: ReissueDecisionBody, response: { 200: ReissueRequest } } },
      async (req) => reissue.step(requireActor(req, 'registry.write'), req.params.id, action, req.body, metaOf(req)),
    );
  }
  r.post(
    '/api/v1/registry/reissue-requests/:id/issue',
    { schema: { tags, summary: 'Cấp lại: tạo mục mới với mã chứng nhận mới; mục cũ chuyển "reissued"', params: P, body: ReissueIssueBody, response: { 200: ReissueRequest } } },
    async (req) => reissue.step(requireActor(req, 'registry.write'), req.params.id, 'issue', req.body, metaOf(req)),
  );
}
