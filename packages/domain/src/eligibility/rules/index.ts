// Registry of the machine-checkable rules, by award and subject kind. An award/subject pair absent
// from it has no machine-checkable ground: verdict `review` (see review.rule.ts).
import type { SubjectKind } from '../../catalogue/catalogue.types.js';
import type { EligibilityRule } from './rule.types.js';
import { laoDongTienTienRule } from './lao_dong_tien_tien.rule.js';
import { chienSiThiDuaCoSoRule } from './chien_si_thi_dua_co_so.rule.js';
import { chienSiThiDuaTinhRule } from './chien_si_thi_dua_tinh.rule.js';
import { chienSiThiDuaToanQuocRule } from './chien_si_thi_dua_toan_quoc.rule.js';
import { bangKhenTinhRule } from './bang_khen_tinh.rule.js';
import { bangKhenThuTuongRule } from './bang_khen_thu_tuong.rule.js';
import { huanChuongLaoDongHangBaRule } from './huan_chuong_lao_dong_hang_ba.rule.js';
import { tapTheLaoDongTienTienRule } from './tap_the_lao_dong_tien_tien.rule.js';
import { tapTheLaoDongXuatSacRule } from './tap_the_lao_dong_xuat_sac.rule.js';

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  laoDongTienTienRule,
  chienSiThiDuaCoSoRule,
  chienSiThiDuaTinhRule,
  chienSiThiDuaToanQuocRule,
  bangKhenTinhRule,
  bangKhenThuTuongRule,
  huanChuongLaoDongHangBaRule,
  tapTheLaoDongTienTienRule,
  tapTheLaoDongXuatSacRule,
];

const BY_AWARD = new Map<string, Partial<Record<SubjectKind, EligibilityRule>>>();
for (const r of ELIGIBILITY_RULES) {
  const bySubject = BY_AWARD.get(r.award) ?? {};
  bySubject[r.subject] = r;
  BY_AWARD.set(r.award, bySubject);
}

export function findEligibilityRule(award: string, subject: SubjectKind): EligibilityRule | undefined {
  return BY_AWARD.get(award)?.[subject];
}
