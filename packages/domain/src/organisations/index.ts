// Organisations through time: interval arithmetic shared by the server and the web app (RULES.md §7).

export interface Interval {
  validFrom: string | null;
  validTo: string | null;
}

/** Inclusive ends, null = open (CONTRACT.md). Dates are ISO YYYY-MM-DD, compared as strings. */
export function isValidOn(i: Interval, date: string): boolean {
  return (i.validFrom === null || i.validFrom <= date) && (i.validTo === null || i.validTo >= date);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const dayBefore = (iso: string) => addDays(iso, -1);

/** Today's date in Vietnam (UTC+7), for a caller-supplied clock. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The 2025 reform: provincial districts were abolished from this date (two-tier local government). */
export const TWO_TIER_GOVERNMENT_FROM = '2025-07-01';
