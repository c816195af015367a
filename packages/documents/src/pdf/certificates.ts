// Certificates (Bằng khen / Giấy khen) as one merged PDF, one A4-landscape page each. There is no official
// layout to copy (LAW.md §6.2); this follows the usual one: national title and motto, the awarding authority,
// the big title, "Tặng" and the holder, the achievement, place/date and signer, and the decision reference.
// Each page carries its verification code and a QR code for `{verifyBaseUrl}/verify/{code}`.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import QRCode from 'qrcode';
import { loadSerifFonts, type FontSet, type FontStyle } from './fonts.js';
import { DocumentInputError, cleanLine, formatDateVi, formatPlaceDateVi, parseIsoDate, requireText, type IsoDate } from '../text.js';

export interface CertificateInput {
  /** "BẰNG KHEN" (default) or "GIẤY KHEN". */
  title?: string;
  /** The awarding authority line(s): "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN". */
  issuerTitle: string;
  /** "Ông" / "Bà", printed before the name. */
  honorific?: string;
  holderName: string;
  position?: string;
  organisation?: string;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua năm 2018". */
  achievement: string;
  place: string;
  date: IsoDate;
  /** "KT. CHỦ TỊCH" (array or "\n" for several lines). */
  signerAuthority?: string | string[];
  /** "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  decisionNumber: string;
  decisionDate: IsoDate;
  /** Golden-book / register number ("Số sổ vàng"). */
  registryNumber?: string;
  /** Label for `registryNumber`; default "Số sổ vàng". */
  registryLabel?: string;
  /** Public verification code, printed and encoded in the QR code. */
  verificationCode: string;
}

export interface CertificatesPdfInput {
  certificates: CertificateInput[];
  /** "https://thidua.hungyen.gov.vn" → QR encodes "https://thidua.hungyen.gov.vn/verify/{code}". */
  verifyBaseUrl: string;
  /** PDF metadata title; default "Bằng khen – Quyết định số …". */
  documentTitle?: string;
  /** PDF creation/modification date (for reproducible output); default now. */
  createdAt?: Date;
  /** Override the font files (otherwise Tinos / Noto Serif from the system). */
  fonts?: FontSet;
}

const PAGE_W = 841.89; // A4 landscape, points
const PAGE_H = 595.28;
const RED: RGB = rgb(0.7, 0.07, 0.07);
const GOLD: RGB = rgb(0.72, 0.55, 0.13);
const BLACK: RGB = rgb(0, 0, 0);
const CONTENT_W = 700;

/** `{base}/verify/{code}` with the code URL-encoded and the base's trailing slashes dropped. */
export function verificationUrl(verifyBaseUrl: string, code: string): string {
  return `${verifyBaseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(code)}`;
}

type Fonts = Record<FontStyle, PDFFont>;

/** Greedy word wrap with the real glyph widths; words wider than the line are broken by characters. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      let rest = word;
      while (width(rest) > maxWidth) {
        const chars = Array.from(rest);
        let n = chars.length - 1;
        while (n > 1 && width(chars.slice(0, n).join('')) > maxWidth) n--;
        out.push(chars.slice(0, n).join(''));
        rest = chars.slice(n).join('');
      }
      line = rest;
    }
    if (line) out.push(line);
  }
  return out;
}

/** Largest size ≤ `size` (down to `min`) at which the text fits in `maxLines` lines. */
function fit(text: string, font: PDFFont, size: number, min: number, maxWidth: number, maxLines: number) {
  let s = size;
  let lines = wrapText(text, font, s, maxWidth);
  while (lines.length > maxLines && s > min) {
    s -= 0.5;
    lines = wrapText(text, font, s, maxWidth);
  }
  return { size: s, lines };
}

function centered(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color: RGB = BLACK, cx = PAGE_W / 2) {
  const w = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: cx - w / 2, y, size, font, color });
  return w;
}

function splitLines(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/\r\n|\r|\n/)).map(cleanLine).filter(Boolean);
}

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  y: number;
}

/**
 * Lays out the centred block (issuer … achievement) from the top at a given scale; returns the lines and
 * the baseline of the last one. The caller shrinks the scale until the block clears the signature area.
 */
function layoutMain(fonts: Fonts, c: CertificateInput, k: number): { lines: Line[]; bottom: number } {
  const lines: Line[] = [];
  let y = PAGE_H - 64 - 18 - 36; // below the national title and motto
  const add = (text: string, font: PDFFont, size: number, color: RGB = BLACK) => lines.push({ text, font, size, color, y });

  const issuer = fit(cleanLine(c.issuerTitle).toLocaleUpperCase('vi'), fonts.bold, 16 * k, 11, CONTENT_W, 2);
  for (const l of issuer.lines) {
    add(l, fonts.bold, issuer.size);
    y -= issuer.size * 1.25;
  }
  y -= 42 * k;
  const title = (cleanLine(c.title) || 'BẰNG KHEN').toLocaleUpperCase('vi');
  const titleFit = fit(title, fonts.bold, 46 * k, 24, CONTENT_W, 1);
  add(titleFit.lines[0] ?? '', fonts.bold, titleFit.size, RED);
  y -= 40 * k;
  add('Tặng', fonts.boldItalic, 18 * k);
  y -= 40 * k;
  const name = [cleanLine(c.honorific), cleanLine(c.holderName)].filter(Boolean).join(' ');
  const nameFit = fit(name, fonts.bold, 30 * k, 16, CONTENT_W, 2);
  for (const l of nameFit.lines) {
    add(l, fonts.bold, nameFit.size, RED);
    y -= nameFit.size * 1.2;
  }
  const where = [cleanLine(c.position), cleanLine(c.organisation)].filter(Boolean).join(', ');
  if (where) {
    y -= 2;
    const w = fit(where, fonts.regular, 17 * k, 11, CONTENT_W, 2);
    for (const l of w.lines) {
      add(l, fonts.regular, w.size);
      y -= w.size * 1.3;
    }
  }
  y -= 8 * k;
  const ach = fit(cleanLine(c.achievement), fonts.italic, 17 * k, 10, CONTENT_W, 4);
  for (const l of ach.lines) {
    add(l, fonts.italic, ach.size);
    y -= ach.size * 1.3;
  }
  const last = lines[lines.length - 1];
  return { lines, bottom: last ? last.y - last.size * 0.3 : y };
}

async function drawCertificate(doc: PDFDocument, fonts: Fonts, c: CertificateInput, verifyBaseUrl: string) {
  const page = doc.addPage([PAGE_W, PAGE_H]);

  // Frame: a heavy red border and a thin gold one inside it.
  page.drawRectangle({ x: 18, y: 18, width: PAGE_W - 36, height: PAGE_H - 36, borderColor: RED, borderWidth: 3 });
  page.drawRectangle({ x: 26, y: 26, width: PAGE_W - 52, height: PAGE_H - 52, borderColor: GOLD, borderWidth: 1 });

  let y = PAGE_H - 64;
  centered(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', y, fonts.bold, 14);
  y -= 18;
  const mw = centered(page, 'Độc lập - Tự do - Hạnh phúc', y, fonts.bold, 14);
  page.drawLine({ start: { x: PAGE_W / 2 - mw / 2, y: y - 4 }, end: { x: PAGE_W / 2 + mw / 2, y: y - 4 }, thickness: 0.8, color: BLACK });

  // Bottom right, from the bottom up: signer name, room for signature and seal, titles, place and date.
  const rx = PAGE_W - 210;
  const nameY = 52;
  const titles = [...splitLines(c.signerAuthority), cleanLine(c.signerTitle)].filter(Boolean);
  const titlesTop = nameY + 62 + (titles.length - 1) * 17;
  const dateY = titlesTop + 20;
  const limit = dateY + 14 + 6; // the centred block must end above this

  let main = layoutMain(fonts, c, 1);
  for (let k = 0.95; main.bottom < limit && k >= 0.6; k -= 0.05) main = layoutMain(fonts, c, k);
  for (const l of main.lines) centered(page, l.text, l.y, l.font, l.size, l.color);

  centered(page, formatPlaceDateVi(cleanLine(c.place), c.date), dateY, fonts.italic, 14, BLACK, rx);
  titles.forEach((t, i) => centered(page, t.toLocaleUpperCase('vi'), titlesTop - i * 17, fonts.bold, 14, BLACK, rx));
  centered(page, cleanLine(c.signerName), nameY, fonts.bold, 16, BLACK, rx);

  // Bottom left: QR, code and references.
  const code = cleanLine(c.verificationCode);
  const url = verificationUrl(verifyBaseUrl, code);
  const png = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
  const qr = await doc.embedPng(png);
  const qrSize = 84;
  const qx = 46;
  const qy = 44;
  page.drawImage(qr, { x: qx, y: qy, width: qrSize, height: qrSize });

  const tx = qx + qrSize + 10;
  const refs = [
    `Số QĐ: ${cleanLine(c.decisionNumber)}, ngày ${formatDateVi(c.decisionDate)}`,
    ...(cleanLine(c.registryNumber) ? [`${cleanLine(c.registryLabel) || 'Số sổ vàng'}: ${cleanLine(c.registryNumber)}`] : []),
    `Mã xác thực: ${code}`,
  ];
  let ly = qy + qrSize - 12;
  for (const r of refs) {
    page.drawText(r, { x: tx, y: ly, size: 11, font: fonts.regular, color: BLACK });
    ly -= 15;
  }
  for (const l of wrapText(url, fonts.regular, 8, 230).slice(0, 2)) {
    page.drawText(l, { x: tx, y: ly, size: 8, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) });
    ly -= 10;
  }
}

function validate(c: CertificateInput, i: number): void {
  const f = (name: string) => `certificates[${i}].${name}`;
  requireText(c.issuerTitle, f('issuerTitle'));
  requireText(c.holderName, f('holderName'));
  requireText(c.signerTitle, f('signerTitle'));
  requireText(c.signerName, f('signerName'));
  requireText(c.decisionNumber, f('decisionNumber'));
  requireText(c.verificationCode, f('verificationCode'));
  parseIsoDate(c.date, f('date'));
  parseIsoDate(c.decisionDate, f('decisionDate'));
}

/** Renders the certificates as one PDF (A4 landscape, one page per certificate). */
export async function renderCertificatesPdf(input: CertificatesPdfInput): Promise<Buffer> {
  if (input.certificates.length === 0) throw new DocumentInputError('certificates must not be empty', 'certificates');
  if (!/^https?:\/\//i.test(input.verifyBaseUrl)) {
    throw new DocumentInputError('verifyBaseUrl must be an http(s) URL', 'verifyBaseUrl');
  }
  input.certificates.forEach(validate);

  const bytes = input.fonts ?? (await loadSerifFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regular, bold, italic, boldItalic] = await Promise.all(
    (['regular', 'bold', 'italic', 'boldItalic'] as const).map((s) => doc.embedFont(bytes[s], { subset: true })),
  );
  const fonts: Fonts = { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };

  for (const c of input.certificates) await drawCertificate(doc, fonts, c, input.verifyBaseUrl);

  const first = input.certificates[0]!;
  const kind = cleanLine(first.title) || 'Bằng khen';
  const title =
    cleanLine(input.documentTitle) ||
    `${kind.charAt(0) + kind.slice(1).toLocaleLowerCase('vi')} – Quyết định số ${cleanLine(first.decisionNumber)}`;
  const when = input.createdAt ?? new Date();
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage('vi');
  doc.setSubject(`${input.certificates.length} ${kind.toLocaleLowerCase('vi')}`);
  doc.setCreator('thidua');
  doc.setProducer('thidua (pdf-lib)');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return Buffer.from(await doc.save());
}
