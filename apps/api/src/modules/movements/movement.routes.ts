import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddMovementReview, CreateMovement, MovementDetail, MovementList, MovementListQuery, MovementRegistration, RegisterForMovement, ReviewMovementRegistration, Uuid } from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import type { AppDeps } from '../../http/context.js';
import { MovementService } from './movement.service.js';

const tags = ['movements'];

export function movementRoutes(app: FastifyInstance, deps: AppDeps) {
  const s = new MovementService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const P = { params: z.object({ id: Uuid }) };
  r.get('/api/v1/movements', { schema: { tags, summary: 'Phong trào thi đua', querystring: MovementListQuery, response: { 200: MovementList } } }, async (req) => {
    requireActor(req, 'movement.read');
    return s.list(req.query);
  });
  r.post('/api/v1/movements', { schema: { tags, summary: 'Phát động phong trào thi đua', body: CreateMovement, response: { 201: MovementDetail } } }, async (req, reply) =>
    reply.status(201).send(await s.create(requireActor(req, 'movement.manage'), req.body, metaOf(req))),
  );
  r.get('/api/v1/movements/:id', { schema: { tags, ...P, response: { 200: MovementDetail } } }, async (req) => {
    requireActor(req, 'movement.read');
    return s.get(req.params.id);
  });
  r.post('/api/v1/movements/:id/registrations', { schema: { tags, summary: 'Đăng ký thi đua', ...P, body: RegisterForMovement, response: { 201: MovementRegistration } } }, async (req, reply) =>
    reply.status(201).send(await s.register(requireActor(req, 'movement.register'), req.params.id, req.body, metaOf(req))),
  );
  r.post('/api/v1/movement-registrations/:id/transition', { schema: { tags, summary: 'Duyệt, trả lại hoặc gửi lại bản đăng ký', ...P, body: ReviewMovementRegistration, response: { 200: MovementRegistration } } }, async (req) =>
    s.transition(requireActor(req, 'movement.read'), req.params.id, req.body, metaOf(req)),
  );
  r.post('/api/v1/movements/:id/reviews', { schema: { tags, summary: 'Sơ kết, tổng kết phong trào', ...P, body: AddMovementReview, response: { 200: MovementDetail } } }, async (req) =>
    s.addReview(requireActor(req, 'movement.manage'), req.params.id, req.body, metaOf(req)),
  );
}
