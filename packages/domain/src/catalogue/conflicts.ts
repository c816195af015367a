// "One achievement, one award" (Law 2022 Art. 5: "không khen thưởng nhiều lần, nhiều hình thức cho
// một thành tích") as a pure check between two awards of the same subject and achievement year.
//
// Our reading (documented because the law gives no table):
// 1. Awards of different types never conflict: the type says what was rewarded (the year's merit, an
//    extraordinary act, a campaign, a career, seniority, a war), so they are different achievements
//    (the same distinction Decree 98/2023 Art. 4(3) draws for chains).
// 2. The same code twice conflicts for the annual and the once-only types (`cong_trang`, `cong_hien`,
//    `nien_han`, `khang_chien`). Two `dot_xuat`, `chuyen_de` or `doi_ngoai` awards of one code in one
//    year may reward two different acts or campaigns: not flagged by the machine.
// 3. Two different emulation titles (danh hiệu) never conflict: the chains require them together
//    (CSTĐ cơ sở is chosen among those meeting the LĐTT standard, Bằng khen tỉnh ground (d) and CSTĐ
//    tỉnh require CSTĐ cơ sở in the same year), and a title is not a "form".
// 4. Two different merit forms (hình thức, `cong_trang`) of the same year conflict when their levels
//    overlap. Levels group into bands: `co_so` (Giấy khen), `bo_tinh` (Bằng khen tỉnh, Kỷ niệm
//    chương…) and the state band, where `toan_quoc` (Bằng khen Thủ tướng) and `nha_nuoc` (orders,
//    medals, honorary titles) overlap — the old Circular 12/2019/TT-BNV rule "no two state-level forms
//    for one subject in one year". A lower and a higher band in one year (Giấy khen of the unit and
//    Bằng khen of the province) may reward different achievements and are left to reviewers.
import type { AwardLevel, AwardType } from './catalogue.types.js';
import { getAwardDefinition } from './awards.js';
import { EligibilityInputError } from '../eligibility/eligibility.errors.js';

export interface AwardForConflict {
  readonly award: string;
  /** Achievement year; the caller compares only awards of the same subject and year. */
  readonly year?: number;
  /** Default `cong_trang`. */
  readonly type?: AwardType;
}

export type AwardConflictReason = 'same_award' | 'overlapping_level';

const ONCE_ONLY_OR_ANNUAL: ReadonlySet<AwardType> = new Set(['cong_trang', 'cong_hien', 'nien_han', 'khang_chien']);

/** The band a level belongs to; levels in the same band overlap. */
export function awardLevelBand(level: AwardLevel): 'co_so' | 'bo_tinh' | 'state' {
  return level === 'toan_quoc' || level === 'nha_nuoc' ? 'state' : level;
}

/**
 * Why two awards of one subject and one achievement year conflict, or `null` when they do not.
 * Throws `EligibilityInputError('unknown_award')` for a code outside the catalogue, and
 * `validation_failed` when both carry a year and the years differ (the question is then meaningless).
 */
export function awardConflict(a: AwardForConflict, b: AwardForConflict): AwardConflictReason | null {
  const da = getAwardDefinition(a.award);
  const db = getAwardDefinition(b.award);
  const unknown = [da ? null : 'a.award', db ? null : 'b.award'].filter((p): p is string => p !== null);
  if (!da || !db)
    throw new EligibilityInputError(
      'unknown_award',
      unknown.map((path) => ({ path, issue: 'unknown award code' })),
    );
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) {
    throw new EligibilityInputError('validation_failed', [
      { path: 'b.year', issue: 'awards of different achievement years' },
    ]);
  }
  const ta: AwardType = a.type ?? 'cong_trang';
  const tb: AwardType = b.type ?? 'cong_trang';
  if (ta !== tb) return null;
  if (da.code === db.code) return ONCE_ONLY_OR_ANNUAL.has(ta) ? 'same_award' : null;
  if (ta !== 'cong_trang' || da.kind !== 'form' || db.kind !== 'form') return null;
  return awardLevelBand(da.level) === awardLevelBand(db.level) ? 'overlapping_level' : null;
}

/** Whether two awards of the same subject and achievement year conflict (see `awardConflict`). */
export function conflictingAwards(a: AwardForConflict, b: AwardForConflict): boolean {
  return awardConflict(a, b) !== null;
}
