// Which rule set and decree apply to a dossier, by the date it is received (RULES.md §1). Adding a
// rule set or a decree version is adding a row with its effective date, never editing an old one.
import type { DecreeId, RuleSetId } from '../catalogue/catalogue.types.js';
import { EligibilityInputError } from './eligibility.errors.js';

/** Rule sets in force from a date (inclusive), oldest first. Before the first: none encoded. */
export const RULE_SET_PERIODS: readonly { readonly from: string; readonly ruleSet: RuleSetId }[] = [
  // Law 2003 as amended to 2013 with Decree 91/2017; we encode from 2018 on (a deliberate limit).
  { from: '2018-01-01', ruleSet: 'law-2013' },
  // Law 06/2022/QH15, Art. 94(1): in force 01-01-2024.
  { from: '2024-01-01', ruleSet: 'law-2022' },
];

/** Implementing decrees by date of receipt of the dossier. */
export const DECREE_PERIODS: readonly { readonly from: string; readonly decree: DecreeId }[] = [
  { from: '2018-01-01', decree: '91/2017/NĐ-CP' },
  // Decree 98/2023, applied from 01-01-2024.
  { from: '2024-01-01', decree: '98/2023/NĐ-CP' },
  // Decree 152/2025 Art. 59(1): in force 01-07-2025; Art. 60(3): dossiers received before stay under 98.
  { from: '2025-07-01', decree: '152/2025/NĐ-CP' },
];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (hot path: no regular expression). */
export function isIsoCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const d0 = digit(s, 0);
  const d1 = digit(s, 1);
  const d2 = digit(s, 2);
  const d3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const a0 = digit(s, 8);
  const a1 = digit(s, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) return false;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const mo = m0 * 10 + m1;
  const d = a0 * 10 + a1;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] as number);
  return d <= max;
}

function assertDate(asOf: string): void {
  if (!isIsoCalendarDate(asOf)) {
    throw new EligibilityInputError('validation_failed', [{ path: 'asOf', issue: 'must be a date YYYY-MM-DD' }]);
  }
}

/** The rule set for a dossier received on `asOf`, or `null` before 2018-01-01 (→ `rule_set_unknown`). */
export function selectRuleSet(asOf: string): RuleSetId | null {
  assertDate(asOf);
  let found: RuleSetId | null = null;
  for (const p of RULE_SET_PERIODS) if (asOf >= p.from) found = p.ruleSet;
  return found;
}

/** The implementing decree for a dossier received on `asOf`, or `null` before 2018-01-01. */
export function selectDecree(asOf: string): DecreeId | null {
  assertDate(asOf);
  let found: DecreeId | null = null;
  for (const p of DECREE_PERIODS) if (asOf >= p.from) found = p.decree;
  return found;
}
