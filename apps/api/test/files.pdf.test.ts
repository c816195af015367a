// FU-07: PDFs that can act when opened are refused; ordinary PDFs — ours, pdf-lib's with object
// streams, scans with binary image data — pass. Names are read with #xx escapes decoded and inside
// compressed object streams.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { AppError } from '@thidua/contracts';
import { renderCertificatesPdf } from '@thidua/documents';
import { pdfActiveContent } from '../src/files/pdf-active-content.js';
import { sniffAttachment } from '../src/files/storage.js';

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');
const CATALOG = '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj';

/** A PDF whose catalogue sits in a Flate-compressed object stream (as PDF 1.5+ writers do). */
function withObjectStream(objects: string): Buffer {
  const content = zlib.deflateSync(Buffer.from(`1 0 ${objects}`, 'latin1'));
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n5 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${content.length}>>stream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  ]);
}

async function pdfLibWithJavaScript(useObjectStreams: boolean) {
  const doc = await PDFDocument.create();
  doc.addPage();
  const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("x")') });
  doc.catalog.set(PDFName.of('OpenAction'), action);
  return Buffer.from(await doc.save({ useObjectStreams }));
}

const reasonOf = (bytes: Buffer) => {
  try {
    sniffAttachment(bytes, 'tep.pdf');
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return { code: (e as AppError).code, reason: (e as AppError).details.reason, message: (e as AppError).message };
  }
};

describe('PDF active content (FU-07)', () => {
  it.each([
    ['plain catalogue', pdf(CATALOG), null],
    ['OpenAction to a page only', pdf(`1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>endobj`), null],
    ['JavaScript action', pdf(`1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj`), ['JS', 'JavaScript']],
    ['name with #xx escapes', pdf(`1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53 4 0 R>>>>endobj`), ['JS', 'JavaScript']],
    ['Launch action', pdf(`1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj`), ['Launch']],
    ['embedded file', pdf(`1 0 obj<</Type/Catalog/Names<</EmbeddedFiles 3 0 R>>>>endobj 3 0 obj<</Type/EmbeddedFile>>endobj`), ['EmbeddedFile', 'EmbeddedFiles']],
    ['XFA form', pdf(`1 0 obj<</Type/Catalog/AcroForm<</XFA 3 0 R>>>>endobj`), ['XFA']],
    ['JavaScript hidden in a compressed object stream', withObjectStream('<</Type/Catalog/OpenAction<</S/JavaScript/JS(x)>>>>'), ['JS', 'JavaScript']],
    ['clean compressed object stream', withObjectStream('<</Type/Catalog/Pages 2 0 R>>'), null],
  ])('%s', (_, bytes, names) => {
    const p = pdfActiveContent(bytes);
    if (names === null) expect(p).toBeNull();
    else expect(p).toEqual({ reason: 'pdf_active_content', names });
  });

  it('binary stream data that happens to spell "/JS" is not read as a name', () => {
    const image = Buffer.concat([Buffer.alloc(100, 0xab), Buffer.from('/JS /JavaScript ', 'latin1'), Buffer.alloc(100, 0xcd)]);
    const bytes = Buffer.concat([
      Buffer.from(`%PDF-1.4\n${CATALOG}\n3 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/Filter/DCTDecode/Length ${image.length}>>stream\n`, 'latin1'),
      image,
      Buffer.from('\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'),
    ]);
    expect(pdfActiveContent(bytes)).toBeNull();
  });

  it('an encrypted PDF cannot be inspected and is refused', () => {
    expect(pdfActiveContent(pdf(`${CATALOG}\n9 0 obj<</Filter/Standard/V 2/R 3/O(x)/U(y)/P -4>>endobj\ntrailer<</Root 1 0 R/Encrypt 9 0 R>>`))).toEqual({ reason: 'pdf_encrypted' });
  });

  it('a corrupt object stream is refused, not waved through', () => {
    const bytes = Buffer.from('%PDF-1.7\n5 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length 8>>stream\nnotflate\nendstream\nendobj\n%%EOF\n', 'latin1');
    expect(pdfActiveContent(bytes)).toEqual({ reason: 'pdf_unreadable' });
  });

  it("pdf-lib's output with a JavaScript OpenAction is caught with and without object streams", async () => {
    for (const useObjectStreams of [true, false]) {
      const bytes = await pdfLibWithJavaScript(useObjectStreams);
      expect(pdfActiveContent(bytes), `useObjectStreams=${useObjectStreams}`).toEqual({ reason: 'pdf_active_content', names: ['JS', 'JavaScript'] });
    }
  });

  it("thidua's own certificates (pdf-lib, embedded fonts, QR image) pass", async () => {
    const bytes = Buffer.from(
      await renderCertificatesPdf({
        verifyBaseUrl: 'https://thidua.example.vn/',
        certificates: [
          {
            issuerTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
            honorific: 'Bà',
            holderName: 'Nguyễn Thị Hòa',
            position: 'Chuyên viên',
            organisation: 'Sở Nội vụ tỉnh Hưng Yên',
            achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025',
            place: 'Hưng Yên',
            date: '2026-03-05',
            signerAuthority: 'KT. CHỦ TỊCH',
            signerTitle: 'PHÓ CHỦ TỊCH',
            signerName: 'Phạm Văn Bình',
            decisionNumber: '12/QĐ-UBND',
            decisionDate: '2026-03-05',
            registryNumber: '1',
            verificationCode: 'HY-2026-0001-AB',
          },
        ],
      }),
    );
    expect(pdfActiveContent(bytes)).toBeNull();
    expect(sniffAttachment(bytes, 'bang-khen.pdf').mediaType).toBe('application/pdf');
  });

  it('the upload check refuses with 415, a reason code and a Vietnamese message', async () => {
    expect(reasonOf(await pdfLibWithJavaScript(true))).toMatchObject({ code: 'unsupported_media_type', reason: 'pdf_active_content', message: expect.stringMatching(/nội dung chủ động/) });
    expect(reasonOf(pdf(`${CATALOG}\ntrailer<</Encrypt 9 0 R>>`))).toMatchObject({ reason: 'pdf_encrypted', message: expect.stringMatching(/mã hóa/) });
    expect(reasonOf(pdf(CATALOG))).toBeNull();
  });
});
