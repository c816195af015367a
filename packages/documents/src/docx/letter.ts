// Submission / proposal letter (tờ trình đề nghị khen thưởng; Circular 20/2025/TT-BNV form 1.1 is the
// model, LAW.md §6.1) and other short administrative letters in the Decree 30/2020 layout.
import type { FileChild } from 'docx';
import { body, closingBlock, docHeader, packDocument, para, SIZE, titleBlock } from './common.js';
import { awardeeTable, type Awardee } from './decision.js';
import { DocumentInputError, cleanLine, parseIsoDate, requireText, withClosingMark, type IsoDate } from '../text.js';

export interface LetterDocInput {
  governingBody?: string;
  issuingBody: string;
  /** "45/TTr-SNV". */
  number?: string;
  place: string;
  date: IsoDate;
  /** Default "TỜ TRÌNH". */
  docType?: string;
  /** "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  summary: string;
  /** "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"; several → a list under "Kính gửi:". */
  addressees: string[];
  legalBases?: string[];
  /** Body paragraphs. */
  paragraphs: string[];
  /** Optional list of proposed awardees, printed as a table after the body. */
  awardees?: Awardee[];
  /** Last paragraph; default "Kính đề nghị {first addressee} xem xét, quyết định". Gets "./.". */
  closing?: string;
  recipients: string[];
  signerAuthority?: string | string[];
  signerTitle: string;
  signerName: string;
}

export async function renderLetterDocx(input: LetterDocInput): Promise<Buffer> {
  parseIsoDate(input.date, 'date');
  requireText(input.issuingBody, 'issuingBody');
  const summary = requireText(input.summary, 'summary');
  const docType = cleanLine(input.docType) || 'TỜ TRÌNH';
  const addressees = input.addressees.map(cleanLine).filter(Boolean);
  if (addressees.length === 0) throw new DocumentInputError('addressees must not be empty', 'addressees');

  const out: FileChild[] = [
    docHeader({ governingBody: input.governingBody, issuingBody: input.issuingBody, number: input.number, place: input.place, date: input.date }),
    ...titleBlock(docType, summary),
  ];
  if (addressees.length === 1) {
    out.push(para(`Kính gửi: ${addressees[0]!.replace(/[.;]+$/, '')}.`, { align: 'center', size: SIZE.body, after: 6 }));
  } else {
    out.push(para('Kính gửi:', { align: 'center', size: SIZE.body }));
    addressees.forEach((a, i) =>
      out.push(para(`- ${a.replace(/[.;]+$/, '')}${i === addressees.length - 1 ? '.' : ';'}`, { size: SIZE.body, indentLeftMm: 60 })),
    );
    out.push(para('', { after: 6 }));
  }
  const bases = (input.legalBases ?? []).map(cleanLine).filter(Boolean);
  bases.forEach((b) => {
    out.push(body(`${(/^căn cứ(\s|$)/iu.test(b) ? b : `Căn cứ ${b}`).replace(/[;.,]+$/, '')};`, { italics: true }));
  });
  input.paragraphs.map(cleanLine).filter(Boolean).forEach((p) => out.push(body(p)));
  if (input.awardees?.length) out.push(para('', { before: 6 }), awardeeTable(input.awardees));
  const closing = cleanLine(input.closing) || `Kính đề nghị ${addressees[0]} xem xét, quyết định`;
  out.push(body(withClosingMark(closing), { before: input.awardees?.length ? 12 : 6 }));
  out.push(
    para('', { before: 12 }),
    closingBlock(input.recipients, { authority: input.signerAuthority, title: input.signerTitle, name: input.signerName }),
  );
  return packDocument({ title: `${docType} ${cleanLine(input.number)}`.trim(), subject: summary }, [out]);
}
