// The year a unit registers for (issue #5; the server refuses a year outside the movement's period).
import { describe, expect, it } from 'vitest';
import { registrationYears } from '../src/features/movements/components/registration-year';

describe('registrationYears', () => {
  it.each([
    ['no period: this year and the next', '2026-12-07', null, null, [2026, 2027], 2026],
    ['a one-year movement', '2026-03-01', '2026-01-01', '2026-12-31', [2026], 2026],
    ['a five-year movement', '2023-05-01', '2021-01-01', '2025-12-31', [2021, 2022, 2023, 2024, 2025], 2023],
    ['a movement that has not begun: its first year', '2026-12-07', '2027-01-01', '2027-12-31', [2027], 2027],
    ['a movement that has ended: its years, the last by default', '2026-12-07', '2021-01-01', '2025-12-31', [2021, 2022, 2023, 2024, 2025], 2025],
    ['a long movement: ten years around now', '2030-02-01', '2021-01-01', '2045-12-31', [2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038], 2030],
    ['only a start: from it to next year', '2026-12-07', '2025-01-01', null, [2025, 2026, 2027], 2026],
    ['only an end', '2026-12-07', null, '2026-12-31', [2026], 2026],
  ] as const)('%s', (_l, today, from, to, years, initial) => {
    expect(registrationYears(today, from, to)).toEqual({ years, initial });
  });
});
