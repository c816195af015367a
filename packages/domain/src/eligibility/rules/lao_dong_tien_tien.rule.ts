// Lao động tiên tiến — Law 06/2022/QH15 Art. 24 (law-2013: Law 2003/2013 Art. 24): rating(Y) ≥ tốt.
import type { EligibilityRule } from './rule.types.js';
import { checkRating } from './rule-helpers.js';
import { ldttSpiritGround } from './judgement-grounds.js';

export const laoDongTienTienRule: EligibilityRule = {
  award: 'lao_dong_tien_tien',
  subject: 'individual',
  citation: () => ({ lawArticle: 'Điều 24' }),
  evaluate(ctx, year, sink) {
    checkRating(ctx, sink, 0, 'rating_at_least_tot', year, 'tot');
  },
  judgementGrounds: (ruleSet) => [ldttSpiritGround(ruleSet)],
};
