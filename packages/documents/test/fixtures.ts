import type { CertificateInput, DecisionDocInput, MinutesDocInput } from '../src/index.js';

// Names chosen for stacked diacritics (ễ, ố, ổ, ạ, ề) and the letter Đ. One is given in NFD on purpose.
export const NAMES = ['Nguyễn Thị Thu Hà', 'Trần Quốc Văn', 'Khổng Minh Đức', 'Phạm Thị Huyền Trang'] as const;

export function decisionInput(overrides: Partial<DecisionDocInput> = {}): DecisionDocInput {
  return {
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN',
    number: '123/QĐ-UBND',
    place: 'Hưng Yên',
    date: '2019-03-05',
    issuerTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
    legalBases: [
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    ],
    proposal: 'Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 01 tháng 3 năm 2019',
    award: {
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2018',
    },
    awardees: [
      { name: NAMES[0].normalize('NFD'), position: 'Trưởng phòng Tổ chức cán bộ', organisation: 'Sở Nội vụ' },
      { name: NAMES[1], position: 'Chuyên viên', organisation: 'Văn phòng Ủy ban nhân dân tỉnh' },
      { name: NAMES[2], position: 'Phó Giám đốc', organisation: 'Sở Tài chính' },
    ],
    recipients: ['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh', 'Lưu: VT, NC'],
    signerAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: NAMES[3],
    ...overrides,
  };
}

export function minutesInput(overrides: Partial<MinutesDocInput> = {}): MinutesDocInput {
  return {
    governingBody: 'UBND TỈNH HƯNG YÊN',
    issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    number: '05/BB-HĐTĐKT',
    place: 'Hưng Yên',
    date: '2019-02-25',
    councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên',
    startTime: '14:00',
    endTime: '16:30',
    venue: 'Phòng họp số 2, Ủy ban nhân dân tỉnh',
    chair: { name: 'Phạm Thị Huyền Trang', title: 'Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng' },
    secretary: { name: 'Lê Văn Ước', title: 'Trưởng ban Thi đua - Khen thưởng' },
    totalMembers: 6,
    membersPresent: [
      { name: 'Phạm Thị Huyền Trang' },
      { name: 'Lê Văn Ước' },
      { name: 'Đỗ Thị Ngọc Ánh' },
      { name: 'Vũ Đình Hưởng' },
      { name: 'Hoàng Thị Yến' },
    ],
    membersAbsent: [{ name: 'Ngô Quang Khải', reason: 'đi công tác' }],
    content: ['Hội đồng nghe Ban Thi đua - Khen thưởng báo cáo tóm tắt thành tích của các trường hợp đề nghị.'],
    ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 },
    thresholdPercent: 80,
    nominees: [
      { name: NAMES[0], organisation: 'Sở Nội vụ', award: 'Chiến sĩ thi đua cấp tỉnh', votesFor: 5 },
      { name: NAMES[1], organisation: 'Văn phòng UBND tỉnh', award: 'Chiến sĩ thi đua cấp tỉnh', votesFor: 4 },
      { name: NAMES[2], organisation: 'Sở Tài chính', award: 'Chiến sĩ thi đua cấp tỉnh', votesFor: 3 },
    ],
    conclusion: ['Hội đồng thống nhất trình Chủ tịch UBND tỉnh xem xét, quyết định đối với các trường hợp đạt.'],
    ...overrides,
  };
}

export function certificate(i: number, overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    issuerTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
    honorific: i % 2 === 0 ? 'Bà' : 'Ông',
    holderName: NAMES[i % NAMES.length]!,
    position: 'Trưởng phòng Tổ chức cán bộ',
    organisation: 'Sở Nội vụ tỉnh Hưng Yên',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2018, góp phần vào sự nghiệp xây dựng và phát triển tỉnh Hưng Yên',
    place: 'Hưng Yên',
    date: '2019-03-05',
    signerAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Phạm Thị Huyền Trang',
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2019-03-05',
    registryNumber: `${150 + i}`,
    verificationCode: `HY-2019-${String(1000 + i)}-X${i}`,
    ...overrides,
  };
}
