import { en } from './en.js';
import { vi, type MessageKey } from './vi.js';

export type Locale = 'vi' | 'en';
export { vi, en, type MessageKey };
export const catalogues: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function t(key: MessageKey, locale: Locale = 'vi'): string {
  return catalogues[locale][key] ?? vi[key];
}

/** dd/mm/yyyy for an ISO date (YYYY-MM-DD…); Vietnamese convention. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** 1.241 and 10,05 — Vietnamese number formatting. */
export function formatNumberVi(n: number, fractionDigits?: number): string {
  return new Intl.NumberFormat('vi-VN', fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
}

export function formatPercentVi(ratio: number, fractionDigits = 2): string {
  return `${formatNumberVi(ratio * 100, fractionDigits)}%`;
}
