import { describe, expect, it } from 'vitest';
import { parseOfficialSchedule } from '../../src/calendar/index.js';
import { readHolidays2026 } from './fixtures.js';

const base = { year: 2027, daysOff: ['2027-01-01'], workingWeekendDays: [] as string[] };

describe('parseOfficialSchedule', () => {
  it('accepts the reference 2026 schedule without errors or warnings', () => {
    const r = parseOfficialSchedule(readHolidays2026());
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    if (r.ok) {
      expect(r.schedule.year).toBe(2026);
      expect(r.schedule.daysOff).toHaveLength(13);
      expect(r.schedule.workingWeekendDays).toEqual(['2026-01-10', '2026-08-22']);
      expect(r.schedule.pending).toEqual([
        {
          date: '2026-11-24',
          name: 'Ngày Văn hóa Việt Nam',
          why: 'policy decided (Resolution 80-NQ/TW); amendment of Labour Code Art. 112 not confirmed',
        },
      ]);
    }
  });

  it.each([
    ['not an object', [], '', /đối tượng JSON/],
    ['missing year', { daysOff: [], workingWeekendDays: [] }, 'year', /năm/],
    ['year out of range', { ...base, year: 1850 }, 'year', /1900/],
    ['unknown field', { ...base, dayOff: [] }, 'dayOff', /không được hỗ trợ/],
    ['daysOff not a list', { ...base, daysOff: '2027-01-01' }, 'daysOff', /danh sách/],
    ['invalid date', { ...base, daysOff: ['2027-02-29'] }, 'daysOff[0]', /không phải là ngày hợp lệ/],
    ['date of another year', { ...base, daysOff: ['2026-12-31'] }, 'daysOff[0]', /không thuộc năm 2027/],
    ['duplicate day', { ...base, daysOff: ['2027-01-01', '2027-01-01'] }, 'daysOff[1]', /hai lần/],
    ['working weekday', { ...base, workingWeekendDays: ['2027-01-04'] }, 'workingWeekendDays[0]', /thứ Hai/],
    [
      'both off and working',
      { ...base, daysOff: ['2027-01-01', '2027-01-02'], workingWeekendDays: ['2027-01-02'] },
      'workingWeekendDays[0]',
      /vừa là ngày nghỉ vừa là ngày làm việc/,
    ],
    ['pending without name', { ...base, pending: [{ date: '2027-11-24' }] }, 'pending[0].name', /Thiếu tên/],
    [
      'pending that is already off',
      { ...base, pending: [{ date: '2027-01-01', name: 'X' }] },
      'pending[0].date',
      /đã là ngày nghỉ chính thức/,
    ],
    [
      'period ending before it starts',
      { ...base, periods: [{ name: 'Tết', from: '2027-02-10', to: '2027-02-01' }] },
      'periods[0]',
      /kết thúc trước khi bắt đầu/,
    ],
  ])('rejects %s', (_label, input, path, message) => {
    const r = parseOfficialSchedule(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const issue = r.errors.find((e) => e.path === path);
      expect(issue, JSON.stringify(r.errors)).toBeDefined();
      expect(issue!.message).toMatch(message);
    }
  });

  it('warns when a fixed statutory weekday holiday is missing from daysOff', () => {
    const r = parseOfficialSchedule({ ...base, daysOff: [] });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/Tết Dương lịch \(1\/1\).*2027-01-01/);
  });

  it('warns (does not fail) on a weekend listed as a day off', () => {
    const r = parseOfficialSchedule({ ...base, daysOff: ['2027-01-01', '2027-01-02'] });
    expect(r.ok).toBe(true);
    expect(r.warnings.find((w) => w.path === 'daysOff[1]')?.message).toMatch(/thứ Bảy/);
  });

  it('sorts and normalises the accepted schedule', () => {
    const r = parseOfficialSchedule({
      year: 2027,
      daysOff: ['2027-05-03', '2027-01-01'],
      workingWeekendDays: [],
    });
    expect(r.ok && r.schedule.daysOff).toEqual(['2027-01-01', '2027-05-03']);
  });
});
