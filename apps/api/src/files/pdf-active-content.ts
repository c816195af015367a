// FU-07 of security-requirements.md: a PDF that can act when opened — JavaScript, launching a program,
// embedded files, rich media, XFA forms, form submission — is refused. Names are read with their
// `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`) in the file's bytes and inside compressed
// object streams (PDF 1.5+ hides dictionaries there). An encrypted PDF cannot be inspected and is
// refused too. `/OpenAction` alone is allowed: it usually only sets the first page and zoom; an
// OpenAction that runs JavaScript is caught by its `/JavaScript`/`/JS` name.
import zlib from 'node:zlib';

const ACTIVE = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'SubmitForm', 'ImportData', 'GoToE']);
const MAX_INFLATED_PER_STREAM = 16 * 1024 * 1024;
const MAX_INFLATED_TOTAL = 64 * 1024 * 1024;

export type PdfProblem = { reason: 'pdf_active_content'; names: string[] } | { reason: 'pdf_encrypted' } | { reason: 'pdf_unreadable' };

const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The PDF names (`/Name`) in a chunk of PDF syntax, decoded. Delimiters end a name (ISO 32000 7.3.5). */
function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) out.add(decodeName(m[1]!));
  return out;
}

/** Returns the first problem found, or null for a PDF without active content. */
export function pdfActiveContent(bytes: Buffer): PdfProblem | null {
  const text = bytes.toString('latin1');
  const found = new Set<string>();
  const scan = (chunk: string) => {
    const n = names(chunk);
    for (const x of n) if (ACTIVE.has(x)) found.add(x);
    return n;
  };
  let encrypted = false;
  let budget = MAX_INFLATED_TOTAL;
  // Object syntax is read outside stream data only: the bytes of an image or a page's drawing could
  // spell "/JS" by chance. Object streams (`/Type /ObjStm`) hold dictionaries and are read inflated.
  const streamRe = /stream\r?\n/g;
  let outsideFrom = 0;
  for (let m = streamRe.exec(text); m; m = streamRe.exec(text)) {
    if (text.slice(m.index - 3, m.index) === 'end') continue; // "endstream\n"
    const start = m.index + m[0].length;
    const objAt = text.lastIndexOf('obj', m.index);
    const dictText = objAt >= 0 && m.index - objAt <= 8192 ? text.slice(objAt, m.index) : '';
    const before = scan(text.slice(outsideFrom, m.index));
    if (before.has('Encrypt')) encrypted = true;
    const dict = names(dictText);
    const len = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictText);
    let end = len ? start + Number(len[1]) : -1;
    if (end < 0 || end > bytes.length || !/^\s*endstream/.test(text.slice(end, end + 12))) end = text.indexOf('endstream', start);
    if (end < 0) return { reason: 'pdf_unreadable' };
    outsideFrom = end;
    streamRe.lastIndex = end;
    if (!dict.has('ObjStm')) continue;
    let content: Buffer;
    if (!dict.has('Filter')) content = bytes.subarray(start, end);
    else if (dict.has('FlateDecode')) {
      try {
        content = zlib.inflateSync(bytes.subarray(start, end), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, Math.min(MAX_INFLATED_PER_STREAM, budget)) });
      } catch {
        return { reason: 'pdf_unreadable' };
      }
    } else return { reason: 'pdf_unreadable' }; // an object stream in a filter we do not read could hide anything
    budget -= content.length;
    if (budget <= 0) return { reason: 'pdf_unreadable' };
    scan(content.toString('latin1'));
  }
  if (scan(text.slice(outsideFrom)).has('Encrypt')) encrypted = true;
  if (encrypted) return { reason: 'pdf_encrypted' };
  return found.size ? { reason: 'pdf_active_content', names: [...found].sort() } : null;
}
