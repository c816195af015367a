import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  defaultHolidays,
  parseOfficialSchedule,
  WorkingDayCalendar,
  type OfficialSchedule,
} from '../../src/calendar/index.js';
import { readHolidays2026 } from './fixtures.js';

const defaults = new WorkingDayCalendar();

function official2026(): OfficialSchedule {
  const parsed = parseOfficialSchedule(readHolidays2026());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.schedule;
}

function expectValidationFailed(fn: () => unknown): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CalendarError);
  expect((thrown as CalendarError).code).toBe('validation_failed');
  expect((thrown as CalendarError).message).toMatch(/\S/);
}

const isoAdd = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

describe('default calendar (no official schedule): weekends', () => {
  it.each([
    ['2025-10-06', true], // Monday
    ['2025-10-10', true], // Friday
    ['2025-10-11', false], // Saturday
    ['2025-10-12', false], // Sunday
    ['2027-10-09', false],
    ['2027-10-11', true],
  ])('%s working day: %s', (date, working) => {
    expect(defaults.isWorkingDay(date)).toBe(working);
  });
});

describe('default calendar: statutory holidays (Labour Code 2019 Art. 112)', () => {
  it.each([
    ['2027-01-01', 'Tết Dương lịch (Friday)'],
    ['2025-01-28', 'Tết 2025: last day of Giáp Thìn (Tuesday)'],
    ['2025-01-29', 'Tết 2025: mùng 1'],
    ['2025-01-31', 'Tết 2025: mùng 3'],
    ['2025-02-03', 'Tết 2025: compensation for mùng 4 (Saturday 1/2)'],
    ['2024-02-09', 'Tết 2024: 30 tháng Chạp (Friday)'],
    ['2024-02-13', 'Tết 2024: mùng 4 (Tuesday)'],
    ['2025-04-07', 'Giỗ Tổ 2025 (Monday)'],
    ['2024-04-18', 'Giỗ Tổ 2024 (Thursday)'],
    ['2027-04-16', 'Giỗ Tổ 2027 (Friday)'],
    ['2025-04-30', '30/4'],
    ['2025-05-01', '1/5'],
    ['2025-09-02', '2/9'],
    ['2025-09-03', 'the default day after 2/9'],
  ])('%s is not a working day (%s)', (date) => {
    expect(defaults.isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2025-01-27', 'the day before the last day of the lunar year'],
    ['2025-02-04', 'after Tết and its compensation'],
    ['2025-04-08', 'after Giỗ Tổ'],
    ['2025-09-04', 'after 2/9 and the day after'],
    ['2025-09-01', 'the default adjacent day is after 2/9, not before'],
  ])('%s is a working day (%s)', (date) => {
    expect(defaults.isWorkingDay(date)).toBe(true);
  });

  it('names the holidays of 2026 in Vietnamese', () => {
    const names = defaultHolidays(2026).map((h) => `${h.date} ${h.name}`);
    expect(names).toEqual([
      '2026-01-01 Tết Dương lịch (1/1)',
      '2026-02-16 Tết Nguyên đán Bính Ngọ (29 tháng Chạp)',
      '2026-02-17 Tết Nguyên đán Bính Ngọ (mùng 1)',
      '2026-02-18 Tết Nguyên đán Bính Ngọ (mùng 2)',
      '2026-02-19 Tết Nguyên đán Bính Ngọ (mùng 3)',
      '2026-02-20 Tết Nguyên đán Bính Ngọ (mùng 4)',
      '2026-04-26 Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2026-04-30 Ngày Chiến thắng (30/4)',
      '2026-05-01 Ngày Quốc tế Lao động (1/5)',
      '2026-09-02 Quốc khánh (2/9)',
      '2026-09-03 Quốc khánh (ngày liền sau 2/9)',
    ]);
  });

  it('holidaysOf gives kinds and isDayOff', () => {
    const h2022 = defaults.holidaysOf(2022);
    expect(h2022.find((h) => h.date === '2022-04-30')).toMatchObject({ kind: 'statutory', isDayOff: true });
    expect(h2022.find((h) => h.date === '2022-05-02')).toMatchObject({
      kind: 'compensatory',
      name: 'Nghỉ bù Ngày Chiến thắng (30/4)',
      isDayOff: true,
    });
  });
});

describe('default calendar: compensation (RULES.md §6)', () => {
  it.each([
    [2022, '2022-05-02', 'Nghỉ bù Ngày Chiến thắng (30/4)'], // 30/4 Sat → Mon 2/5
    [2022, '2022-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5)'], // 1/5 Sun → Tue 3/5
    [2028, '2028-05-02', 'Nghỉ bù Ngày Chiến thắng (30/4)'], // 30/4 Sun, 1/5 Mon → Tue 2/5
    [2022, '2022-01-03', 'Nghỉ bù Tết Dương lịch (1/1)'], // 1/1 Sat → Mon 3/1
    [2022, '2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)'], // Giỗ Tổ Sun 10/4 → Mon 11/4
    [2027, '2027-02-10', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 1)'], // mùng 1 Sat 6/2; Tết runs to Tue 9/2
    [2027, '2027-02-11', 'Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 2)'], // mùng 2 Sun 7/2
    [2027, '2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (1/5)'], // 1/5 Sat → Mon 3/5
    [2028, '2028-01-31', 'Nghỉ bù Tết Nguyên đán Mậu Thân (mùng 4)'], // mùng 4 Sat 29/1
    [2028, '2028-09-04', 'Nghỉ bù Quốc khánh (2/9)'], // 2/9 Sat, 3/9 Sun → Mon 4/9, Tue 5/9
    [2028, '2028-09-05', 'Nghỉ bù Quốc khánh (ngày liền sau 2/9)'],
  ])('%i: %s is "%s"', (year, date, name) => {
    expect(defaults.isWorkingDay(date)).toBe(false);
    expect(defaults.holidaysOf(year)).toContainEqual({ date, name, kind: 'compensatory', isDayOff: true });
  });

  it.each([
    ['2022-05-04', 'after the two compensation days of 2022'],
    ['2028-05-03', '2028: only 30/4 is compensated, 1/5 fell on Monday'],
    ['2027-02-12', 'after the Tết compensation of 2027'],
    ['2028-09-06', 'after the 2/9 compensation of 2028'],
  ])('%s is a working day (%s)', (date) => {
    expect(defaults.isWorkingDay(date)).toBe(true);
  });

  it('compensates exactly the statutory days that fall on a weekend, every year 1900–2199', () => {
    for (let y = 1900; y <= 2199; y++) {
      const hs = defaults.holidaysOf(y);
      const onWeekend = hs.filter(
        (h) => h.kind === 'statutory' && [0, 6].includes(new Date(h.date).getUTCDay()),
      );
      const comp = hs.filter((h) => h.kind === 'compensatory');
      expect(comp.length).toBe(onWeekend.length);
      for (const c of comp) {
        expect([0, 6]).not.toContain(new Date(c.date).getUTCDay());
        expect(hs.filter((h) => h.date === c.date)).toHaveLength(1);
      }
    }
  });
});

describe('official 2026 schedule (reference-data/holidays-2026.json)', () => {
  const cal = new WorkingDayCalendar({ schedules: [official2026()] });

  it.each([
    ['2026-01-10', true, 'Saturday swapped into a working day'],
    ['2026-08-22', true, 'Saturday swapped into a working day'],
    ['2026-01-02', false, 'Friday swapped into a day off'],
    ['2026-08-31', false, 'Monday swapped into a day off'],
    ['2026-11-24', true, 'pending (Ngày Văn hóa Việt Nam): a working day until confirmed'],
    ['2026-01-01', false, 'Tết Dương lịch'],
    ['2026-02-16', false, '29 tháng Chạp'],
    ['2026-02-20', false, 'mùng 4'],
    ['2026-02-23', true, 'first working day after Tết'],
    ['2026-04-27', false, 'Giỗ Tổ (Sunday 26/4) compensated'],
    ['2026-04-30', false, '30/4'],
    ['2026-05-01', false, '1/5'],
    ['2026-09-01', false, 'the official adjacent day is 1/9'],
    ['2026-09-02', false, '2/9'],
    ['2026-09-03', true, 'the default day after 2/9 does not apply: the official schedule overrides'],
    ['2026-01-03', false, 'an ordinary Saturday'],
  ])('%s working day: %s (%s)', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('a confirmed pending day is a day off', () => {
    const confirmed = new WorkingDayCalendar({
      schedules: [official2026()],
      confirmedPending: ['2026-11-24'],
    });
    expect(confirmed.isWorkingDay('2026-11-24')).toBe(false);
    expect(confirmed.addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
    expect(confirmed.holidaysOf(2026).find((h) => h.date === '2026-11-24')).toMatchObject({
      kind: 'pending',
      isDayOff: true,
    });
  });

  it.each([
    ['2026-01-09', 1, '2026-01-10'], // the swapped Saturday counts
    ['2025-12-31', 1, '2026-01-05'], // 1/1–4/1 off
    ['2026-02-13', 1, '2026-02-23'], // Tết Bính Ngọ
    ['2026-08-21', 1, '2026-08-22'],
    ['2026-08-28', 1, '2026-09-03'],
    ['2026-11-23', 1, '2026-11-24'], // pending day is a working day
    ['2026-04-24', 2, '2026-04-29'],
  ])('addWorkingDays(%s, %i) = %s', (from, n, expected) => {
    expect(cal.addWorkingDays(from, n)).toBe(expected);
  });

  it('lists the official days off with the names of their periods, and the pending day', () => {
    const hs = cal.holidaysOf(2026);
    expect(hs.filter((h) => h.kind === 'official').map((h) => h.date)).toEqual(official2026().daysOff);
    expect(hs.find((h) => h.date === '2026-01-02')?.name).toBe('Tết Dương lịch');
    expect(hs.find((h) => h.date === '2026-02-17')?.name).toBe('Tết Nguyên đán Bính Ngọ');
    expect(hs.find((h) => h.date === '2026-11-24')).toEqual({
      date: '2026-11-24',
      name: 'Ngày Văn hóa Việt Nam',
      kind: 'pending',
      isDayOff: false,
    });
  });

  it('leaves other years on the defaults', () => {
    expect(cal.isWorkingDay('2027-09-03')).toBe(false);
    expect(cal.scheduleOf(2027)).toBeUndefined();
    expect(cal.scheduleOf(2026)?.year).toBe(2026);
  });

  it('rejects an invalid schedule at construction', () => {
    expectValidationFailed(
      () =>
        new WorkingDayCalendar({
          schedules: [{ year: 2026, daysOff: ['2026-13-01'], workingWeekendDays: [] }],
        }),
    );
  });
});

describe('addWorkingDays: validation', () => {
  it.each([[0], [-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['2' as unknown as number]])(
    'days = %s → validation_failed',
    (days) => {
      expectValidationFailed(() => defaults.addWorkingDays('2026-01-05', days));
    },
  );

  it.each([['2026-02-30'], ['2026-1-5'], ['05/01/2026'], [''], ['1899-12-29'], ['2200-01-01']])(
    'from = "%s" → validation_failed',
    (from) => {
      expectValidationFailed(() => defaults.addWorkingDays(from, 1));
    },
  );

  it('rejects a result past the supported range', () => {
    expectValidationFailed(() => defaults.addWorkingDays('2199-12-30', 5));
  });

  it('from itself never counts, even when it is a working day', () => {
    expect(defaults.addWorkingDays('2025-10-06', 1)).toBe('2025-10-07');
    expect(defaults.addWorkingDays('2025-10-11', 1)).toBe('2025-10-13'); // from a Saturday
  });

  it('spans years', () => {
    expect(defaults.addWorkingDays('2027-12-31', 1)).toBe('2028-01-04'); // 1/1/2028 Sat → compensated Mon 3/1
    expect(defaults.workingDaysBetween('2027-01-01', '2029-01-01')).toBe(
      defaults.workingDaysBetween('2027-01-01', '2028-01-01') +
        defaults.workingDaysBetween('2028-01-01', '2029-01-01'),
    );
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-10-06', '2025-10-06', 0],
    ['2025-10-06', '2025-10-13', 5],
    ['2025-10-13', '2025-10-06', -5],
    ['2025-04-04', '2025-04-08', 1], // Giỗ Tổ Monday 7/4
    ['2022-04-29', '2022-05-04', 1], // 30/4–3/5 off
  ])('(%s, %s] has %i working days', (a, b, n) => {
    expect(defaults.workingDaysBetween(a, b)).toBe(n);
  });

  it('a non-leap year without official schedule has 365 − weekend days − weekday holidays working days', () => {
    // 2025: 104 weekend days; weekday days off: 1/1, 28/1–31/1, 3/2 (compensation), 7/4, 30/4, 1/5, 2/9, 3/9
    expect(defaults.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(365 - 104 - 11);
  });
});

describe('properties', () => {
  const dayArb = fc.integer({ min: 0, max: 365 * 120 }).map((d) => isoAdd('1960-01-01', d));

  it('addWorkingDays agrees with a day-by-day walk, and workingDaysBetween inverts it', () => {
    const cal = new WorkingDayCalendar({ schedules: [official2026()] });
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 60 }), (from, n) => {
        let d = from;
        for (let k = 0; k < n;) {
          d = isoAdd(d, 1);
          if (cal.isWorkingDay(d)) k++;
        }
        expect(cal.addWorkingDays(from, n)).toBe(d);
        expect(cal.workingDaysBetween(from, d)).toBe(n);
        expect(cal.workingDaysBetween(d, from)).toBe(-n);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays is additive: add(add(d, a), b) = add(d, a + b)', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (from, a, b) => {
          expect(defaults.addWorkingDays(defaults.addWorkingDays(from, a), b)).toBe(
            defaults.addWorkingDays(from, a + b),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the result of addWorkingDays is always a working day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 1000 }), (from, n) => {
        expect(defaults.isWorkingDay(defaults.addWorkingDays(from, n))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
