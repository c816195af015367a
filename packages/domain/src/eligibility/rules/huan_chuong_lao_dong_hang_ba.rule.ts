// Huân chương Lao động hạng Ba (individual), ground (e) — Law 06/2022/QH15 Art. 44(1)(e); the same
// chain under law-2013 (RULES.md §3): Bằng khen Thủ tướng P, every year of [P+1, Y] ≥ tốt, Y − P ≥ 5,
// ≥ 1 year xuất sắc and ≥ 3 CSTĐ cơ sở in [P+1, Y].
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkAnchoredWindow } from './rule-helpers.js';
import { policyComplianceGround } from './judgement-grounds.js';

const OTHER_GROUNDS: JudgementGround = {
  code: 'thanh_tich_xuat_sac_dot_xuat',
  key: 'thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba',
  message:
    'Các căn cứ khác của khoản 1 Điều 44 (thành tích xuất sắc đột xuất, phát minh, sáng chế, công trình có phạm vi ảnh hưởng, quá trình cống hiến, …), do Hội đồng xem xét.',
  citation: { lawArticle: 'khoản 1 Điều 44' },
};

const OTHER_GROUNDS_2013: JudgementGround = {
  code: 'thanh_tich_xuat_sac_dot_xuat',
  key: 'thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba_2013',
  message:
    'Các căn cứ khác để tặng Huân chương Lao động hạng Ba (thành tích xuất sắc đột xuất, phát minh, sáng chế, quá trình cống hiến, …), do Hội đồng xem xét.',
  citation: {},
};

export const huanChuongLaoDongHangBaRule: EligibilityRule = {
  award: 'huan_chuong_lao_dong_hang_ba',
  subject: 'individual',
  citation: (ruleSet) => (ruleSet === 'law-2022' ? { lawArticle: 'điểm e khoản 1 Điều 44' } : {}),
  evaluate(ctx, year, sink) {
    checkAnchoredWindow(ctx, sink, year, {
      prior: 'bang_khen_thu_tuong',
      proposed: 'huan_chuong_lao_dong_hang_ba',
      minLength: 5,
      ratingMin: 'tot',
      titles: { title: 'chien_si_thi_dua_co_so', required: 3 },
      excellentYears: 1,
    });
  },
  judgementGrounds: (ruleSet) =>
    ruleSet === 'law-2022'
      ? [policyComplianceGround('khoản 1 Điều 44'), OTHER_GROUNDS]
      : [policyComplianceGround(undefined), OTHER_GROUNDS_2013],
};
