import { desc, eq } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { appSetting, holidaySchedule } from '@thidua/db';
import { CalendarError, WorkingDayCalendar, parseOfficialSchedule, type OfficialSchedule } from '@thidua/domain';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';

const CONFIRMED_KEY = 'calendar.confirmedPending';

/** The working-day calendar in force: defaults + the official schedules loaded (newest per year). */
export class CalendarService {
  constructor(private readonly deps: AppDeps) {}

  async calendar(): Promise<WorkingDayCalendar> {
    const rows = await this.deps.db.select().from(holidaySchedule).orderBy(holidaySchedule.loadedAt);
    const [conf] = await this.deps.db.select().from(appSetting).where(eq(appSetting.key, CONFIRMED_KEY));
    return new WorkingDayCalendar({
      schedules: rows.map((r) => r.data as OfficialSchedule),
      confirmedPending: ((conf?.value as string[] | undefined) ?? []) as never,
    });
  }

  async addWorkingDays(from: string, days: number): Promise<string> {
    const cal = await this.calendar();
    try {
      return cal.addWorkingDays(from as never, days);
    } catch (e) {
      if (e instanceof CalendarError) throw new AppError('validation_failed', e.details, e.message);
      throw e;
    }
  }

  async holidays(year: number) {
    const cal = await this.calendar();
    try {
      return { year, official: Boolean(cal.scheduleOf(year)), holidays: cal.holidaysOf(year), schedule: cal.scheduleOf(year) ?? null };
    } catch (e) {
      if (e instanceof CalendarError) throw new AppError('validation_failed', e.details, e.message);
      throw e;
    }
  }

  async schedules() {
    const rows = await this.deps.db.select().from(holidaySchedule).orderBy(desc(holidaySchedule.loadedAt));
    return rows.map((r) => ({ id: r.id, year: r.year, source: r.source, loadedBy: r.loadedBy, loadedAt: r.loadedAt.toISOString() }));
  }

  /** An administrator loads a year's official schedule; it overrides the defaults for that year. */
  async loadSchedule(actor: Actor, input: unknown, source: string, meta: RequestMeta) {
    const parsed = parseOfficialSchedule(input);
    if (!parsed.ok) throw new AppError('validation_failed', { issues: parsed.errors, warnings: parsed.warnings }, 'Lịch nghỉ chính thức không hợp lệ.');
    return this.deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(holidaySchedule)
        .values({ year: parsed.schedule.year, data: parsed.schedule, source, loadedBy: actor.username })
        .returning();
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'calendar.schedule.load', entity: 'holiday_schedule', entityId: row!.id, after: parsed.schedule, ip: meta.ip, requestId: meta.requestId });
      return { id: row!.id, year: row!.year, warnings: parsed.warnings };
    });
  }

  /** Confirms a pending day (e.g. 24/11) as a day off, once its legal force is known. */
  async confirmPending(actor: Actor, date: string, meta: RequestMeta) {
    return this.deps.db.transaction(async (tx) => {
      const [conf] = await tx.select().from(appSetting).where(eq(appSetting.key, CONFIRMED_KEY)).for('update');
      const before = (conf?.value as string[] | undefined) ?? [];
      const after = [...new Set([...before, date])].sort();
      await tx.insert(appSetting).values({ key: CONFIRMED_KEY, value: after }).onConflictDoUpdate({ target: appSetting.key, set: { value: after, updatedAt: this.deps.now() } });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'calendar.pending.confirm', entity: 'calendar', entityId: date, before, after, ip: meta.ip, requestId: meta.requestId });
      return { confirmedPending: after };
    });
  }
}
