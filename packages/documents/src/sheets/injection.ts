// Formula (CSV) injection: a text cell that starts with = + - @ TAB or CR (OWASP "CSV Injection"; ASVS
// 1.2.10; security-requirements IN-04, which adds NUL) is prefixed with a single quote, so a spreadsheet
// shows it as text instead of evaluating it. The full-width forms (＝ ＋ － ＠) are included because some
// spreadsheet front ends fold them to ASCII. Values typed as numbers are not text and are left alone.
const TRIGGER = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

export function isFormulaLike(text: string): boolean {
  return TRIGGER.test(text);
}

/** Prefixes `'` to text that a spreadsheet could read as a formula. */
export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}
