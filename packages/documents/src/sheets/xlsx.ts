// Excel output and streaming input with exceljs (not npm `xlsx` 0.18.5: CVE-2023-30533; IN-05).
// Both directions stream: the writer uses exceljs's WorkbookWriter with inline strings, the reader its
// WorkbookReader, so memory does not grow with the number of rows. (An .xlsx whose strings live in a shared
// string table still has that table held in memory while reading: that is the format's random access.)
import { PassThrough, Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './injection.js';
import { normaliseCell, type SheetColumn, type SheetRow } from './values.js';

export interface SheetSpec {
  /** Sheet name; made valid for Excel (≤ 31 characters, no []:*?/\) and unique. */
  name: string;
  columns: SheetColumn[];
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>;
}

const DATE_FORMAT = 'dd/mm/yyyy';

function sheetName(name: string, used: Set<string>): string {
  const base = (name.normalize('NFC').replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31);
  let candidate = base;
  for (let i = 2; used.has(candidate.toLocaleLowerCase('vi')); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLocaleLowerCase('vi'));
  return candidate;
}

/**
 * exceljs's WorkbookWriter has no back-pressure: committed rows are pushed into a PassThrough that the zip
 * (archiver) only reads once it reaches the sheet's entry and as fast as it deflates, so a fast row source
 * piles the whole uncompressed sheet up in memory (≈200 B/row). Wait until that buffer is below 4 MiB.
 * Relies on exceljs 4.4.0 internals (`_stream.pipes[0]`); without them it only yields to the event loop.
 */
const MAX_PENDING = 4 * 1024 * 1024;
type StreamState = { length?: number };
type InternalStream = { _readableState?: StreamState; _writableState?: StreamState };
function pendingBytes(ws: unknown): number {
  // The PassThrough is archiver's readable-stream@2 one, which has no readableLength/writableLength getters.
  const s = (ws as { _stream?: { pipes?: InternalStream[]; buffers?: unknown[] } })._stream;
  const pipe = s?.pipes?.[0];
  return (pipe?._writableState?.length ?? 0) + (pipe?._readableState?.length ?? 0) + (s?.buffers?.length ?? 0) * 65536;
}
async function drain(ws: unknown): Promise<void> {
  do {
    await new Promise<void>((resolve) => setImmediate(resolve));
  } while (pendingBytes(ws) > MAX_PENDING);
}

/** Writes the sheets as .xlsx into `output` (streaming; rows may be an async iterable). */
export async function writeXlsxTo(sheets: SheetSpec[], output: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  wb.creator = 'thidua';
  const used = new Set<string>();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(sheetName(spec.name, used), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: neutraliseFormula(c.header.normalize('NFC')),
      key: c.key,
      width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
      style: c.type === 'date' ? { numFmt: DATE_FORMAT } : undefined,
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const row of spec.rows) {
      const cells = spec.columns.map((c) => {
        const n = normaliseCell(row[c.key], c.type);
        switch (n.kind) {
          case 'empty':
            return null;
          case 'text':
            // Neutralise first (a leading CR is a trigger), then store line breaks as LF: XML parsers turn a
            // raw CR into LF anyway, and LF is what Excel uses inside a cell.
            return neutraliseFormula(n.value).replace(/\r\n?/g, '\n');
          default:
            return n.value;
        }
      });
      const r = ws.addRow(cells);
      spec.columns.forEach((c, i) => {
        const cell = r.getCell(i + 1);
        if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
        else if (c.type === 'text' && typeof cell.value === 'string') cell.numFmt = '@';
      });
      r.commit();
      if (++written % 500 === 0) await drain(ws);
    }
    ws.commit();
  }
  await wb.commit();
}

/** Writes the sheets to an .xlsx Buffer: bold frozen header row, dates as dd/mm/yyyy, text formula-neutralised. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeXlsxTo(sheets, sink);
  await done;
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

export interface XlsxRow {
  /** Spreadsheet row number (the header is row 1 unless `headerRow` says otherwise). */
  rowNumber: number;
  /** Header text → cell text (NFC). A null-prototype object, so a "__proto__" header is just a key. */
  values: Record<string, string>;
}

export interface ReadXlsxOptions {
  /** Sheet name, or 1-based position among the workbook's sheets; default the first. */
  sheet?: string | number;
  /** Row holding the headers; default 1. */
  headerRow?: number;
  /** Skip rows whose cells are all empty (default true). */
  skipEmptyRows?: boolean;
}

type CellLike = { value: ExcelJS.CellValue; numFmt?: string };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** exceljs dates are UTC-based: a date-only value becomes YYYY-MM-DD, one with a time YYYY-MM-DDTHH:mm:ss. */
export function isoFromExcelDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // Excel stores times as day fractions; round to the second to undo floating-point noise.
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const h = t.getUTCHours();
  const m = t.getUTCMinutes();
  const s = t.getUTCSeconds();
  return h || m || s ? `${date}T${pad(h)}:${pad(m)}:${pad(s)}` : date;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  // Like Excel's display: at most 15 significant digits for non-integers (0.1+0.2 → "0.3").
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

const DATE_FMT = /[dmyhs]/i;
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const stripped = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return DATE_FMT.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}

/** The text of a cell value: rich text joined, formulas → cached result, hyperlinks → text, dates → ISO. */
export function cellValueText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return isDateFormat(numFmt) ? isoFromExcelDate(excelSerialToDate(value)) : numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoFromExcelDate(value);
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellValueText((v.result ?? null) as ExcelJS.CellValue, numFmt);
    if ('error' in v) return String(v.error ?? '');
    if ('text' in v) return cellValueText(v.text as ExcelJS.CellValue, numFmt);
  }
  return '';
}

/** Excel serial (1900 date system) → UTC Date. */
export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400 * 1000));
}

function cellText(cell: CellLike): string {
  return cellValueText(cell.value, cell.numFmt).normalize('NFC');
}

/**
 * Streams the rows of one sheet as `{rowNumber, values}` keyed by the header row's text. Headers are NFC,
 * trimmed, whitespace collapsed; an empty header becomes "Cột N" and a repeated one "Name (2)". Every value is
 * a string (codes stay as typed in text cells; a number cell gives its digits), NFC; dates are ISO.
 */
export async function* readXlsxRows(
  input: Buffer | Uint8Array | Readable | string,
  options: ReadXlsxOptions = {},
): AsyncGenerator<XlsxRow> {
  const headerRow = options.headerRow ?? 1;
  const skipEmpty = options.skipEmptyRows ?? true;
  const source: Readable | string =
    typeof input === 'string' || input instanceof Readable ? input : Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    entries: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });

  let position = 0;
  try {
    for await (const ws of reader) {
      position++;
      const name = (ws as unknown as { name?: string }).name;
      const wanted =
        options.sheet === undefined
          ? position === 1
          : typeof options.sheet === 'number'
            ? position === options.sheet
            : name !== undefined && name.normalize('NFC') === options.sheet.normalize('NFC');
      if (!wanted) continue;

      let headers: { col: number; key: string }[] | undefined;
      for await (const row of ws) {
        if (row.number < headerRow) continue;
        if (row.number === headerRow) {
          headers = [];
          const seen = new Map<string, number>();
          const last = row.cellCount;
          for (let c = 1; c <= last; c++) {
            let key = cellText(row.getCell(c)).replace(/\s+/g, ' ').trim() || `Cột ${c}`;
            const n = (seen.get(key) ?? 0) + 1;
            seen.set(key, n);
            if (n > 1) key = `${key} (${n})`;
            headers.push({ col: c, key });
          }
          continue;
        }
        if (!headers) continue; // header row missing: nothing sensible to key by
        const values: Record<string, string> = Object.create(null) as Record<string, string>;
        let any = false;
        for (const h of headers) {
          const text = cellText(row.getCell(h.col));
          if (text !== '') any = true;
          values[h.key] = text;
        }
        if (skipEmpty && !any) continue;
        yield { rowNumber: row.number, values };
      }
      return;
    }
    if (options.sheet !== undefined) throw new Error(`Sheet ${JSON.stringify(options.sheet)} not found`);
  } finally {
    // Stop reading the rest of the file when the caller stops early or the wanted sheet is done.
    const stream = (reader as unknown as { stream?: Readable }).stream;
    if (stream && typeof stream.destroy === 'function') stream.destroy();
  }
}
