import { describe, expect, it } from 'vitest';
import { movementRegistrationBasis, movementRegistrationYear } from '../../src/clusters/movement.js';

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
