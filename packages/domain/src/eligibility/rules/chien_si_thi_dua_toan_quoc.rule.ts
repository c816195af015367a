// Chiến sĩ thi đua toàn quốc — Law 06/2022/QH15 Art. 21 (law-2013: Law 2003/2013 Art. 21): CSTĐ tỉnh
// for Y and for Y−3 (two consecutive) and a work of national scope recognised in [Y−5, Y].
import type { EligibilityRule, JudgementGround } from './rule.types.js';
import { checkInitiativeScope, checkRunUninterrupted, checkTitleYears } from './rule-helpers.js';
import { nationalBallotGround } from './judgement-grounds.js';

const OUTSTANDING: JudgementGround = {
  code: 'tieu_bieu_xuat_sac',
  key: 'tieu_bieu_xuat_sac.chien_si_thi_dua_toan_quoc',
  message:
    'Có thành tích tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân có hai lần liên tục đạt danh hiệu “Chiến sĩ thi đua bộ, ban, ngành, tỉnh”.',
  citation: { lawArticle: 'Điều 21' },
};
const NATIONAL_INFLUENCE: JudgementGround = {
  code: 'anh_huong_toan_quoc',
  key: 'anh_huong_toan_quoc',
  message:
    'Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc, do Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh công nhận (lực lượng vũ trang: mưu trí, sáng tạo trong chiến đấu có phạm vi toàn quốc).',
  citation: { lawArticle: 'Điều 21' },
};

export const chienSiThiDuaToanQuocRule: EligibilityRule = {
  award: 'chien_si_thi_dua_toan_quoc',
  subject: 'individual',
  citation: () => ({ lawArticle: 'Điều 21' }),
  evaluate(ctx, year, sink) {
    checkTitleYears(ctx, sink, 0, 'title_run', 'chien_si_thi_dua_tinh', [year - 3, year]);
    checkRunUninterrupted(ctx, sink, 0, 'run_uninterrupted', year - 3, year);
    checkInitiativeScope(ctx, sink, 0, 'initiative_scope_in_window', year - 5, year, 'toan_quoc');
  },
  judgementGrounds: () => [OUTSTANDING, NATIONAL_INFLUENCE, nationalBallotGround(90)],
};
