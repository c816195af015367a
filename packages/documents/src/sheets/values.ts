import { formatDateVi, parseIsoDate } from '../text.js';

export type ColumnType = 'text' | 'date' | 'number';
export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetColumn {
  header: string;
  /** Property of each row object. */
  key: string;
  /** Column width in characters (xlsx only). */
  width?: number;
  /**
   * `text`: everything is written as text (formula-neutralised). `date`: `YYYY-MM-DD` strings and Dates
   * (read in UTC) become dates shown dd/mm/yyyy. `number`: numbers, and numeric strings, become numbers.
   * Omitted: by the value's JS type (numbers stay numbers, Dates are dates, strings are text).
   */
  type?: ColumnType;
}

export type SheetRow = Record<string, CellValue>;

export type Normalised =
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Calendar date at UTC midnight, so Excel shows the same day everywhere. */
export function utcDate(iso: string): Date {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Decides what a value becomes in a cell; text is NFC but not yet neutralised. */
export function normaliseCell(value: CellValue, type: ColumnType | undefined): Normalised {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (type === 'text') {
    if (value instanceof Date) return { kind: 'text', value: Number.isNaN(value.getTime()) ? '' : value.toISOString() };
    return { kind: 'text', value: String(value).normalize('NFC') };
  }
  if (type === 'date' || (type === undefined && value instanceof Date)) {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'empty' } : { kind: 'date', value };
    if (typeof value === 'string' && ISO.test(value.trim())) {
      try {
        return { kind: 'date', value: utcDate(value.trim()) };
      } catch {
        /* not a calendar date: keep as text */
      }
    }
    return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value: String(value).normalize('NFC') };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (type === 'number' && typeof value === 'string' && NUMERIC.test(value.trim())) {
    return { kind: 'number', value: Number(value.trim()) };
  }
  return { kind: 'text', value: String(value).normalize('NFC') };
}

/** A date as dd/mm/yyyy using its UTC calendar day. */
export function formatUtcDateVi(d: Date): string {
  return formatDateVi(d.toISOString().slice(0, 10));
}
