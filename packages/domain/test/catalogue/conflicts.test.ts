// "One achievement, one award": conflictingAwards between two awards of one subject and year.
import { describe, expect, it } from 'vitest';
import {
  awardConflict,
  conflictingAwards,
  EligibilityInputError,
  type AwardType,
} from '../../src/eligibility/index.js';

describe('conflictingAwards', () => {
  it.each<[string, AwardType, string, AwardType, ReturnType<typeof awardConflict>]>([
    ['lao_dong_tien_tien', 'cong_trang', 'lao_dong_tien_tien', 'cong_trang', 'same_award'],
    ['bang_khen_tinh', 'cong_trang', 'bang_khen_tinh', 'cong_trang', 'same_award'],
    ['ky_niem_chuong', 'cong_hien', 'ky_niem_chuong', 'cong_hien', 'same_award'],
    ['bang_khen_tinh', 'dot_xuat', 'bang_khen_tinh', 'dot_xuat', null], // two extraordinary acts
    ['bang_khen_tinh', 'chuyen_de', 'bang_khen_tinh', 'chuyen_de', null], // two campaigns
    ['bang_khen_tinh', 'cong_trang', 'bang_khen_tinh', 'dot_xuat', null], // different achievements
    ['bang_khen_thu_tuong', 'cong_trang', 'huan_chuong_lao_dong_hang_ba', 'cong_trang', 'overlapping_level'], // two state-level forms
    ['huan_chuong_lao_dong_hang_ba', 'cong_trang', 'huan_chuong_chien_cong_hang_ba', 'cong_trang', 'overlapping_level'],
    ['bang_khen_tinh', 'cong_trang', 'ky_niem_chuong', 'cong_trang', 'overlapping_level'], // same level bo_tinh
    ['giay_khen', 'cong_trang', 'bang_khen_tinh', 'cong_trang', null], // lower and higher band
    ['bang_khen_tinh', 'cong_trang', 'bang_khen_thu_tuong', 'cong_trang', null],
    ['chien_si_thi_dua_co_so', 'cong_trang', 'lao_dong_tien_tien', 'cong_trang', null], // titles coexist
    ['chien_si_thi_dua_co_so', 'cong_trang', 'bang_khen_tinh', 'cong_trang', null], // ground (d) needs both
    ['chien_si_thi_dua_tinh', 'cong_trang', 'chien_si_thi_dua_co_so', 'cong_trang', null],
  ])('%s (%s) and %s (%s) → %s', (a, ta, b, tb, expected) => {
    expect(awardConflict({ award: a, year: 2025, type: ta }, { award: b, year: 2025, type: tb })).toBe(expected);
    expect(awardConflict({ award: b, year: 2025, type: tb }, { award: a, year: 2025, type: ta })).toBe(expected);
    expect(conflictingAwards({ award: a, type: ta }, { award: b, type: tb })).toBe(expected !== null);
  });

  it('type defaults to cong_trang', () => {
    expect(conflictingAwards({ award: 'giay_khen' }, { award: 'giay_khen' })).toBe(true);
  });

  it('rejects unknown codes and different years', () => {
    expect(() => conflictingAwards({ award: 'x' }, { award: 'giay_khen' })).toThrow(EligibilityInputError);
    expect(() => conflictingAwards({ award: 'giay_khen', year: 2024 }, { award: 'giay_khen', year: 2025 })).toThrow(
      EligibilityInputError,
    );
  });
});
