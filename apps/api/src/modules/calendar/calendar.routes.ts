import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AddWorkingDaysQuery, AddWorkingDaysResult, IsoDate } from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { metaOf, requireActor } from '../../http/auth.js';
import { CalendarService } from './calendar.service.js';

export function calendarRoutes(app: FastifyInstance, deps: AppDeps) {
  const cal = new CalendarService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/calendar/add-working-days',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Ngày làm việc thứ N sau ngày from (RULES.md §6): thứ Hai–thứ Sáu, trừ ngày lễ, Tết (âm lịch Việt Nam), ngày nghỉ bù; theo lịch chính thức của năm nếu đã nạp',
        querystring: AddWorkingDaysQuery,
        response: { 200: AddWorkingDaysResult },
      },
    },
    async (req) => {
      requireActor(req);
      return { date: await cal.addWorkingDays(req.query.from, req.query.days) };
    },
  );
  r.get('/api/v1/calendar/holidays', { schema: { tags: ['calendar'], querystring: z.strictObject({ year: z.coerce.number().int().min(1900).max(2199) }) } }, async (req) => {
    requireActor(req);
    return cal.holidays(req.query.year);
  });
  r.get('/api/v1/calendar/schedules', { schema: { tags: ['calendar'] } }, async (req) => {
    requireActor(req);
    const items = await cal.schedules();
    return { items, total: items.length };
  });
  r.post(
    '/api/v1/calendar/schedules',
    { schema: { tags: ['calendar'], summary: 'Nạp lịch nghỉ chính thức của một năm (dạng holidays-2026.json)', body: z.record(z.string(), z.unknown()) } },
    async (req, reply) => reply.status(201).send(await cal.loadSchedule(requireActor(req, 'calendar.manage'), req.body, 'upload', metaOf(req))),
  );
  r.post(
    '/api/v1/calendar/pending/:date/confirm',
    { schema: { tags: ['calendar'], params: z.object({ date: IsoDate }) } },
    async (req) => cal.confirmPending(requireActor(req, 'calendar.manage'), req.params.date, metaOf(req)),
  );
}
