import { CalendarError } from './calendar.errors.js';
import {
  formatIsoDate,
  jdFromYmd,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  ymdFromJd,
  type IsoDate,
} from './dates.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
 *
 * Algorithm: Hồ Ngọc Đức, "Thuật toán tính âm lịch" — new moons from Meeus' series (Astronomical
 * Algorithms, ch. 49, truncated), sun longitude from the low-precision solar series, both evaluated
 * at local midnight of UTC+7. Month 11 contains the winter solstice; a year with 13 months repeats
 * the first month that contains no major solar term. It differs from the Chinese calendar (UTC+8)
 * where a new moon falls between 16:00 and 17:00 UTC: Tết 1985 is 21 January in Vietnam and
 * 20 February in China. Validated for 1900–2199.
 */
export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  day: number;
  /** Lunar month, 1–12. */
  month: number;
  /** Lunar year: the Gregorian year in which its first day (Tết) falls. */
  year: number;
  /** True for a leap (nhuận) month, which repeats `month`. */
  leap: boolean;
}

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695; // the new moon of 1900-01-01 (JDE)

/** Day number (local UTC+7 date) of the k-th new moon after the 1900-01-01 new moon. */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  const jdNew = jd1 + c1 - deltaT;
  return Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
}

/** Index 0–11 of the 30° sector of the sun's longitude at local midnight starting day `jdn`. */
function sunLongitudeSector(jdn: number): number {
  const T = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return Math.floor((L / Math.PI) * 6);
}

const month11Cache = new Map<number, number>();

/** Day number of the first day of lunar month 11 (the month of the winter solstice) of `year`. */
function lunarMonth11(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const off = jdFromYmd(year, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  let nm = newMoonDay(k);
  if (sunLongitudeSector(nm) >= 9) nm = newMoonDay(k - 1);
  month11Cache.set(year, nm);
  return nm;
}

/** Offset (in months after month 11 starting `a11`) of the leap month of a 13-month year. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      `${what}: năm ${String(year)} nằm ngoài khoảng lịch hỗ trợ (${MIN_YEAR}–${MAX_YEAR}).`,
      { year },
    );
  }
}

/** Lunar date of a day number. */
export function lunarFromJd(dayNumber: number): LunarDate {
  // The mean lunation gives k to within one; the true new moon can fall a day either side of the estimate
  // (2054-05-07: both new moons k and k + 1 fall after it, which made "day 0 of month 4"), so step to the
  // new moon on or before the day.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k) > dayNumber) k--;
  while (newMoonDay(k + 1) <= dayNumber) k++;
  const monthStart = newMoonDay(k);
  const yy = ymdFromJd(dayNumber)[0];
  let a11 = lunarMonth11(yy);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** Day number of a lunar date, or `null` if that date does not exist (no such leap month, day 30 of a short month). */
export function tryJdFromLunar(lunar: LunarDate): number | null {
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off);
  const jd = monthStart + day - 1;
  // Day 30 of a 29-day month would spill into the next month.
  if (day === 30 && newMoonDay(k + off + 1) <= jd) return null;
  return jd;
}

/** Converts a Gregorian ISO date to the Vietnamese lunar calendar. */
export function solarToLunar(date: IsoDate): LunarDate {
  return lunarFromJd(parseIsoDate(date));
}

/**
 * Converts a Vietnamese lunar date to a Gregorian ISO date. Throws `validation_failed` when the
 * lunar date does not exist (e.g. a leap month the year does not have, or day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  checkYear(lunar.year, 'Âm lịch');
  const jd = tryJdFromLunar(lunar);
  if (jd === null) {
    throw new CalendarError(
      `Không có ngày ${lunar.day}/${lunar.month}${lunar.leap ? ' (nhuận)' : ''} năm ${lunar.year} âm lịch.`,
      { lunar },
    );
  }
  return formatIsoDate(jd);
}

/** Day number of Tết (1/1) of lunar year `year`. */
export function tetJd(year: number): number {
  const jd = tryJdFromLunar({ day: 1, month: 1, year, leap: false });
  if (jd === null) throw new Error('unreachable: 1/1 always exists');
  return jd;
}

/** The leap month (1–12) of lunar year `year`, or `null` when the year has twelve months. */
export function leapMonthOf(year: number): number | null {
  checkYear(year, 'Âm lịch');
  for (let m = 1; m <= 12; m++) {
    if (tryJdFromLunar({ day: 1, month: m, year, leap: true }) !== null) return m;
  }
  return null;
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/** The sexagenary (can chi) name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function canChiOfYear(year: number): string {
  const can = CAN[(((year + 6) % 10) + 10) % 10]!;
  const chi = CHI[(((year + 8) % 12) + 12) % 12]!;
  return `${can} ${chi}`;
}
