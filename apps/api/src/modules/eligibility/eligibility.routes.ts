import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BlockBody, BulkEvaluationBody, EvaluationRequest, EvaluationResult, InitiativeBody, LedgerAwardBody, RatingBody, SubjectEvaluationBody, Uuid } from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { EligibilityService } from './eligibility.service.js';
import { importRatings, ratingTemplate } from './ratings-import.js';
import { AppError } from '@thidua/contracts';

const Year = z.coerce.number().int().min(1900).max(2200);

export function eligibilityRoutes(app: FastifyInstance, deps: AppDeps) {
  const svc = new EligibilityService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/eligibility/evaluate',
    {
      schema: {
        tags: ['eligibility'],
        summary: 'Xét điều kiện khen thưởng từ một lịch sử cho trước (CONTRACT.md)',
        description:
          'Bộ quy tắc theo ngày nhận hồ sơ (asOf): law-2013 trước 01/01/2024, law-2022 từ 01/01/2024 (Nghị định 98/2023 đến 30/06/2025, 152/2025 từ 01/07/2025). ' +
          'Trả về mọi điều kiện chưa đạt (mã, thông điệp tiếng Việt, căn cứ, năm sớm nhất có thể đạt), các điều kiện đã đạt và các căn cứ cần con người xác nhận. ' +
          'Mỗi điều kiện kèm `params` (số liệu để diễn đạt bằng ngôn ngữ khác; căn cứ cần xác nhận: `params.ground`) và `citation` (căn cứ pháp lý dưới dạng dữ liệu).',
        body: EvaluationRequest,
        response: { 200: EvaluationResult },
      },
    },
    async (req) => {
      requireActor(req, 'eligibility.evaluate');
      return (await svc.evaluate(req.body as never)) as never;
    },
  );
  r.post('/api/v1/eligibility/evaluate-person', { schema: { tags: ['eligibility'], summary: 'Xét một cá nhân theo lịch sử đã lưu (có thể thêm giả định "nếu … thì")', body: SubjectEvaluationBody } }, async (req) =>
    svc.evaluatePerson(requireActor(req, 'eligibility.evaluate'), req.body as never),
  );
  r.post('/api/v1/eligibility/bulk', { schema: { tags: ['eligibility'], summary: 'Xét mọi cá nhân của một đơn vị cho một năm và danh sách hình thức', body: BulkEvaluationBody } }, async (req) =>
    svc.bulk(requireActor(req, 'eligibility.evaluate'), req.body),
  );
  r.get('/api/v1/people/:id/eligibility', { schema: { tags: ['eligibility'], params: z.object({ id: Uuid }), querystring: z.strictObject({ year: Year, asOf: z.string().optional() }) } }, async (req) =>
    svc.overview(requireActor(req, 'eligibility.evaluate'), req.params.id, req.query.year, req.query.asOf),
  );
  r.get('/api/v1/organisations/:id/quota', { schema: { tags: ['eligibility'], summary: 'Chỉ tiêu Chiến sĩ thi đua cơ sở của đơn vị (nếu có giới hạn)', params: z.object({ id: Uuid }), querystring: z.strictObject({ year: Year }) } }, async (req) =>
    svc.quota(requireActor(req, 'person.read'), req.params.id, req.query.year),
  );
  r.get('/api/v1/people/:id/history', { schema: { tags: ['eligibility'], params: z.object({ id: Uuid }) } }, async (req) => svc.history(requireActor(req, 'person.read'), req.params.id));
  r.put('/api/v1/people/:id/ratings/:year', { schema: { tags: ['eligibility'], params: z.object({ id: Uuid, year: Year }), body: RatingBody } }, async (req) =>
    svc.setRating(requireActor(req, 'person.write'), req.params.id, req.params.year, req.body.rating, metaOf(req)),
  );
  r.post('/api/v1/people/:id/initiatives', { schema: { tags: ['eligibility'], params: z.object({ id: Uuid }), body: InitiativeBody } }, async (req) =>
    svc.addInitiative(requireActor(req, 'person.write'), req.params.id, req.body, metaOf(req)),
  );
  r.post('/api/v1/people/:id/blocks', { schema: { tags: ['eligibility'], params: z.object({ id: Uuid }), body: BlockBody } }, async (req) =>
    svc.addBlock(requireActor(req, 'person.write'), req.params.id, req.body, metaOf(req)),
  );
  r.post('/api/v1/people/:id/awards', { schema: { tags: ['eligibility'], summary: 'Ghi một khen thưởng đã có vào sổ (từ quyết định giấy)', params: z.object({ id: Uuid }), body: LedgerAwardBody } }, async (req) =>
    svc.addAward(requireActor(req, 'person.write'), req.params.id, req.body, metaOf(req)),
  );
  r.post(
    '/api/v1/eligibility/evaluate-collective',
    { schema: { tags: ['eligibility'], summary: 'Xét danh hiệu tập thể từ xếp loại và số liệu thành viên đã lưu', body: z.strictObject({ organisationId: Uuid, award: z.string().regex(/^[a-z0-9_]{2,80}$/), year: Year, asOf: z.string().optional() }) } },
    async (req) => svc.evaluateCollective(requireActor(req, 'eligibility.evaluate'), req.body),
  );
  r.put(
    '/api/v1/organisations/:id/collective-figures/:year',
    {
      schema: {
        tags: ['eligibility'],
        summary: 'Số liệu thành viên của tập thể trong năm (và xếp loại của tập thể)',
        params: z.object({ id: Uuid, year: Year }),
        body: z.strictObject({
          rating: z.enum(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']).optional(),
          members: z.number().int().min(0),
          completedTasks: z.number().int().min(0),
          laoDongTienTien: z.number().int().min(0),
          chienSiThiDuaCoSo: z.number().int().min(0),
          disciplinedWarningOrAbove: z.number().int().min(0),
        }),
      },
    },
    async (req) => svc.setCollectiveFigures(requireActor(req, 'person.write'), req.params.id, req.params.year, req.body, metaOf(req)),
  );
  r.get('/api/v1/history/ratings/template.xlsx', { schema: { tags: ['eligibility'], summary: 'Mẫu Excel nhập kết quả xếp loại hằng năm' } }, async (req, reply) => {
    requireActor(req);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', "attachment; filename*=UTF-8''mau-xep-loai.xlsx")
      .send(await ratingTemplate());
  });
  r.post(
    '/api/v1/history/ratings/import',
    { schema: { tags: ['eligibility'], summary: 'Nhập kết quả xếp loại hằng năm từ Excel (multipart, trường file); ?dryRun=true chỉ kiểm tra', querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }) } },
    async (req) => {
      const actor = requireActor(req, 'person.write');
      const part = await req.file();
      if (!part) throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp' }] });
      const buf = await part.toBuffer();
      if (buf.subarray(0, 4).toString('binary') !== 'PK\x03\x04') throw new AppError('unsupported_media_type', {}, 'Chỉ nhận tệp Excel .xlsx.');
      return importRatings(deps, actor, buf, req.query.dryRun === 'true', metaOf(req));
    },
  );
}
