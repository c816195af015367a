// Blank achievement-report templates (báo cáo thành tích). LAW.md §6.1: the current forms are Circular
// 20/2025/TT-BNV Appendix I, forms 1.2 (collective) and 1.3 (individual); their exact headings are marked
// UNCERTAIN there. The headings below follow the long-standing national forms (Decree 91/2017 Mẫu 01/02,
// reused by sector circulars): I. profile, II. achievements, III. awards already received, then the
// certifications. Check them against the circular before relying on them.
import type { FileChild } from 'docx';
import { body, docHeader, fitColumns, gridTable, packDocument, para, signatureRow, SIZE, type GridRow } from './common.js';
import { cleanLine } from '../text.js';

const DOTS = '……………………………………………';

export interface AchievementReportTemplateOptions {
  /** Pre-fills "ĐỀ NGHỊ TẶNG …", e.g. "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  awardName?: string;
  /** Number of blank rows in each award-history table (default 4). */
  blankRows?: number;
}

function heading(text: string): FileChild {
  return para(text, { bold: true, size: SIZE.body, before: 8 });
}
function line(label: string): FileChild {
  return body(`${label}: ${DOTS}`);
}
function sub(label: string): FileChild {
  return body(label);
}

function historyTables(blankRows: number): FileChild[] {
  const widths = fitColumns([14, 46, 70]);
  const blank: GridRow[] = Array.from({ length: blankRows }, () => ({ cells: ['', '', ''] }));
  const table = (second: string, third: string) =>
    gridTable(
      [
        { header: 'Năm', widthMm: widths[0]!, align: 'center' },
        { header: second, widthMm: widths[1]! },
        { header: third, widthMm: widths[2]! },
      ],
      blank,
      { minRowHeightMm: 8 },
    );
  return [
    sub('1. Danh hiệu thi đua:'),
    table('Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'),
    sub('2. Hình thức khen thưởng:'),
    table('Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định'),
  ];
}

/** A blank achievement-report form to fill in, as .docx. */
export async function renderAchievementReportTemplateDocx(
  kind: 'individual' | 'collective',
  options: AchievementReportTemplateOptions = {},
): Promise<Buffer> {
  const award = cleanLine(options.awardName) || DOTS;
  const blankRows = options.blankRows ?? 4;
  const out: FileChild[] = [
    docHeader({
      governingBody: 'TÊN CƠ QUAN, ĐƠN VỊ CẤP TRÊN',
      issuingBody: kind === 'collective' ? 'TÊN TẬP THỂ ĐỀ NGHỊ' : 'TÊN CƠ QUAN, ĐƠN VỊ',
      place: '',
      date: '2000-01-01',
      placeDateText: '……, ngày … tháng … năm …',
    }),
    para('BÁO CÁO THÀNH TÍCH', { align: 'center', bold: true, size: SIZE.docType, before: 18 }),
    para(`ĐỀ NGHỊ TẶNG ${kind === 'individual' ? '(TRUY TẶNG) ' : ''}${award.toLocaleUpperCase('vi')}`, {
      align: 'center',
      bold: true,
      size: SIZE.summary,
    }),
  ];

  if (kind === 'individual') {
    out.push(
      heading('I. SƠ LƯỢC LÝ LỊCH'),
      line('- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt)'),
      body(`- Sinh ngày, tháng, năm: ……………………  Giới tính: ……………`),
      line('- Quê quán'),
      line('- Nơi thường trú'),
      line('- Đơn vị công tác'),
      line('- Chức vụ (Đảng, chính quyền, đoàn thể)'),
      line('- Trình độ chuyên môn, nghiệp vụ; lý luận chính trị'),
      line('- Học hàm, học vị, danh hiệu, giải thưởng'),
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      line('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận'),
      line('2. Thành tích đạt được của cá nhân'),
      body(
        '(Nêu kết quả thực hiện nhiệm vụ được giao so với chỉ tiêu, kế hoạch; các giải pháp, sáng kiến, đề tài khoa học đã được công nhận, kèm số, ngày của quyết định công nhận; việc thực hiện chủ trương, chính sách, pháp luật; tham gia các phong trào thi đua.)',
        { italics: true, size: 13 },
      ),
      heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      ...historyTables(blankRows),
      para('', { before: 12 }),
      signatureRow([
        { title: 'THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ', note: '(Ký, đóng dấu)', name: '' },
        { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', note: '(Ký, ghi rõ họ và tên)', name: '' },
      ]),
      para('', { before: 12 }),
      signatureRow([{ title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', note: '(Ký, đóng dấu)', name: '' }]),
    );
  } else {
    out.push(
      body('Tên tập thể đề nghị (ghi đầy đủ bằng chữ in thường, không viết tắt): ' + DOTS, { before: 12 }),
      heading('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
      sub('1. Đặc điểm, tình hình:'),
      line('- Địa điểm trụ sở chính, điện thoại, thư điện tử, trang thông tin điện tử'),
      line('- Quá trình thành lập và phát triển'),
      line(
        '- Những đặc điểm chính của đơn vị, địa phương (điều kiện tự nhiên, xã hội, cơ cấu tổ chức, cơ sở vật chất; tổng số cán bộ, công chức, viên chức và người lao động)',
      ),
      line('2. Chức năng, nhiệm vụ được giao'),
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      sub('1. Kết quả thực hiện nhiệm vụ được giao (các chỉ tiêu, nhiệm vụ cụ thể so với kế hoạch và cùng kỳ năm trước):'),
      gridTable(
        fitColumns([60, 25, 25, 25]).map((widthMm, i) => ({
          widthMm,
          header: ['Chỉ tiêu, nhiệm vụ', 'Năm …', 'Năm …', 'Năm …'][i]!,
          align: i === 0 ? ('left' as const) : ('center' as const),
        })),
        Array.from({ length: blankRows }, () => ({ cells: ['', '', '', ''] })),
        { minRowHeightMm: 8 },
      ),
      line('2. Các giải pháp, biện pháp, sáng kiến đã áp dụng để đạt được thành tích; các phong trào thi đua đã triển khai'),
      line(
        '3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; công tác xây dựng Đảng, đoàn thể; hoạt động xã hội, từ thiện',
      ),
      heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
      ...historyTables(blankRows),
      para('', { before: 12 }),
      signatureRow([
        { title: 'THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN\nTRỰC TIẾP NHẬN XÉT, XÁC NHẬN', note: '(Ký, đóng dấu)', name: '' },
        { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, đóng dấu)', name: '' },
      ]),
    );
  }
  return packDocument(
    { title: kind === 'individual' ? 'Báo cáo thành tích cá nhân (mẫu)' : 'Báo cáo thành tích tập thể (mẫu)' },
    [out],
  );
}
