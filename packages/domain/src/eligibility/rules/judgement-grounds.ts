// Grounds shared by several rule files that only people can decide (listed in `toConfirm`).
import type { RuleSetId } from '../../catalogue/catalogue.types.js';
import type { JudgementGround } from './rule.types.js';

/** Law 2022 Art. 24(1)(b); Law 2003/2013 Art. 24. */
export function ldttSpiritGround(ruleSet: RuleSetId): JudgementGround {
  return {
    code: 'tinh_than_tu_luc_doan_ket',
    key: 'tinh_than_tu_luc_doan_ket',
    message:
      'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua (do cơ quan, đơn vị bình xét).',
    citation: { lawArticle: ruleSet === 'law-2022' ? 'điểm b khoản 1 Điều 24' : 'Điều 24' },
  };
}

/** The lead-in of the articles on Bằng khen and orders. */
export function policyComplianceGround(lawArticle: string | undefined, decreeArticle?: string): JudgementGround {
  return {
    code: 'chap_hanh_chu_truong_chinh_sach',
    key: 'chap_hanh_chu_truong_chinh_sach',
    message: 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
    citation: decreeArticle === undefined ? { lawArticle } : { lawArticle, decreeArticle },
  };
}

/** Council ballot of the national title: ≥ 90% of ALL members (Decree 152 Art. 33(5); Decree 91 Art. 45(8)). */
export function nationalBallotGround(percent: number): JudgementGround {
  return {
    code: 'ty_le_phieu_hoi_dong',
    key: 'ty_le_phieu_hoi_dong.tong_so_thanh_vien',
    params: { percent },
    message: `Được Hội đồng Thi đua – Khen thưởng bỏ phiếu tán thành từ ${percent}% tổng số thành viên trở lên (tính trên tổng số thành viên, không phải số có mặt).`,
    citation: null,
    ref: 'vote',
  };
}

export function collectiveGrounds(lawArticle: string): readonly JudgementGround[] {
  return [
    {
      code: 'phong_trao_thi_dua_thuong_xuyen',
      key: 'phong_trao_thi_dua_thuong_xuyen',
      message: 'Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả.',
      citation: { lawArticle },
    },
    {
      code: 'noi_bo_doan_ket',
      key: 'noi_bo_doan_ket',
      message: 'Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      citation: { lawArticle },
    },
  ];
}
