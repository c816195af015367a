// Chiến sĩ thi đua cơ sở — Law 06/2022/QH15 Art. 23 (law-2013: Law 2003/2013 Art. 23, Decree 91/2017).
// law-2022: LĐTT condition, and (1) rating xuất sắc or (2) an initiative/work recognised in Y.
// law-2013: LĐTT condition and an initiative/work recognised in Y (xuất sắc alone is not enough).
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkInitiativeScope, checkRating } from './rule-helpers.js';
import { ldttSpiritGround } from './judgement-grounds.js';

const COMBAT_GROUND: JudgementGround = {
  code: 'muu_tri_sang_tao_chien_dau',
  key: 'muu_tri_sang_tao_chien_dau',
  message:
    'Căn cứ khác thay cho xếp loại xuất sắc hoặc sáng kiến: mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu (lực lượng vũ trang), do người có thẩm quyền công nhận.',
  citation: { lawArticle: 'khoản 2 Điều 23' },
};

const CAP_2013_GROUND: JudgementGround = {
  code: 'ty_le_chien_si_thi_dua_co_so',
  key: 'ty_le_chien_si_thi_dua_co_so',
  message:
    'Số cá nhân được công nhận không quá 15% tổng số cá nhân đạt “Lao động tiên tiến”, “Chiến sĩ tiên tiến” của đơn vị (kiểm tra trên danh sách của đơn vị).',
  citation: { decreeArticle: 'khoản 3 Điều 9' },
};

export const chienSiThiDuaCoSoRule: EligibilityRule = {
  award: 'chien_si_thi_dua_co_so',
  subject: 'individual',
  citation: () => ({ lawArticle: 'Điều 23' }),
  evaluate(ctx, year, sink) {
    checkRating(ctx, sink, 0, 'ldtt_standard', year, 'tot');
    if (ctx.ruleSet === 'law-2022') {
      checkRating(ctx, sink, 1, 'rating_excellent', year, 'xuat_sac');
      checkInitiativeScope(ctx, sink, 2, 'initiative_in_year', year, year, 'co_so');
    } else {
      checkInitiativeScope(ctx, sink, 0, 'initiative_in_year', year, year, 'co_so');
    }
  },
  judgementGrounds: (ruleSet) =>
    ruleSet === 'law-2022' ? [ldttSpiritGround(ruleSet), COMBAT_GROUND] : [ldttSpiritGround(ruleSet), CAP_2013_GROUND],
};
