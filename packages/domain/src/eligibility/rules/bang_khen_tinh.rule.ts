// Bằng khen bộ, ban, ngành, tỉnh (individual), ground (d) — Law 06/2022/QH15 Art. 74(1)(d): (1) CSTĐ cơ
// sở in Y and Y−1, or (2) rated xuất sắc in Y and Y−1 with ≥ 2 initiatives/works in [Y−1, Y].
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkInitiativeCount, checkRatingsInRange, checkRunUninterrupted, checkTitleYears } from './rule-helpers.js';
import { policyComplianceGround } from './judgement-grounds.js';

const OTHER_GROUNDS: JudgementGround = {
  code: 'can_cu_khac_khoan_1_dieu_74',
  key: 'can_cu_khac_khoan_1_dieu_74',
  message:
    'Các căn cứ khác của khoản 1 Điều 74 (thành tích xuất sắc được bình xét trong phong trào thi đua, thành tích đột xuất, …), do Hội đồng Thi đua – Khen thưởng xem xét.',
  citation: { lawArticle: 'khoản 1 Điều 74' },
};

export const bangKhenTinhRule: EligibilityRule = {
  award: 'bang_khen_tinh',
  subject: 'individual',
  citation: (ruleSet) => (ruleSet === 'law-2022' ? { lawArticle: 'điểm d khoản 1 Điều 74' } : {}),
  evaluate(ctx, year, sink) {
    // Alternative 1: two consecutive CSTĐ cơ sở.
    checkTitleYears(ctx, sink, 1, 'title_run', 'chien_si_thi_dua_co_so', [year - 1, year]);
    checkRunUninterrupted(ctx, sink, 1, 'run_uninterrupted', year - 1, year);
    // Alternative 2: two consecutive years xuất sắc with two initiatives in that period.
    checkRatingsInRange(ctx, sink, 2, 'rating_excellent_run', year - 1, year, 'xuat_sac');
    checkRunUninterrupted(ctx, sink, 2, 'run_uninterrupted', year - 1, year);
    checkInitiativeCount(ctx, sink, 2, 'initiatives_in_window', year - 1, year, 'co_so', 2);
  },
  judgementGrounds: (ruleSet) => [
    policyComplianceGround(ruleSet === 'law-2022' ? 'khoản 1 Điều 74' : undefined),
    ...(ruleSet === 'law-2022' ? [OTHER_GROUNDS] : []),
  ],
};
