// Legal basis: Labour Code 2019 Art. 112 (the Prime Minister sets the Tết and 2/9 days each year);
// the yearly Government Office letters that announce swaps. RULES.md §6.
import {
  formatIsoDate,
  isWeekendJd,
  MAX_YEAR,
  MIN_YEAR,
  tryParseIsoDate,
  ymdFromJd,
  type IsoDate,
} from './dates.js';
import { defaultHolidayDays } from './holidays.js';

/** A holiday period as announced (informational: gives names to the days off). */
export interface SchedulePeriod {
  name: string;
  from: IsoDate;
  to: IsoDate;
  note?: string;
}

/** A day announced as a holiday whose legal force is not confirmed (a working day until confirmed). */
export interface PendingDay {
  date: IsoDate;
  name: string;
  why?: string;
}

/**
 * An official yearly schedule (shape of `reference-data/holidays-2026.json`). It replaces the
 * default holidays for its year entirely: `daysOff` are the weekdays that are not working days
 * (compensations included), `workingWeekendDays` the Saturdays/Sundays that are (swaps).
 */
export interface OfficialSchedule {
  year: number;
  daysOff: IsoDate[];
  workingWeekendDays: IsoDate[];
  pending?: PendingDay[];
  periods?: SchedulePeriod[];
  about?: string;
}

export interface ScheduleIssue {
  /** JSON path of the offending value, e.g. `daysOff[3]`. */
  path: string;
  /** Vietnamese explanation for the administrator. */
  message: string;
}

export type ScheduleParseResult =
  | { ok: true; schedule: OfficialSchedule; warnings: ScheduleIssue[] }
  | { ok: false; errors: ScheduleIssue[]; warnings: ScheduleIssue[] };

const KNOWN_FIELDS = new Set(['year', 'about', 'periods', 'daysOff', 'workingWeekendDays', 'pending']);
const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates an uploaded official schedule (parsed JSON of any shape). Errors make it unusable;
 * warnings point at things an administrator should double-check (a statutory holiday missing from
 * `daysOff`, a weekend listed as a day off). Unknown top-level fields are errors, to catch typos
 * such as `dayOff`.
 */
export function parseOfficialSchedule(input: unknown): ScheduleParseResult {
  const errors: ScheduleIssue[] = [];
  const warnings: ScheduleIssue[] = [];
  const err = (path: string, message: string): void => void errors.push({ path, message });
  const warn = (path: string, message: string): void => void warnings.push({ path, message });

  if (!isRecord(input)) {
    return { ok: false, errors: [{ path: '', message: 'Lịch nghỉ phải là một đối tượng JSON.' }], warnings };
  }
  for (const key of Object.keys(input)) {
    if (!KNOWN_FIELDS.has(key)) err(key, `Trường "${key}" không được hỗ trợ.`);
  }

  const year = input.year;
  const yearOk = typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
  if (!yearOk) err('year', `"year" phải là một năm (số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}).`);

  if (input.about !== undefined && typeof input.about !== 'string')
    err('about', '"about" phải là chuỗi văn bản.');

  /** Parses a date field; checks it lies in `year` when `inYear`. */
  const dateAt = (value: unknown, path: string, inYear: boolean): number | null => {
    const jd = tryParseIsoDate(value);
    if (jd === null) {
      err(path, `"${String(value)}" không phải là ngày hợp lệ dạng YYYY-MM-DD.`);
      return null;
    }
    if (inYear && yearOk && ymdFromJd(jd)[0] !== year) {
      err(path, `Ngày ${String(value)} không thuộc năm ${String(year)} của lịch nghỉ.`);
      return null;
    }
    return jd;
  };

  const dateList = (field: 'daysOff' | 'workingWeekendDays'): Map<number, string> => {
    const out = new Map<number, string>();
    const value = input[field];
    if (!Array.isArray(value)) {
      err(field, `"${field}" phải là danh sách ngày dạng YYYY-MM-DD (có thể rỗng).`);
      return out;
    }
    value.forEach((v, i) => {
      const path = `${field}[${i}]`;
      const jd = dateAt(v, path, true);
      if (jd === null) return;
      if (out.has(jd)) err(path, `Ngày ${String(v)} bị khai báo hai lần trong "${field}".`);
      out.set(jd, path);
    });
    return out;
  };

  const daysOff = dateList('daysOff');
  const workingWeekend = dateList('workingWeekendDays');

  for (const [jd, path] of daysOff) {
    if (isWeekendJd(jd)) {
      warn(
        path,
        `Ngày ${formatIsoDate(jd)} là ${WEEKDAY_VI[(jd + 1) % 7]}: vốn đã là ngày nghỉ, không cần khai báo.`,
      );
    }
  }
  for (const [jd, path] of workingWeekend) {
    if (!isWeekendJd(jd)) {
      err(
        path,
        `Ngày ${formatIsoDate(jd)} là ${WEEKDAY_VI[(jd + 1) % 7]}, không phải thứ Bảy hay Chủ nhật: không thể là "ngày làm bù cuối tuần".`,
      );
    }
    if (daysOff.has(jd)) err(path, `Ngày ${formatIsoDate(jd)} vừa là ngày nghỉ vừa là ngày làm việc.`);
  }

  const pending: PendingDay[] = [];
  if (input.pending !== undefined) {
    if (!Array.isArray(input.pending)) {
      err('pending', '"pending" phải là danh sách {date, name}.');
    } else {
      const seen = new Set<number>();
      input.pending.forEach((p: unknown, i) => {
        const path = `pending[${i}]`;
        if (!isRecord(p)) return err(path, 'Mỗi ngày chờ xác nhận phải có dạng {"date", "name"}.');
        const jd = dateAt(p.date, `${path}.date`, true);
        if (typeof p.name !== 'string' || p.name.trim() === '')
          err(`${path}.name`, 'Thiếu tên ngày chờ xác nhận ("name").');
        if (p.why !== undefined && typeof p.why !== 'string')
          err(`${path}.why`, '"why" phải là chuỗi văn bản.');
        if (jd === null) return;
        if (seen.has(jd))
          err(`${path}.date`, `Ngày ${formatIsoDate(jd)} bị khai báo hai lần trong "pending".`);
        seen.add(jd);
        if (daysOff.has(jd))
          err(
            `${path}.date`,
            `Ngày ${formatIsoDate(jd)} đã là ngày nghỉ chính thức, không thể đồng thời chờ xác nhận.`,
          );
        if (workingWeekend.has(jd))
          err(`${path}.date`, `Ngày ${formatIsoDate(jd)} là ngày làm bù, không thể đồng thời chờ xác nhận.`);
        if (typeof p.name === 'string') {
          pending.push({
            date: formatIsoDate(jd),
            name: p.name.trim(),
            ...(typeof p.why === 'string' ? { why: p.why } : {}),
          });
        }
      });
    }
  }

  const periods: SchedulePeriod[] = [];
  if (input.periods !== undefined) {
    if (!Array.isArray(input.periods)) {
      err('periods', '"periods" phải là danh sách {name, from, to}.');
    } else {
      input.periods.forEach((p: unknown, i) => {
        const path = `periods[${i}]`;
        if (!isRecord(p)) return err(path, 'Mỗi đợt nghỉ phải có dạng {"name", "from", "to"}.');
        if (typeof p.name !== 'string' || p.name.trim() === '')
          err(`${path}.name`, 'Thiếu tên đợt nghỉ ("name").');
        if (p.note !== undefined && typeof p.note !== 'string')
          err(`${path}.note`, '"note" phải là chuỗi văn bản.');
        // A period may start in the previous year (New Year) or end in the next one.
        const from = dateAt(p.from, `${path}.from`, false);
        const to = dateAt(p.to, `${path}.to`, false);
        if (from !== null && to !== null && from > to)
          err(path, `Đợt nghỉ "${String(p.name)}" kết thúc trước khi bắt đầu.`);
        if (from !== null && to !== null && typeof p.name === 'string') {
          periods.push({
            name: p.name.trim(),
            from: formatIsoDate(from),
            to: formatIsoDate(to),
            ...(typeof p.note === 'string' ? { note: p.note } : {}),
          });
        }
      });
    }
  }

  // Cross-check with Art. 112: a statutory weekday holiday should be a day off (warning only: the
  // Government may move it, as it moves the day next to 2/9).
  if (yearOk && errors.length === 0) {
    for (const h of defaultHolidayDays(year)) {
      if (h.kind === 'statutory' && !h.movable && !isWeekendJd(h.jd) && !daysOff.has(h.jd)) {
        warn(
          'daysOff',
          `Ngày lễ "${h.name}" (${formatIsoDate(h.jd)}) rơi vào ngày thường nhưng không có trong "daysOff".`,
        );
      }
    }
  }

  if (errors.length > 0 || !yearOk) return { ok: false, errors, warnings };
  const schedule: OfficialSchedule = {
    year: year as number,
    daysOff: [...daysOff.keys()].sort((a, b) => a - b).map(formatIsoDate),
    workingWeekendDays: [...workingWeekend.keys()].sort((a, b) => a - b).map(formatIsoDate),
    pending: pending.sort((a, b) => (a.date < b.date ? -1 : 1)),
    periods,
    ...(typeof input.about === 'string' ? { about: input.about } : {}),
  };
  return { ok: true, schedule, warnings };
}
