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
  /** Allowed values for `enum` parameters. */
  readonly values?: readonly string[];
}

const D152 = 'Nghị định 152/2025/NĐ-CP';
const LAW22 = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const LAW13 = 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013)';

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
  },
  {
    key: 'cluster.central_council_flag_count',
    default: 1,
    unit: 'count',
    award: 'co_thi_dua_chinh_phu',
    scope: 'national',
    basis: `khoản 2 Điều 25 ${LAW22}; khoản 2 Điều 7 ${D152}`,
    status: 'confirmed',
    description:
      'Cụm, khối do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức: một Cờ thi đua của Chính phủ cho tập thể dẫn đầu.',
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
  },
  {
    key: 'cluster.proposal_ballot_percent',
    default: 50,
    unit: 'percent',
    comparison: 'more_than',
    scope: 'cluster',
    basis: 'RULES.md §5 (mặc định của thidua)',
    status: 'uncertain',
    description:
      'Tỷ lệ phiếu của các thành viên cụm (trên tổng số thành viên, không tự bỏ phiếu cho mình) để xác nhận đề nghị.',
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
  },

  // Council votes (RULES.md §5; Decree 152 Art. 33(5)), percent of ALL council members --------
  vote('chien_si_thi_dua_toan_quoc', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  vote('anh_hung_lao_dong', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  vote('anh_hung_luc_luong_vu_trang_nhan_dan', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  vote('tinh_thanh_pho_anh_hung', 90, 'at_least', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  vote('co_thi_dua_chinh_phu', 80, 'at_least', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  vote(
    'chien_si_thi_dua_tinh',
    90,
    'at_least',
    'Quy chế của bộ, ngành, tỉnh; mặc định theo khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP',
    'uncertain',
  ),
  vote(
    'co_thi_dua_tinh',
    80,
    'at_least',
    'Quy chế của bộ, ngành, tỉnh; mặc định tương tự Cờ thi đua của Chính phủ',
    'uncertain',
  ),
  // Denominator per form: empty = the council's `vote.denominator`. The central council decides CSTĐ toàn quốc
  // in its Standing Committee (≥ 90% of the standing members): it sets standing_members here.
  voteDenominator(
    'chien_si_thi_dua_toan_quoc',
    `khoản 5 Điều 33 ${D152}; điểm b khoản 4 Điều 45 ${D152} (Hội đồng Thi đua – Khen thưởng Trung ương: Thường trực Hội đồng xét, ít nhất 90% thành viên Thường trực tán thành)`,
    'confirmed',
  ),
  voteDenominator('anh_hung_lao_dong', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  voteDenominator('anh_hung_luc_luong_vu_trang_nhan_dan', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  voteDenominator('tinh_thanh_pho_anh_hung', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  voteDenominator('co_thi_dua_chinh_phu', `khoản 5 Điều 33 ${D152}`, 'confirmed'),
  voteDenominator('chien_si_thi_dua_tinh', 'Quy chế của bộ, ngành, tỉnh', 'uncertain'),
  voteDenominator('co_thi_dua_tinh', 'Quy chế của bộ, ngành, tỉnh', 'uncertain'),
  {
    key: 'vote.default.percent',
    default: 50,
    unit: 'percent',
    comparison: 'more_than',
    scope: 'council',
    basis: 'Quy chế của bộ, ngành, tỉnh (điểm đ, e khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP)',
    status: 'uncertain',
    description: 'Các hình thức khác: trên một nửa tổng số thành viên Hội đồng tán thành.',
  },
  {
    key: 'council.quorum.percent',
    default: 66.67,
    unit: 'percent',
    comparison: 'at_least',
    scope: 'council',
    basis: 'Điểm b khoản 4 Điều 45 Nghị định 152/2025/NĐ-CP (Hội đồng Trung ương: ít nhất 2/3 thành viên); Hội đồng cấp bộ, tỉnh theo quy chế của mình',
    status: 'uncertain',
    description:
      'Tỷ lệ tối thiểu thành viên tham gia biểu quyết (bỏ phiếu điện tử hoặc bằng văn bản) trên tổng số thành viên Hội đồng để kết quả phiên họp có giá trị; tỷ lệ làm tròn hai chữ số thập phân (66,67% = 2/3).',
  },
  {
    key: 'council.heroSession.presentPercent',
    default: 80,
    unit: 'percent',
    comparison: 'at_least',
    scope: 'council',
    basis: 'Điểm b khoản 4 Điều 45 Nghị định 152/2025/NĐ-CP (Hội đồng Trung ương: phiên họp xét danh hiệu Anh hùng phải có ít nhất 80% thành viên dự họp); Hội đồng cấp bộ, tỉnh theo quy chế của mình',
    status: 'uncertain',
    description:
      'Tỷ lệ tối thiểu thành viên có mặt (trên tổng số thành viên Hội đồng) của phiên họp có xét danh hiệu Anh hùng; ý kiến bằng văn bản của thành viên vắng mặt được tính khi biểu quyết nhưng không tính là có mặt.',
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
  },
  {
    key: 'vote.secret_ballot',
    default: true,
    unit: 'flag',
    scope: 'council',
    basis:
      'Nghị định 152/2025/NĐ-CP chỉ quy định “bỏ phiếu”; khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP quy định bỏ phiếu kín',
    status: 'uncertain',
    description: 'Bỏ phiếu kín (mặc định) hay công khai.',
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
  },

  // Time limits in working days (RULES.md §5; Decree 152 Art. 34–35) -----------------------------
  deadline(
    'deadline.national.ministry_province_review',
    30,
    `khoản 3 Điều 35 ${D152}`,
    'confirmed',
    'national',
    'Bộ, ngành, tỉnh thẩm định, trình Thủ tướng hồ sơ khen thưởng cấp nhà nước kể từ khi nhận đủ hồ sơ.',
  ),
  deadline(
    'deadline.national.ministry_province_review_highest',
    40,
    `khoản 3 Điều 35 ${D152}`,
    'confirmed',
    'national',
    'Như trên, đối với Huân chương Sao vàng, Hồ Chí Minh, Độc lập, danh hiệu Anh hùng, “Bà mẹ Việt Nam anh hùng”.',
  ),
  deadline(
    'deadline.national.moha_appraisal',
    20,
    `khoản 2 Điều 35 ${D152}`,
    'confirmed',
    'national',
    'Bộ Nội vụ thẩm định, trình Thủ tướng kể từ khi nhận đủ hồ sơ.',
  ),
  deadline(
    'deadline.national.consultation_reply',
    10,
    `khoản 6 Điều 34 ${D152}`,
    'confirmed',
    'national',
    'Cơ quan được lấy ý kiến trả lời kể từ ngày nhận văn bản.',
  ),
  deadline(
    'deadline.national.moha_submit_after_opinions',
    10,
    `khoản 7 Điều 34 ${D152}`,
    'confirmed',
    'national',
    'Bộ Nội vụ trình sau khi nhận đủ ý kiến.',
  ),
  deadline(
    'deadline.national.moha_return_ineligible',
    10,
    `điểm a khoản 4 Điều 35 ${D152}`,
    'confirmed',
    'national',
    'Bộ Nội vụ trả hồ sơ không đủ điều kiện, nêu căn cứ pháp lý.',
  ),
  deadline(
    'deadline.provincial.board_appraisal',
    20,
    'Thủ tục hành chính do tỉnh công bố (điểm b khoản 2 Điều 6 Nghị định 152/2025/NĐ-CP)',
    'uncertain',
    'province_procedure',
    'Cơ quan thi đua, khen thưởng cấp tỉnh thẩm định hồ sơ.',
  ),
  deadline(
    'deadline.provincial.unit_supplement',
    10,
    'Thủ tục hành chính do tỉnh công bố',
    'uncertain',
    'province_procedure',
    'Đơn vị bổ sung, hoàn thiện hồ sơ khi được yêu cầu.',
  ),
  deadline(
    'deadline.provincial.council_after_appraisal',
    10,
    'Thủ tục hành chính do tỉnh công bố',
    'uncertain',
    'province_procedure',
    'Hội đồng Thi đua – Khen thưởng họp xét kể từ khi có kết quả thẩm định.',
  ),
  deadline(
    'deadline.provincial.decision',
    5,
    'Thủ tục hành chính do tỉnh công bố',
    'uncertain',
    'province_procedure',
    'Người có thẩm quyền ký quyết định kể từ khi Hội đồng xét.',
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
  },
] as const satisfies readonly ParameterDefinition[];

function vote(
  award: AwardCode,
  percent: number,
  comparison: ParameterComparison,
  basis: string,
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
  };
}

function voteDenominator(award: AwardCode, basis: string, status: SourceStatus): ParameterDefinition<string | null> {
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
  };
}

function deadline(
  key: string,
  days: number,
  basis: string,
  status: SourceStatus,
  scope: ParameterScope,
  description: string,
): ParameterDefinition<number> {
  return { key, default: days, unit: 'working_days', comparison: 'at_most', scope, basis, status, description };
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
