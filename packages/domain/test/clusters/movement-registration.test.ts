import { describe, expect, it } from 'vitest';
import { movementRegistrationBasis, movementRegistrationYear, movementRegistrationYears } from '../../src/clusters/movement.js';

// A province (P) that merged into P2 on 2025-07-01; its departments (S) and communes (X, Y, under S and P).
describe('movementRegistrationBasis: who may register for a movement', () => {
  it.each([
    ['the authority itself', ['P', 'VN'], ['P'], ['X'], 'authority'],
    ['a target', ['X', 'P', 'VN'], ['P'], ['X'], 'target'],
    ['a unit under a target on the registration date', ['Y', 'S', 'P', 'VN'], ['P'], ['S'], 'under_target'],
    ['a unit under the authority when the movement names no target', ['Y', 'S', 'P', 'VN'], ['P'], [], 'under_authority'],
    ['a unit under the successor of the authority (merged)', ['Y', 'P2', 'VN'], ['P', 'P2'], [], 'under_authority'],
    ['a unit under the successor of a target', ['Y', 'S2', 'P2'], ['P'], ['S', 'S2'], 'under_target'],
    ['a unit under the authority but not under any of the named targets', ['Y', 'S', 'P', 'VN'], ['P'], ['X'], null],
    ['a unit outside the authority', ['Z', 'Q', 'VN'], ['P'], [], null],
    ['a parent of a target is not under it', ['S', 'P', 'VN'], ['VN'], ['X'], null],
    ['an empty chain', [], ['P'], [], null],
  ] as const)('%s', (_label, unitChain, authorityIds, targetIds, expected) => {
    expect(movementRegistrationBasis({ unitChain, authorityIds, targetIds })).toBe(expected);
  });
});

describe('movementRegistrationYear: the year a registration is for', () => {
  it.each([
    ['the year of the registration date by default', undefined, '2026-03-02', null, null, 2026],
    ['the year asked for', 2027, '2026-12-20', null, null, 2027],
    ['inside the period', 2024, '2024-01-15', '2021-01-01', '2025-12-31', 2024],
    ['the first year of the period', 2021, '2020-12-28', '2021-01-01', '2025-12-31', 2021],
    ['before the period', 2020, '2020-12-28', '2021-01-01', '2025-12-31', null],
    ['after the period (the registration date by default)', undefined, '2026-02-01', '2021-01-01', '2025-12-31', null],
    ['an open-ended period', 2030, '2026-02-01', '2021-01-01', null, 2030],
  ] as const)('%s', (_label, asked, today, periodFrom, periodTo, expected) => {
    expect(movementRegistrationYear({ asked, today, periodFrom, periodTo })).toBe(expected);
  });
});

describe('movementRegistrationYears: the years a registration form offers', () => {
  it.each([
    ['no period: this year and the next', '2026-12-07', null, null, [2026, 2027], 2026],
    ['a one-year movement', '2026-03-01', '2026-01-01', '2026-12-31', [2026], 2026],
    ['a five-year movement', '2023-05-01', '2021-01-01', '2025-12-31', [2021, 2022, 2023, 2024, 2025], 2023],
    ['a movement that has not begun: its first year', '2026-12-07', '2027-01-01', '2027-12-31', [2027], 2027],
    ['a movement that has ended: its years, the last by default', '2026-12-07', '2021-01-01', '2025-12-31', [2021, 2022, 2023, 2024, 2025], 2025],
    ['a long movement: ten years around now', '2030-02-01', '2021-01-01', '2045-12-31', [2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038], 2030],
    ['only a start: from it to next year', '2026-12-07', '2025-01-01', null, [2025, 2026, 2027], 2026],
    ['only an end', '2026-12-07', null, '2026-12-31', [2026], 2026],
    ['an end before today and no start: nothing to offer', '2027-02-01', null, '2026-12-31', [], null],
  ] as const)('%s', (_l, today, from, to, years, initial) => {
    expect(movementRegistrationYears(today, from, to)).toEqual({ years, initial });
  });
  it('every year offered is one the server accepts', () => {
    for (const [today, from, to] of [['2026-12-07', '2021-01-01', '2045-12-31'], ['2026-01-01', null, null], ['2026-06-01', '2026-01-01', '2026-12-31']] as const)
      for (const y of movementRegistrationYears(today, from, to).years) expect(movementRegistrationYear({ asked: y, today, periodFrom: from, periodTo: to })).toBe(y);
  });
});
