// Vocabulary shared by the award catalogue and the eligibility engine. Codes come from
// shared/domain/award-codes.md: ASCII snake case taken from the Vietnamese legal names; they never
// change meaning.

/** Every award code of award-codes.md, in the order of that file. */
export const AWARD_CODES = [
  // Emulation titles (danh hiệu thi đua)
  'lao_dong_tien_tien',
  'chien_si_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
  'tap_the_lao_dong_tien_tien',
  'tap_the_lao_dong_xuat_sac',
  'don_vi_tien_tien',
  'don_vi_quyet_thang',
  'co_thi_dua_tinh',
  'co_thi_dua_chinh_phu',
  'xa_phuong_tieu_bieu',
  'thon_to_dan_pho_van_hoa',
  'gia_dinh_van_hoa',
  // Forms of commendation (hình thức khen thưởng)
  'giay_khen',
  'bang_khen_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_sao_vang',
  'huan_chuong_ho_chi_minh',
  'huan_chuong_doc_lap_hang_nhat',
  'huan_chuong_doc_lap_hang_nhi',
  'huan_chuong_doc_lap_hang_ba',
  'huan_chuong_quan_cong_hang_nhat',
  'huan_chuong_quan_cong_hang_nhi',
  'huan_chuong_quan_cong_hang_ba',
  'huan_chuong_lao_dong_hang_nhat',
  'huan_chuong_lao_dong_hang_nhi',
  'huan_chuong_lao_dong_hang_ba',
  'huan_chuong_bao_ve_to_quoc_hang_nhat',
  'huan_chuong_bao_ve_to_quoc_hang_nhi',
  'huan_chuong_bao_ve_to_quoc_hang_ba',
  'huan_chuong_chien_cong_hang_nhat',
  'huan_chuong_chien_cong_hang_nhi',
  'huan_chuong_chien_cong_hang_ba',
  'huan_chuong_dai_doan_ket_dan_toc',
  'huan_chuong_dung_cam',
  'huan_chuong_huu_nghi',
  'huy_chuong_quan_ky_quyet_thang',
  'huy_chuong_vi_an_ninh_to_quoc',
  'huy_chuong_huu_nghi',
  'huy_chuong_thanh_nien_xung_phong_ve_vang',
  'huy_chuong_chien_si_ve_vang_hang_nhat',
  'huy_chuong_chien_si_ve_vang_hang_nhi',
  'huy_chuong_chien_si_ve_vang_hang_ba',
  'anh_hung_lao_dong',
  'anh_hung_luc_luong_vu_trang_nhan_dan',
  'ba_me_viet_nam_anh_hung',
  'tinh_thanh_pho_anh_hung',
  'ky_niem_chuong',
  // Resistance-war awards (khen thưởng thành tích kháng chiến)
  'huan_chuong_khang_chien_hang_nhat',
  'huan_chuong_khang_chien_hang_nhi',
  'huan_chuong_khang_chien_hang_ba',
  'huy_chuong_khang_chien_hang_nhat',
  'huy_chuong_khang_chien_hang_nhi',
  'huan_chuong_khang_chien_chong_my_hang_nhat',
  'huan_chuong_khang_chien_chong_my_hang_nhi',
  'huan_chuong_khang_chien_chong_my_hang_ba',
  'huy_chuong_khang_chien_chong_my_hang_nhat',
  'huy_chuong_khang_chien_chong_my_hang_nhi',
  'huan_chuong_chien_thang_hang_nhat',
  'huan_chuong_chien_thang_hang_nhi',
  'huan_chuong_chien_thang_hang_ba',
  'huy_chuong_chien_thang_hang_nhat',
  'huy_chuong_chien_thang_hang_nhi',
  'bang_khen_khang_chien',
  'giay_khen_khang_chien',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

/** Loại hình khen thưởng (Law 2022 Art. 8). Only `cong_trang` feeds chains (Decree 98/2023 Art. 4(3)). */
export const AWARD_TYPES = [
  'cong_trang',
  'dot_xuat',
  'chuyen_de',
  'cong_hien',
  'nien_han',
  'doi_ngoai',
  'khang_chien',
] as const;
export type AwardType = (typeof AWARD_TYPES)[number];

/** Annual rating, best first. */
export const ANNUAL_RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type AnnualRating = (typeof ANNUAL_RATINGS)[number];

/** Recognised scope of an initiative or scientific work, narrowest first. */
export const INITIATIVE_SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];

export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** `title` = danh hiệu thi đua; `form` = hình thức khen thưởng. */
export type AwardKind = 'title' | 'form';
export type AwardCategory = 'emulation_title' | 'commendation_form' | 'resistance_war';

/**
 * Level of the award: `co_so` (grassroots: unit, commune), `bo_tinh` (ministry, sector, province),
 * `toan_quoc` (Government / Prime Minister), `nha_nuoc` (State: decided by the President).
 */
export const AWARD_LEVELS = ['co_so', 'bo_tinh', 'toan_quoc', 'nha_nuoc'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Rule sets encoded (RULES.md §1). */
export const RULE_SET_IDS = ['law-2013', 'law-2022'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Implementing decrees, spelled as in the instruments (NFC). */
export const DECREE_IDS = ['91/2017/NĐ-CP', '98/2023/NĐ-CP', '152/2025/NĐ-CP'] as const;
export type DecreeId = (typeof DECREE_IDS)[number];

/** Whether a fact was seen in a source (LAW.md "CONFIRMED") or is a reading to verify. */
export type SourceStatus = 'confirmed' | 'uncertain';

/** Kinds of documents a dossier (hồ sơ) must contain (Law 2022 Art. 84; Decree 152 Art. 36–42). */
export const DOSSIER_DOCUMENT_KINDS = [
  'to_trinh', // tờ trình đề nghị khen thưởng
  'bao_cao_thanh_tich', // báo cáo thành tích
  'bien_ban_binh_xet', // biên bản bình xét thi đua (titles, Art. 84(1))
  'bien_ban_xet_khen_thuong', // biên bản xét khen thưởng (forms, Art. 84(2))
  'ket_qua_bo_phieu', // kết quả bỏ phiếu (CSTĐ toàn quốc, Cờ CP, Anh hùng: D152 Art. 36, 37, 41)
  'chung_nhan_sang_kien', // chứng nhận sáng kiến, đề tài (CSTĐ titles, Art. 84(1))
  'danh_sach_de_nghi', // danh sách đề nghị (resistance-war, commemorative medal)
  'ban_khai_thanh_tich_khang_chien', // bản khai thành tích kháng chiến
] as const;
export type DossierDocumentKind = (typeof DOSSIER_DOCUMENT_KINDS)[number];
