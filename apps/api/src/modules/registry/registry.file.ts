import fs from 'node:fs';

// Reading an uploaded registry file as rows keyed by header, streaming (CONTRACT.md: .xlsx, or CSV in
// UTF-8 with or without BOM or UTF-16 with BOM, delimiter , ; or tab detected, quoted fields).

export type ImportFormat = 'xlsx' | 'csv';

/** The format by magic bytes: xlsx is a ZIP (`PK\x03\x04`); CSV must decode as text. Null otherwise. */
export function sniffFormat(head: Buffer): ImportFormat | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const enc = csvEncoding(head);
  if (enc !== 'utf-8') return 'csv';
  // No BOM: must be valid UTF-8 text without NUL bytes (a cut multi-byte sequence at the end is fine).
  if (head.includes(0)) return null;
  let end = head.length;
  for (let i = 0; i < 3 && end > 0 && (head[end - 1]! & 0xc0) === 0x80; i++) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'csv';
  } catch {
    return null;
  }
}

function csvEncoding(head: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export interface FileRow {
  rowNumber: number;
  values: Record<string, string>;
}

export class FileDecodeError extends Error {}

/** Streams the rows of the file; the header row is row 1. Headers are NFC, trimmed, spaces collapsed. */
export async function* readImportRows(file: string, format: ImportFormat): AsyncGenerator<FileRow> {
  if (format === 'xlsx') {
    // Loaded when needed: the documents package (Word, PDF, Excel) is large, and a CSV walk in a worker
    // thread would load all of it at every start.
    const { readXlsxRows } = await import('@thidua/documents');
    yield* readXlsxRows(file);
    return;
  }
  yield* readCsvRows(file);
}

async function* decodeChunks(file: string): AsyncGenerator<string> {
  const fd = await fs.promises.open(file, 'r');
  const head = Buffer.alloc(4);
  await fd.read(head, 0, 4, 0);
  await fd.close();
  const enc = csvEncoding(head);
  const decoder = new TextDecoder(enc, { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) yield decoder.decode(chunk as Buffer, { stream: true });
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (e) {
    if (e instanceof TypeError) throw new FileDecodeError('Tệp CSV không phải văn bản UTF-8/UTF-16 hợp lệ');
    throw e;
  }
}

function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestN = -1;
  for (const d of [',', ';', '\t']) {
    let n = 0;
    let q = false;
    for (const ch of firstLine) {
      if (ch === '"') q = !q;
      else if (!q && ch === d) n++;
    }
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/**
 * A copy of a field that does not hold on to the chunk it was cut from. V8 represents a slice of 13 or
 * more characters as a view into its parent string (and `normalize` returns an NFC string unchanged),
 * so a field kept in a cache or a batch would keep its whole 1 MB chunk alive: a 1,000,000-row import
 * retained most of the file that way (bench/RESULTS.md, 2026-12-06). Concatenating and slicing again
 * flattens into a new string of the field's own size.
 */
export const ownString = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** RFC 4180 records from a stream of text (quotes, doubled quotes, CRLF/LF, line breaks in quotes). */
async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let delim: string | null = null;
  let field = '';
  let rec: string[] = [];
  let inQuotes = false;
  let quoteSeen = false; // just closed a quote (a following quote is an escaped one)
  let pendingCR = false;
  let pre = '';
  for await (let text of chunks) {
    if (delim === null) {
      pre += text;
      const nl = pre.search(/[\r\n]/);
      if (nl < 0 && pre.length < 1 << 16) continue;
      delim = detectDelimiter(nl < 0 ? pre : pre.slice(0, nl));
      text = pre;
      pre = '';
    }
    const out: string[][] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const ch = text[i]!;
      if (pendingCR) {
        pendingCR = false;
        if (ch === '\n') {
          i++;
          continue;
        }
      }
      if (inQuotes) {
        if (ch === '"') {
          inQuotes = false;
          quoteSeen = true;
        } else field += ch;
        i++;
        continue;
      }
      if (ch === '"') {
        if (quoteSeen) field += '"';
        inQuotes = true;
        quoteSeen = false;
        i++;
        continue;
      }
      quoteSeen = false;
      if (ch === delim) {
        rec.push(ownString(field));
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        rec.push(ownString(field));
        out.push(rec);
        rec = [];
        field = '';
        if (ch === '\r') pendingCR = true;
      } else {
        // Fast path: copy a run of ordinary characters.
        let j = i + 1;
        while (j < n) {
          const c = text[j]!;
          if (c === '"' || c === delim || c === '\n' || c === '\r') break;
          j++;
        }
        field += text.slice(i, j);
        i = j;
        continue;
      }
      i++;
    }
    for (const r of out) yield r;
  }
  if (delim === null && pre) {
    yield* csvRecords((async function* () {
      yield pre + '\n';
    })());
    return;
  }
  if (field !== '' || rec.length > 0) {
    rec.push(ownString(field));
    yield rec;
  }
}

async function* readCsvRows(file: string): AsyncGenerator<FileRow> {
  let headers: string[] | null = null;
  let rowNumber = 0;
  for await (const rec of csvRecords(decodeChunks(file))) {
    rowNumber++;
    if (headers === null) {
      const seen = new Map<string, number>();
      headers = rec.map((h, c) => {
        let key = h.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim() || `Cột ${c + 1}`;
        const k = (seen.get(key) ?? 0) + 1;
        seen.set(key, k);
        if (k > 1) key = `${key} (${k})`;
        return key;
      });
      continue;
    }
    if (rec.every((c) => c.trim() === '')) continue;
    const values = Object.create(null) as Record<string, string>;
    headers.forEach((h, c) => (values[h] = (rec[c] ?? '').normalize('NFC')));
    yield { rowNumber, values };
  }
}
