// Chiến sĩ thi đua bộ, ban, ngành, tỉnh — Law 06/2022/QH15 Art. 22 (law-2013: Law 2003/2013 Art. 22):
// CSTĐ cơ sở in Y, Y−1, Y−2 and an initiative/work of scope ≥ tỉnh recognised in [Y−2, Y].
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkInitiativeScope, checkRunUninterrupted, checkTitleYears, yearsBetween } from './rule-helpers.js';

const OUTSTANDING: JudgementGround = {
  code: 'tieu_bieu_xuat_sac',
  key: 'tieu_bieu_xuat_sac.chien_si_thi_dua_tinh',
  message:
    'Tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân có ba lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”.',
  citation: { lawArticle: 'Điều 22' },
};
const INFLUENCE: JudgementGround = {
  code: 'hieu_qua_anh_huong_sang_kien',
  key: 'hieu_qua_anh_huong_sang_kien',
  message:
    'Sáng kiến, đề tài có hiệu quả áp dụng, khả năng nhân rộng hoặc có ảnh hưởng trong bộ, ban, ngành, tỉnh, do người đứng đầu bộ, ban, ngành, tỉnh công nhận.',
  citation: { lawArticle: 'Điều 22' },
};
const BALLOT_2022: JudgementGround = {
  code: 'ty_le_phieu_hoi_dong',
  key: 'ty_le_phieu_hoi_dong.quy_che',
  message:
    'Tỷ lệ phiếu tán thành của Hội đồng Thi đua – Khen thưởng theo quy chế của bộ, ngành, tỉnh (mặc định: từ 90% tổng số thành viên trở lên).',
  citation: null,
};
const BALLOT_2013: JudgementGround = {
  code: 'ty_le_phieu_hoi_dong',
  key: 'ty_le_phieu_hoi_dong.bo_phieu_kin',
  message: 'Được Hội đồng Thi đua – Khen thưởng bỏ phiếu kín, tán thành từ 90% tổng số thành viên trở lên.',
  citation: null,
  ref: 'vote',
};

export const chienSiThiDuaTinhRule: EligibilityRule = {
  award: 'chien_si_thi_dua_tinh',
  subject: 'individual',
  citation: () => ({ lawArticle: 'Điều 22' }),
  evaluate(ctx, year, sink) {
    checkTitleYears(ctx, sink, 0, 'title_run', 'chien_si_thi_dua_co_so', yearsBetween(year - 2, year));
    checkRunUninterrupted(ctx, sink, 0, 'run_uninterrupted', year - 2, year);
    checkInitiativeScope(ctx, sink, 0, 'initiative_scope_in_window', year - 2, year, 'tinh');
  },
  judgementGrounds: (ruleSet) => [OUTSTANDING, INFLUENCE, ruleSet === 'law-2022' ? BALLOT_2022 : BALLOT_2013],
};
