// RULES.md §1: rule set and decree by the date the dossier is received, and the basis citing them.
import { describe, expect, it } from 'vitest';
import {
  EligibilityInputError,
  evaluateEligibility,
  selectDecree,
  selectRuleSet,
} from '../../src/eligibility/index.js';
import { ratings, request } from './builders.js';

describe('selectRuleSet / selectDecree', () => {
  it.each([
    ['2017-12-31', null, null],
    ['2018-01-01', 'law-2013', '91/2017/NĐ-CP'],
    ['2023-12-31', 'law-2013', '91/2017/NĐ-CP'],
    ['2024-01-01', 'law-2022', '98/2023/NĐ-CP'],
    ['2025-06-30', 'law-2022', '98/2023/NĐ-CP'],
    ['2025-07-01', 'law-2022', '152/2025/NĐ-CP'],
    ['2027-03-01', 'law-2022', '152/2025/NĐ-CP'],
  ])('%s → %s, %s', (asOf, ruleSet, decree) => {
    expect(selectRuleSet(asOf)).toBe(ruleSet);
    expect(selectDecree(asOf)).toBe(decree);
  });

  it('decree identifiers are NFC', () => {
    expect(selectDecree('2025-07-01')).toBe('152/2025/NĐ-CP'.normalize('NFC'));
  });

  it.each(['2025-13-01', '2025-02-30', '25-01-01', ''])('rejects the malformed date %j', (asOf) => {
    expect(() => selectRuleSet(asOf)).toThrow(EligibilityInputError);
  });
});

describe('evaluateEligibility picks the rule set and decree by asOf and cites them', () => {
  it.each([
    ['2023-12-31', 'law-2013', '91/2017/NĐ-CP', 'năm 2003'],
    ['2024-01-01', 'law-2022', '98/2023/NĐ-CP', '06/2022/QH15'],
    ['2025-06-30', 'law-2022', '98/2023/NĐ-CP', '06/2022/QH15'],
    ['2025-07-01', 'law-2022', '152/2025/NĐ-CP', '06/2022/QH15'],
  ])('asOf %s → %s with Decree %s', (asOf, ruleSet, decree, law) => {
    const r = evaluateEligibility({
      award: 'lao_dong_tien_tien',
      asOf,
      year: 2023,
      subject: { kind: 'individual' },
      history: { ratings: ratings({ 2023: 'hoan_thanh' }) },
    });
    expect(r.ruleSet).toBe(ruleSet);
    expect(r.decree).toBe(decree);
    for (const item of [...r.unmet, ...r.met, ...r.toConfirm]) {
      expect(item.basis).toContain(`Nghị định ${decree}`);
    }
    expect(r.unmet[0]?.basis).toContain(law);
  });

  it('the same dossier is eligible for CSTĐ cơ sở on 2024-01-01 but not on 2023-12-31 (xuất sắc without initiative)', () => {
    const history = { ratings: ratings({ 2023: 'xuat_sac' }) };
    const before = evaluateEligibility({
      award: 'chien_si_thi_dua_co_so',
      asOf: '2023-12-31',
      year: 2023,
      subject: { kind: 'individual' },
      history,
    });
    const after = evaluateEligibility({
      award: 'chien_si_thi_dua_co_so',
      asOf: '2024-01-01',
      year: 2023,
      subject: { kind: 'individual' },
      history,
    });
    expect([before.ruleSet, before.verdict]).toEqual(['law-2013', 'ineligible']);
    expect([after.ruleSet, after.verdict]).toEqual(['law-2022', 'eligible']);
  });

  it('basis of the decree principles: Art. 4(3) for non-merit prior awards, Art. 33(7) for windows under Decree 152', () => {
    const r = evaluateEligibility(
      request(
        'bang_khen_thu_tuong',
        { asOf: '2025-07-01', year: 2024 },
        { awards: [{ award: 'bang_khen_tinh', year: 2019, type: 'chuyen_de' }] },
      ),
    );
    expect(r.unmet[0]?.basis).toBe(
      'Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15; khoản 3 Điều 4 Nghị định 152/2025/NĐ-CP',
    );
    const w = evaluateEligibility(
      request(
        'bang_khen_thu_tuong',
        { asOf: '2025-07-01', year: 2024 },
        {
          ratings: ratings({ 2022: 'tot', 2023: 'tot', 2024: 'tot' }),
          awards: [{ award: 'bang_khen_tinh', year: 2021 }],
        },
      ),
    );
    expect(w.unmet.find((u) => u.code === 'window_too_short')?.basis).toBe(
      'Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15; khoản 7 Điều 33 Nghị định 152/2025/NĐ-CP',
    );
  });

  it('law-2013 Bằng khen Thủ tướng cites Decree 91/2017 Art. 38', () => {
    const r = evaluateEligibility(request('bang_khen_thu_tuong', { asOf: '2023-03-01', year: 2022 }, {}));
    expect(r.unmet[0]?.basis).toBe(
      'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013); Điều 38 Nghị định 91/2017/NĐ-CP',
    );
  });
});
