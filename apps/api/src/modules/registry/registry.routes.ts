import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  PublicLookupBody,
  PublicLookupResult,
  RegistryDuplicateList,
  RegistryDuplicateQuery,
  RegistryEntryDetail,
  RegistryExportQuery,
  RegistryImport,
  RegistryImportAccepted,
  RegistryImportCreateQuery,
  RegistryMerge,
  RegistryMergeBody,
  RegistryReissueBody,
  RegistrySearchQuery,
  RegistrySearchResult,
  Uuid,
} from '@thidua/contracts';
import { REGISTRY_COLUMNS } from '@thidua/domain';
import { writeXlsx } from '@thidua/documents';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { jobRunnerOf } from '../../jobs/runner.js';
import { RegistryDedupService, scanDuplicates } from './registry.dedup.service.js';
import { exportRows, writeExport } from './registry.export.js';
import { IMPORT_JOB, MAX_IMPORT_BYTES, RegistryImportService, presentImport, processImport, storeUpload } from './registry.import.service.js';
import { reissueEntry } from './registry.ledger.js';
import { lookupPageRoutes } from './lookup.page.js';
import { campaignRoutes } from './registry.campaign.routes.js';
import { RegistryPublicService } from './registry.public.service.js';
import { RegistryService } from './registry.service.js';

const SEARCH_DESCRIPTION = `Tìm trong sổ khen thưởng, mỗi dòng một lần khen (domain/RULES.md §8):
- Tên ở dạng NFC hay NFD đều như nhau; cách bỏ dấu cũ và mới như nhau ("Hoà" = "Hòa", "Thuỷ" = "Thủy", trừ sau "q": "quý").
- Một từ gõ không dấu khớp mọi từ cùng chữ cái với bất kỳ dấu nào ("nguyen van an" tìm thấy "Nguyễn Văn An"; "d" khớp "đ").
- Một từ gõ có dấu chỉ khớp đúng từ đó sau khi gộp cách bỏ dấu ("Hòa" không tìm thấy "Hóa"; "Đũng" không tìm thấy "Dũng").
- Các từ theo thứ tự bất kỳ; từ cuối có thể là phần đầu của một từ (gõ dần). Khớp đúng xếp trước.
- Tập thể và hộ gia đình được tìm theo tên với cùng các quy tắc (\`subjectKind\` để chỉ tìm một loại).
- \`total\` chính xác đến 10.000; quá mức đó trả {"total":10000,"totalCapped":true}.
- \`organisationId\` gồm cả các đơn vị tiền thân; thêm \`includeDescendants=true\` để gồm các đơn vị trực thuộc.
- Cán bộ chỉ thấy các mục thuộc phạm vi quản lý của mình. Chuỗi truy vấn của tuyến tìm kiếm không bao giờ được ghi vào nhật ký.`;

export function registryRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const search = new RegistryService(deps);
  const imports = new RegistryImportService(deps);
  const dedup = new RegistryDedupService(deps);
  const pub = new RegistryPublicService(deps);

  const runner = jobRunnerOf(app, deps.db, deps.dbKind, { retentionDays: deps.config.jobRetentionDays });
  runner.register(IMPORT_JOB, async (payload, ctx) => {
    await processImport(String(payload.importId), { db: ctx.db, now: deps.now, signal: ctx.signal, heartbeat: ctx.heartbeat, walkWorkerMinBytes: deps.config.importWorkerMinBytes, batchDelayMs: Number(process.env.THIDUA_IMPORT_BATCH_DELAY_MS ?? 0) || 0 });
    runner.poke();
  });
  runner.register('registry.duplicates.scan', async (_p, ctx) => {
    await scanDuplicates(ctx.db);
  });

  r.get(
    '/api/v1/registry/search',
    { schema: { tags: ['registry'], summary: 'Tìm trong sổ khen thưởng theo tên tiếng Việt và bộ lọc', description: SEARCH_DESCRIPTION, querystring: RegistrySearchQuery, response: { 200: RegistrySearchResult } } },
    async (req) => search.search(requireActor(req, 'registry.read'), req.query),
  );
  r.get('/api/v1/registry/entries/:id', { schema: { tags: ['registry'], summary: 'Một mục của sổ khen thưởng, với lịch sử đính chính', params: z.object({ id: Uuid }), response: { 200: RegistryEntryDetail } } }, async (req) =>
    search.getEntry(requireActor(req, 'registry.read'), req.params.id),
  );
  r.post(
    '/api/v1/registry/entries/:id/reissue',
    { schema: { tags: ['registry'], summary: 'Cấp lại chứng nhận bị mất, hỏng: mục cũ chuyển "reissued" trỏ tới mục mới', params: z.object({ id: Uuid }), body: RegistryReissueBody, response: { 201: RegistryEntryDetail } } },
    async (req, reply) => {
      const actor = requireActor(req, 'registry.write');
      const id = await reissueEntry(deps, actor, req.params.id, req.body, metaOf(req));
      return reply.status(201).send(await search.getEntry(actor, id));
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    r.get(
      `/api/v1/registry/export.${format}`,
      { schema: { tags: ['registry'], summary: `Xuất sổ khen thưởng ra .${format} (cùng bộ lọc với tìm kiếm; ô có công thức được vô hiệu hoá)`, querystring: RegistryExportQuery } },
      async (req, reply) => {
        const actor = requireActor(req, 'registry.read');
        const out = new PassThrough();
        const name = `so-khen-thuong.${format}`;
        void reply
          .header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('Content-Disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
          .header('X-Content-Type-Options', 'nosniff');
        writeExport(format, exportRows(deps.db, search, actor, req.query), out).catch((e: Error) => out.destroy(e));
        return reply.send(out);
      },
    );
  }

  r.get('/api/v1/registry/imports/template.xlsx', { schema: { tags: ['registry'], summary: 'Tệp mẫu nhập sổ khen thưởng (tiêu đề tiếng Việt)' } }, async (req, reply) => {
    requireActor(req, 'registry.read');
    const buf = await writeXlsx([
      { name: 'Danh sách khen thưởng', columns: REGISTRY_COLUMNS.map((c) => ({ header: c.header, key: c.key, type: 'text' as const, width: Math.max(14, c.header.length + 4) })), rows: [] },
      {
        name: 'Hướng dẫn',
        columns: [
          { header: 'Cột', key: 'col', type: 'text', width: 26 },
          { header: 'Nội dung', key: 'help', type: 'text', width: 90 },
        ],
        rows: [
          { col: 'Họ và tên', help: 'Bắt buộc. Unicode; chấp nhận cả văn bản TCVN3/VNI (được tự chuyển mã và báo lại).' },
          { col: 'Năm sinh', help: 'Năm (vd 1975) hoặc ngày sinh dd/mm/yyyy.' },
          { col: 'Giới tính', help: 'Nam / Nữ.' },
          { col: 'Quê quán', help: 'Xã/phường, tỉnh.' },
          { col: 'Đơn vị', help: 'Tên hoặc mã đơn vị tại ngày quyết định; không xác định được thì giữ dạng văn bản (có cảnh báo).' },
          { col: 'Hình thức khen thưởng', help: 'Mã (vd bang_khen_tinh), tên tiếng Việt hoặc cách gọi quen thuộc ("Bằng khen của Chủ tịch UBND tỉnh").' },
          { col: 'Loại hình', help: 'Mặc định công trạng (cong_trang); đột xuất, chuyên đề, cống hiến, niên hạn, đối ngoại, kháng chiến.' },
          { col: 'Năm thành tích', help: 'Bắt buộc, 4 chữ số.' },
          { col: 'Số quyết định', help: 'Vd 15/QĐ-UBND.' },
          { col: 'Ngày quyết định', help: 'dd/mm/yyyy, YYYY-MM-DD hoặc ngày Excel.' },
          { col: 'Cơ quan ban hành', help: 'Văn bản.' },
          { col: 'Số CCCD', help: 'Tuỳ chọn: CCCD 12 số (mã tỉnh, giới tính/thế kỷ và năm sinh được kiểm tra) hoặc CMND 9 số.' },
        ],
      },
    ]);
    return reply
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Content-Disposition', `attachment; filename="mau-nhap-so-khen-thuong.xlsx"`)
      .send(buf);
  });

  r.post(
    '/api/v1/registry/imports',
    {
      schema: {
        tags: ['registry'],
        summary: 'Nhập sổ khen thưởng từ tệp .xlsx/.csv (multipart, trường "file"); 202 {id}; ?commit=true để ghi ngay các dòng hợp lệ',
        description: `Giới hạn ${MAX_IMPORT_BYTES / 1024 / 1024} MB (413 payload_too_large); tệp không phải .xlsx (ZIP) hay văn bản CSV → 415 unsupported_media_type. Theo dõi bằng GET /api/v1/registry/imports/{id}.`,
        querystring: RegistryImportCreateQuery,
        response: { 202: RegistryImportAccepted },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, 'registry.import');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', { expected: 'multipart/form-data' });
      const part = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!part || part.fieldname !== 'file') throw new AppError('validation_failed', { issues: [{ path: 'file', message: 'Thiếu tệp (trường "file")' }] });
      const stored = await storeUpload(deps.config.dataDir, part.file);
      const res = await imports.create(actor, { ...stored, fileName: part.filename || 'tep-nhap', commit: req.query.commit ?? false, ownerOrgId: req.query.ownerOrgId }, metaOf(req));
      runner.poke();
      return reply.status(202).send(res);
    },
  );
  r.get('/api/v1/registry/imports/:id', { schema: { tags: ['registry'], summary: 'Trạng thái, số đếm, lỗi và cảnh báo của một lần nhập', params: z.object({ id: Uuid }), response: { 200: RegistryImport } } }, async (req) =>
    presentImport(await imports.get(requireActor(req, 'registry.import'), req.params.id)),
  );
  r.post(
    '/api/v1/registry/imports/:id/commit',
    { schema: { tags: ['registry'], summary: 'Ghi các dòng hợp lệ của một lần nhập đã kiểm tra (previewed)', params: z.object({ id: Uuid }), response: { 202: RegistryImport } } },
    async (req, reply) => {
      const rec = await imports.requestCommit(requireActor(req, 'registry.import'), req.params.id, metaOf(req));
      runner.poke();
      return reply.status(202).send(presentImport(rec));
    },
  );

  r.get('/api/v1/registry/duplicates', { schema: { tags: ['registry'], summary: 'Hàng chờ rà soát các cặp có thể là cùng một người', querystring: RegistryDuplicateQuery, response: { 200: RegistryDuplicateList } } }, async (req) =>
    dedup.list(requireActor(req, 'registry.read'), req.query),
  );
  r.post('/api/v1/registry/duplicates/scan', { schema: { tags: ['registry'], summary: 'Tìm lại các cặp trùng (chạy nền)', response: { 202: z.object({ queued: z.boolean() }) } } }, async (req, reply) => {
    requireActor(req, 'registry.write');
    await deps.db.transaction(async (tx) => {
      const { enqueueJob } = await import('../../jobs/runner.js');
      await enqueueJob(tx, 'registry.duplicates.scan', {});
    });
    runner.poke();
    return reply.status(202).send({ queued: true });
  });
  r.post(
    '/api/v1/registry/duplicates/:id/merge',
    { schema: { tags: ['registry'], summary: 'Gộp hai hồ sơ: chuyển các lần khen sang người được giữ (hoàn tác được)', params: z.object({ id: Uuid }), body: RegistryMergeBody, response: { 201: RegistryMerge } } },
    async (req, reply) => reply.status(201).send(await dedup.merge(requireActor(req, 'registry.write'), req.params.id, req.body.keepPersonId, metaOf(req))),
  );
  r.post(
    '/api/v1/registry/duplicates/:id/not-duplicate',
    { schema: { tags: ['registry'], summary: 'Ghi nhận "không phải cùng một người" (không đề xuất lại)', params: z.object({ id: Uuid }), response: { 200: z.object({ id: Uuid, status: z.literal('not_duplicate') }) } } },
    async (req) => dedup.notDuplicate(requireActor(req, 'registry.write'), req.params.id, metaOf(req)),
  );
  r.post('/api/v1/registry/merges/:id/undo', { schema: { tags: ['registry'], summary: 'Hoàn tác một lần gộp', params: z.object({ id: Uuid }), response: { 200: RegistryMerge } } }, async (req) =>
    dedup.undo(requireActor(req, 'registry.write'), req.params.id, metaOf(req)),
  );

  r.post(
    '/api/v1/public/registry/lookup',
    {
      schema: {
        tags: ['public'],
        summary: 'Tra cứu công khai khen thưởng theo họ tên và năm sinh',
        description: 'Không cần đăng nhập. Chỉ các mục còn hiệu lực; không trả số định danh hay ngày sinh. Giới hạn 30 lần/phút cho mỗi địa chỉ (429 too_many_attempts).',
        security: [],
        body: PublicLookupBody,
        response: { 200: PublicLookupResult },
      },
    },
    async (req) => pub.lookup(req.ip, req.body),
  );
  lookupPageRoutes(app, pub);
  campaignRoutes(app, deps);
}
