// Bằng khen của Thủ tướng Chính phủ (individual), ground (b) — Law 06/2022/QH15 Art. 73(1)(b); law-2013:
// Decree 91/2017 Art. 38 (every year xuất sắc, ≥ 5 initiatives, no CSTĐ cơ sở count).
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkAnchoredWindow } from './rule-helpers.js';
import { policyComplianceGround } from './judgement-grounds.js';

const GROUND_A: JudgementGround = {
  code: 'thanh_tich_tieu_bieu_phong_trao',
  key: 'thanh_tich_tieu_bieu_phong_trao',
  message: 'Căn cứ khác: có thành tích xuất sắc, tiêu biểu được bình xét trong phong trào thi đua.',
  citation: { lawArticle: 'điểm a khoản 1 Điều 73' },
};
const GROUND_C: JudgementGround = {
  code: 'thanh_tich_xuat_sac_dot_xuat',
  key: 'thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong',
  message:
    'Căn cứ khác: lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, thành tích xuất sắc đột xuất hoặc đạt giải thưởng cấp quốc gia, …',
  citation: { lawArticle: 'điểm c khoản 1 Điều 73' },
};
const OTHER_2013: JudgementGround = {
  code: 'thanh_tich_xuat_sac_dot_xuat',
  key: 'thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong_2013',
  message:
    'Căn cứ khác của Điều 38 Nghị định 91/2017/NĐ-CP (thành tích xuất sắc được bình xét trong phong trào thi đua, thành tích đột xuất, …), do Hội đồng xem xét.',
  citation: { decreeArticle: 'Điều 38' },
};

export const bangKhenThuTuongRule: EligibilityRule = {
  award: 'bang_khen_thu_tuong',
  subject: 'individual',
  citation: (ruleSet) =>
    ruleSet === 'law-2022' ? { lawArticle: 'điểm b khoản 1 Điều 73' } : { decreeArticle: 'Điều 38' },
  evaluate(ctx, year, sink) {
    if (ctx.ruleSet === 'law-2022') {
      checkAnchoredWindow(ctx, sink, year, {
        prior: 'bang_khen_tinh',
        proposed: 'bang_khen_thu_tuong',
        minLength: 5,
        ratingMin: 'tot',
        titles: { title: 'chien_si_thi_dua_co_so', required: 3 },
      });
    } else {
      checkAnchoredWindow(ctx, sink, year, {
        prior: 'bang_khen_tinh',
        proposed: 'bang_khen_thu_tuong',
        minLength: 5,
        ratingMin: 'xuat_sac',
        initiatives: { required: 5, minScope: 'co_so' },
      });
    }
  },
  judgementGrounds: (ruleSet) =>
    ruleSet === 'law-2022'
      ? [policyComplianceGround('khoản 1 Điều 73'), GROUND_A, GROUND_C]
      : [policyComplianceGround(undefined, 'Điều 38'), OTHER_2013],
};
