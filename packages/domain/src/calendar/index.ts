// Public surface of the working-day calendar (RULES.md §6). Names are prefixed or specific on
// purpose: `packages/domain/src/index.ts` re-exports every module with `export *`.
export { CalendarError } from './calendar.errors.js';
export { MAX_YEAR as CALENDAR_MAX_YEAR, MIN_YEAR as CALENDAR_MIN_YEAR } from './dates.js';
export { canChiOfYear, leapMonthOf, lunarToSolar, solarToLunar, type LunarDate } from './lunar.js';
export { defaultHolidays, type Holiday, type HolidayKind } from './holidays.js';
export {
  parseOfficialSchedule,
  type OfficialSchedule,
  type PendingDay,
  type ScheduleIssue,
  type ScheduleParseResult,
  type SchedulePeriod,
} from './schedule.js';
export { WorkingDayCalendar, type WorkingDayCalendarOptions } from './working-day-calendar.js';
