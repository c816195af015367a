// CSV output: RFC 4180 quoting, CRLF line ends, optional UTF-8 BOM (Excel needs it to read UTF-8), dates
// dd/mm/yyyy, and text cells formula-neutralised (see injection.ts).
import { neutraliseFormula } from './injection.js';
import { formatUtcDateVi, normaliseCell, type SheetColumn, type SheetRow } from './values.js';

export interface CsvOptions {
  /** Prefix U+FEFF so Excel detects UTF-8 (default false). */
  bom?: boolean;
  /** Field delimiter (default ","). */
  delimiter?: ',' | ';' | '\t';
  /** Line end (default CRLF, as RFC 4180). */
  eol?: '\r\n' | '\n';
}

function quote(field: string, delimiter: string): string {
  return field.includes('"') || field.includes(delimiter) || /[\r\n]/.test(field) || /^\s|\s$/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function field(value: SheetRow[string], column: SheetColumn): string {
  const n = normaliseCell(value, column.type);
  switch (n.kind) {
    case 'empty':
      return '';
    case 'text':
      return neutraliseFormula(n.value);
    case 'number':
      return String(n.value);
    case 'boolean':
      return n.value ? 'TRUE' : 'FALSE';
    case 'date':
      return formatUtcDateVi(n.value);
  }
}

function line(cells: string[], o: Required<Pick<CsvOptions, 'delimiter' | 'eol'>>): string {
  return cells.map((c) => quote(c, o.delimiter)).join(o.delimiter) + o.eol;
}

/** CSV text (header + rows). For large exports use `toCsvChunks`. */
export function toCsv(columns: SheetColumn[], rows: Iterable<SheetRow>, options: CsvOptions = {}): string {
  const parts: string[] = [];
  for (const chunk of csvLines(columns, rows, options)) parts.push(chunk);
  return parts.join('');
}

function* csvLines(columns: SheetColumn[], rows: Iterable<SheetRow>, options: CsvOptions): Generator<string> {
  const o = { delimiter: options.delimiter ?? ',', eol: options.eol ?? '\r\n' } as const;
  yield (options.bom ? '\uFEFF' : '') + line(columns.map((c) => neutraliseFormula(c.header.normalize('NFC'))), o);
  for (const row of rows) yield line(columns.map((c) => field(row[c.key], c)), o);
}

/**
 * Streams CSV text in chunks of about `chunkRows` rows (default 1000), for piping a large export to a
 * response without holding it in memory: `Readable.from(toCsvChunks(...)).pipe(res)`.
 */
export async function* toCsvChunks(
  columns: SheetColumn[],
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>,
  options: CsvOptions & { chunkRows?: number } = {},
): AsyncGenerator<string> {
  const o = { delimiter: options.delimiter ?? ',', eol: options.eol ?? '\r\n' } as const;
  const size = options.chunkRows ?? 1000;
  let buf = (options.bom ? '\uFEFF' : '') + line(columns.map((c) => neutraliseFormula(c.header.normalize('NFC'))), o);
  let n = 0;
  for await (const row of rows) {
    buf += line(columns.map((c) => field(row[c.key], c)), o);
    if (++n % size === 0) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
