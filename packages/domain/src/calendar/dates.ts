import { CalendarError } from './calendar.errors.js';

/** An ISO calendar date, `YYYY-MM-DD` (proleptic Gregorian, no time, no zone). */
export type IsoDate = string;

/** Years the calendar supports: the lunar algorithm is validated over this range. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

// Dates are handled as Julian Day Numbers (an integer per civil day), so no arithmetic ever
// touches `Date` or a time zone. The formulas are the standard integer ones (Fliegel–Van Flandern);
// the lunar algorithm uses the same day numbers.

/** Julian Day Number of a Gregorian date. */
export function jdFromYmd(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian `[year, month, day]` of a Julian Day Number. */
export function ymdFromJd(jd: number): [number, number, number] {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [year, month, day];
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of an ISO date, or `null` when the text is not a real `YYYY-MM-DD` date. */
export function tryParseIsoDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const jd = jdFromYmd(year, month, day);
  const [y2, m2, d2] = ymdFromJd(jd);
  // 2026-02-30 normalises to March: reject instead of silently moving the date.
  return y2 === year && m2 === month && d2 === day ? jd : null;
}

/** The day number of an ISO date; throws `validation_failed` when invalid or out of range. */
export function parseIsoDate(text: unknown, field = 'date'): number {
  const jd = tryParseIsoDate(text);
  if (jd === null) {
    throw new CalendarError(`${field}: "${String(text)}" không phải là ngày hợp lệ dạng YYYY-MM-DD.`, {
      field,
      value: text,
    });
  }
  const year = ymdFromJd(jd)[0];
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(`${field}: năm ${year} nằm ngoài khoảng lịch hỗ trợ (${MIN_YEAR}–${MAX_YEAR}).`, {
      field,
      value: text,
    });
  }
  return jd;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO text of a day number. */
export function formatIsoDate(jd: number): IsoDate {
  const [y, m, d] = ymdFromJd(jd);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOfJd(jd: number): number {
  return (jd + 1) % 7;
}

export function isWeekendJd(jd: number): boolean {
  const w = weekdayOfJd(jd);
  return w === 0 || w === 6;
}

/** Day of the week of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfJd(parseIsoDate(date));
}

/** Adds (or subtracts) calendar days to an ISO date. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + days);
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: unknown): text is IsoDate {
  return tryParseIsoDate(text) !== null;
}
