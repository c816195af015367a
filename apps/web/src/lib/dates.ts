import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { formatDateVi } from '@thidua/i18n';

dayjs.extend(customParseFormat);

/** What the UI shows and accepts: dd/mm/yyyy (the wire format stays ISO YYYY-MM-DD). */
export const DATE_FORMAT = 'DD/MM/YYYY';
/** Typed input the date pickers also accept (01/06/2024, 1/6/2024, 01062024). */
/** What an empty date field shows (antd's own "Chọn thời điểm" does not say how to type a date). */
export const DATE_PLACEHOLDER = 'dd/mm/yyyy';
export const DATE_INPUT_FORMATS = [DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY', 'YYYY-MM-DD'];

export const ISO = 'YYYY-MM-DD';
export const todayIso = (): string => dayjs().format(ISO);
export const toIso = (d: Dayjs): string => d.format(ISO);
export function fromIso(s: string | null | undefined): Dayjs | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = dayjs(s, ISO, true);
  return d.isValid() ? d : null;
}
export const isIsoDate = (s: string | null | undefined): s is string => fromIso(s) !== null;

/** dd/mm/yyyy, or '' for null. */
export const fmtDate = (iso: string | null | undefined): string => formatDateVi(iso);
/** dd/mm/yyyy HH:mm:ss in the browser's time zone, for timestamps. */
export const fmtDateTime = (ts: string | null | undefined): string => (ts ? dayjs(ts).format('DD/MM/YYYY HH:mm:ss') : '');

/** Is the ISO date `d` inside the inclusive range [from, to] (null = open)? */
export function within(d: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= d) && (to === null || d <= to);
}

export { dayjs };
export type { Dayjs };
