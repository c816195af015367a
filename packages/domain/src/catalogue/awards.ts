// The award catalogue as data: every code of shared/domain/award-codes.md with its Vietnamese name,
// kind, subjects, level, deciding authority, allowed award types, bonus coefficient (LAW.md §2.4),
// dossier documents and posting/ballot flags. Facts marked `uncertain` are readings to verify against
// the official text (LAW.md "UNCERTAIN"); the server may override them as configuration.
import type {
  AwardCategory,
  AwardCode,
  AwardKind,
  AwardLevel,
  AwardType,
  DossierDocumentKind,
  SourceStatus,
  SubjectKind,
} from './catalogue.types.js';
import { AWARD_CODES } from './catalogue.types.js';

/** Bonus as a multiple of the base salary (mức lương cơ sở), LAW.md §2.4. */
export interface AwardBonus {
  readonly coefficient: number;
  /** `true` where the instrument says "không quá" (at most), e.g. Kỷ niệm chương. */
  readonly atMost?: boolean;
  /** What the figure applies to when narrower than the award (e.g. Giấy khen of a commune chair). */
  readonly appliesTo?: string;
  readonly source: string;
  readonly status: SourceStatus;
}

/** Where the criteria of an award live. `article` is Vietnamese citation text ("Điều 24"). */
export interface AwardCriteriaReference {
  /** Article of Law 06/2022/QH15, when known. */
  readonly law2022Article?: string;
  /** Article of Law 2003 (as amended to 2013), when known. */
  readonly law2013Article?: string;
  readonly status: SourceStatus;
}

export interface AwardDefinition {
  readonly code: AwardCode;
  /** Vietnamese legal name, NFC. */
  readonly name: string;
  /** Usual variants of the name (import matching, display). */
  readonly aliases: readonly string[];
  readonly kind: AwardKind;
  readonly category: AwardCategory;
  readonly subjects: readonly SubjectKind[];
  readonly level: AwardLevel;
  /** Who decides (Vietnamese text). */
  readonly decidingAuthority: string;
  readonly allowedTypes: readonly AwardType[];
  readonly bonus: AwardBonus | null;
  readonly dossier: readonly DossierDocumentKind[];
  /** Default for the council ballot being secret (RULES.md §5: a parameter, default secret). */
  readonly secretBallot: boolean;
  /** Public posting before the council meets (Decree 152 Art. 44(2): orders, state honorary titles, CSTĐ toàn quốc). */
  readonly publicPosting: boolean;
  /** Armed-forces variant (Quân đội, Công an). */
  readonly armedForces: boolean;
  readonly criteria: AwardCriteriaReference;
  /** Which fields are a reading rather than a confirmed fact. */
  readonly notes?: string;
}

// ---------------------------------------------------------------------------------------------
// Shared values

const AUTH_CO_SO =
  'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ban, ngành; Giám đốc sở và tương đương; Chủ tịch Ủy ban nhân dân cấp xã; Giám đốc doanh nghiệp, hợp tác xã';
const AUTH_ARMED_CO_SO = 'Thủ trưởng đơn vị trong Quân đội nhân dân, Công an nhân dân theo phân cấp';
const AUTH_BO_TINH =
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, người đứng đầu cơ quan, tổ chức ở trung ương; Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương';
const AUTH_ARMED_BO = 'Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an hoặc người được phân cấp';
const AUTH_TTG = 'Thủ tướng Chính phủ';
const AUTH_CP = 'Chính phủ';
const AUTH_CTN = 'Chủ tịch nước';
const AUTH_XA = 'Chủ tịch Ủy ban nhân dân cấp xã';
const AUTH_TINH = 'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương';

const TITLE_TYPES: readonly AwardType[] = ['cong_trang'];
const COMMENDATION_TYPES: readonly AwardType[] = ['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'doi_ngoai'];
const RESISTANCE_TYPES: readonly AwardType[] = ['khang_chien'];

const DOSSIER_TITLE: readonly DossierDocumentKind[] = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'];
const DOSSIER_TITLE_INITIATIVE: readonly DossierDocumentKind[] = [...DOSSIER_TITLE, 'chung_nhan_sang_kien'];
const DOSSIER_FORM: readonly DossierDocumentKind[] = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_xet_khen_thuong'];
const DOSSIER_VOTED_FORM: readonly DossierDocumentKind[] = [...DOSSIER_FORM, 'ket_qua_bo_phieu'];
const DOSSIER_RESISTANCE: readonly DossierDocumentKind[] = [
  'to_trinh',
  'danh_sach_de_nghi',
  'ban_khai_thanh_tich_khang_chien',
];

const SRC_TITLES_BONUS = 'Nghị định 98/2023/NĐ-CP, Điều 54; mức giữ nguyên tại Nghị định 152/2025/NĐ-CP';
const SRC_COLLECTIVE_BONUS = 'Nghị định 152/2025/NĐ-CP, khoản 2 Điều 50';
const SRC_FORMS_BONUS = 'Nghị định 152/2025/NĐ-CP, khoản 1 Điều 54';
const SRC_ORDERS_BONUS = 'Nghị định 152/2025/NĐ-CP (mức tiền thưởng huân chương)';

const bonus = (coefficient: number, source: string, extra: Partial<AwardBonus> = {}): AwardBonus => ({
  coefficient,
  source,
  status: 'confirmed',
  ...extra,
});

type Entry = Omit<AwardDefinition, 'code' | 'aliases' | 'armedForces' | 'secretBallot' | 'publicPosting'> &
  Partial<Pick<AwardDefinition, 'aliases' | 'armedForces' | 'secretBallot' | 'publicPosting'>>;

const title = (e: Omit<Entry, 'kind' | 'category' | 'allowedTypes'> & Partial<Pick<Entry, 'allowedTypes'>>): Entry => ({
  kind: 'title',
  category: 'emulation_title',
  allowedTypes: TITLE_TYPES,
  ...e,
});
const form = (e: Omit<Entry, 'kind' | 'category'>): Entry => ({ kind: 'form', category: 'commendation_form', ...e });
const resistance = (e: Omit<Entry, 'kind' | 'category' | 'allowedTypes' | 'dossier' | 'secretBallot'>): Entry => ({
  kind: 'form',
  category: 'resistance_war',
  allowedTypes: RESISTANCE_TYPES,
  dossier: DOSSIER_RESISTANCE,
  secretBallot: false,
  ...e,
});

const CLASS_NAMES = { nhat: 'Nhất', nhi: 'Nhì', ba: 'Ba' } as const;

// ---------------------------------------------------------------------------------------------
// The catalogue. `Record<AwardCode, …>` makes the compiler check that no code is missing.

const ENTRIES: Record<AwardCode, Entry> = {
  // Emulation titles -------------------------------------------------------------------------
  lao_dong_tien_tien: title({
    name: 'Lao động tiên tiến',
    subjects: ['individual'],
    level: 'co_so',
    decidingAuthority: AUTH_CO_SO,
    bonus: bonus(0.3, SRC_TITLES_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { law2022Article: 'Điều 24', law2013Article: 'Điều 24', status: 'confirmed' },
  }),
  chien_si_tien_tien: title({
    name: 'Chiến sĩ tiên tiến',
    subjects: ['individual'],
    level: 'co_so',
    decidingAuthority: AUTH_ARMED_CO_SO,
    bonus: bonus(0.3, SRC_TITLES_BONUS),
    dossier: DOSSIER_TITLE,
    armedForces: true,
    criteria: { law2022Article: 'Điều 24', law2013Article: 'Điều 24', status: 'confirmed' },
  }),
  chien_si_thi_dua_co_so: title({
    name: 'Chiến sĩ thi đua cơ sở',
    subjects: ['individual'],
    level: 'co_so',
    decidingAuthority: AUTH_CO_SO,
    bonus: bonus(1.0, SRC_TITLES_BONUS),
    dossier: DOSSIER_TITLE_INITIATIVE,
    criteria: { law2022Article: 'Điều 23', law2013Article: 'Điều 23', status: 'confirmed' },
    notes: 'Hồ sơ chỉ cần chứng nhận sáng kiến khi đề nghị theo căn cứ sáng kiến (Điều 84 khoản 1).',
  }),
  chien_si_thi_dua_tinh: title({
    name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    aliases: ['Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 'Chiến sĩ thi đua cấp tỉnh'],
    subjects: ['individual'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_BO_TINH,
    bonus: bonus(3.0, SRC_TITLES_BONUS),
    dossier: DOSSIER_TITLE_INITIATIVE,
    criteria: { law2022Article: 'Điều 22', law2013Article: 'Điều 22', status: 'confirmed' },
  }),
  chien_si_thi_dua_toan_quoc: title({
    name: 'Chiến sĩ thi đua toàn quốc',
    subjects: ['individual'],
    level: 'toan_quoc',
    decidingAuthority: AUTH_TTG,
    bonus: bonus(4.5, SRC_TITLES_BONUS),
    dossier: [...DOSSIER_TITLE_INITIATIVE, 'ket_qua_bo_phieu'],
    publicPosting: true,
    criteria: { law2022Article: 'Điều 21', law2013Article: 'Điều 21', status: 'confirmed' },
    notes: 'Thẩm quyền (Thủ tướng) là UNCERTAIN trong LAW.md §2.2.',
  }),
  tap_the_lao_dong_tien_tien: title({
    name: 'Tập thể lao động tiên tiến',
    subjects: ['collective'],
    level: 'co_so',
    decidingAuthority: AUTH_CO_SO,
    bonus: bonus(0.8, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { law2022Article: 'Điều 28', law2013Article: 'Điều 28', status: 'confirmed' },
  }),
  tap_the_lao_dong_xuat_sac: title({
    name: 'Tập thể lao động xuất sắc',
    subjects: ['collective'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_BO_TINH,
    bonus: bonus(1.5, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { law2022Article: 'Điều 27', law2013Article: 'Điều 27', status: 'confirmed' },
    notes: 'Thẩm quyền là UNCERTAIN trong LAW.md §2.2.',
  }),
  don_vi_tien_tien: title({
    name: 'Đơn vị tiên tiến',
    subjects: ['collective'],
    level: 'co_so',
    decidingAuthority: AUTH_ARMED_CO_SO,
    bonus: bonus(0.8, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    armedForces: true,
    criteria: { law2022Article: 'khoản 2 Điều 28', status: 'uncertain' },
  }),
  don_vi_quyet_thang: title({
    name: 'Đơn vị quyết thắng',
    subjects: ['collective'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_ARMED_BO,
    bonus: bonus(1.5, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    armedForces: true,
    criteria: { law2022Article: 'khoản 2 Điều 27', status: 'uncertain' },
  }),
  co_thi_dua_tinh: title({
    name: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
    aliases: ['Cờ thi đua cấp bộ, ban, ngành, tỉnh', 'Cờ thi đua của Ủy ban nhân dân tỉnh'],
    subjects: ['collective'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_BO_TINH,
    bonus: bonus(8, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { law2022Article: 'Điều 26', law2013Article: 'Điều 26', status: 'uncertain' },
  }),
  co_thi_dua_chinh_phu: title({
    name: 'Cờ thi đua của Chính phủ',
    subjects: ['collective'],
    level: 'toan_quoc',
    decidingAuthority: AUTH_CP,
    bonus: bonus(12, SRC_COLLECTIVE_BONUS),
    dossier: [...DOSSIER_TITLE, 'ket_qua_bo_phieu'],
    criteria: { law2022Article: 'Điều 25', law2013Article: 'Điều 25', status: 'confirmed' },
    notes: 'Thẩm quyền (Chính phủ) là UNCERTAIN (LAW.md §2.2). Tiêu chuẩn: Nghị định 152/2025/NĐ-CP Điều 7.',
  }),
  xa_phuong_tieu_bieu: title({
    name: 'Xã, phường, đặc khu tiêu biểu',
    subjects: ['collective'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_TINH,
    bonus: bonus(2.0, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { status: 'uncertain' },
    notes: 'Cấp quyết định (tỉnh) là UNCERTAIN (LAW.md §2.2).',
  }),
  thon_to_dan_pho_van_hoa: title({
    name: 'Thôn, tổ dân phố văn hóa',
    subjects: ['collective'],
    level: 'co_so',
    decidingAuthority: AUTH_XA,
    bonus: bonus(1.5, SRC_COLLECTIVE_BONUS),
    dossier: DOSSIER_TITLE,
    criteria: { status: 'uncertain' },
  }),
  gia_dinh_van_hoa: title({
    name: 'Gia đình văn hóa',
    subjects: ['household'],
    level: 'co_so',
    decidingAuthority: AUTH_XA,
    bonus: null,
    dossier: DOSSIER_TITLE,
    criteria: { status: 'uncertain' },
    notes: 'Mức thưởng không có trong LAW.md §2.4.',
  }),

  // Forms of commendation --------------------------------------------------------------------
  giay_khen: form({
    name: 'Giấy khen',
    subjects: ['individual', 'collective', 'household'],
    level: 'co_so',
    decidingAuthority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân cấp xã; Giám đốc doanh nghiệp, hợp tác xã',
    allowedTypes: COMMENDATION_TYPES,
    bonus: bonus(0.3, SRC_FORMS_BONUS, { appliesTo: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã' }),
    dossier: DOSSIER_FORM,
    criteria: { law2022Article: 'Điều 75', status: 'confirmed' },
  }),
  bang_khen_tinh: form({
    name: 'Bằng khen của bộ, ban, ngành, tỉnh',
    aliases: [
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'Bằng khen cấp bộ, ban, ngành, tỉnh',
    ],
    subjects: ['individual', 'collective', 'household'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_BO_TINH,
    allowedTypes: COMMENDATION_TYPES,
    bonus: bonus(1.5, SRC_FORMS_BONUS),
    dossier: DOSSIER_FORM,
    criteria: { law2022Article: 'Điều 74', status: 'confirmed' },
  }),
  bang_khen_thu_tuong: form({
    name: 'Bằng khen của Thủ tướng Chính phủ',
    aliases: ['Bằng khen Thủ tướng'],
    subjects: ['individual', 'collective', 'household'],
    level: 'toan_quoc',
    decidingAuthority: AUTH_TTG,
    allowedTypes: COMMENDATION_TYPES,
    bonus: bonus(3.5, SRC_FORMS_BONUS),
    dossier: DOSSIER_FORM,
    criteria: { law2022Article: 'Điều 73', status: 'confirmed' },
    notes: 'Hồ sơ: 01 bộ bản chính (Nghị định 152/2025/NĐ-CP Điều 42).',
  }),
  huan_chuong_sao_vang: order(
    'Huân chương Sao vàng',
    ['cong_trang', 'cong_hien', 'doi_ngoai'],
    bonus(46, SRC_ORDERS_BONUS),
  ),
  huan_chuong_ho_chi_minh: order(
    'Huân chương Hồ Chí Minh',
    ['cong_trang', 'cong_hien', 'doi_ngoai'],
    bonus(30.5, SRC_ORDERS_BONUS),
  ),
  huan_chuong_doc_lap_hang_nhat: order(
    'Huân chương Độc lập hạng Nhất',
    ['cong_trang', 'cong_hien', 'doi_ngoai'],
    bonus(15, SRC_ORDERS_BONUS),
  ),
  huan_chuong_doc_lap_hang_nhi: order(
    'Huân chương Độc lập hạng Nhì',
    ['cong_trang', 'cong_hien', 'doi_ngoai'],
    bonus(12, SRC_ORDERS_BONUS),
  ),
  huan_chuong_doc_lap_hang_ba: order('Huân chương Độc lập hạng Ba', ['cong_trang', 'cong_hien', 'doi_ngoai'], null),
  huan_chuong_quan_cong_hang_nhat: order(
    'Huân chương Quân công hạng Nhất',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    bonus(15, SRC_ORDERS_BONUS),
    true,
  ),
  huan_chuong_quan_cong_hang_nhi: order(
    'Huân chương Quân công hạng Nhì',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    bonus(12, SRC_ORDERS_BONUS),
    true,
  ),
  huan_chuong_quan_cong_hang_ba: order(
    'Huân chương Quân công hạng Ba',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    null,
    true,
  ),
  huan_chuong_lao_dong_hang_nhat: order(
    'Huân chương Lao động hạng Nhất',
    ['cong_trang', 'dot_xuat', 'cong_hien', 'doi_ngoai'],
    null,
    false,
    'Điều 42',
  ),
  huan_chuong_lao_dong_hang_nhi: order(
    'Huân chương Lao động hạng Nhì',
    ['cong_trang', 'dot_xuat', 'cong_hien', 'doi_ngoai'],
    null,
    false,
    'Điều 43',
  ),
  huan_chuong_lao_dong_hang_ba: order(
    'Huân chương Lao động hạng Ba',
    ['cong_trang', 'dot_xuat', 'cong_hien', 'doi_ngoai'],
    null,
    false,
    'Điều 44',
  ),
  huan_chuong_bao_ve_to_quoc_hang_nhat: order(
    'Huân chương Bảo vệ Tổ quốc hạng Nhất',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    null,
    true,
  ),
  huan_chuong_bao_ve_to_quoc_hang_nhi: order(
    'Huân chương Bảo vệ Tổ quốc hạng Nhì',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    null,
    true,
  ),
  huan_chuong_bao_ve_to_quoc_hang_ba: order(
    'Huân chương Bảo vệ Tổ quốc hạng Ba',
    ['cong_trang', 'dot_xuat', 'cong_hien'],
    null,
    true,
  ),
  huan_chuong_chien_cong_hang_nhat: order('Huân chương Chiến công hạng Nhất', ['cong_trang', 'dot_xuat'], null, true),
  huan_chuong_chien_cong_hang_nhi: order('Huân chương Chiến công hạng Nhì', ['cong_trang', 'dot_xuat'], null, true),
  huan_chuong_chien_cong_hang_ba: order('Huân chương Chiến công hạng Ba', ['cong_trang', 'dot_xuat'], null, true),
  huan_chuong_dai_doan_ket_dan_toc: order('Huân chương Đại đoàn kết dân tộc', ['cong_trang', 'cong_hien'], null),
  huan_chuong_dung_cam: { ...order('Huân chương Dũng cảm', ['dot_xuat'], null), subjects: ['individual'] },
  huan_chuong_huu_nghi: { ...order('Huân chương Hữu nghị', ['doi_ngoai'], null), secretBallot: false },
  huy_chuong_quan_ky_quyet_thang: medal('Huy chương Quân kỳ quyết thắng', ['nien_han'], 'Điều 55', true),
  huy_chuong_vi_an_ninh_to_quoc: medal('Huy chương Vì an ninh Tổ quốc', ['nien_han'], 'Điều 56', true),
  huy_chuong_huu_nghi: medal('Huy chương Hữu nghị', ['doi_ngoai'], 'Điều 54'),
  huy_chuong_thanh_nien_xung_phong_ve_vang: {
    ...medal('Huy chương Thanh niên xung phong vẻ vang', ['khang_chien'], 'khoản 2 Điều 96'),
    dossier: DOSSIER_RESISTANCE,
    publicPosting: true,
    notes:
      'Thủ tục theo Nghị định 28/2024/NĐ-CP đến 30/6/2025, sau đó Nghị định 152/2025/NĐ-CP. Niêm yết công khai tại UBND cấp xã.',
  },
  huy_chuong_chien_si_ve_vang_hang_nhat: medal('Huy chương Chiến sĩ vẻ vang hạng Nhất', ['nien_han'], 'Điều 54', true),
  huy_chuong_chien_si_ve_vang_hang_nhi: medal('Huy chương Chiến sĩ vẻ vang hạng Nhì', ['nien_han'], 'Điều 54', true),
  huy_chuong_chien_si_ve_vang_hang_ba: medal('Huy chương Chiến sĩ vẻ vang hạng Ba', ['nien_han'], 'Điều 54', true),
  anh_hung_lao_dong: honorary('Anh hùng Lao động', ['individual', 'collective'], ['cong_trang', 'dot_xuat'], true),
  anh_hung_luc_luong_vu_trang_nhan_dan: honorary(
    'Anh hùng Lực lượng vũ trang nhân dân',
    ['individual', 'collective'],
    ['cong_trang', 'dot_xuat', 'khang_chien'],
    true,
  ),
  ba_me_viet_nam_anh_hung: honorary('Bà mẹ Việt Nam anh hùng', ['individual'], ['khang_chien', 'cong_hien'], false),
  tinh_thanh_pho_anh_hung: honorary('Tỉnh, Thành phố Anh hùng', ['collective'], ['cong_trang', 'khang_chien'], true),
  ky_niem_chuong: form({
    name: 'Kỷ niệm chương',
    subjects: ['individual'],
    level: 'bo_tinh',
    decidingAuthority:
      'Bộ, ban, ngành, tỉnh, tổ chức ở trung ương ban hành kỷ niệm chương (ghi ở trường cơ quan ban hành)',
    allowedTypes: ['cong_hien'],
    bonus: bonus(0.6, SRC_FORMS_BONUS, {
      atMost: true,
      appliesTo:
        'Kỷ niệm chương của bộ, ban, ngành, tỉnh, tổ chức (Kỷ niệm chương của Ủy ban Thường vụ Quốc hội: không quá 0,8)',
    }),
    dossier: ['to_trinh', 'danh_sach_de_nghi'],
    secretBallot: false,
    criteria: { status: 'uncertain' },
    notes: 'Thường chỉ tặng một lần, không truy tặng (Thông tư 12/2024/TT-BNV cho kỷ niệm chương ngành Nội vụ).',
  }),

  // Resistance-war awards --------------------------------------------------------------------
  ...resistanceOrders('huan_chuong_khang_chien', 'Huân chương Kháng chiến', ['nhat', 'nhi', 'ba']),
  ...resistanceMedals('huy_chuong_khang_chien', 'Huy chương Kháng chiến', ['nhat', 'nhi']),
  ...resistanceOrders('huan_chuong_khang_chien_chong_my', 'Huân chương Kháng chiến chống Mỹ, cứu nước', [
    'nhat',
    'nhi',
    'ba',
  ]),
  ...resistanceMedals('huy_chuong_khang_chien_chong_my', 'Huy chương Kháng chiến chống Mỹ, cứu nước', ['nhat', 'nhi']),
  ...resistanceOrders('huan_chuong_chien_thang', 'Huân chương Chiến thắng', ['nhat', 'nhi', 'ba']),
  ...resistanceMedals('huy_chuong_chien_thang', 'Huy chương Chiến thắng', ['nhat', 'nhi']),
  bang_khen_khang_chien: resistance({
    name: 'Bằng khen về thành tích kháng chiến',
    subjects: ['individual', 'household'],
    level: 'toan_quoc',
    decidingAuthority: AUTH_TTG,
    bonus: null,
    publicPosting: false,
    criteria: { law2022Article: 'khoản 1 Điều 96', status: 'uncertain' },
    notes: 'Cấp quyết định và đối tượng là UNCERTAIN.',
  }),
  giay_khen_khang_chien: resistance({
    name: 'Giấy khen về thành tích kháng chiến',
    subjects: ['individual', 'household'],
    level: 'bo_tinh',
    decidingAuthority: AUTH_BO_TINH,
    bonus: null,
    publicPosting: false,
    criteria: { law2022Article: 'khoản 1 Điều 96', status: 'uncertain' },
    notes: 'Cấp quyết định và đối tượng là UNCERTAIN.',
  }),
};

function order(
  name: string,
  allowedTypes: readonly AwardType[],
  orderBonus: AwardBonus | null,
  armedForces = false,
  law2022Article?: string,
): Entry {
  return form({
    name,
    subjects: ['individual', 'collective'],
    level: 'nha_nuoc',
    decidingAuthority: AUTH_CTN,
    allowedTypes,
    bonus: orderBonus,
    dossier: DOSSIER_FORM,
    publicPosting: true,
    armedForces,
    criteria: law2022Article ? { law2022Article, status: 'uncertain' } : { status: 'uncertain' },
    notes: 'Loại hình được phép và đối tượng là cách đọc của catalogue (UNCERTAIN).',
  });
}

function medal(name: string, allowedTypes: readonly AwardType[], law2022Article: string, armedForces = false): Entry {
  return form({
    name,
    subjects: ['individual'],
    level: 'nha_nuoc',
    decidingAuthority: AUTH_CTN,
    allowedTypes,
    bonus: null,
    dossier: DOSSIER_FORM,
    secretBallot: false,
    armedForces,
    criteria: { law2022Article, status: law2022Article === 'Điều 54' ? 'uncertain' : 'confirmed' },
  });
}

function honorary(
  name: string,
  subjects: readonly SubjectKind[],
  allowedTypes: readonly AwardType[],
  voted: boolean,
): Entry {
  return form({
    name,
    subjects,
    level: 'nha_nuoc',
    decidingAuthority: AUTH_CTN,
    allowedTypes,
    bonus: null,
    dossier: voted ? DOSSIER_VOTED_FORM : DOSSIER_FORM,
    publicPosting: true,
    criteria: { status: 'uncertain' },
    notes: 'Danh hiệu vinh dự nhà nước; tiêu chuẩn chưa được mã hóa.',
  });
}

function resistanceOrders<P extends string, C extends keyof typeof CLASS_NAMES>(
  prefix: P,
  name: string,
  classes: readonly C[],
): Record<`${P}_hang_${C}`, Entry> {
  const out: Record<string, Entry> = {};
  for (const c of classes) {
    out[`${prefix}_hang_${c}`] = resistance({
      name: `${name} hạng ${CLASS_NAMES[c]}`,
      subjects: ['individual', 'collective', 'household'],
      level: 'nha_nuoc',
      decidingAuthority: AUTH_CTN,
      bonus: null,
      publicPosting: true,
      criteria: { law2022Article: 'khoản 1 Điều 96', status: 'confirmed' },
      notes: 'Đối tượng (cá nhân, tập thể, gia đình) là UNCERTAIN.',
    });
  }
  return out as Record<`${P}_hang_${C}`, Entry>;
}

function resistanceMedals<P extends string, C extends keyof typeof CLASS_NAMES>(
  prefix: P,
  name: string,
  classes: readonly C[],
): Record<`${P}_hang_${C}`, Entry> {
  const out: Record<string, Entry> = {};
  for (const c of classes) {
    out[`${prefix}_hang_${c}`] = resistance({
      name: `${name} hạng ${CLASS_NAMES[c]}`,
      subjects: ['individual'],
      level: 'nha_nuoc',
      decidingAuthority: AUTH_CTN,
      bonus: null,
      publicPosting: false,
      criteria: { law2022Article: 'khoản 1 Điều 96', status: 'confirmed' },
    });
  }
  return out as Record<`${P}_hang_${C}`, Entry>;
}

function finish(code: AwardCode, e: Entry): AwardDefinition {
  const def: AwardDefinition = {
    code,
    aliases: [],
    armedForces: false,
    secretBallot: true,
    publicPosting: false,
    ...e,
    name: e.name.normalize('NFC'),
  };
  return Object.freeze(def);
}

/** The catalogue, in the order of award-codes.md. */
export const AWARD_CATALOGUE: readonly AwardDefinition[] = Object.freeze(
  AWARD_CODES.map((code) => finish(code, ENTRIES[code])),
);

const BY_CODE: ReadonlyMap<string, AwardDefinition> = new Map(AWARD_CATALOGUE.map((a) => [a.code, a]));

export function isAwardCode(code: unknown): code is AwardCode {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** The catalogue entry for `code`, or `undefined` when the code is unknown. */
export function getAwardDefinition(code: string): AwardDefinition | undefined {
  return BY_CODE.get(code);
}
