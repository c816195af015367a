import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatePerson, Person, PersonList, PersonListQuery, UpdatePerson, Uuid } from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import { etagOf, type PersonService } from './person.service.js';

export function personRoutes(app: FastifyInstance, people: PersonService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/people', { schema: { tags: ['people'], querystring: PersonListQuery, response: { 200: PersonList } } }, async (req) =>
    people.list(requireActor(req, 'person.read'), req.query),
  );
  r.get('/api/v1/people/:id', { schema: { tags: ['people'], params: z.object({ id: Uuid }), response: { 200: Person } } }, async (req, reply) => {
    const p = await people.get(requireActor(req, 'person.read'), req.params.id);
    void reply.header('ETag', etagOf(p.version));
    return p;
  });
  r.post('/api/v1/people', { schema: { tags: ['people'], body: CreatePerson, response: { 201: Person } } }, async (req, reply) => {
    const p = await people.create(requireActor(req, 'person.write'), req.body, metaOf(req));
    return reply.status(201).header('ETag', etagOf(p.version)).send(p);
  });
  r.patch(
    '/api/v1/people/:id',
    { schema: { tags: ['people'], summary: 'Sửa hồ sơ cá nhân (cần If-Match: phiên bản hiện tại)', params: z.object({ id: Uuid }), body: UpdatePerson, response: { 200: Person } } },
    async (req, reply) => {
      const ifMatch = req.headers['if-match'];
      const p = await people.update(requireActor(req, 'person.write'), req.params.id, typeof ifMatch === 'string' ? ifMatch : undefined, req.body, metaOf(req));
      void reply.header('ETag', etagOf(p.version));
      return p;
    },
  );
}
