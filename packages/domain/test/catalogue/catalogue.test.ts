// The award catalogue as data (award-codes.md, LAW.md §2) and its parameters (RULES.md §4–5).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AWARD_CATALOGUE,
  AWARD_CODES,
  AWARD_LEVELS,
  AWARD_TYPES,
  DOSSIER_DOCUMENT_KINDS,
  ELIGIBILITY_PARAMETERS,
  getAwardDefinition,
  getParameterDefinition,
  isAwardCode,
  parameterDefault,
  SUBJECT_KINDS,
  type AwardCode,
} from '../../src/eligibility/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const codesDoc = [resolve(here, '../../../../docs/domain/award-codes.md'), '/work/shared/domain/award-codes.md'].find(
  (p) => existsSync(p),
);

describe('award codes', () => {
  it.skipIf(codesDoc === undefined)('the catalogue holds exactly the codes of award-codes.md', () => {
    const text = readFileSync(codesDoc as string, 'utf8');
    const awardsPart = text.slice(0, text.indexOf('## Award types'));
    const documented = new Set([...awardsPart.matchAll(/`([a-z][a-z0-9_]+)`/g)].map((m) => m[1] as string));
    documented.delete('issuer'); // a field name mentioned beside ky_niem_chuong, not an award code
    expect(new Set(AWARD_CODES)).toEqual(documented);
  });

  it('codes are unique, ASCII snake case, and all catalogued', () => {
    expect(new Set(AWARD_CODES).size).toBe(AWARD_CODES.length);
    expect(AWARD_CATALOGUE.map((a) => a.code)).toEqual([...AWARD_CODES]);
    for (const code of AWARD_CODES) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(isAwardCode(code)).toBe(true);
    }
    expect(isAwardCode('bang_khen')).toBe(false);
    expect(getAwardDefinition('nope')).toBeUndefined();
  });
});

describe('every catalogue entry is well-formed', () => {
  it.each(AWARD_CATALOGUE.map((a) => [a.code, a] as const))('%s', (_code, a) => {
    expect(a.name.normalize('NFC')).toBe(a.name);
    expect(a.name.trim()).toBe(a.name);
    expect(a.decidingAuthority.normalize('NFC')).toBe(a.decidingAuthority);
    expect(a.decidingAuthority.length).toBeGreaterThan(5);
    expect(['title', 'form']).toContain(a.kind);
    expect(a.subjects.length).toBeGreaterThan(0);
    for (const s of a.subjects) expect(SUBJECT_KINDS).toContain(s);
    expect(AWARD_LEVELS).toContain(a.level);
    expect(a.allowedTypes.length).toBeGreaterThan(0);
    for (const t of a.allowedTypes) expect(AWARD_TYPES).toContain(t);
    if (a.kind === 'title') expect(a.allowedTypes).toEqual(['cong_trang']);
    if (a.category === 'resistance_war') expect(a.allowedTypes).toEqual(['khang_chien']);
    for (const d of a.dossier) expect(DOSSIER_DOCUMENT_KINDS).toContain(d);
    expect(a.dossier).toContain('to_trinh');
    if (a.kind === 'title')
      expect(a.dossier).toEqual(expect.arrayContaining(['bao_cao_thanh_tich', 'bien_ban_binh_xet']));
    if (a.bonus) {
      expect(a.bonus.coefficient).toBeGreaterThan(0);
      expect(a.bonus.source).toMatch(/Nghị định/);
    }
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('catalogue facts', () => {
  it.each<[AwardCode, string, 'title' | 'form', string, readonly string[]]>([
    ['lao_dong_tien_tien', 'Lao động tiên tiến', 'title', 'co_so', ['individual']],
    ['chien_si_thi_dua_co_so', 'Chiến sĩ thi đua cơ sở', 'title', 'co_so', ['individual']],
    ['chien_si_thi_dua_tinh', 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', 'title', 'bo_tinh', ['individual']],
    ['chien_si_thi_dua_toan_quoc', 'Chiến sĩ thi đua toàn quốc', 'title', 'toan_quoc', ['individual']],
    ['tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc', 'title', 'bo_tinh', ['collective']],
    ['co_thi_dua_chinh_phu', 'Cờ thi đua của Chính phủ', 'title', 'toan_quoc', ['collective']],
    ['xa_phuong_tieu_bieu', 'Xã, phường, đặc khu tiêu biểu', 'title', 'bo_tinh', ['collective']],
    ['gia_dinh_van_hoa', 'Gia đình văn hóa', 'title', 'co_so', ['household']],
    [
      'bang_khen_tinh',
      'Bằng khen của bộ, ban, ngành, tỉnh',
      'form',
      'bo_tinh',
      ['individual', 'collective', 'household'],
    ],
    [
      'bang_khen_thu_tuong',
      'Bằng khen của Thủ tướng Chính phủ',
      'form',
      'toan_quoc',
      ['individual', 'collective', 'household'],
    ],
    ['huan_chuong_lao_dong_hang_ba', 'Huân chương Lao động hạng Ba', 'form', 'nha_nuoc', ['individual', 'collective']],
    [
      'huan_chuong_bao_ve_to_quoc_hang_nhi',
      'Huân chương Bảo vệ Tổ quốc hạng Nhì',
      'form',
      'nha_nuoc',
      ['individual', 'collective'],
    ],
    [
      'huy_chuong_chien_si_ve_vang_hang_nhat',
      'Huy chương Chiến sĩ vẻ vang hạng Nhất',
      'form',
      'nha_nuoc',
      ['individual'],
    ],
    ['ba_me_viet_nam_anh_hung', 'Bà mẹ Việt Nam anh hùng', 'form', 'nha_nuoc', ['individual']],
    [
      'huan_chuong_khang_chien_chong_my_hang_nhi',
      'Huân chương Kháng chiến chống Mỹ, cứu nước hạng Nhì',
      'form',
      'nha_nuoc',
      ['individual', 'collective', 'household'],
    ],
    ['huy_chuong_chien_thang_hang_nhi', 'Huy chương Chiến thắng hạng Nhì', 'form', 'nha_nuoc', ['individual']],
  ])('%s is “%s”, a %s of level %s for %j', (code, name, kind, level, subjects) => {
    const a = getAwardDefinition(code);
    expect(a?.name).toBe(name.normalize('NFC'));
    expect(a?.kind).toBe(kind);
    expect(a?.level).toBe(level);
    expect(a?.subjects).toEqual(subjects);
  });

  it.each<[AwardCode, number, boolean]>([
    ['chien_si_thi_dua_toan_quoc', 4.5, false],
    ['chien_si_thi_dua_tinh', 3.0, false],
    ['chien_si_thi_dua_co_so', 1.0, false],
    ['lao_dong_tien_tien', 0.3, false],
    ['chien_si_tien_tien', 0.3, false],
    ['tap_the_lao_dong_xuat_sac', 1.5, false],
    ['don_vi_quyet_thang', 1.5, false],
    ['tap_the_lao_dong_tien_tien', 0.8, false],
    ['don_vi_tien_tien', 0.8, false],
    ['xa_phuong_tieu_bieu', 2.0, false],
    ['thon_to_dan_pho_van_hoa', 1.5, false],
    ['co_thi_dua_chinh_phu', 12, false],
    ['co_thi_dua_tinh', 8, false],
    ['bang_khen_thu_tuong', 3.5, false],
    ['bang_khen_tinh', 1.5, false],
    ['ky_niem_chuong', 0.6, true],
    ['giay_khen', 0.3, false],
    ['huan_chuong_sao_vang', 46, false],
    ['huan_chuong_ho_chi_minh', 30.5, false],
    ['huan_chuong_doc_lap_hang_nhat', 15, false],
    ['huan_chuong_quan_cong_hang_nhat', 15, false],
    ['huan_chuong_doc_lap_hang_nhi', 12, false],
    ['huan_chuong_quan_cong_hang_nhi', 12, false],
  ])('bonus of %s is %s × base salary (at most: %s), LAW.md §2.4', (code, coefficient, atMost) => {
    const b = getAwardDefinition(code)?.bonus;
    expect(b?.coefficient).toBe(coefficient);
    expect(b?.atMost ?? false).toBe(atMost);
  });

  it('public posting for orders, state honorary titles and CSTĐ toàn quốc (Decree 152 Art. 44(2))', () => {
    for (const a of AWARD_CATALOGUE) {
      const required =
        a.code.startsWith('huan_chuong_') ||
        a.code.startsWith('anh_hung_') ||
        a.code === 'ba_me_viet_nam_anh_hung' ||
        a.code === 'tinh_thanh_pho_anh_hung' ||
        a.code === 'chien_si_thi_dua_toan_quoc';
      if (required) expect(a.publicPosting, a.code).toBe(true);
    }
    expect(getAwardDefinition('bang_khen_tinh')?.publicPosting).toBe(false);
  });

  it('dossiers: initiative proof for the CSTĐ titles, ballot results for CSTĐ toàn quốc and Cờ CP', () => {
    for (const code of ['chien_si_thi_dua_co_so', 'chien_si_thi_dua_tinh', 'chien_si_thi_dua_toan_quoc'] as const) {
      expect(getAwardDefinition(code)?.dossier).toContain('chung_nhan_sang_kien');
    }
    for (const code of ['chien_si_thi_dua_toan_quoc', 'co_thi_dua_chinh_phu', 'anh_hung_lao_dong'] as const) {
      expect(getAwardDefinition(code)?.dossier).toContain('ket_qua_bo_phieu');
    }
    expect(getAwardDefinition('bang_khen_thu_tuong')?.dossier).toEqual([
      'to_trinh',
      'bao_cao_thanh_tich',
      'bien_ban_xet_khen_thuong',
    ]);
  });

  it('secret ballot by default where a council votes', () => {
    expect(getAwardDefinition('chien_si_thi_dua_tinh')?.secretBallot).toBe(true);
    expect(getAwardDefinition('ky_niem_chuong')?.secretBallot).toBe(false);
  });
});

describe('parameters (RULES.md §4–5)', () => {
  it.each<[string, string | undefined, unknown, string]>([
    ['quota.cstdcs_cap_percent', 'law-2022', null, 'confirmed'],
    ['quota.cstdcs_cap_percent', 'law-2013', 15, 'confirmed'],
    ['quota.government_flag_percent', undefined, 20, 'confirmed'],
    ['cluster.central_council_flag_count', undefined, 1, 'confirmed'],
    ['cluster.prime_minister_merit_count', undefined, 2, 'uncertain'],
    ['collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent', 'law-2022', 70, 'confirmed'],
    ['collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent', 'law-2013', 50, 'confirmed'],
    ['collective.tap_the_lao_dong_xuat_sac.ldtt_ratio_percent', 'law-2022', 70, 'confirmed'],
    ['collective.tap_the_lao_dong_xuat_sac.completed_ratio_percent', 'law-2022', 100, 'confirmed'],
    ['vote.chien_si_thi_dua_toan_quoc.percent', undefined, 90, 'confirmed'],
    ['vote.anh_hung_lao_dong.percent', undefined, 90, 'confirmed'],
    ['vote.co_thi_dua_chinh_phu.percent', undefined, 80, 'confirmed'],
    ['vote.chien_si_thi_dua_tinh.percent', undefined, 90, 'uncertain'],
    ['vote.co_thi_dua_tinh.percent', undefined, 80, 'uncertain'],
    ['vote.default.percent', undefined, 50, 'uncertain'],
    ['vote.secret_ballot', undefined, true, 'uncertain'],
    ['vote.denominator', undefined, 'all_members', 'confirmed'],
    ['vote.chien_si_thi_dua_toan_quoc.denominator', undefined, null, 'confirmed'],
    ['vote.chien_si_thi_dua_tinh.denominator', undefined, null, 'uncertain'],
    ['posting.min_working_days', undefined, 10, 'confirmed'],
    ['deadline.provincial.board_appraisal', undefined, 20, 'uncertain'],
    ['deadline.provincial.unit_supplement', undefined, 10, 'uncertain'],
    ['deadline.provincial.council_after_appraisal', undefined, 10, 'uncertain'],
    ['deadline.provincial.decision', undefined, 5, 'uncertain'],
    ['deadline.national.ministry_province_review', undefined, 30, 'confirmed'],
    ['deadline.national.ministry_province_review_highest', undefined, 40, 'confirmed'],
    ['deadline.national.moha_appraisal', undefined, 20, 'confirmed'],
    ['deadline.national.consultation_reply', undefined, 10, 'confirmed'],
    ['bonus.household_multiplier', undefined, 1.5, 'confirmed'],
  ])('%s (%s) defaults to %j, %s', (key, ruleSet, value, status) => {
    const p = getParameterDefinition(key, ruleSet as 'law-2022' | 'law-2013' | undefined);
    expect(p?.default).toEqual(value);
    expect(p?.status).toBe(status);
    expect(parameterDefault(key, ruleSet as 'law-2022' | 'law-2013' | undefined)).toEqual(value);
  });

  it('comparisons: ≥ 70% under law-2022, more than 50% under law-2013, "không quá" for quotas', () => {
    expect(
      getParameterDefinition('collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent', 'law-2022')?.comparison,
    ).toBe('at_least');
    expect(
      getParameterDefinition('collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent', 'law-2013')?.comparison,
    ).toBe('more_than');
    expect(getParameterDefinition('quota.government_flag_percent')?.comparison).toBe('at_most');
    expect(getParameterDefinition('vote.default.percent')?.comparison).toBe('more_than');
  });

  it('every parameter has a key, a unit, a basis, a status and a Vietnamese description; key + rule set is unique', () => {
    const seen = new Set<string>();
    for (const p of ELIGIBILITY_PARAMETERS) {
      const id = `${p.key}|${'ruleSet' in p ? p.ruleSet : ''}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      expect(p.basis.length).toBeGreaterThan(3);
      expect(['confirmed', 'uncertain']).toContain(p.status);
      expect(p.description.normalize('NFC')).toBe(p.description);
      if (p.unit === 'working_days') expect(typeof p.default).toBe('number');
    }
  });

  // The English user interface shows these (the parameters page): each parameter has both, in English (no
  // Vietnamese letter: decree numbers are written ND-CP), NFC, and the same citations as the Vietnamese basis.
  it('every parameter has an English description and an English legal basis', () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ\u0300-\u036f]/iu;
    const numbers = (s: string) => [...s.matchAll(/\d+\/\d{4}\/[A-ZĐ0-9-]+/g)].map((m) => m[0].replace('Đ', 'D')).sort();
    for (const p of ELIGIBILITY_PARAMETERS) {
      const id = `${p.key}|${'ruleSet' in p ? p.ruleSet : ''}`;
      expect(p.descriptionEn.trim(), id).not.toBe('');
      expect(p.basisEn.trim(), id).not.toBe('');
      expect(p.descriptionEn, id).not.toMatch(vietnamese);
      expect(p.basisEn, id).not.toMatch(vietnamese);
      expect(p.descriptionEn.normalize('NFC'), id).toBe(p.descriptionEn);
      expect(p.descriptionEn, id).not.toBe(p.description);
      expect(numbers(p.basisEn), id).toEqual(numbers(p.basis));
    }
    expect(getParameterDefinition('quota.government_flag_percent')).toMatchObject({
      basis: 'khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP',
      basisEn: 'Article 7(1) of Decree 152/2025/ND-CP',
    });
    expect(getParameterDefinition('posting.min_working_days')?.descriptionEn).toMatch(/at least 10 working days/);
  });

  it('unknown parameters', () => {
    expect(getParameterDefinition('nope')).toBeUndefined();
    expect(() => parameterDefault('nope')).toThrow();
  });
});
