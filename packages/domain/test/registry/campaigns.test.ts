import { describe, expect, it } from 'vitest';
import { RESISTANCE_WAR_AWARDS, RESISTANCE_WAR_PERIODS, adjudicationMatches, adjudicationSearch, adjudicationSearchWords, diffRegistryRows, getAwardDefinition, projectCampaign, registryFieldValue, validateRegistryRow, type RegistryColumnKey } from '../../src/index.js';

const ctx = { provinceCodes: new Set(['33', '34']), today: '2026-11-25' };
const valid = (cells: Partial<Record<RegistryColumnKey, string>>) => {
  const r = validateRegistryRow({ fullName: 'Nguyễn Văn Kháng', birth: '1940', award: 'huan_chuong_khang_chien_chong_my_hang_nhi', type: 'khang_chien', year: '1986', decisionNumber: '250/KT-CTN', decisionDate: '05/03/1986', ...cells }, ctx);
  expect(r.errors).toEqual([]);
  return r.row!;
};

describe('resistance-war reference data', () => {
  it('lists award codes that are in the catalogue, and periods in order with from ≤ to', () => {
    for (const c of RESISTANCE_WAR_AWARDS) expect(getAwardDefinition(c), c).toBeDefined();
    for (const p of RESISTANCE_WAR_PERIODS) expect(p.from <= p.to, p.code).toBe(true);
    expect(RESISTANCE_WAR_PERIODS.map((p) => p.code)).toEqual(['chong_phap', 'chong_my', 'bien_gioi_tay_nam', 'bien_gioi_phia_bac', 'campuchia']);
  });
});

describe('double entry comparison (diffRegistryRows)', () => {
  it.each([
    ['same cells', {}, {}, []],
    ['a date typed as ISO and as dd/mm/yyyy', { decisionDate: '05/03/1986' }, { decisionDate: '1986-03-05' }, []],
    ['an award by code and by its Vietnamese name', {}, { award: 'Huân chương Kháng chiến chống Mỹ, cứu nước hạng Nhì' }, []],
    ['spacing and NFD in a name', {}, { fullName: 'Nguye\u0302\u0303n  Văn Kháng' }, []],
    ['a different birth year', {}, { birth: '1941' }, ['birth']],
    ['a birth year and a full birth date', {}, { birth: '12/05/1940' }, ['birth']],
    ['a different award class and decision number', {}, { award: 'huan_chuong_khang_chien_chong_my_hang_ba', decisionNumber: '251/KT-CTN' }, ['award', 'decisionNumber']],
    ['a hometown left empty by one officer', { hometown: 'Tiên Lữ, Hưng Yên' }, {}, ['hometown']],
  ] as const)('%s', (_name, a, b, fields) => {
    expect(diffRegistryRows(valid(a), valid(b))).toEqual(fields);
  });

  it('shows each field as compared (null when empty)', () => {
    const r = valid({ hometown: '' });
    expect(registryFieldValue(r, 'decisionDate')).toBe('1986-03-05');
    expect(registryFieldValue(r, 'hometown')).toBeNull();
    expect(registryFieldValue(r, 'year')).toBe('1986');
  });
});

describe('the adjudication list search (adjudicationMatches)', () => {
  const a = {
    recordRef: 'HS-1947-0012',
    orgName: 'Phường Hiến Nam',
    first: { enteredBy: 'donvi', cells: { fullName: 'Phạm Văn Đối', birth: '1947', hometown: 'Xã Tân Hưng' } },
    second: { enteredBy: 'donvi2', cells: { fullName: 'Phạm Văn Đối', birth: '1948', hometown: 'Xa Tan Hung' } },
  };
  it.each([
    ['', true],
    ['   ', true],
    ['pham van doi', true], // without marks, đ = d
    ['Phạm Đối', true],
    ['PHẠM ĐỐI', true], // any case
    ['Pha\u0323m', true], // typed in NFD
    ['hien nam', true], // the unit
    ['Hiến', true],
    ['HS-1947', true], // the beginning of the record number
    ['hs-1947-0012', true],
    ['1948', true], // a cell of the second entry
    ['donvi2', true], // an officer
    ['donv', true], // a word's beginning is enough
    ['Tân', true], // "Tân" finds the mark-free "Tan" of the other entry too
    ['ham', false], // not the beginning of a word
    ['1947-0012', false],
    ['pham van an', false], // every word must occur
    ['Hóa', false],
  ])('"%s" → %s', (q, expected) => expect(adjudicationMatches(a, q)).toBe(expected));

  it('is null for a text without a word (nothing to filter)', () => {
    expect(adjudicationSearch(' \t ')).toBeNull();
    expect(adjudicationSearch('pham')!(a)).toBe(true);
    expect(adjudicationSearchWords('  Phạm  ĐỐI\tHS-19 ')).toEqual(['pham', 'doi', 'hs-19']);
  });
});

describe('campaign projection (projectCampaign)', () => {
  it.each([
    // target, committed, elapsed, left → rate, projected, required per day, on track, percent
    [{ target: 100, committed: 40, workingDaysElapsed: 10, workingDaysLeft: 15 }, { ratePerDay: 4, projected: 100, requiredPerDay: 4, onTrack: true, percent: 40 }],
    [{ target: 100, committed: 20, workingDaysElapsed: 10, workingDaysLeft: 10 }, { ratePerDay: 2, projected: 40, requiredPerDay: 8, onTrack: false, percent: 20 }],
    [{ target: 100, committed: 100, workingDaysElapsed: 5, workingDaysLeft: 10 }, { requiredPerDay: null, onTrack: true, percent: 100 }],
    [{ target: 50, committed: 10, workingDaysElapsed: 20, workingDaysLeft: 0 }, { projected: 10, requiredPerDay: null, onTrack: false, percent: 20 }],
    [{ target: 0, committed: 0, workingDaysElapsed: 0, workingDaysLeft: 5 }, { ratePerDay: 0, requiredPerDay: null, onTrack: true, percent: 100 }],
    [{ target: 3, committed: 1, workingDaysElapsed: 0, workingDaysLeft: 5 }, { ratePerDay: 0, projected: 1, requiredPerDay: 1, onTrack: false, percent: 33.33 }],
  ])('%o', (input, out) => {
    expect(projectCampaign(input)).toMatchObject(out);
  });
});
