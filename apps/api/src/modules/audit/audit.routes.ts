import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { requireActor } from '../../http/auth.js';
import { auditRepository } from './audit.repository.js';

export function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/audit', { schema: { tags: ['audit'], summary: 'Nhật ký kiểm tra (chỉ đọc, chỉ thêm)', querystring: AuditQuery, response: { 200: AuditList } } }, async (req) => {
    requireActor(req, 'audit.read');
    const { items, total } = await auditRepository.list(deps.db, req.query);
    return {
      items: items.map((e) => ({ id: e.id, at: e.at.toISOString(), actorUsername: e.actorUsername, action: e.action, entity: e.entity, entityId: e.entityId, before: e.before, after: e.after, outcome: e.outcome })),
      total,
    };
  });
}
