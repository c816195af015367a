// Quotas (RULES.md §4–5): rounded down, "không quá" never exceeds.
import { describe, expect, it } from 'vitest';
import { cstdcsQuota, EligibilityInputError, governmentFlagQuota } from '../../src/eligibility/index.js';

describe('cstdcsQuota', () => {
  it.each<[number, number | null, number | null]>([
    [100, 15, 15],
    [20, 15, 3],
    [19, 15, 2], // 2.85 → 2
    [6, 15, 0],
    [0, 15, 0],
    [7, 100, 7],
    [40, 12.5, 5],
    [33, 33.3, 10], // 10.989 → 10
    [100, null, null], // law-2022: no cap
  ])('%i LĐTT holders with a cap of %s%% → %s', (holders, cap, expected) => {
    expect(cstdcsQuota({ lđttHolders: holders, capPercent: cap })).toBe(expected);
  });

  it('rejects bad input', () => {
    expect(() => cstdcsQuota({ lđttHolders: -1, capPercent: 15 })).toThrow(EligibilityInputError);
    expect(() => cstdcsQuota({ lđttHolders: 1.5, capPercent: 15 })).toThrow(EligibilityInputError);
    expect(() => cstdcsQuota({ lđttHolders: 10, capPercent: 120 })).toThrow(EligibilityInputError);
  });
});

describe('governmentFlagQuota', () => {
  it.each<[number, number | undefined, number]>([
    [10, undefined, 2],
    [5, undefined, 1],
    [4, undefined, 0], // 0.8 → 0: "không quá 20%"
    [9, undefined, 1],
    [0, undefined, 0],
    [14, 20, 2],
    [10, 25, 2],
  ])('%i cluster leaders, %s%% → %i', (n, percent, expected) => {
    expect(percent === undefined ? governmentFlagQuota(n) : governmentFlagQuota(n, percent)).toBe(expected);
  });

  it('rejects bad input', () => {
    expect(() => governmentFlagQuota(-2)).toThrow(EligibilityInputError);
  });
});
