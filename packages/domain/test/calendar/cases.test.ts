// Every case of cases/calendar/*.json ("no official schedule loaded for these years").
import { describe, expect, it } from 'vitest';
import { CalendarError, WorkingDayCalendar } from '../../src/calendar/index.js';
import { isIsoDate } from '../../src/calendar/dates.js';
import { readCalendarCases } from './fixtures.js';

const cases = readCalendarCases();
const calendar = new WorkingDayCalendar();

describe('cases/calendar', () => {
  it('found the case files', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((x) => [`${x.file.split('/').slice(-3).join('/')}#${x.index}`, x.c] as const))(
    '%s',
    (_label, c) => {
      if (typeof c.expect === 'string' && isIsoDate(c.expect)) {
        expect(calendar.addWorkingDays(c.from, c.days), c.why).toBe(c.expect);
      } else {
        // Any non-date expectation is an error case (days < 1, bad date): a 400 validation_failed.
        expect(() => calendar.addWorkingDays(c.from, c.days)).toThrow(CalendarError);
      }
    },
  );
});
