import { describe, expect, it } from 'vitest';
import {
  canChiOfYear,
  CalendarError,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
} from '../../src/calendar/index.js';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [1985, '1985-01-21'], // differs from the Chinese calendar (20 February 1985)
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [1968, '1968-01-29'], // Tết Mậu Thân: Vietnam (North) used UTC+7 from 1968; China 30 January
    [2007, '2007-02-17'], // Tết Đinh Hợi: Vietnam 17 February, China 18 February
  ])('Tết %i is %s', (year, date) => {
    expect(lunarToSolar({ day: 1, month: 1, year, leap: false })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ Hùng Vương (10/3 âm lịch) %i is %s', (year, date) => {
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(date);
  });

  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('leap month of %i is %i, starting %s', (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar({ day: 1, month, year, leap: true })).toBe(start);
    expect(solarToLunar(start)).toEqual({ day: 1, month, year, leap: true });
  });

  it.each([2021, 2022, 2024, 2026, 2027])('%i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeNull();
  });

  it('the last day of lunar year Ất Tỵ is 2026-02-16 (29 tháng Chạp)', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it.each([
    ['a leap month the year does not have', { day: 1, month: 3, year: 2026, leap: true }],
    ['day 30 of a 29-day month', { day: 30, month: 12, year: 2025, leap: false }],
    ['day 31', { day: 31, month: 1, year: 2026, leap: false }],
    ['month 13', { day: 1, month: 13, year: 2026, leap: false }],
    ['a year out of range', { day: 1, month: 1, year: 1899, leap: false }],
  ])('rejects %s with validation_failed', (_label, lunar) => {
    expect(() => lunarToSolar(lunar)).toThrow(CalendarError);
    try {
      lunarToSolar(lunar);
    } catch (e) {
      expect((e as CalendarError).code).toBe('validation_failed');
    }
  });

  it.each([
    [2026, 'Bính Ngọ'],
    [2025, 'Ất Tỵ'],
    [2023, 'Quý Mão'],
    [1985, 'Ất Sửu'],
  ])('year %i is %s', (year, name) => {
    expect(canChiOfYear(year)).toBe(name);
  });

  it('solar → lunar → solar round-trips on every day of 1900–2199', () => {
    // Every day, not a sample: a random sample of 2,000 passed for sessions while 2054-05-07 and 2062-04-09
    // came out as "day 0" (the mean-lunation estimate of the month was one off). All 109,572 days take < 1 s.
    const start = Date.UTC(1900, 0, 31); // lunar year 1900 starts 31/1/1900
    const end = Date.UTC(2199, 11, 31);
    const bad: string[] = [];
    for (let t = start; t <= end; t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const lunar = solarToLunar(iso);
      if (lunar.day < 1 || lunar.day > 30 || lunarToSolar(lunar) !== iso) bad.push(`${iso} → ${JSON.stringify(lunar)}`);
    }
    expect(bad).toEqual([]);
    expect(solarToLunar('2054-05-07')).toEqual({ day: 30, month: 3, year: 2054, leap: false });
    expect(solarToLunar('2054-05-08')).toEqual({ day: 1, month: 4, year: 2054, leap: false });
  });


  it('every lunar year 1901–2199 starts between 21 January and 20 February, 353–385 days apart', () => {
    let prev = Date.parse(lunarToSolar({ day: 1, month: 1, year: 1900, leap: false }));
    for (let y = 1901; y <= 2199; y++) {
      const tet = lunarToSolar({ day: 1, month: 1, year: y, leap: false });
      expect(tet >= `${y}-01-21` && tet <= `${y}-02-20`).toBe(true);
      const t = Date.parse(tet);
      const len = (t - prev) / 86_400_000;
      expect([353, 354, 355, 383, 384, 385]).toContain(len);
      expect(len > 360).toBe(leapMonthOf(y - 1) !== null);
      prev = t;
    }
  });
});
