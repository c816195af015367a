// Attachment storage (FU-01..04 of security-requirements.md): files are checked by magic bytes and
// size, stored under a server-generated key (never the user's file name) with their SHA-256, and read
// back only through an authorising route. PDFs with active content are refused (FU-07); malware
// scanning (FU-05) is in scanner.ts and both are applied by guard.ts. Local filesystem under
// DATA_DIR/uploads, or an S3-compatible store (s3.ts), chosen by configuration.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '@thidua/contracts';
import { pdfActiveContent } from './pdf-active-content.js';
import { S3FileStorage } from './s3.js';

export interface FileStorage {
  put(bytes: Buffer): Promise<{ key: string; sha256: string; size: number }>;
  get(key: string): Promise<Buffer>;
}

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    // Keys are our own UUIDs; refuse anything else so that no path can escape the root.
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new AppError('not_found');
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(bytes: Buffer) {
    const key = randomUUID();
    const p = this.pathOf(key);
    await fs.mkdir(path.dirname(p), { recursive: true });
    const tmp = `${p}.tmp`;
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, p);
    return { key, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
  }

  async get(key: string) {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch {
      throw new AppError('not_found');
    }
  }
}

/** The configured store: S3-compatible when `STORAGE_BACKEND=s3`, else the filesystem under DATA_DIR/uploads. */
export function storageFromConfig(c: { dataDir: string; s3: ConstructorParameters<typeof S3FileStorage>[0] | null }): FileStorage {
  return c.s3 ? new S3FileStorage(c.s3) : new LocalFileStorage(path.join(c.dataDir, 'uploads'));
}

/** Per file; the app-wide multipart limit is higher. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Per dossier, all files together. */
export const MAX_DOSSIER_BYTES = 100 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 2000;
const MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024;

export type AcceptedMedia = { mediaType: string; extensions: readonly string[] };
const PDF: AcceptedMedia = { mediaType: 'application/pdf', extensions: ['pdf'] };
const PNG: AcceptedMedia = { mediaType: 'image/png', extensions: ['png'] };
const JPEG: AcceptedMedia = { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
const DOCX: AcceptedMedia = { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] };

const refuse = (reason: string, extra: Record<string, unknown> = {}, message?: string) =>
  new AppError('unsupported_media_type', { reason, allowed: ['pdf', 'docx', 'jpg', 'png'], ...extra }, message);

/** Names of the entries of a ZIP file from its central directory, without unpacking anything. */
function zipEntries(b: Buffer): { name: string; uncompressed: number }[] | null {
  const min = Math.max(0, b.length - 65_557);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = b.readUInt16LE(eocd + 10);
  let off = b.readUInt32LE(eocd + 16);
  const out: { name: string; uncompressed: number }[] = [];
  for (let k = 0; k < count; k++) {
    if (off + 46 > b.length || b.readUInt32LE(off) !== 0x02014b50) return null;
    const uncompressed = b.readUInt32LE(off + 24);
    const nameLen = b.readUInt16LE(off + 28);
    const extraLen = b.readUInt16LE(off + 30);
    const commentLen = b.readUInt16LE(off + 32);
    out.push({ name: b.subarray(off + 46, off + 46 + nameLen).toString('utf8'), uncompressed });
    off += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/**
 * What the bytes are (magic bytes, not the client's content type), checked against the file name's
 * extension. PDF, DOCX (no macros, bounded entry count and uncompressed size), JPEG, PNG; anything
 * else — an executable renamed .pdf, a .docm, a zip bomb — is refused (415).
 */
export function sniffAttachment(bytes: Buffer, fileName: string): AcceptedMedia {
  const ext = (path.extname(fileName).slice(1) || '').toLowerCase();
  let kind: AcceptedMedia | undefined;
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') kind = PDF;
  else if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) kind = PNG;
  else if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) kind = JPEG;
  else if (bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    const entries = zipEntries(bytes);
    if (!entries) throw refuse('corrupt_zip');
    if (entries.length > MAX_DOCX_ENTRIES) throw refuse('too_many_entries');
    if (entries.reduce((s, e) => s + e.uncompressed, 0) > MAX_DOCX_UNCOMPRESSED) throw refuse('uncompressed_too_large');
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) throw refuse('not_docx');
    if ([...names].some((n) => /vbaProject|\.bin$/i.test(n))) throw refuse('macro_enabled');
    kind = DOCX;
  }
  if (!kind) throw refuse('unknown_content');
  if (kind === PDF) {
    const problem = pdfActiveContent(bytes);
    if (problem?.reason === 'pdf_active_content')
      throw refuse('pdf_active_content', { names: problem.names }, `Tệp PDF có nội dung chủ động (${problem.names.join(', ')}) nên không được chấp nhận. Hãy in lại ra PDF hoặc quét lại văn bản.`);
    if (problem?.reason === 'pdf_encrypted') throw refuse('pdf_encrypted', {}, 'Tệp PDF được mã hóa hoặc đặt mật khẩu nên không kiểm tra được. Hãy lưu lại bản không mã hóa.');
    if (problem) throw refuse('pdf_unreadable', {}, 'Không đọc được cấu trúc tệp PDF để kiểm tra an toàn. Hãy in lại ra PDF rồi tải lên.');
  }
  if (!kind.extensions.includes(ext)) throw refuse('extension_mismatch', { detected: kind.extensions[0] });
  return kind;
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` with CR/LF and quotes removed (FU-04). */
export function contentDisposition(fileName: string): string {
  const clean =
    fileName
      .normalize('NFC')
      .replace(/[\r\n"\\\u0000-\u001f\u007f]/g, '')
      .slice(0, 200) || 'tep';
  const ascii =
    clean
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[%;]/g, '_') || 'tep';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
