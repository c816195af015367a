import { describe, expect, it } from 'vitest';
import {
  REGISTRY_CORRECTABLE_FIELDS,
  registryFieldText,
  checkRegistryCitizenId,
  mapRegistryHeaders,
  matchRegistryHeader,
  parseRegistryDate,
  personNameKey,
  registryDuplicateScore,
  resolveAwardCode,
  resolveAwardType,
  validateRegistryRow,
} from '../../src/index.js';

const provinces = new Set(['01', '33', '34', '79', '30']);

describe('registry header matching', () => {
  it.each([
    ['Họ và tên', 'fullName'],
    ['HỌ TÊN', 'fullName'],
    ['  ho   va ten ', 'fullName'],
    ['Số QĐ', 'decisionNumber'],
    ['so quyet dinh', 'decisionNumber'],
    ['Ngày QĐ', 'decisionDate'],
    ['CMND/CCCD', 'citizenId'],
    ['Số CCCD', 'citizenId'],
    ['Năm khen', 'year'],
    ['Năm thành tích', 'year'],
    ['Hình thức khen thưởng', 'award'],
    ['__proto__', null],
  ])('%s → %s', (h, k) => expect(matchRegistryHeader(h)).toBe(k));
  it('reports missing required and unknown columns', () => {
    const m = mapRegistryHeaders(['Họ tên', 'Ghi chú']);
    expect(m.missing).toEqual(['award', 'year']);
    expect(m.unknown).toEqual(['Ghi chú']);
  });
});

describe('dates', () => {
  it.each([
    ['05/03/2019', '2019-03-05'],
    ['5/3/2019', '2019-03-05'],
    ['2019-03-05', '2019-03-05'],
    ['2019-03-05T00:00:00', '2019-03-05'],
    ['43529', '2019-03-05'],
    ['31/02/2021', null],
    ['29/02/2024', '2024-02-29'],
    ['hôm qua', null],
  ])('%s → %s', (s, d) => expect(parseRegistryDate(s)).toBe(d));
});

describe('CCCD', () => {
  it.each([
    ['033075001234', { birthYear: 1975, gender: 'nam' as const }, true, 0],
    ['033175001234', { birthYear: 1975, gender: 'nu' as const }, true, 0],
    ['033205001234', { birthYear: 2005, gender: 'nam' as const }, true, 0],
    ['033075001234', { birthYear: 1976, gender: 'nu' as const }, true, 2],
    ['123456789', {}, true, 1],
    ['099075001234', {}, false, 0],
    ['0790851234567', {}, false, 0],
  ])('%s', (id, ctx, ok, warnings) => {
    const r = checkRegistryCitizenId(id, { provinceCodes: provinces, ...ctx });
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.warnings.length).toBe(warnings);
  });
});

describe('award and type resolution', () => {
  it.each([
    ['bang_khen_tinh', 'bang_khen_tinh'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'bang_khen_tinh'],
    ['bằng khen của bộ, ban, ngành, tỉnh', 'bang_khen_tinh'],
    ['Chiến sĩ thi đua cơ sở', 'chien_si_thi_dua_co_so'],
    ['Huy chương Kháng chiến chống Mỹ, cứu nước hạng Nhì', 'huy_chuong_khang_chien_chong_my_hang_nhi'],
    ['Huy chương Kháng chiến chống Mỹ hạng Nhì', 'huy_chuong_khang_chien_chong_my_hang_nhi'],
    ['huy chuong khang chien chong my hang nhi', 'huy_chuong_khang_chien_chong_my_hang_nhi'],
    ['Huân chương Mặt Trăng', null],
  ])('%s → %s', (t, c) => expect(resolveAwardCode(t)).toBe(c));
  it('types', () => {
    expect(resolveAwardType('Đột xuất')).toBe('dot_xuat');
    expect(resolveAwardType('cong_trang')).toBe('cong_trang');
    expect(resolveAwardType('xyz')).toBeNull();
  });
});

describe('identity key', () => {
  it('folds case, spaces, NFD and tone placement; keeps diacritics', () => {
    expect(personNameKey('  NGUYỄN  Văn   Hòa ')).toBe(personNameKey('nguye\u0302\u0303n va\u0306n hoa\u0300'));
    expect(personNameKey('Nguyễn Văn Hòa')).not.toBe(personNameKey('Nguyễn Văn Hóa'));
    expect(personNameKey('Nguyễn Văn Hòa')).not.toBe(personNameKey('Nguyen Van Hoa'));
  });
});

describe('row validation', () => {
  const ctx = { provinceCodes: provinces, today: '2026-11-25' };
  it('accepts a full row, default type cong_trang', () => {
    const r = validateRegistryRow({ fullName: 'Khổng Văn Hoà', birth: '1955', gender: 'Nam', award: 'bang_khen_tinh', year: '2018', decisionNumber: '121/QĐ-UBND', decisionDate: '05/03/2019' }, ctx);
    expect(r.errors).toEqual([]);
    expect(r.row).toMatchObject({ awardType: 'cong_trang', decisionDate: '2019-03-05', birthYear: 1955, gender: 'nam' });
  });
  it('converts TCVN3 and VNI with a warning carrying the original', () => {
    const t = validateRegistryRow({ fullName: 'Khæng V¨n H¶i', award: 'giay_khen', year: '2018' }, ctx);
    expect(t.row!.fullName).toBe('Khổng Văn Hải');
    expect(t.warnings[0]).toMatchObject({ code: 'legacy_encoding_converted', original: 'Khæng V¨n H¶i' });
    const v = validateRegistryRow({ fullName: 'Khoång Thò Luïa', award: 'giay_khen', year: '2018' }, ctx);
    expect(v.row!.fullName).toBe('Khổng Thị Lụa');
    const u = validateRegistryRow({ fullName: 'Khổng Văn Hóa', award: 'giay_khen', year: '2018' }, ctx);
    expect(u.warnings).toEqual([]);
  });
  it('keeps formula-like text as text', () => {
    const r = validateRegistryRow({ fullName: 'An Bình', hometown: '=1+1', award: 'giay_khen', year: '2018' }, ctx);
    expect(r.row!.hometown).toBe('=1+1');
  });
  it.each([
    [{ fullName: '', award: 'giay_khen', year: '2018' }, 'required'],
    [{ fullName: 'A B', award: 'giay_khen', year: '2030' }, 'invalid_year'],
    [{ fullName: 'A B', award: 'giay_khen', year: '2018', birth: '2030' }, 'invalid_year'],
    [{ fullName: 'A B', award: 'giay_khen', year: '2018', birth: '31/02/1980' }, 'invalid_date'],
    [{ fullName: 'A B', award: 'giay_khen', year: '2018', decisionDate: '01/01/2017' }, 'decision_before_year'],
    [{ fullName: 'A B', award: 'x', year: '2018' }, 'unknown_award'],
    [{ fullName: 'A B', award: 'giay_khen', year: '2018', gender: 'X' }, 'invalid_gender'],
  ])('rejects %j with %s', (cells, code) => {
    const r = validateRegistryRow(cells, ctx);
    expect(r.row).toBeNull();
    expect(r.errors.map((e) => e.code)).toContain(code);
  });
});

describe('duplicate score', () => {
  const base = { nameKey: 'nguyễn văn an', nameBase: 'nguyen van an', birthYear: 1970, hometown: 'Kim Động', citizenId: null };
  it.each([
    [{ ...base }, 95],
    [{ ...base, hometown: 'Ân Thi' }, 80],
    [{ ...base, nameKey: 'nguyen van an' }, 75],
    [{ ...base, birthYear: 1971 }, 0],
  ])('%j → %d', (b, score) => expect(registryDuplicateScore(base, b).score).toBe(score));
  it('same citizen ID wins; two different IDs are two people', () => {
    expect(registryDuplicateScore({ ...base, citizenId: '033070001234' }, { ...base, nameKey: 'x', nameBase: 'x', citizenId: '033070001234' }).score).toBe(100);
    expect(registryDuplicateScore({ ...base, citizenId: '033070001234' }, { ...base, citizenId: '033070001235' }).score).toBe(0);
  });
});

describe('registryFieldText (what a structured correction must name as "wrong")', () => {
  const entry = { subjectName: 'Nguyễn Văn An', organisationText: null, achievementYear: 2024 };
  it.each([
    ['subjectName', 'Nguyễn Văn An'],
    ['organisationText', ''],
    ['achievementYear', '2024'],
  ] as const)('%s reads %j', (field, text) => {
    expect(registryFieldText(entry, field)).toBe(text);
  });
  it('an empty year reads as empty text', () => {
    expect(registryFieldText({ ...entry, achievementYear: null }, 'achievementYear')).toBe('');
  });
  it('lists the fields in form order', () => {
    expect([...REGISTRY_CORRECTABLE_FIELDS]).toEqual(['subjectName', 'organisationText', 'achievementYear']);
  });
});
