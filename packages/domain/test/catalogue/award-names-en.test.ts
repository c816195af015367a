import { describe, expect, it } from 'vitest';
import { AWARD_AUTHORITIES_EN, AWARD_CATALOGUE, AWARD_CODES, AWARD_NAMES_EN, awardAuthorityEn, awardNameEn } from '../../src/index.js';

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

describe('English deciding authorities of the awards (user interface only)', () => {
  it('has one for every award of the catalogue and no other code, in plain English', () => {
    expect(Object.keys(AWARD_AUTHORITIES_EN).sort()).toEqual([...AWARD_CODES].sort());
    for (const a of AWARD_CATALOGUE) {
      const en = awardAuthorityEn(a.code);
      expect(en?.trim(), a.code).toBeTruthy();
      expect(en, a.code).not.toMatch(VIETNAMESE);
    }
    expect(awardAuthorityEn('khen_thuong_dia_phuong')).toBeUndefined();
    expect(awardAuthorityEn('toString')).toBeUndefined();
  });

  it('gives awards the same English authority exactly when their Vietnamese authority is the same', () => {
    const byVi = new Map<string, Set<string>>();
    const byEn = new Map<string, Set<string>>();
    for (const a of AWARD_CATALOGUE) {
      const en = awardAuthorityEn(a.code)!;
      byVi.set(a.decidingAuthority, (byVi.get(a.decidingAuthority) ?? new Set()).add(en));
      byEn.set(en, (byEn.get(en) ?? new Set()).add(a.decidingAuthority));
    }
    for (const [vi, ens] of byVi) expect([...ens], vi).toHaveLength(1);
    for (const [en, vis] of byEn) expect([...vis], en).toHaveLength(1);
    expect(byVi.size).toBeGreaterThanOrEqual(10);
  });

  it('renders the authorities the law names', () => {
    const of = (code: string) => AWARD_CATALOGUE.find((a) => a.code === code)!.decidingAuthority;
    expect([of('bang_khen_thu_tuong'), awardAuthorityEn('bang_khen_thu_tuong')]).toEqual(['Thủ tướng Chính phủ', 'The Prime Minister']);
    expect([of('huan_chuong_lao_dong_hang_ba'), awardAuthorityEn('huan_chuong_lao_dong_hang_ba')]).toEqual(['Chủ tịch nước', 'The State President']);
    expect([of('co_thi_dua_chinh_phu'), awardAuthorityEn('co_thi_dua_chinh_phu')]).toEqual(['Chính phủ', 'The Government']);
    expect(awardAuthorityEn('gia_dinh_van_hoa')).toBe("The chairperson of the commune-level People's Committee");
  });
});
