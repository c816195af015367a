// Labels of this feature (Vietnamese; the English catalogue of these screens is not written yet).
export const AWARD_LABEL: Record<string, string> = {
  co_thi_dua_chinh_phu: 'Cờ thi đua của Chính phủ',
  bang_khen_thu_tuong: 'Bằng khen của Thủ tướng Chính phủ',
};
export const INDICATOR_LABEL: Record<string, string> = {
  grdp_growth: 'Tốc độ tăng trưởng GRDP',
  new_rural_communes: 'Xã đạt chuẩn nông thôn mới',
  new_rural_districts: 'Huyện đạt chuẩn nông thôn mới',
  par_index_rank: 'Xếp hạng chỉ số cải cách hành chính (PAR Index)',
};
export const CONFERENCE_LABEL: Record<string, string> = { mid_year: 'Hội nghị sơ kết 6 tháng', year_end: 'Hội nghị tổng kết năm' };
export const CRITERION_KIND_LABEL: Record<string, string> = { criterion: 'Tiêu chí', bonus: 'Điểm thưởng', penalty: 'Điểm trừ' };
export const PROPOSAL_STATUS_LABEL: Record<string, string> = { proposed: 'Cụm đã đề nghị', dossier_created: 'Đã lập hồ sơ' };

/** 10,05 — Vietnamese decimal comma; 1.241 thousands separator. */
export const fmtNumber = (n: number | null | undefined, digits = 2) =>
  n === null || n === undefined ? '' : n.toLocaleString('vi-VN', { minimumFractionDigits: Number.isInteger(n) ? 0 : digits, maximumFractionDigits: digits });

/** A default scoring table the secretariat can start from (illustrative; adjust per cluster). */
export const DEFAULT_CRITERIA = [
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.1', title: 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu', kind: 'criterion' as const, maxPoints: 40, mandatory: true, evidenceRequired: true },
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.2', title: 'Quốc phòng, an ninh, trật tự an toàn xã hội', kind: 'criterion' as const, maxPoints: 20, mandatory: false, evidenceRequired: false },
  { group: 'II. Công tác thi đua, khen thưởng', code: 'II.1', title: 'Tổ chức các phong trào thi đua', kind: 'criterion' as const, maxPoints: 30, mandatory: true, evidenceRequired: false },
  { group: 'III. Xây dựng hệ thống chính trị', code: 'III.1', title: 'Cải cách hành chính, xây dựng chính quyền', kind: 'criterion' as const, maxPoints: 10, mandatory: false, evidenceRequired: false },
  { group: 'Điểm thưởng, điểm trừ', code: 'T', title: 'Điểm thưởng: mô hình mới, cách làm hay', kind: 'bonus' as const, maxPoints: 5, mandatory: false, evidenceRequired: false },
];
