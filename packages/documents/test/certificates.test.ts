import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import QRCode from 'qrcode';
import { DocumentInputError, renderCertificatesPdf, verificationUrl } from '../src/index.js';
import { certificate, NAMES } from './fixtures.js';
import { cleanup, describeWithTools, pdfImages, pdfInfo, pdfText, readPnm, squash, tempDir, writeTemp } from './tools.js';

const BASE = 'https://thidua.hungyen.gov.vn/';
const certs = [0, 1, 2, 3, 4].map((i) => certificate(i));
// One holder given in NFD: the PDF must still carry NFC text.
certs[2] = { ...certs[2]!, holderName: certs[2]!.holderName.normalize('NFD') };

describe('verificationUrl', () => {
  it.each([
    ['https://a.vn', 'HY-1', 'https://a.vn/verify/HY-1'],
    ['https://a.vn///', 'HY-1', 'https://a.vn/verify/HY-1'],
    ['https://a.vn/portal', 'A B/ç', 'https://a.vn/portal/verify/A%20B%2F%C3%A7'],
  ])('%s + %s', (base, code, expected) => {
    expect(verificationUrl(base, code)).toBe(expected);
  });
});

describe('renderCertificatesPdf input checks', () => {
  it('rejects an empty list, a bad date and a non-http base URL', async () => {
    await expect(renderCertificatesPdf({ verifyBaseUrl: BASE, certificates: [] })).rejects.toBeInstanceOf(DocumentInputError);
    await expect(
      renderCertificatesPdf({ verifyBaseUrl: BASE, certificates: [certificate(0, { date: '2019-02-30' })] }),
    ).rejects.toThrow(/date/);
    await expect(
      renderCertificatesPdf({ verifyBaseUrl: 'javascript:alert(1)', certificates: [certificate(0)] }),
    ).rejects.toThrow(/verifyBaseUrl/);
  });

  it('sets title, language and the page size (pdf-lib read-back)', async () => {
    const buf = await renderCertificatesPdf({ verifyBaseUrl: BASE, certificates: [certificate(0)], createdAt: new Date('2019-03-05T00:00:00Z') });
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(buf, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Bằng khen – Quyết định số 123/QĐ-UBND');
    const lang = doc.catalog.get(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toMatch(/vi/);
    const [page] = doc.getPages();
    expect(Math.round(page!.getWidth())).toBe(842);
    expect(Math.round(page!.getHeight())).toBe(595);
    expect(doc.getCreationDate()?.toISOString()).toBe('2019-03-05T00:00:00.000Z');
  });
});

describeWithTools(['pdftotext', 'pdfinfo'], 'certificates PDF through poppler', () => {
  let dir: string;
  let pdf: string;
  let text: string;

  beforeAll(async () => {
    dir = await tempDir();
    const buf = await renderCertificatesPdf({ verifyBaseUrl: BASE, certificates: certs });
    pdf = await writeTemp(dir, 'certificates.pdf', buf);
    text = await pdfText(pdf);
  });
  afterAll(async () => {
    if (dir) await cleanup(dir);
  });

  it('has one A4-landscape page per certificate', async () => {
    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(certs.length);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    expect(info.Title).toBe('Bằng khen – Quyết định số 123/QĐ-UBND');
  });

  it('carries every holder name (NFC even from NFD input), code, decision reference and the fixed headings', () => {
    const t = squash(text);
    for (const c of certs) {
      expect(t).toContain(c.holderName.normalize('NFC'));
      expect(t).toContain(`Mã xác thực: ${c.verificationCode}`);
      expect(t).toContain(verificationUrl(BASE, c.verificationCode));
    }
    for (const n of NAMES) expect(t).toContain(n);
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('BẰNG KHEN');
    expect(t).toContain('Tặng');
    expect(t).toContain('Số QĐ: 123/QĐ-UBND, ngày 05/03/2019');
    expect(t).toContain('Số sổ vàng: 150');
    expect(t).toContain('Hưng Yên, ngày 05 tháng 3 năm 2019');
    expect(t).toContain('KT. CHỦ TỊCH');
    expect(t).toContain('PHÓ CHỦ TỊCH');
    expect(t).not.toMatch(/\p{M}/u); // no stray combining marks: everything drawn precomposed
  });

  it('per page: the QR image is the QR matrix of that page\'s verification URL', async (ctx) => {
    // No QR decoder is installed here, so compare module by module with the matrix qrcode computes for the
    // expected URL: it proves each page embeds the code for its own URL (not that a phone can scan it).
    if (!(await import('./tools.js')).which('pdfimages')) ctx.skip();
    for (let page = 1; page <= certs.length; page++) {
      const [img] = await pdfImages(pdf, page, dir);
      expect(img, `image on page ${page}`).toBeDefined();
      const pnm = await readPnm(img!);
      const url = verificationUrl(BASE, certs[page - 1]!.verificationCode);
      const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
      const size = qr.modules.size;
      const margin = 2;
      const scale = pnm.width / (size + 2 * margin);
      let mismatches = 0;
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          const x = Math.floor((c + margin + 0.5) * scale);
          const y = Math.floor((r + margin + 0.5) * scale);
          const dark = pnm.grey(x, y) < 128;
          if (dark !== Boolean(qr.modules.get(r, c))) mismatches++;
        }
      }
      expect(mismatches, `page ${page}`).toBe(0);
    }
  });
});
