// Legal basis: Labour Code 2019 Art. 112 (public holidays) and the yearly official schedules;
// RULES.md §6 ("n working days after d" is the n-th working day after d).
import { CalendarError } from './calendar.errors.js';
import {
  formatIsoDate,
  isWeekendJd,
  jdFromYmd,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  tryParseIsoDate,
  ymdFromJd,
  type IsoDate,
} from './dates.js';
import { defaultHolidayDays, type Holiday } from './holidays.js';
import { parseOfficialSchedule, type OfficialSchedule } from './schedule.js';

export interface WorkingDayCalendarOptions {
  /** Official schedules; each replaces the default holidays of its year. A later entry for the same year wins. */
  schedules?: readonly OfficialSchedule[];
  /**
   * Pending days an administrator has confirmed as days off. Other pending days are working days.
   * A date that is not a pending day of a loaded schedule has no effect.
   */
  confirmedPending?: readonly IsoDate[];
}

/** Per-year precomputation: a working-day flag per day and prefix counts for O(log n) arithmetic. */
interface YearData {
  start: number; // day number of 1 January
  length: number; // 365 or 366
  /** cum[i] = number of working days among the first i days of the year. */
  cum: Int32Array;
  holidays: Holiday[];
}

const DEFAULT_OFFICIAL_NAME = 'Ngày nghỉ theo lịch chính thức';

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(`Năm ${String(year)} nằm ngoài khoảng lịch hỗ trợ (${MIN_YEAR}–${MAX_YEAR}).`, {
      year,
    });
  }
}

/**
 * Vietnamese working days (RULES.md §6): Monday–Friday, minus public holidays, plus weekend days
 * officially declared working days. Years with an official schedule follow it; other years use the
 * Art. 112 defaults with compensation. Immutable and pure; each year is computed once, on first use.
 */
export class WorkingDayCalendar {
  private readonly schedules = new Map<number, OfficialSchedule>();
  private readonly confirmed: ReadonlySet<number>;
  private readonly years = new Map<number, YearData>();

  constructor(options: WorkingDayCalendarOptions = {}) {
    for (const [i, s] of (options.schedules ?? []).entries()) {
      const parsed = parseOfficialSchedule(s);
      if (!parsed.ok) {
        throw new CalendarError(
          `Lịch nghỉ chính thức thứ ${i + 1} không hợp lệ: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
          { index: i, errors: parsed.errors },
        );
      }
      this.schedules.set(parsed.schedule.year, parsed.schedule);
    }
    this.confirmed = new Set(
      (options.confirmedPending ?? []).map((d) => parseIsoDate(d, 'confirmedPending')),
    );
  }

  /** True when `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean {
    const jd = parseIsoDate(date);
    const data = this.yearData(ymdFromJd(jd)[0]);
    const i = jd - data.start;
    return data.cum[i + 1]! > data.cum[i]!;
  }

  /**
   * The `days`-th working day after `from` (`from` itself never counts). `days` must be an integer
   * ≥ 1, otherwise `validation_failed`.
   */
  addWorkingDays(from: IsoDate, days: number): IsoDate {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      throw new CalendarError(
        `Số ngày làm việc phải là số nguyên lớn hơn hoặc bằng 1 (nhận được: ${String(days)}).`,
        {
          field: 'days',
          value: days,
        },
      );
    }
    const jd = parseIsoDate(from, 'from');
    let year = ymdFromJd(jd)[0];
    let data = this.yearData(year);
    let base = data.cum[jd - data.start + 1]!; // working days up to and including `from`
    let remaining = days;
    while (data.cum[data.length]! - base < remaining) {
      remaining -= data.cum[data.length]! - base;
      year++;
      if (year > MAX_YEAR) {
        throw new CalendarError(`Kết quả vượt quá năm ${MAX_YEAR}, ngoài khoảng lịch hỗ trợ.`, {
          from,
          days,
        });
      }
      data = this.yearData(year);
      base = 0;
    }
    // Smallest j with cum[j] >= base + remaining; the answer is day index j - 1.
    const target = base + remaining;
    let lo = 1;
    let hi = data.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (data.cum[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return formatIsoDate(data.start + lo - 1);
  }

  /**
   * Number of working days `d` with `a < d ≤ b` — the inverse of `addWorkingDays`:
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n`. Negative when `b < a`; 0 when equal.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const ja = parseIsoDate(a, 'a');
    const jb = parseIsoDate(b, 'b');
    if (ja === jb) return 0;
    return ja < jb ? this.countRange(ja + 1, jb) : -this.countRange(jb + 1, ja);
  }

  /**
   * The holidays of `year`, sorted by date: statutory days and compensation days under the
   * defaults, or the official schedule's days off and pending days when one is loaded.
   */
  holidaysOf(year: number): Holiday[] {
    checkYear(year);
    return this.yearData(year).holidays.map((h) => ({ ...h }));
  }

  /** The official schedule in force for `year`, if one was loaded. */
  scheduleOf(year: number): OfficialSchedule | undefined {
    return this.schedules.get(year);
  }

  /** Working days among the days `lo..hi` (inclusive day numbers, lo ≤ hi). */
  private countRange(lo: number, hi: number): number {
    let total = 0;
    for (let y = ymdFromJd(lo)[0]; ; y++) {
      const data = this.yearData(y);
      const end = data.start + data.length - 1;
      const s = Math.max(lo, data.start) - data.start;
      const e = Math.min(hi, end) - data.start;
      total += data.cum[e + 1]! - data.cum[s]!;
      if (hi <= end) return total;
    }
  }

  private yearData(year: number): YearData {
    const cached = this.years.get(year);
    if (cached) return cached;
    checkYear(year);
    const start = jdFromYmd(year, 1, 1);
    const length = jdFromYmd(year + 1, 1, 1) - start;
    const working = new Uint8Array(length);
    for (let i = 0; i < length; i++) working[i] = isWeekendJd(start + i) ? 0 : 1;
    const holidays: Holiday[] = [];

    const schedule = this.schedules.get(year);
    if (schedule) {
      for (const d of schedule.daysOff) working[tryParseIsoDate(d)! - start] = 0;
      for (const d of schedule.workingWeekendDays) working[tryParseIsoDate(d)! - start] = 1;
      for (const p of schedule.pending ?? []) {
        const jd = tryParseIsoDate(p.date)!;
        if (this.confirmed.has(jd)) working[jd - start] = 0;
      }
      for (const d of schedule.daysOff) {
        const period = schedule.periods?.find((p) => p.from <= d && d <= p.to);
        holidays.push({
          date: d,
          name: period?.name ?? DEFAULT_OFFICIAL_NAME,
          kind: 'official',
          isDayOff: true,
        });
      }
      for (const p of schedule.pending ?? []) {
        const jd = tryParseIsoDate(p.date)!;
        holidays.push({ date: p.date, name: p.name, kind: 'pending', isDayOff: working[jd - start] === 0 });
      }
      holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    } else {
      for (const h of defaultHolidayDays(year)) {
        working[h.jd - start] = 0;
        holidays.push({ date: formatIsoDate(h.jd), name: h.name, kind: h.kind, isDayOff: true });
      }
    }

    const cum = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + working[i]!;
    const data: YearData = { start, length, cum, holidays };
    this.years.set(year, data);
    return data;
  }
}
