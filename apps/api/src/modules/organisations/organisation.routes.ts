import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateOrganisation, IsoDate, Lineage, Organisation, OrganisationHistory, OrganisationList, OrganisationListQuery, Uuid } from '@thidua/contracts';
import { metaOf, requireActor } from '../../http/auth.js';
import { presentOrg, type OrganisationService } from './organisation.service.js';

export function organisationRoutes(app: FastifyInstance, orgs: OrganisationService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/organisations',
    { schema: { tags: ['organisations'], summary: 'Các tổ chức có hiệu lực vào một ngày (asOf, mặc định hôm nay), trong phạm vi của người dùng', querystring: OrganisationListQuery, response: { 200: OrganisationList } } },
    async (req) => orgs.list(requireActor(req, 'organisation.read'), req.query),
  );
  r.get(
    '/api/v1/organisations/:id',
    { schema: { tags: ['organisations'], params: z.object({ id: Uuid }), querystring: z.strictObject({ asOf: IsoDate.optional() }), response: { 200: Organisation } } },
    async (req) => presentOrg(await orgs.getVisible(requireActor(req, 'organisation.read'), req.params.id, req.query.asOf)),
  );
  r.get(
    '/api/v1/organisations/:id/lineage',
    { schema: { tags: ['organisations'], summary: 'Tiền thân và kế thừa trực tiếp (hợp nhất, chia tách, đổi tên, điều chuyển)', params: z.object({ id: Uuid }), response: { 200: Lineage } } },
    async (req) => orgs.lineage(requireActor(req, 'organisation.read'), req.params.id),
  );
  r.get(
    '/api/v1/organisations/:id/history',
    { schema: { tags: ['organisations'], summary: 'Lịch sử tên gọi, cấp trên và sự kiện của tổ chức', params: z.object({ id: Uuid }), response: { 200: OrganisationHistory } } },
    async (req) => orgs.history(requireActor(req, 'organisation.read'), req.params.id),
  );
  r.post(
    '/api/v1/organisations',
    { schema: { tags: ['organisations'], body: CreateOrganisation, response: { 201: Organisation } } },
    async (req, reply) => reply.status(201).send(await orgs.create(requireActor(req, 'organisation.write'), req.body, metaOf(req))),
  );
}
