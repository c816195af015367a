// Pure (no imports), so the unit tests can load it.
/**
 * The years a unit may register for (đăng ký thi đua is yearly; the server refuses a year outside the period):
 * the years of the movement's period (a window of 10 around the current year for a longer one), else the
 * current and the next year; and the default — the current year when offered, else the nearest offered one.
 */
export function registrationYears(today: string, from: string | null, to: string | null): { years: number[]; initial: number } {
  const now = Number(today.slice(0, 4));
  const first = from ? Number(from.slice(0, 4)) : now;
  const last = to ? Number(to.slice(0, 4)) : from ? Math.max(first, now) + 1 : now + 1;
  const start = last - first >= 10 ? Math.min(Math.max(first, now - 1), last - 9) : first;
  const years: number[] = [];
  for (let y = start; y <= last && years.length < 10; y++) years.push(y);
  if (years.length === 0) return { years: [now], initial: now };
  const initial = years.includes(now) ? now : years.reduce((a, b) => (Math.abs(b - now) < Math.abs(a - now) ? b : a));
  return { years, initial };
}
