import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BlockBody, BulkEvaluationBody, EvaluationRequest, EvaluationResult, InitiativeBody, LedgerAwardBody, RatingBody, SubjectEvaluationBody, Uuid } from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { EligibilityService } from './eligibility.service.js';

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
          'Trả về mọi điều kiện chưa đạt (mã, thông điệp tiếng Việt, căn cứ, năm sớm nhất có thể đạt), các điều kiện đã đạt và các căn cứ cần con người xác nhận.',
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
}
