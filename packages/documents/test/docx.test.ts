// Word documents rendered for real: docx → PDF with headless LibreOffice, then pdftotext.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  minutesExclusionSentence,
  renderAchievementReportTemplateDocx,
  renderDecisionDocx,
  renderLetterDocx,
  renderMinutesDocx,
} from '../src/index.js';
import { decisionInput, minutesInput, NAMES } from './fixtures.js';
import { cleanup, describeWithTools, docxToPdf, pdfInfo, pdfText, squash, tempDir } from './tools.js';

describeWithTools(['soffice', 'pdftotext', 'pdfinfo'], 'docx documents through LibreOffice', () => {
  let dir: string;
  const text: Record<string, string> = {};
  const pages: Record<string, number> = {};

  beforeAll(async () => {
    dir = await tempDir();
    const files = {
      decision: await renderDecisionDocx(decisionInput()),
      inline: await renderDecisionDocx(
        decisionInput({
          number: '124/QĐ-UBND',
          awardeeList: 'inline',
          awardees: [
            ...decisionInput().awardees,
            { name: 'Phòng Thi đua - Khen thưởng', kind: 'collective', organisation: 'Sở Nội vụ', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2018' },
          ],
        }),
      ),
      revocation: await renderDecisionDocx(
        decisionInput({
          number: '200/QĐ-UBND',
          date: '2020-01-09',
          award: undefined,
          revokes: { number: '123/QĐ-UBND', date: '2019-03-05', reason: 'Kê khai thành tích không trung thực' },
          awardees: [{ name: NAMES[1], position: 'Chuyên viên', organisation: 'Văn phòng Ủy ban nhân dân tỉnh' }],
        }),
      ),
      correction: await renderDecisionDocx(
        decisionInput({
          number: '201/QĐ-UBND',
          award: undefined,
          awardees: [],
          corrects: {
            number: '123/QĐ-UBND',
            date: '2019-03-05',
            corrections: [{ location: 'số thứ tự 3, Danh sách kèm theo', wrong: 'Khổng Minh Đực', right: NAMES[2] }],
          },
        }),
      ),
      minutes: await renderMinutesDocx(minutesInput()),
      ballot: await renderMinutesDocx(minutesInput({ kind: 'ballot-count', number: '06/BB-HĐTĐKT' })),
      standing: await renderMinutesDocx(
        minutesInput({
          thresholdPercent: 90,
          nominees: [
            { name: NAMES[0], organisation: 'Sở Nội vụ', award: 'Chiến sĩ thi đua toàn quốc', votesFor: 3, totalMembers: 3, denominatorBasis: 'standing_members' },
            { name: NAMES[1], organisation: 'Văn phòng UBND tỉnh', award: 'Chiến sĩ thi đua cấp tỉnh', votesFor: 6, thresholdPercent: 80 },
          ],
        }),
      ),
      excluded: await renderMinutesDocx(
        minutesInput({
          thresholdPercent: 75,
          nominees: [
            {
              name: NAMES[0],
              award: 'Chiến sĩ thi đua cấp tỉnh',
              votesFor: 3,
              totalMembers: 4,
              thresholdPercent: 75,
              excluded: [{ name: 'Vũ Đình Hưởng', reason: 'nominee' }],
            },
            {
              name: NAMES[1],
              award: 'Chiến sĩ thi đua cấp tỉnh',
              votesFor: 3,
              totalMembers: 4,
              thresholdPercent: 75,
              excluded: [{ name: 'Hoàng Thị Yến', reason: 'recused', note: 'là chị ruột của người được đề nghị' }],
            },
            { name: NAMES[2], award: 'Chiến sĩ thi đua cấp tỉnh', votesFor: 3, thresholdPercent: 75 },
          ],
        }),
      ),
      letter: await renderLetterDocx({
        governingBody: 'UBND TỈNH HƯNG YÊN',
        issuingBody: 'SỞ NỘI VỤ',
        number: '45/TTr-SNV',
        place: 'Hưng Yên',
        date: '2019-03-01',
        summary: 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên'],
        legalBases: ['Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
        paragraphs: ['Xét thành tích của các cá nhân, Sở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 03 cá nhân (danh sách dưới đây).'],
        awardees: [...decisionInput().awardees, { name: 'Tổ <b>"Đặc nhiệm"</b> & Cộng sự', kind: 'collective' }],
        recipients: ['Như trên', 'Lưu: VT, TĐKT'],
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'Đặng Văn Thưởng',
      }),
      individual: await renderAchievementReportTemplateDocx('individual'),
      collective: await renderAchievementReportTemplateDocx('collective', { awardName: 'Cờ thi đua của Ủy ban nhân dân tỉnh' }),
    };
    const pdfs = await docxToPdf(files, dir);
    for (const [name, p] of Object.entries(pdfs)) {
      text[name] = await pdfText(p);
      pages[name] = Number((await pdfInfo(p)).Pages);
    }
  }, 180_000);

  afterAll(async () => {
    if (dir) await cleanup(dir);
  });

  it('decision: national title, type, number and every awardee survive LibreOffice with their diacritics', () => {
    const t = squash(text.decision!);
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(t).toContain('QUYẾT ĐỊNH');
    expect(t).toContain('QUYẾT ĐỊNH:');
    expect(t).toContain('Số: 123/QĐ-UBND');
    expect(t).toContain('Hưng Yên, ngày 05 tháng 3 năm 2019');
    expect(t).toContain('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(t).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN');
    // One "Căn cứ" even though the input repeated it; the last basis line ends with ".", the others with ";".
    expect(t).not.toContain('Căn cứ Căn cứ');
    expect(t).toMatch(/Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;/);
    expect(t).toContain('Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 cá nhân');
    expect(t).toContain('Điều 3.');
    expect(t).toContain('./.');
    expect(t).toContain('Nơi nhận:');
    expect(t).toContain('- Lưu: VT, NC.');
    expect(t).toContain('KT. CHỦ TỊCH');
    expect(t).toContain('PHÓ CHỦ TỊCH');
    for (const name of NAMES) expect(t).toContain(name.normalize('NFC'));
    // Annex on its own page, citing the decision.
    expect(pages.decision).toBe(2);
    expect(t).toContain('DANH SÁCH');
    expect(t).toContain('Cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(t).toContain('(Kèm theo Quyết định số 123/QĐ-UBND ngày 05 tháng 3 năm 2019 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên)');
  });

  it('decision with the list inline: one page section, collective and individual groups', () => {
    const t = squash(text.inline!);
    expect(t).toContain('Số: 124/QĐ-UBND');
    expect(t).toContain('cho 01 tập thể và 03 cá nhân (danh sách dưới đây)');
    expect(t).toContain('I. TẬP THỂ');
    expect(t).toContain('II. CÁ NHÂN');
    expect(t).toContain('Phòng Thi đua'); // the cell wraps after this
    expect(t).not.toContain('Kèm theo Quyết định');
    for (const name of NAMES) expect(t).toContain(name);
  });

  it('revocation decision cites the revoked decision and the reason', () => {
    const t = squash(text.revocation!);
    expect(t).toContain('Về việc hủy bỏ Quyết định số 123/QĐ-UBND ngày 05/03/2019');
    expect(t).toContain('Hủy bỏ Quyết định số 123/QĐ-UBND ngày 05 tháng 3 năm 2019');
    expect(t).toContain('Lý do: Kê khai thành tích không trung thực.');
    expect(t).toContain('Thu hồi hiện vật khen thưởng và tiền thưởng');
    expect(t).toContain(NAMES[1]);
  });

  it('correction decision quotes the wrong and the right text', () => {
    const t = squash(text.correction!);
    expect(t).toContain('Về việc đính chính Quyết định số 123/QĐ-UBND ngày 05/03/2019');
    expect(t).toContain('đã ghi "Khổng Minh Đực", nay sửa lại là "Khổng Minh Đức"');
    expect(t).toContain('giữ nguyên giá trị');
    expect(pages.correction).toBe(1);
  });

  it('minutes: meeting facts and per-nominee results in Vietnamese number style', () => {
    const t = squash(text.minutes!);
    expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(t).toContain('BIÊN BẢN');
    expect(t).toContain('Số: 05/BB-HĐTĐKT');
    expect(t).toContain('Vào hồi 14 giờ 00 phút, ngày 25 tháng 02 năm 2019');
    expect(t).toContain('Tổng số thành viên Hội đồng: 6; có mặt: 5; vắng mặt: 1.');
    expect(t).toContain('Ngô Quang Khải (lý do: đi công tác)');
    expect(t).toContain('83,33%'); // 5 / 6
    expect(t).toContain('66,67%'); // 4 / 6
    expect(t).toContain('50%'); // 3 / 6
    expect(t).toContain('≥ 80%');
    expect(t).toContain('Không đạt');
    expect(t).toMatch(/(^|\s)Đạt(\s|$)/u);
    for (const name of NAMES.slice(0, 3)) expect(t).toContain(name);
    expect(t).toContain('THƯ KÝ');
    expect(t).toContain('Lê Văn Ước');
  });

  it('ballot-count minutes carry the ballot figures', () => {
    const t = squash(text.ballot!);
    expect(t).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(t).toContain('Số phiếu phát ra: 5; số phiếu thu về: 5; số phiếu hợp lệ: 5; số phiếu không hợp lệ: 0.');
    expect(t).toContain('KẾT QUẢ KIỂM PHIẾU');
  });

  it('minutes state the denominator basis when a nominee is counted over the standing members', () => {
    const t = squash(text.standing!);
    expect(t).toContain(`tổng số thành viên Hội đồng đối với ${NAMES[1]}`);
    expect(t).toContain(`số thành viên Thường trực Hội đồng đối với ${NAMES[0]}`);
    expect(t).toContain('100%'); // 3 / 3 standing members
    expect(squash(text.minutes!)).toContain('Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng; ngưỡng đạt');
  });

  it('minutes name the members who did not vote on a nominee and count its share over the others', () => {
    const t = squash(text.excluded!);
    expect(t).toContain(`Đối với ${NAMES[0]}, 1 thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: Vũ Đình Hưởng là người được đề nghị khen thưởng; tỷ lệ phiếu đồng ý tính trên 4 thành viên.`);
    expect(t).toContain('Hoàng Thị Yến có xung đột lợi ích (là chị ruột của người được đề nghị)');
    expect(t).toContain('tính tỷ lệ'); // the header "Số thành viên tính tỷ lệ", wrapped in its cell
    expect(t).toContain('75%'); // 3 / 4, "at least 75%": passes where 3 / 6 would not
    expect(t).toContain('50%'); // 3 / 6 for the third nominee
  });

  it('proposal letter (tờ trình)', () => {
    const t = squash(text.letter!);
    expect(t).toContain('TỜ TRÌNH');
    expect(t).toContain('Số: 45/TTr-SNV');
    expect(t).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên.');
    expect(t).toContain('Kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên xem xét, quyết định./.');
    for (const name of NAMES.slice(0, 3)) expect(t).toContain(name);
    expect(t).toContain('Tổ <b>"Đặc nhiệm"</b> &'); // markup-like text is printed, not interpreted (the cell wraps here)
    expect(t).toContain('Đặng Văn Thưởng');
  });

  it('achievement-report templates have the headings to fill in', () => {
    const i = squash(text.individual!);
    expect(i).toContain('BÁO CÁO THÀNH TÍCH');
    expect(i).toContain('I. SƠ LƯỢC LÝ LỊCH');
    expect(i).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    expect(i).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
    expect(i).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
    const c = squash(text.collective!);
    expect(c).toContain('ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH');
    expect(c).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(c).toContain('1. Danh hiệu thi đua:');
    expect(c).toContain('2. Hình thức khen thưởng:');
    expect(c).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });
});

describe('minutesExclusionSentence', () => {
  it('is null when every member counted voted', () => {
    expect(minutesExclusionSentence({ name: 'A', excluded: [] }, 5)).toBeNull();
    expect(minutesExclusionSentence({ name: 'A' }, 5)).toBeNull();
  });
  it('groups the nominee-members and names each recusal with its note', () => {
    expect(
      minutesExclusionSentence(
        {
          name: 'Nguyễn Văn An',
          excluded: [
            { name: 'Trần Văn Bình', reason: 'nominee' },
            { name: 'Lê Thị Cúc', reason: 'recused', note: ' là vợ của người được đề nghị ' },
            { name: 'Đỗ Văn Dũng', reason: 'recused' },
          ],
        },
        3,
      ),
    ).toBe(
      'Đối với Nguyễn Văn An, 3 thành viên Hội đồng không biểu quyết và không được tính vào mẫu số: Trần Văn Bình là người được đề nghị khen thưởng; Lê Thị Cúc có xung đột lợi ích (là vợ của người được đề nghị); Đỗ Văn Dũng có xung đột lợi ích; tỷ lệ phiếu đồng ý tính trên 3 thành viên.',
    );
  });
});
