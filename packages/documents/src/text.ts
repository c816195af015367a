// Text and date helpers shared by every renderer. Documents show dates the way Decree 30/2020/NĐ-CP
// (Appendix I) writes them: days 1–9 and months 1–2 take a leading zero ("ngày 05 tháng 02 năm 2019",
// "ngày 15 tháng 3 năm 2019").

/** A calendar date as the documents receive it: `YYYY-MM-DD`. */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Thrown for malformed renderer input (bad ISO date, empty required field). */
export class DocumentInputError extends Error {
  override name = 'DocumentInputError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: IsoDate, field = 'date'): DateParts {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new DocumentInputError(`${field}: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`, field);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DocumentInputError(`${field}: ${iso} is not a calendar date`, field);
  }
  return { year, month, day };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2019-03-05` → `05/03/2019` (tables, certificates, spreadsheets). */
export function formatDateVi(iso: IsoDate): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** `2019-03-05` → `ngày 05 tháng 3 năm 2019` (Decree 30: leading zero for days < 10 and months 1–2). */
export function formatLongDateVi(iso: IsoDate): string {
  const { year, month, day } = parseIsoDate(iso);
  return `ngày ${pad2(day)} tháng ${month < 3 ? pad2(month) : String(month)} năm ${year}`;
}

/** `("Hưng Yên", 2019-03-05)` → `Hưng Yên, ngày 05 tháng 3 năm 2019`. */
export function formatPlaceDateVi(place: string, iso: IsoDate): string {
  return `${place}, ${formatLongDateVi(iso)}`;
}

/**
 * Share as a Vietnamese percentage: comma decimal separator, two decimals, trailing ",00" dropped
 * (5/6 → "83,33%", 9/10 → "90%"). Rounds half up on the exact rational, so 2/3 → "66,67%".
 */
export function formatPercentVi(numerator: number, denominator: number): string {
  if (!(denominator > 0)) return '—';
  const hundredths = Math.round((numerator * 10000) / denominator);
  const whole = Math.trunc(hundredths / 100);
  const frac = Math.abs(hundredths % 100);
  return frac === 0 ? `${whole}%` : `${whole},${pad2(frac)}%`;
}

/** Formats a threshold given in percent (`90` → "90%", `66.67` → "66,67%"). */
export function formatPercentValueVi(percent: number): string {
  return formatPercentVi(percent, 100);
}

/** Counts in decisions are written with two digits: "03 cá nhân", "12 tập thể". */
export function formatCountVi(n: number): string {
  return n < 10 ? pad2(n) : String(n);
}

// Characters XML 1.0 forbids (C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF, lone surrogates) make
// Word refuse a .docx; bidi overrides and isolates (U+202A–202E, U+2066–2069) can visually reorder a
// name. Both are dropped from everything that reaches a document.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NFC-normalise and drop characters that cannot appear in a document. Keeps TAB and newlines. */
export function cleanText(value: string | null | undefined): string {
  if (value == null) return '';
  return String(value).normalize('NFC').replace(FORBIDDEN, '');
}

/** `cleanText` and collapse every run of whitespace (including newlines) to one space; trims. */
export function cleanLine(value: string | null | undefined): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** Ensures the final sentence of a document body ends with Decree 30's closing mark "./.". */
export function withClosingMark(text: string): string {
  const t = text.trimEnd();
  if (t.endsWith('./.')) return t;
  return `${t.replace(/[.;,:]+$/, '')}./.`;
}

/** Lower-cases the first letter, for embedding a summary ("Về việc …") inside a sentence. */
export function lowerFirst(text: string): string {
  return text.length ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

export function requireText(value: string | undefined | null, field: string): string {
  const v = cleanLine(value);
  if (!v) throw new DocumentInputError(`${field} is required`, field);
  return v;
}
