// Awards with no machine-checkable ground in the rule set — Giấy khen, flags, orders other than the
// chains of RULES.md §3, honorary titles, resistance-war awards, collectives' and households' forms:
// verdict `review`, every ground in `toConfirm` (RULES.md §3; criteria per the catalogue's article).
import type { AwardCode, RuleSetId, SubjectKind } from '../../catalogue/catalogue.types.js';
import type { AwardDefinition } from '../../catalogue/awards.js';
import type { RuleCitation } from '../legal-basis.js';
import type { JudgementGround } from './rule.types.js';
import { nationalBallotGround } from './judgement-grounds.js';

type GroundSpec = { readonly code: string; readonly key: string; readonly message: string; readonly lawArticle?: string };

const SPECIFIC: Partial<Record<AwardCode, readonly GroundSpec[]>> = {
  co_thi_dua_chinh_phu: [
    {
      code: 'dan_dau_cum_khoi',
      key: 'dan_dau_cum_khoi.co_thi_dua_chinh_phu',
      message:
        'Tập thể được cụm, khối thi đua bình xét, suy tôn dẫn đầu; hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh (Điều 7 Nghị định 152/2025/NĐ-CP).',
      lawArticle: 'Điều 25',
    },
    {
      code: 'ty_le_de_nghi_co_chinh_phu',
      key: 'ty_le_de_nghi_co_chinh_phu',
      message:
        'Cụm, khối do bộ, ngành, tỉnh tổ chức: số tập thể đề nghị không quá 20% số tập thể dẫn đầu cụm, khối và đạt tiêu chuẩn cờ thi đua của bộ, ngành, tỉnh (làm tròn xuống); cụm, khối do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức: tập thể dẫn đầu.',
      lawArticle: 'Điều 25',
    },
  ],
  co_thi_dua_tinh: [
    {
      code: 'dan_dau_cum_khoi',
      key: 'dan_dau_cum_khoi.co_thi_dua_tinh',
      message: 'Tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua của bộ, ban, ngành, tỉnh, được suy tôn.',
      lawArticle: 'Điều 26',
    },
  ],
  giay_khen: [
    {
      code: 'tieu_chuan_giay_khen',
      key: 'tieu_chuan_giay_khen',
      message:
        'Tiêu chuẩn Giấy khen do bộ, ban, ngành, tỉnh, cơ quan, đơn vị quy định; Hội đồng Thi đua – Khen thưởng xem xét.',
      lawArticle: 'Điều 75',
    },
  ],
  chien_si_tien_tien: [
    {
      code: 'tieu_chuan_chien_si_tien_tien',
      key: 'tieu_chuan_chien_si_tien_tien',
      message:
        'Tiêu chuẩn như “Lao động tiên tiến” áp dụng cho lực lượng vũ trang (hoàn thành tốt nhiệm vụ trở lên; tự lực, đoàn kết, tích cực thi đua), theo quy định của Bộ Quốc phòng, Bộ Công an.',
      lawArticle: 'Điều 24',
    },
  ],
  don_vi_tien_tien: [
    {
      code: 'tieu_chuan_don_vi_tien_tien',
      key: 'tieu_chuan_don_vi_tien_tien',
      message:
        'Tiêu chuẩn tương tự “Tập thể lao động tiên tiến” (ít nhất 70% cá nhân đạt “Chiến sĩ tiên tiến”, không có cá nhân bị kỷ luật từ cảnh cáo trở lên), theo quy định của Bộ Quốc phòng, Bộ Công an.',
      lawArticle: 'Điều 28',
    },
  ],
  don_vi_quyet_thang: [
    {
      code: 'tieu_chuan_don_vi_quyet_thang',
      key: 'tieu_chuan_don_vi_quyet_thang',
      message:
        'Tiêu chuẩn tương tự “Tập thể lao động xuất sắc” (100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt “Chiến sĩ tiên tiến”, có cá nhân đạt “Chiến sĩ thi đua cơ sở”), theo quy định của Bộ Quốc phòng, Bộ Công an.',
      lawArticle: 'Điều 27',
    },
  ],
};

/** Awards whose council ballot needs ≥ 90% of all members (Decree 152 Art. 33(5)). */
const NINETY_PERCENT: ReadonlySet<AwardCode> = new Set([
  'anh_hung_lao_dong',
  'anh_hung_luc_luong_vu_trang_nhan_dan',
  'tinh_thanh_pho_anh_hung',
]);

function citationFor(def: AwardDefinition, ruleSet: RuleSetId, article?: string): RuleCitation {
  if (ruleSet === 'law-2022') {
    const lawArticle = article ?? def.criteria.law2022Article;
    return lawArticle === undefined ? {} : { lawArticle };
  }
  const lawArticle = def.criteria.law2013Article;
  return lawArticle === undefined ? {} : { lawArticle };
}

/** The grounds to confirm for an award without machine-checkable conditions. */
export function reviewJudgementGrounds(
  def: AwardDefinition,
  subject: SubjectKind,
  ruleSet: RuleSetId,
): JudgementGround[] {
  const specific = SPECIFIC[def.code];
  const out: JudgementGround[] = [];
  if (specific !== undefined && !(subject !== 'individual' && def.code === 'chien_si_tien_tien')) {
    for (const g of specific) {
      out.push({ code: g.code, key: g.key, message: g.message, citation: citationFor(def, ruleSet, g.lawArticle) });
    }
  } else {
    const who = subject === 'individual' ? 'cá nhân' : subject === 'collective' ? 'tập thể' : 'hộ gia đình';
    out.push({
      code: 'tieu_chuan_xet_tang',
      key: 'tieu_chuan_xet_tang',
      params: { awardName: def.name, subject },
      message: `Tiêu chuẩn xét tặng “${def.name}” cho ${who} không được kiểm tra tự động; Hội đồng Thi đua – Khen thưởng xem xét hồ sơ.`,
      citation: citationFor(def, ruleSet),
    });
  }
  if (NINETY_PERCENT.has(def.code)) out.push(nationalBallotGround(90));
  if (def.code === 'co_thi_dua_chinh_phu') out.push(nationalBallotGround(80));
  return out;
}
