// Tập thể lao động xuất sắc — Law 06/2022/QH15 Art. 27(1) (same under law-2013, Law 2003/2013 Art. 27):
// rated xuất sắc, 100% of members completed their tasks, ≥ 70% hold LĐTT, ≥ 1 holds CSTĐ cơ sở.
import type { EligibilityRule } from './rule.types.js';
import { checkRating } from './rule-helpers.js';
import { checkCompletedRatio, checkLdttRatio, checkMemberCstdcs } from './collective-helpers.js';
import { collectiveGrounds } from './judgement-grounds.js';

export const tapTheLaoDongXuatSacRule: EligibilityRule = {
  award: 'tap_the_lao_dong_xuat_sac',
  subject: 'collective',
  citation: (ruleSet) => ({ lawArticle: ruleSet === 'law-2022' ? 'khoản 1 Điều 27' : 'Điều 27' }),
  evaluate(ctx, year, sink) {
    checkRating(ctx, sink, 0, 'collective_rating', year, 'xuat_sac', 'collective');
    checkCompletedRatio(ctx, sink, year, 'collective.tap_the_lao_dong_xuat_sac.completed_ratio_percent');
    checkLdttRatio(ctx, sink, year, 'collective.tap_the_lao_dong_xuat_sac.ldtt_ratio_percent');
    checkMemberCstdcs(ctx, sink, year, 'collective.tap_the_lao_dong_xuat_sac.min_cstdcs_members');
  },
  judgementGrounds: (ruleSet) => collectiveGrounds(ruleSet === 'law-2022' ? 'khoản 1 Điều 27' : 'Điều 27'),
};
