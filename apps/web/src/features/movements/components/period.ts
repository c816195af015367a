import { fmtDate } from '@/lib/dates';

/** "01/01/2026 – 31/12/2026", "từ 01/01/2026", "đến 31/12/2026" or "—". */
export function periodText(from: string | null, to: string | null): string {
  if (from && to) return `${fmtDate(from)} – ${fmtDate(to)}`;
  if (from) return `từ ${fmtDate(from)}`;
  if (to) return `đến ${fmtDate(to)}`;
  return '—';
}
