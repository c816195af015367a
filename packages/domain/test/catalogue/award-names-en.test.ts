import { describe, expect, it } from 'vitest';
import { AWARD_CATALOGUE, AWARD_CODES, AWARD_NAMES_EN, awardNameEn } from '../../src/index.js';

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ\u0300-\u036f]/iu;

describe('English names of the awards (user interface only)', () => {
  it('has one for every code and no other, in plain English, all different', () => {
    expect(Object.keys(AWARD_NAMES_EN).sort()).toEqual([...AWARD_CODES].sort());
    for (const [code, name] of Object.entries(AWARD_NAMES_EN)) {
      expect(name.trim(), code).not.toBe('');
      expect(name, code).not.toMatch(VIETNAMESE);
    }
    expect(new Set(Object.values(AWARD_NAMES_EN)).size).toBe(AWARD_CODES.length);
  });

  it('names the classes of an order in the order of the Vietnamese (Nhất, Nhì, Ba)', () => {
    for (const a of AWARD_CATALOGUE) {
      const cls = / hạng (Nhất|Nhì|Ba)$/u.exec(a.name)?.[1];
      const en = awardNameEn(a.code)!;
      if (cls) expect(en, a.code).toMatch({ Nhất: /, First Class$/, Nhì: /, Second Class$/, Ba: /, Third Class$/ }[cls]!);
      else expect(en, a.code).not.toMatch(/Class$/);
    }
    expect(awardNameEn('huan_chuong_lao_dong_hang_ba')).toBe('Labour Order, Third Class');
    expect(awardNameEn('chien_si_thi_dua_co_so')).toBe('Grassroots Emulation Fighter');
  });

  it('leaves the Vietnamese name as the catalogue name, and knows no local award', () => {
    expect(AWARD_CATALOGUE.find((a) => a.code === 'bang_khen_thu_tuong')?.name).toBe('Bằng khen của Thủ tướng Chính phủ');
    expect(awardNameEn('bang_khen_thu_tuong')).toBe("Prime Minister's Certificate of Merit");
    expect(awardNameEn('khen_thuong_dia_phuong')).toBeUndefined();
    expect(awardNameEn('toString')).toBeUndefined();
  });
});
