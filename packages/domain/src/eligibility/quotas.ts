// Quotas computed from counts (RULES.md §4–5). Both round down: "không quá" never exceeds.

import { EligibilityInputError } from './eligibility.errors.js';

function assertCount(value: unknown, path: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new EligibilityInputError('validation_failed', [{ path, issue: 'must be a non-negative integer' }]);
  }
}

function assertPercent(value: unknown, path: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new EligibilityInputError('validation_failed', [{ path, issue: 'must be a percentage between 0 and 100' }]);
  }
}

/** ⌊count × percent / 100⌋ without floating-point surprises for percentages with ≤ 6 decimals. */
function floorPercent(count: number, percent: number): number {
  const scaled = Math.round(percent * 1_000_000); // percent × 10^6, an integer
  return Math.floor((count * scaled) / 100_000_000);
}

/**
 * How many "Chiến sĩ thi đua cơ sở" a unit may propose: `capPercent` of its LĐTT holders, rounded
 * down; `null` cap = unlimited (law-2022 has no national cap; law-2013: 15%, Decree 91/2017 Art. 9(3)).
 * Returns `null` when unlimited.
 */
export function cstdcsQuota(input: {
  readonly lđttHolders: number;
  readonly capPercent: number | null;
}): number | null {
  assertCount(input.lđttHolders, 'lđttHolders');
  if (input.capPercent === null) return null;
  assertPercent(input.capPercent, 'capPercent');
  return floorPercent(input.lđttHolders, input.capPercent);
}

/**
 * Proposals for "Cờ thi đua của Chính phủ" from a ministry's or province's clusters: at most
 * `percent` (default 20) of the collectives that lead a cluster/block and meet the flag standard,
 * rounded down (Decree 152/2025 Art. 7(1), "không quá 20%").
 */
export function governmentFlagQuota(clusterLeaderCount: number, percent = 20): number {
  assertCount(clusterLeaderCount, 'clusterLeaderCount');
  assertPercent(percent, 'percent');
  return floorPercent(clusterLeaderCount, percent);
}
