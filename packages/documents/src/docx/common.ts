// Building blocks for administrative documents in the Decree 30/2020/NĐ-CP format (Appendix I):
// A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm (inside the 20–25 / 30–35 / 15–20 mm
// ranges), Times New Roman, page numbers centred at the top from page 2 on.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type FileChild,
  type IBordersOptions,
  type ITableBordersOptions,
  type ParagraphChild,
} from 'docx';
import { cleanLine, cleanText, formatPlaceDateVi, type IsoDate } from '../text.js';

export const FONT = 'Times New Roman';

/** Page geometry in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  margin: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
} as const;
export const TEXT_WIDTH_MM = PAGE.width - PAGE.margin.left - PAGE.margin.right; // 165 mm

/** Font sizes in points (Decree 30 Appendix I, the values used here). */
export const SIZE = {
  body: 14,
  nationalTitle: 13, // Quốc hiệu: 12–13, bold caps
  motto: 14, // Tiêu ngữ: 13–14, bold
  agency: 13, // cơ quan chủ quản / ban hành: 12–13
  number: 13,
  placeDate: 14, // 13–14 italic
  docType: 14, // tên loại: 13–14 bold caps
  summary: 14, // trích yếu: 14 bold
  signer: 14, // chức vụ, họ tên người ký: 13–14 bold
  recipientsLabel: 12, // "Nơi nhận:" 12 bold italic
  recipients: 11, // items 11
  table: 13,
  pageNumber: 14,
} as const;

const hp = (pt: number): number => Math.round(pt * 2); // docx sizes are half-points
export const mm = (v: number): number => convertMillimetersToTwip(v);
const pt = (v: number): number => Math.round(v * 20); // twips

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number; // points
  allCaps?: boolean;
}

/** Text runs for a string; "\n" becomes a line break. Text is NFC-normalised and cleaned. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const lines = cleanText(text).split(/\r\n|\r|\n/);
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: style.bold,
        italics: style.italics,
        size: style.size !== undefined ? hp(style.size) : undefined,
        allCaps: style.allCaps,
      }),
  );
}

export interface ParaOptions extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  firstLine?: boolean; // 1.27 cm first-line indent
  before?: number; // points
  after?: number; // points
  line?: number; // multiple of single spacing
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  indentLeftMm?: number;
  indentRightMm?: number;
  border?: IBordersOptions;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function para(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? runs(content, o) : content;
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'left'],
    spacing: {
      before: pt(o.before ?? 0),
      after: pt(o.after ?? 0),
      line: Math.round((o.line ?? 1) * 240),
      lineRule: LineRuleType.AUTO,
    },
    indent:
      o.firstLine || o.indentLeftMm || o.indentRightMm
        ? {
            firstLine: o.firstLine ? mm(12.7) : undefined,
            left: o.indentLeftMm ? mm(o.indentLeftMm) : undefined,
            right: o.indentRightMm ? mm(o.indentRightMm) : undefined,
          }
        : undefined,
    keepNext: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
    border: o.border,
    run: o.size !== undefined ? { size: hp(o.size) } : undefined,
  });
}

/** Body paragraph: justified, 1.27 cm first-line indent, 6 pt before (Decree 30: ≥ 6 pt, single–1.5 lines). */
export function body(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  return para(content, { align: 'justify', firstLine: true, before: 6, line: 1.1, size: SIZE.body, ...o });
}

/** "Điều 1. text" with the article label bold. */
export function article(n: number, text: string): Paragraph {
  return body([...runs(`Điều ${n}. `, { bold: true, size: SIZE.body }), ...runs(text, { size: SIZE.body })]);
}

/** A centred horizontal rule of the given length, drawn as the bottom border of an empty tiny paragraph. */
export function rule(lengthMm: number, containerMm: number, o: { before?: number; after?: number } = {}): Paragraph {
  const side = Math.max(0, (containerMm - lengthMm) / 2);
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    run: { size: 2 },
    spacing: { before: pt(o.before ?? 0), after: pt(o.after ?? 0), line: 40, lineRule: LineRuleType.EXACT },
    indent: { left: mm(side), right: mm(side) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const GRID_BORDERS: ITableBordersOptions = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** A borderless layout table (header, signatures). Widths in mm; cell padding 0. */
export function layoutTable(widthsMm: number[], rows: Paragraph[][][], o: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: o.cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: mm(widthsMm[i] ?? 0), type: WidthType.DXA },
                borders: CELL_NO_BORDERS,
                children: children.length ? children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// Header: agency (left) and national title (right), Decree 30 positions 1–4.

export interface DocHeaderInput {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH HƯNG YÊN". Optional: a provincial People's Committee has none. */
  governingBody?: string;
  /** Cơ quan ban hành, e.g. "SỞ NỘI VỤ" or "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN" ("\n" breaks the line). */
  issuingBody: string;
  /** "123/QĐ-UBND" → printed as "Số: 123/QĐ-UBND". A blank number prints "Số:      /QĐ-UBND" style placeholders as given. */
  number?: string;
  place: string;
  date: IsoDate;
  /** Overrides the place/date line (blank templates: "……, ngày … tháng … năm …"). */
  placeDateText?: string;
}

const HEADER_LEFT_MM = 62;
const HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM; // 103 mm: fits the 13 pt national title (≈95 mm)
// Measured with Tinos Bold (metric-compatible with Times New Roman Bold): "Độc lập - Tự do - Hạnh phúc" at 14 pt.
const MOTTO_WIDTH_MM = 60.4;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function docHeader(h: DocHeaderInput): Table {
  const left: Paragraph[] = [];
  if (h.governingBody && cleanLine(h.governingBody)) {
    left.push(para(cleanText(h.governingBody).toLocaleUpperCase('vi'), { align: 'center', size: SIZE.agency }));
  }
  left.push(para(cleanText(h.issuingBody).toLocaleUpperCase('vi'), { align: 'center', size: SIZE.agency, bold: true }));
  left.push(rule(22, HEADER_LEFT_MM, { before: 1 }));

  const right: Paragraph[] = [
    para(NATIONAL_TITLE, { align: 'center', size: SIZE.nationalTitle, bold: true }),
    para(MOTTO, { align: 'center', size: SIZE.motto, bold: true }),
    rule(MOTTO_WIDTH_MM, HEADER_RIGHT_MM, { before: 1 }),
  ];

  const numberCell = h.number !== undefined
    ? [para(`Số: ${cleanLine(h.number)}`, { align: 'center', size: SIZE.number, before: 6 })]
    : [];
  const dateCell = [
    para(h.placeDateText ?? formatPlaceDateVi(cleanLine(h.place), h.date), { align: 'center', size: SIZE.placeDate, italics: true, before: 6 }),
  ];
  return layoutTable([HEADER_LEFT_MM, HEADER_RIGHT_MM], [
    [left, right],
    [numberCell, dateCell],
  ]);
}

/** Document type and summary (position 5a): "QUYẾT ĐỊNH" / "Về việc …", with the short rule below. */
export function titleBlock(docType: string, summary?: string | string[]): Paragraph[] {
  const out = [para(docType.toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.docType, before: 18 })];
  const lines = summary === undefined ? [] : Array.isArray(summary) ? summary : [summary];
  for (const line of lines) {
    if (cleanLine(line)) out.push(para(line, { align: 'center', bold: true, size: SIZE.summary }));
  }
  out.push(rule(40, TEXT_WIDTH_MM, { before: 2, after: 10 }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Signature and recipients (positions 7 and 9).

export interface SignerInput {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", or both as an array / "\n"-separated string. */
  authority?: string | string[];
  /** "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "GIÁM ĐỐC". */
  title: string;
  name: string;
  /** Text under the title, e.g. "(Ký, đóng dấu)" for templates. */
  note?: string;
}

function lines(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr.flatMap((s) => cleanText(s).split(/\r\n|\r|\n/)).map((s) => s.trim()).filter(Boolean);
}

export function signerBlock(s: SignerInput): Paragraph[] {
  const out: Paragraph[] = [];
  for (const l of lines(s.authority)) out.push(para(l.toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.signer }));
  out.push(para(cleanText(s.title).toLocaleUpperCase('vi'), { align: 'center', bold: true, size: SIZE.signer }));
  if (s.note) out.push(para(s.note, { align: 'center', italics: true, size: SIZE.table }));
  // Room for signature and seal (~30 mm).
  out.push(para(cleanLine(s.name), { align: 'center', bold: true, size: SIZE.signer, before: 80 }));
  return out;
}

/** Recipients: "Nơi nhận:" bold italic 12 pt, items 11 pt, each "- …;" and the last "- …." */
export function recipientsBlock(recipients: string[]): Paragraph[] {
  const items = recipients.map(cleanLine).filter(Boolean);
  if (items.length === 0) return [];
  const out = [para('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })];
  items.forEach((item, i) => {
    const text = item.replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, '');
    out.push(para(`- ${text}${i === items.length - 1 ? '.' : ';'}`, { size: SIZE.recipients }));
  });
  return out;
}

export function closingBlock(recipients: string[], signer: SignerInput): Table {
  return layoutTable([TEXT_WIDTH_MM - 90, 90], [[recipientsBlock(recipients), signerBlock(signer)]], { cantSplit: true });
}

/** A row of signatures (minutes: secretary, chair …) spread over the text width. */
export function signatureRow(signers: SignerInput[]): Table {
  const n = Math.max(1, signers.length);
  const w = TEXT_WIDTH_MM / n;
  return layoutTable(Array(n).fill(w), [signers.map(signerBlock)], { cantSplit: true });
}

// ---------------------------------------------------------------------------------------------
// Grid tables (annex lists, vote results).

export interface GridColumn {
  header: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

export type GridRow = { cells: string[]; bold?: boolean } | { section: string };

export function gridTable(columns: GridColumn[], rows: GridRow[], o: { size?: number; minRowHeightMm?: number } = {}): Table {
  const size = o.size ?? SIZE.table;
  const cell = (text: string, c: GridColumn | undefined, style: RunStyle, span?: number) =>
    new TableCell({
      width: { size: mm(c?.widthMm ?? 0), type: WidthType.DXA },
      columnSpan: span,
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: pt(2), bottom: pt(2), left: mm(1.5), right: mm(1.5) },
      children: [para(text, { align: c?.align ?? 'left', size, ...style })],
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: mm(8), rule: HeightRule.ATLEAST },
    children: columns.map((c) => cell(c.header, { ...c, align: 'center' }, { bold: true })),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        height: o.minRowHeightMm ? { value: mm(o.minRowHeightMm), rule: HeightRule.ATLEAST } : undefined,
        children:
          'section' in r
            ? [
                new TableCell({
                  columnSpan: columns.length,
                  margins: { top: pt(2), bottom: pt(2), left: mm(1.5), right: mm(1.5) },
                  children: [para(r.section, { bold: true, size })],
                }),
              ]
            : columns.map((c, i) => cell(r.cells[i] ?? '', c, { bold: r.bold })),
      }),
  );
  return new Table({
    width: { size: mm(columns.reduce((a, c) => a + c.widthMm, 0)), type: WidthType.DXA },
    columnWidths: columns.map((c) => mm(c.widthMm)),
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: [headerRow, ...body],
  });
}

/** Scales column widths (relative weights) to the text width. */
export function fitColumns(weights: number[], totalMm = TEXT_WIDTH_MM): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * totalMm);
}

// ---------------------------------------------------------------------------------------------
// Document assembly.

export interface DocMeta {
  title: string;
  subject?: string;
  creator?: string;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(SIZE.pageNumber) })],
      }),
    ],
  });
}

/** Packs one or more sections (each starts a new page) into a .docx Buffer. */
export async function packDocument(meta: DocMeta, sections: FileChild[][]): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator ?? 'thidua',
    title: cleanLine(meta.title),
    subject: meta.subject ? cleanLine(meta.subject) : undefined,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: hp(SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: sections.map((children) => ({
      properties: {
        page: {
          size: { width: mm(PAGE.width), height: mm(PAGE.height), orientation: PageOrientation.PORTRAIT },
          margin: {
            top: mm(PAGE.margin.top),
            bottom: mm(PAGE.margin.bottom),
            left: mm(PAGE.margin.left),
            right: mm(PAGE.margin.right),
            header: mm(PAGE.margin.header),
            footer: mm(PAGE.margin.footer),
          },
          // Decree 30: an annex is numbered on its own, so every section restarts at 1.
          pageNumbers: { start: 1 },
        },
        // Decree 30: page numbers from page 2 on, none on a section's first page.
        titlePage: true,
      },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      children,
    })),
  });
  return Packer.toBuffer(doc);
}
