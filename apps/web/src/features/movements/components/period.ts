import { fmtDate } from '@/lib/dates';
import type { Translate } from './text';

/** "01/01/2026 – 31/12/2026", "từ 01/01/2026" (from …), "đến 31/12/2026" (until …) or "—"; dates dd/mm/yyyy. */
export function periodText(t: Translate, from: string | null, to: string | null): string {
  if (from && to) return `${fmtDate(from)} – ${fmtDate(to)}`;
  if (from) return t('movements.period.from', { date: fmtDate(from) });
  if (to) return t('movements.period.to', { date: fmtDate(to) });
  return '—';
}
