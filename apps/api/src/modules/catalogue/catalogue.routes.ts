import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AwardList, ParameterOverrideBody } from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { CatalogueService } from './catalogue.service.js';

export function catalogueRoutes(app: FastifyInstance, deps: AppDeps) {
  const svc = new CatalogueService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/awards', { schema: { tags: ['catalogue'], summary: 'Danh mục danh hiệu thi đua và hình thức khen thưởng (mã theo award-codes.md)', response: { 200: AwardList } } }, async (req) => {
    requireActor(req);
    return svc.listAwards();
  });
  r.post(
    '/api/v1/awards',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Thêm một hình thức/danh hiệu vào danh mục (dữ liệu, không cần migration); máy không xét điều kiện cho mã mới (kết quả “review”)',
        body: z.strictObject({
          code: z.string().regex(/^[a-z][a-z0-9_]{2,79}$/, 'Mã: chữ thường không dấu, số và dấu gạch dưới'),
          name: z.string().trim().min(3).max(300),
          kind: z.enum(['title', 'form']),
          subjects: z.array(z.enum(['individual', 'collective', 'household'])).min(1),
          level: z.enum(['co_so', 'bo_tinh', 'toan_quoc', 'nha_nuoc']),
          authority: z.string().trim().min(3).max(300),
          allowedTypes: z.array(z.enum(['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'])).min(1),
          dossier: z.array(z.string().max(60)).default([]),
          secretBallot: z.boolean().default(true),
          publicPosting: z.boolean().default(false),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await svc.addAward(requireActor(req, 'catalogue.manage'), req.body, metaOf(req))),
  );
  r.get('/api/v1/parameters', { schema: { tags: ['catalogue'], summary: 'Tham số (chỉ tiêu, tỷ lệ biểu quyết, thời hạn) với giá trị mặc định, căn cứ và các lần điều chỉnh' } }, async (req) => {
    requireActor(req);
    const items = await svc.parameters();
    return { items, total: items.length };
  });
  r.post(
    '/api/v1/parameters/:key/overrides',
    { schema: { tags: ['catalogue'], summary: 'Điều chỉnh một tham số từ một ngày (toàn hệ thống hoặc một tổ chức)', params: z.object({ key: z.string().max(120) }), body: ParameterOverrideBody } },
    async (req, reply) => reply.status(201).send(await svc.addOverride(requireActor(req, 'catalogue.manage'), req.params.key, req.body, metaOf(req))),
  );
}
