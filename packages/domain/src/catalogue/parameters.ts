// Parameters of RULES.md §4–5 as plain data, with their national defaults. Each one can be stored
// by the server as an override with an effective date (per deployment, organisation, council or
// cluster, as `scope` says); the code reads values, never literals. `status` follows LAW.md:
// `confirmed` = seen in the instrument, `uncertain` = a default to verify or to set locally.
import type { AwardCode, RuleSetId, SourceStatus } from './catalogue.types.js';

export type ParameterUnit = 'percent' | 'working_days' | 'count' | 'multiplier' | 'flag' | 'enum';
/** How a value compares: `at_least` (≥), `more_than` (>), `at_most` (≤, "không quá"). */
export type ParameterComparison = 'at_least' | 'more_than' | 'at_most';
/** Who may override the default. */
export type ParameterScope = 'national' | 'organisation' | 'council' | 'cluster' | 'province_procedure';

export type ParameterValue = number | boolean | string | null;

export interface ParameterDefinition<V extends ParameterValue = ParameterValue> {
  /** Stable key; together with `ruleSet` (when present) it identifies the parameter. */
  readonly key: string;
  readonly default: V;
  readonly unit: ParameterUnit;
  readonly comparison?: ParameterComparison;
  /** The rule set whose default this is, when the default differs between rule sets. */
  readonly ruleSet?: RuleSetId;
  /** The award it applies to, when it is per form. */
  readonly award?: AwardCode;
  readonly scope: ParameterScope;
  /** Legal basis of the default (Vietnamese citation text) or where it comes from. */
  readonly basis: string;
  readonly status: SourceStatus;
  /** Vietnamese description for the settings screen. */
  readonly description: string;
  /** The same legal basis in English, for the English user interface only (`basis` is the citation of record). */
  readonly basisEn: string;
  /** The description in English, for the English user interface only. */
  readonly descriptionEn: string;
  /** Allowed values for `enum` parameters. */
  readonly values?: readonly string[];
}

const D152 = 'Nghị định 152/2025/NĐ-CP';
const LAW22 = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const LAW13 = 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013)';
// The same instruments in English (decree numbers written ND-CP, as English translations of Vietnamese law do).
const D152_EN = 'Decree 152/2025/ND-CP';
const LAW22_EN = 'Law on Emulation and Commendation No. 06/2022/QH15';
const LAW13_EN = 'Law on Emulation and Commendation of 2003 (amended in 2013)';
const LOCAL_RULES_EN = 'Rules of procedure of the ministry, sector or province';
const PROVINCE_PROCEDURE_EN = 'Administrative procedure published by the province';

/** Values of the council-vote denominator parameters (`vote.denominator`, `vote.<award>.denominator`). */
export const VOTE_DENOMINATORS = ['all_members', 'present_members', 'standing_members'] as const;

export const ELIGIBILITY_PARAMETERS = [
  // Quotas ---------------------------------------------------------------------------------
  {
    key: 'quota.cstdcs_cap_percent',
    default: null,
    unit: 'percent',
    comparison: 'at_most',
    ruleSet: 'law-2022',
    scope: 'organisation',
    basis: `Điều 23 ${LAW22} không quy định tỷ lệ; Nghị định 98/2023/NĐ-CP và ${D152} không quy định`,
    status: 'confirmed',
    description:
      'Tỷ lệ tối đa “Chiến sĩ thi đua cơ sở” trên số cá nhân đạt “Lao động tiên tiến” (làm tròn xuống); để trống là không giới hạn. Bộ, ngành, tỉnh, đơn vị có thể tự quy định.',
    basisEn: `Article 23 of the ${LAW22_EN} sets no ratio; neither Decree 98/2023/ND-CP nor ${D152_EN} sets one`,
    descriptionEn:
      'Maximum share of “Grassroots Emulation Fighter” among the individuals rated “Advanced Worker” (rounded down); empty means no cap. A ministry, sector, province or unit may set its own.',
  },
  {
    key: 'quota.cstdcs_cap_percent',
    default: 15,
    unit: 'percent',
    comparison: 'at_most',
    ruleSet: 'law-2013',
    scope: 'organisation',
    basis: 'khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP',
    status: 'confirmed',
    description: 'Không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến”, “Chiến sĩ tiên tiến”.',
    basisEn: 'Article 9(3) of Decree 91/2017/ND-CP',
    descriptionEn: 'No more than 15% of all individuals awarded “Advanced Worker” or “Advanced Soldier”.',
  },
  {
    key: 'quota.government_flag_percent',
    default: 20,
    unit: 'percent',
    comparison: 'at_most',
    award: 'co_thi_dua_chinh_phu',
    scope: 'national',
    basis: `khoản 1 Điều 7 ${D152}`,
    status: 'confirmed',
    description:
      'Cụm, khối thi đua do bộ, ngành, tỉnh tổ chức: số tập thể đề nghị “Cờ thi đua của Chính phủ” không quá 20% số tập thể dẫn đầu cụm, khối và đạt tiêu chuẩn cờ thi đua của bộ, ngành, tỉnh (làm tròn xuống).',
    basisEn: `Article 7(1) of ${D152_EN}`,
    descriptionEn:
      'Emulation clusters and groups organised by a ministry, sector or province: the collectives proposed for the “Government Emulation Flag” are no more than 20% of the collectives that lead their cluster or group and meet the standard of the emulation flag of the ministry, sector or province (rounded down).',
  },
  {
    key: 'cluster.central_council_flag_count',
    default: 1,
    unit: 'count',
    award: 'co_thi_dua_chinh_phu',
    scope: 'national',
    basis: `khoản 2 Điều 25 ${LAW22}; khoản 2 Điều 7 ${D152}`,
    status: 'confirmed',
    description: 'Cụm, khối do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức: một Cờ thi đua của Chính phủ cho tập thể dẫn đầu.',
    basisEn: `Article 25(2) of the ${LAW22_EN}; Article 7(2) of ${D152_EN}`,
    descriptionEn:
      'Clusters and groups organised by the Central Emulation and Commendation Council: one Government Emulation Flag for the leading collective.',
  },
  {
    key: 'cluster.prime_minister_merit_count',
    default: 2,
    unit: 'count',
    award: 'bang_khen_thu_tuong',
    scope: 'cluster',
    basis: 'Thực tiễn các cụm thi đua (LAW.md §4.2, §7)',
    status: 'uncertain',
    description: 'Số Bằng khen của Thủ tướng Chính phủ tối đa đề nghị cho các thành viên xếp hạng tiếp theo của cụm.',
    basisEn: 'Practice of the emulation clusters (LAW.md §4.2, §7)',
    descriptionEn: "Maximum number of Prime Minister's Certificates of Merit proposed for the members ranked next in the cluster.",
  },
  {
    key: 'cluster.proposal_ballot_percent',
    default: 50,
    unit: 'percent',
    comparison: 'more_than',
    scope: 'cluster',
    basis: 'RULES.md §5 (mặc định của thidua)',
    status: 'uncertain',
    description: 'Tỷ lệ phiếu của các thành viên cụm (trên tổng số thành viên, không tự bỏ phiếu cho mình) để xác nhận đề nghị.',
    basisEn: 'RULES.md §5 (the default of thidua)',
    descriptionEn:
      'Share of the cluster members’ votes (over all members; a member does not vote for itself) needed to confirm a proposal.',
  },

  // Collectives (RULES.md §4) ------------------------------------------------------------
  {
    key: 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent',
    default: 70,
    unit: 'percent',
    comparison: 'at_least',
    ruleSet: 'law-2022',
    award: 'tap_the_lao_dong_tien_tien',
    scope: 'national',
    basis: `khoản 1 Điều 28 ${LAW22}`,
    status: 'confirmed',
    description: 'Tỷ lệ tối thiểu cá nhân trong tập thể đạt “Lao động tiên tiến”.',
    basisEn: `Article 28(1) of the ${LAW22_EN}`,
    descriptionEn: 'Minimum share of the individuals of the collective rated “Advanced Worker”.',
  },
  {
    key: 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent',
    default: 50,
    unit: 'percent',
    comparison: 'more_than',
    ruleSet: 'law-2013',
    award: 'tap_the_lao_dong_tien_tien',
    scope: 'national',
    basis: `Điều 28 ${LAW13}`,
    status: 'confirmed',
    description: 'Có trên 50% cá nhân trong tập thể đạt “Lao động tiên tiến”.',
    basisEn: `Article 28 of the ${LAW13_EN}`,
    descriptionEn: 'More than 50% of the individuals of the collective rated “Advanced Worker”.',
  },
  {
    key: 'collective.tap_the_lao_dong_xuat_sac.ldtt_ratio_percent',
    default: 70,
    unit: 'percent',
    comparison: 'at_least',
    award: 'tap_the_lao_dong_xuat_sac',
    scope: 'national',
    basis: `khoản 1 Điều 27 ${LAW22}`,
    status: 'confirmed',
    description: 'Tỷ lệ tối thiểu cá nhân trong tập thể đạt “Lao động tiên tiến”.',
    basisEn: `Article 27(1) of the ${LAW22_EN}`,
    descriptionEn: 'Minimum share of the individuals of the collective rated “Advanced Worker”.',
  },
  {
    key: 'collective.tap_the_lao_dong_xuat_sac.completed_ratio_percent',
    default: 100,
    unit: 'percent',
    comparison: 'at_least',
    award: 'tap_the_lao_dong_xuat_sac',
    scope: 'national',
    basis: `khoản 1 Điều 27 ${LAW22}`,
    status: 'confirmed',
    description: 'Tỷ lệ cá nhân trong tập thể hoàn thành nhiệm vụ được giao.',
    basisEn: `Article 27(1) of the ${LAW22_EN}`,
    descriptionEn: 'Share of the individuals of the collective who completed the tasks assigned to them.',
  },
  {
    key: 'collective.tap_the_lao_dong_xuat_sac.min_cstdcs_members',
    default: 1,
    unit: 'count',
    comparison: 'at_least',
    award: 'tap_the_lao_dong_xuat_sac',
    scope: 'national',
    basis: `khoản 1 Điều 27 ${LAW22}`,
    status: 'confirmed',
    description: 'Số cá nhân tối thiểu đạt “Chiến sĩ thi đua cơ sở”.',
    basisEn: `Article 27(1) of the ${LAW22_EN}`,
    descriptionEn: 'Minimum number of individuals awarded “Grassroots Emulation Fighter”.',
  },
  {
    key: 'collective.member_basis',
    default: 'payroll',
    unit: 'enum',
    values: ['payroll', 'payroll_and_contract'],
    scope: 'organisation',
    basis: 'Luật không quy định (LAW.md §10.3)',
    status: 'uncertain',
    description: 'Cá nhân được tính là thành viên tập thể: chỉ trong biên chế, hay cả người lao động hợp đồng.',
    basisEn: 'Not set by the law (LAW.md §10.3)',
    descriptionEn:
      'Who counts as a member of a collective: permanent staff only (payroll), or contract workers too (payroll_and_contract).',
  },

  // Council votes (RULES.md §5; Decree 152 Art. 33(5)), percent of ALL council members --------
  vote('chien_si_thi_dua_toan_quoc', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  vote('anh_hung_lao_dong', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  vote('anh_hung_luc_luong_vu_trang_nhan_dan', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  vote('tinh_thanh_pho_anh_hung', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  vote('co_thi_dua_chinh_phu', 80, 'at_least', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  vote(
    'chien_si_thi_dua_tinh',
    90,
    'at_least',
    'Quy chế của bộ, ngành, tỉnh; mặc định theo khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP',
    `${LOCAL_RULES_EN}; the default after Article 45(8) of Decree 91/2017/ND-CP`,
    'uncertain',
  ),
  vote(
    'co_thi_dua_tinh',
    80,
    'at_least',
    'Quy chế của bộ, ngành, tỉnh; mặc định tương tự Cờ thi đua của Chính phủ',
    `${LOCAL_RULES_EN}; the default as for the Government Emulation Flag`,
    'uncertain',
  ),
  // Denominator per form: empty = the council's `vote.denominator`. The central council decides CSTĐ toàn quốc
  // in its Standing Committee (≥ 90% of the standing members): it sets standing_members here.
  voteDenominator(
    'chien_si_thi_dua_toan_quoc',
    `khoản 5 Điều 33 ${D152}; điểm b khoản 4 Điều 45 ${D152} (Hội đồng Thi đua – Khen thưởng Trung ương: Thường trực Hội đồng xét, ít nhất 90% thành viên Thường trực tán thành)`,
    `Article 33(5) of ${D152_EN}; Article 45(4)(b) of ${D152_EN} (Central Emulation and Commendation Council: its Standing Committee considers, at least 90% of the standing members approving)`,
    'confirmed',
  ),
  voteDenominator('anh_hung_lao_dong', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  voteDenominator('anh_hung_luc_luong_vu_trang_nhan_dan', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  voteDenominator('tinh_thanh_pho_anh_hung', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  voteDenominator('co_thi_dua_chinh_phu', `khoản 5 Điều 33 ${D152}`, `Article 33(5) of ${D152_EN}`, 'confirmed'),
  voteDenominator('chien_si_thi_dua_tinh', 'Quy chế của bộ, ngành, tỉnh', LOCAL_RULES_EN, 'uncertain'),
  voteDenominator('co_thi_dua_tinh', 'Quy chế của bộ, ngành, tỉnh', LOCAL_RULES_EN, 'uncertain'),
  {
    key: 'vote.default.percent',
    default: 50,
    unit: 'percent',
    comparison: 'more_than',
    scope: 'council',
    basis: 'Quy chế của bộ, ngành, tỉnh (điểm đ, e khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP)',
    status: 'uncertain',
    description: 'Các hình thức khác: trên một nửa tổng số thành viên Hội đồng tán thành.',
    basisEn: `${LOCAL_RULES_EN} (Article 6(2)(dd) and (e) of ${D152_EN})`,
    descriptionEn: 'Other forms: more than half of all members of the Council approve.',
  },
  {
    key: 'council.quorum.percent',
    default: 66.67,
    unit: 'percent',
    comparison: 'at_least',
    scope: 'council',
    basis:
      'Điểm b khoản 4 Điều 45 Nghị định 152/2025/NĐ-CP (Hội đồng Trung ương: ít nhất 2/3 thành viên); Hội đồng cấp bộ, tỉnh theo quy chế của mình',
    status: 'uncertain',
    description:
      'Tỷ lệ tối thiểu thành viên tham gia biểu quyết (bỏ phiếu điện tử hoặc bằng văn bản) trên tổng số thành viên Hội đồng để kết quả phiên họp có giá trị; tỷ lệ làm tròn hai chữ số thập phân (66,67% = 2/3).',
    basisEn: `Article 45(4)(b) of ${D152_EN} (Central Council: at least 2/3 of its members); the councils of ministries and provinces by their own rules of procedure`,
    descriptionEn:
      'Minimum share of members who take part in the vote (electronically or in writing), over all members of the Council, for the session’s results to be valid; the share is rounded to two decimals (66.67% = 2/3).',
  },
  {
    key: 'council.heroSession.presentPercent',
    default: 80,
    unit: 'percent',
    comparison: 'at_least',
    scope: 'council',
    basis:
      'Điểm b khoản 4 Điều 45 Nghị định 152/2025/NĐ-CP (Hội đồng Trung ương: phiên họp xét danh hiệu Anh hùng phải có ít nhất 80% thành viên dự họp); Hội đồng cấp bộ, tỉnh theo quy chế của mình',
    status: 'uncertain',
    description:
      'Tỷ lệ tối thiểu thành viên có mặt (trên tổng số thành viên Hội đồng) của phiên họp có xét danh hiệu Anh hùng; ý kiến bằng văn bản của thành viên vắng mặt được tính khi biểu quyết nhưng không tính là có mặt.',
    basisEn: `Article 45(4)(b) of ${D152_EN} (Central Council: a session that considers a Hero title needs at least 80% of its members present); the councils of ministries and provinces by their own rules of procedure`,
    descriptionEn:
      'Minimum share of members present (over all members of the Council) at a session that considers a Hero title; the written opinions of absent members count in the vote but not as presence.',
  },
  {
    key: 'vote.denominator',
    default: 'all_members',
    unit: 'enum',
    values: VOTE_DENOMINATORS,
    scope: 'council',
    basis: `khoản 5 Điều 33 ${D152} (“tính trên tổng số thành viên của Hội đồng”)`,
    status: 'confirmed',
    description:
      'Mẫu số của tỷ lệ phiếu: tổng số thành viên Hội đồng (all_members, mặc định; thành viên vắng mặt cho ý kiến bằng văn bản), số thành viên có mặt (present_members; phiếu bằng văn bản của thành viên vắng mặt không được tính) hoặc số thành viên Thường trực Hội đồng (standing_members; chỉ thành viên thường trực biểu quyết). Thành viên là người được đề nghị thì không tính.',
    basisEn: `Article 33(5) of ${D152_EN} (“counted on the total number of members of the Council”)`,
    descriptionEn:
      'Denominator of the vote share: all members of the Council (all_members, the default; absent members give their opinion in writing), the members present (present_members; written ballots of absent members do not count) or the members of the Council’s Standing Committee (standing_members; only standing members vote). A member who is a nominee is not counted.',
  },
  {
    key: 'vote.secret_ballot',
    default: true,
    unit: 'flag',
    scope: 'council',
    basis: 'Nghị định 152/2025/NĐ-CP chỉ quy định “bỏ phiếu”; khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP quy định bỏ phiếu kín',
    status: 'uncertain',
    description: 'Bỏ phiếu kín (mặc định) hay công khai.',
    basisEn: `${D152_EN} only says “vote”; Article 45(8) of Decree 91/2017/ND-CP provides for a secret ballot`,
    descriptionEn: 'Secret ballot (the default) or open vote.',
  },

  // Public posting (RULES.md §5; Decree 152 Art. 44(2)) --------------------------------------
  {
    key: 'posting.min_working_days',
    default: 10,
    unit: 'working_days',
    comparison: 'at_least',
    scope: 'national',
    basis: `khoản 2 Điều 44 ${D152}`,
    status: 'confirmed',
    description:
      'Công khai danh sách trên phương tiện thông tin của bộ, tỉnh ít nhất 10 ngày làm việc trước khi Hội đồng họp (huân chương, danh hiệu vinh dự nhà nước, Chiến sĩ thi đua toàn quốc).',
    basisEn: `Article 44(2) of ${D152_EN}`,
    descriptionEn:
      'The list is posted on the media of the ministry or province for at least 10 working days before the Council meets (orders, State honorary titles, National Emulation Fighter).',
  },
  {
    key: 'posting.other_forms_working_days',
    default: 10,
    unit: 'working_days',
    comparison: 'at_least',
    scope: 'organisation',
    basis: 'Quy định của bộ, ngành, tỉnh (mặc định của thidua)',
    status: 'uncertain',
    description: 'Số ngày làm việc công khai cho các hình thức khác khi bật công khai.',
    basisEn: 'Rules of the ministry, sector or province (the default of thidua)',
    descriptionEn: 'Working days of public posting for the other forms, when posting is turned on.',
  },

  // Time limits in working days (RULES.md §5; Decree 152 Art. 34–35) -----------------------------
  deadline(
    'deadline.national.ministry_province_review',
    30,
    `khoản 3 Điều 35 ${D152}`,
    `Article 35(3) of ${D152_EN}`,
    'confirmed',
    'national',
    'Bộ, ngành, tỉnh thẩm định, trình Thủ tướng hồ sơ khen thưởng cấp nhà nước kể từ khi nhận đủ hồ sơ.',
    'The ministry, sector or province appraises a State-level commendation dossier and submits it to the Prime Minister, counted from receipt of the complete dossier.',
  ),
  deadline(
    'deadline.national.ministry_province_review_highest',
    40,
    `khoản 3 Điều 35 ${D152}`,
    `Article 35(3) of ${D152_EN}`,
    'confirmed',
    'national',
    'Như trên, đối với Huân chương Sao vàng, Hồ Chí Minh, Độc lập, danh hiệu Anh hùng, “Bà mẹ Việt Nam anh hùng”.',
    'As above, for the Gold Star Order, the Ho Chi Minh Order, the Independence Order, the Hero titles and “Heroic Vietnamese Mother”.',
  ),
  deadline(
    'deadline.national.moha_appraisal',
    20,
    `khoản 2 Điều 35 ${D152}`,
    `Article 35(2) of ${D152_EN}`,
    'confirmed',
    'national',
    'Bộ Nội vụ thẩm định, trình Thủ tướng kể từ khi nhận đủ hồ sơ.',
    'The Ministry of Home Affairs appraises the dossier and submits it to the Prime Minister, counted from receipt of the complete dossier.',
  ),
  deadline(
    'deadline.national.consultation_reply',
    10,
    `khoản 6 Điều 34 ${D152}`,
    `Article 34(6) of ${D152_EN}`,
    'confirmed',
    'national',
    'Cơ quan được lấy ý kiến trả lời kể từ ngày nhận văn bản.',
    'A consulted agency replies, counted from the day it receives the request.',
  ),
  deadline(
    'deadline.national.moha_submit_after_opinions',
    10,
    `khoản 7 Điều 34 ${D152}`,
    `Article 34(7) of ${D152_EN}`,
    'confirmed',
    'national',
    'Bộ Nội vụ trình sau khi nhận đủ ý kiến.',
    'The Ministry of Home Affairs submits after receiving all the opinions.',
  ),
  deadline(
    'deadline.national.moha_return_ineligible',
    10,
    `điểm a khoản 4 Điều 35 ${D152}`,
    `Article 35(4)(a) of ${D152_EN}`,
    'confirmed',
    'national',
    'Bộ Nội vụ trả hồ sơ không đủ điều kiện, nêu căn cứ pháp lý.',
    'The Ministry of Home Affairs returns a dossier that does not qualify, stating the legal grounds.',
  ),
  deadline(
    'deadline.provincial.board_appraisal',
    20,
    'Thủ tục hành chính do tỉnh công bố (điểm b khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP)',
    `${PROVINCE_PROCEDURE_EN} (Article 6(2)(b) of ${D152_EN})`,
    'uncertain',
    'province_procedure',
    'Cơ quan thi đua, khen thưởng cấp tỉnh thẩm định hồ sơ.',
    'The provincial emulation and commendation agency appraises the dossier.',
  ),
  deadline(
    'deadline.provincial.unit_supplement',
    10,
    'Thủ tục hành chính do tỉnh công bố',
    PROVINCE_PROCEDURE_EN,
    'uncertain',
    'province_procedure',
    'Đơn vị bổ sung, hoàn thiện hồ sơ khi được yêu cầu.',
    'The unit supplements and completes the dossier when asked.',
  ),
  deadline(
    'deadline.provincial.council_after_appraisal',
    10,
    'Thủ tục hành chính do tỉnh công bố',
    PROVINCE_PROCEDURE_EN,
    'uncertain',
    'province_procedure',
    'Hội đồng Thi đua – Khen thưởng họp xét kể từ khi có kết quả thẩm định.',
    'The Emulation and Commendation Council meets to consider the dossier, counted from the appraisal result.',
  ),
  deadline(
    'deadline.provincial.decision',
    5,
    'Thủ tục hành chính do tỉnh công bố',
    PROVINCE_PROCEDURE_EN,
    'uncertain',
    'province_procedure',
    'Người có thẩm quyền ký quyết định kể từ khi Hội đồng xét.',
    'The competent person signs the decision, counted from the Council’s consideration.',
  ),

  // Bonus ---------------------------------------------------------------------------------
  {
    key: 'bonus.household_multiplier',
    default: 1.5,
    unit: 'multiplier',
    scope: 'national',
    basis: D152,
    status: 'confirmed',
    description: 'Hộ gia đình được thưởng gấp 1,5 lần mức tiền thưởng đối với cá nhân cho cùng hình thức.',
    basisEn: D152_EN,
    descriptionEn: 'A household receives 1.5 times the bonus of an individual for the same form.',
  },
] as const satisfies readonly ParameterDefinition[];

function vote(
  award: AwardCode,
  percent: number,
  comparison: ParameterComparison,
  basis: string,
  basisEn: string,
  status: SourceStatus,
): ParameterDefinition<number> {
  return {
    key: `vote.${award}.percent`,
    default: percent,
    unit: 'percent',
    comparison,
    award,
    scope: 'council',
    basis,
    status,
    description: `Tỷ lệ phiếu tán thành trên tổng số thành viên Hội đồng (không phải số thành viên có mặt).`,
    basisEn,
    descriptionEn: 'Share of approving votes over all members of the Council (not over the members present).',
  };
}

function voteDenominator(award: AwardCode, basis: string, basisEn: string, status: SourceStatus): ParameterDefinition<string | null> {
  return {
    key: `vote.${award}.denominator`,
    default: null,
    unit: 'enum',
    values: VOTE_DENOMINATORS,
    award,
    scope: 'council',
    basis,
    status,
    description:
      'Mẫu số riêng của hình thức này (all_members, present_members, standing_members); để trống là theo mẫu số chung của Hội đồng (vote.denominator).',
    basisEn,
    descriptionEn:
      'This form’s own denominator (all_members, present_members, standing_members); empty means the Council’s common denominator (vote.denominator).',
  };
}

function deadline(
  key: string,
  days: number,
  basis: string,
  basisEn: string,
  status: SourceStatus,
  scope: ParameterScope,
  description: string,
  descriptionEn: string,
): ParameterDefinition<number> {
  return { key, default: days, unit: 'working_days', comparison: 'at_most', scope, basis, basisEn, status, description, descriptionEn };
}

/**
 * The definition of parameter `key` for `ruleSet`: the rule-set-specific entry when there is one,
 * else the rule-set-independent entry.
 */
export function getParameterDefinition(key: string, ruleSet?: RuleSetId): ParameterDefinition | undefined {
  let generic: ParameterDefinition | undefined;
  for (const p of ELIGIBILITY_PARAMETERS as readonly ParameterDefinition[]) {
    if (p.key !== key) continue;
    if (p.ruleSet === undefined) generic = p;
    else if (p.ruleSet === ruleSet) return p;
  }
  return generic;
}

/** The default of parameter `key` for `ruleSet` (throws on an unknown key: a programming error). */
export function parameterDefault(key: string, ruleSet?: RuleSetId): ParameterValue {
  const p = getParameterDefinition(key, ruleSet);
  if (!p) throw new Error(`Unknown parameter ${key}${ruleSet ? ` for ${ruleSet}` : ''}`);
  return p.default;
}
