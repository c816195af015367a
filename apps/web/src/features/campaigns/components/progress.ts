// The progress dashboard's model (pure): the per-day chart's days and bar heights, a unit's share.

export interface DayCount {
  date: string;
  entered: number;
  committed: number;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

/**
 * The chart's days from `from` to `to` (inclusive): every Monday to Friday (zero when nothing was keyed,
 * so a day without work shows as a gap) and any other day that has entries; at most `max`, the latest.
 */
export function chartDays(perDay: readonly DayCount[], from: string, to: string, max = 45): DayCount[] {
  const byDate = new Map(perDay.map((d) => [d.date, d]));
  const out: DayCount[] = [];
  if (from <= to) {
    for (let d = from, guard = 0; d <= to && guard < 800; d = addDays(d, 1), guard++) {
      const v = byDate.get(d);
      if (v) out.push(v);
      else if (!isWeekend(d)) out.push({ date: d, entered: 0, committed: 0 });
    }
  }
  for (const d of perDay) if (d.date < from || d.date > to) out.push(d);
  out.sort((a, b) => a.date.localeCompare(b.date));
  return out.slice(-max);
}

/** The chart's scale: the largest value among the bars and the reference line, at least 1. */
export const chartMax = (days: readonly DayCount[], reference: number | null) =>
  Math.max(1, reference ?? 0, ...days.map((d) => Math.max(d.entered, d.committed)));

/** A share in [0, 1] (a unit with no target counts as done when it has records, else as nothing). */
export function share(done: number, target: number): number {
  if (target <= 0) return done > 0 ? 1 : 0;
  return Math.min(1, done / target);
}
