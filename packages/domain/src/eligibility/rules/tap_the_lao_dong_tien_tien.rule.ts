// Tập thể lao động tiên tiến — Law 06/2022/QH15 Art. 28(1): rated ≥ tốt, ≥ 70% of members hold LĐTT,
// no member disciplined at "cảnh cáo" or above (law-2013, Law 2003/2013 Art. 28: more than 50%).
import type { EligibilityRule } from './rule.types.js';
import { checkRating } from './rule-helpers.js';
import { checkLdttRatio, checkNoMemberDisciplined } from './collective-helpers.js';
import { collectiveGrounds } from './judgement-grounds.js';

export const tapTheLaoDongTienTienRule: EligibilityRule = {
  award: 'tap_the_lao_dong_tien_tien',
  subject: 'collective',
  citation: (ruleSet) => ({ lawArticle: ruleSet === 'law-2022' ? 'khoản 1 Điều 28' : 'Điều 28' }),
  evaluate(ctx, year, sink) {
    checkRating(ctx, sink, 0, 'collective_rating', year, 'tot', 'collective');
    checkLdttRatio(ctx, sink, year, 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent');
    checkNoMemberDisciplined(ctx, sink, year);
  },
  judgementGrounds: (ruleSet) => collectiveGrounds(ruleSet === 'law-2022' ? 'khoản 1 Điều 28' : 'Điều 28'),
};
