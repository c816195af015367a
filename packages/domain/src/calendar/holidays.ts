// Legal basis: Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112; RULES.md §6 defaults.
import { formatIsoDate, isWeekendJd, jdFromYmd, type IsoDate } from './dates.js';
import { canChiOfYear, lunarFromJd, tetJd, tryJdFromLunar } from './lunar.js';

export type HolidayKind =
  /** A public holiday of Art. 112 (default rules, a year without an official schedule). */
  | 'statutory'
  /** The day off that compensates a statutory holiday falling on a Saturday or Sunday. */
  | 'compensatory'
  /** A weekday off listed in a loaded official schedule (`daysOff`). */
  | 'official'
  /** A day announced but not yet in force (`pending`); a day off only once confirmed. */
  | 'pending';

export interface Holiday {
  date: IsoDate;
  /** Vietnamese name, e.g. "Tết Nguyên đán Bính Ngọ (mùng 1)", "Nghỉ bù Ngày Chiến thắng (30/4)". */
  name: string;
  kind: HolidayKind;
  /** Whether the date is a day off (not a working day). False only for an unconfirmed pending day. */
  isDayOff: boolean;
}

export interface DefaultHolidayDay {
  jd: number;
  name: string;
  kind: 'statutory' | 'compensatory';
  /**
   * True for the days the Government chooses each year (which Tết days around mùng 1–3, which day
   * next to 2/9); false for the fixed dates of Art. 112 (1/1, mùng 1–3, 10/3 âm lịch, 30/4, 1/5, 2/9).
   */
  movable: boolean;
}

/**
 * The statutory holidays of `year` under the default rules (no official schedule), with their
 * compensation days, sorted by date.
 *
 * Compensation (RULES.md §6): the holidays that fall on a Saturday or Sunday are taken in date order,
 * each on the next day that is neither a weekend, a holiday nor an earlier compensation day
 * (30/4/2022 Sat + 1/5 Sun → Mon 2/5, Tue 3/5; 30/4/2028 Sun with 1/5 Mon → Tue 2/5). A date that is
 * two holidays at once (e.g. Giỗ Tổ on 30/4) is one day off and at most one compensation day — the
 * Code grants days off, not a count of holidays.
 */
export function defaultHolidayDays(year: number): DefaultHolidayDay[] {
  const tet = tetJd(year);
  const eve = lunarFromJd(tet - 1); // 29 or 30 of the last month of the previous lunar year
  const tetName = `Tết Nguyên đán ${canChiOfYear(year)}`;
  const gioTo = tryJdFromLunar({ day: 10, month: 3, year, leap: false });
  if (gioTo === null) throw new Error('unreachable: 10/3 always exists');

  const raw: Array<{ jd: number; name: string; movable: boolean }> = [
    { jd: jdFromYmd(year, 1, 1), name: 'Tết Dương lịch (1/1)', movable: false },
    { jd: tet - 1, name: `${tetName} (${eve.day} tháng Chạp)`, movable: true },
    { jd: tet, name: `${tetName} (mùng 1)`, movable: false },
    { jd: tet + 1, name: `${tetName} (mùng 2)`, movable: false },
    { jd: tet + 2, name: `${tetName} (mùng 3)`, movable: false },
    { jd: tet + 3, name: `${tetName} (mùng 4)`, movable: true },
    { jd: gioTo, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', movable: false },
    { jd: jdFromYmd(year, 4, 30), name: 'Ngày Chiến thắng (30/4)', movable: false },
    { jd: jdFromYmd(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)', movable: false },
    { jd: jdFromYmd(year, 9, 2), name: 'Quốc khánh (2/9)', movable: false },
    { jd: jdFromYmd(year, 9, 3), name: 'Quốc khánh (ngày liền sau 2/9)', movable: true },
  ];
  const byDay = new Map<number, { name: string; movable: boolean }>();
  for (const h of raw) {
    const prev = byDay.get(h.jd);
    byDay.set(
      h.jd,
      prev === undefined ? h : { name: `${prev.name}; ${h.name}`, movable: prev.movable && h.movable },
    );
  }
  const statutory = [...byDay.entries()].sort((a, b) => a[0] - b[0]);

  const taken = new Set(byDay.keys());
  const out: DefaultHolidayDay[] = statutory.map(([jd, h]) => ({ jd, ...h, kind: 'statutory' }));
  for (const [jd, h] of statutory) {
    if (!isWeekendJd(jd)) continue;
    let c = jd + 1;
    while (isWeekendJd(c) || taken.has(c)) c++;
    taken.add(c);
    out.push({ jd: c, name: `Nghỉ bù ${h.name}`, kind: 'compensatory', movable: h.movable });
  }
  return out.sort((a, b) => a.jd - b.jd || (a.kind === 'statutory' ? -1 : 1));
}

/** Default holidays of `year` as public `Holiday` records. */
export function defaultHolidays(year: number): Holiday[] {
  return defaultHolidayDays(year).map((h) => ({
    date: formatIsoDate(h.jd),
    name: h.name,
    kind: h.kind,
    isDayOff: true,
  }));
}
