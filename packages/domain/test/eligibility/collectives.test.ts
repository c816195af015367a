// RULES.md §4: Tập thể lao động tiên tiến and xuất sắc from `memberStats` and the collective's rating.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EvaluationHistory, type EvaluationResult } from '../../src/eligibility/index.js';
import { LAW_2013, LAW_2022, members, ratings, request, unmetSummary, type UnmetSummary } from './builders.js';

type Row = readonly [
  name: string,
  at: { asOf: string; year: number },
  history: (y: number) => EvaluationHistory,
  verdict: EvaluationResult['verdict'],
  unmet: (y: number) => UnmetSummary[],
];

describe('Tập thể lao động tiên tiến (Art. 28(1)): tốt, LĐTT ratio, no member disciplined', () => {
  const rows: Row[] = [
    [
      'law-2022: exactly 70% hold LĐTT',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 10, 10, 7, 0)] }),
      'eligible',
      () => [],
    ],
    [
      'law-2022: 69 of 100 is not enough',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 100, 100, 69, 0)] }),
      'ineligible',
      (y) => [['members_ratio_too_low', y, y + 1, null]],
    ],
    [
      'law-2022: 60% fails, though more than half',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }), memberStats: [members(y, 10, 10, 6, 0)] }),
      'ineligible',
      (y) => [['members_ratio_too_low', y, y + 1, null]],
    ],
    [
      'law-2013: 60% is more than half',
      LAW_2013,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 10, 10, 6, 0)] }),
      'eligible',
      () => [],
    ],
    [
      'law-2013: exactly 50% is not more than half',
      LAW_2013,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 10, 10, 5, 0)] }),
      'ineligible',
      (y) => [['members_ratio_too_low', y, y + 1, null]],
    ],
    [
      'a member disciplined at cảnh cáo or above',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 10, 10, 8, 1, 1)] }),
      'ineligible',
      (y) => [['member_disciplined', y, y + 1, null]],
    ],
    [
      'collective rated hoàn thành',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'hoan_thanh' }), memberStats: [members(y, 10, 10, 8, 1)] }),
      'ineligible',
      (y) => [['rating_too_low', y, y + 1, null]],
    ],
    [
      'no figures and no rating for Y: every condition, fixable once recorded',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y - 1]: 'tot' }) }),
      'ineligible',
      (y) => [
        ['rating_too_low', y, y, null],
        ['members_ratio_too_low', y, y, null],
        ['member_disciplined', y, y, null],
      ],
    ],
  ];
  it.each(rows)('%s', (_name, at, history, verdict, unmet) => {
    const r = evaluateEligibility(request('tap_the_lao_dong_tien_tien', at, history(at.year), 'collective'));
    expect(unmetSummary(r)).toEqual(unmet(at.year));
    expect(r.verdict).toBe(verdict);
  });
});

describe('Tập thể lao động xuất sắc (Art. 27(1)): xuất sắc, 100% completed, ≥ 70% LĐTT, a CSTĐ cơ sở', () => {
  const rows: Row[] = [
    [
      'all conditions met',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }), memberStats: [members(y, 20, 20, 14, 1)] }),
      'eligible',
      () => [],
    ],
    [
      'same under law-2013',
      LAW_2013,
      (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }), memberStats: [members(y, 20, 20, 14, 1)] }),
      'eligible',
      () => [],
    ],
    [
      'a disciplined member is not a condition of this title',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }), memberStats: [members(y, 20, 20, 14, 1, 2)] }),
      'eligible',
      () => [],
    ],
    [
      'every failed condition listed',
      LAW_2022,
      (y) => ({ ratings: ratings({ [y]: 'tot' }), memberStats: [members(y, 10, 9, 6, 0)] }),
      'ineligible',
      (y) => [
        ['rating_too_low', y, y + 1, null],
        ['members_not_all_completed', y, y + 1, null],
        ['members_ratio_too_low', y, y + 1, null],
        ['no_member_cstdcs', y, y + 1, null],
      ],
    ],
  ];
  it.each(rows)('%s', (_name, at, history, verdict, unmet) => {
    const r = evaluateEligibility(request('tap_the_lao_dong_xuat_sac', at, history(at.year), 'collective'));
    expect(unmetSummary(r)).toEqual(unmet(at.year));
    expect(r.verdict).toBe(verdict);
  });
});

describe('collective parameters and blocks', () => {
  it('the LĐTT ratio is a parameter: an organisation may require 80%', () => {
    const req = request(
      'tap_the_lao_dong_tien_tien',
      LAW_2022,
      { ratings: ratings({ 2025: 'tot' }), memberStats: [members(2025, 10, 10, 7, 0)] },
      'collective',
    );
    expect(evaluateEligibility(req).verdict).toBe('eligible');
    const r = evaluateEligibility(req, {
      parameters: { 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent': 80 },
    });
    expect(r.verdict).toBe('ineligible');
    expect(r.unmet[0]?.params).toMatchObject({
      threshold: 80,
      holders: 7,
      members: 10,
      percent: 70,
      comparison: 'at_least',
    });
  });

  it('the completion ratio of TTLĐXS is a parameter too', () => {
    const req = request(
      'tap_the_lao_dong_xuat_sac',
      LAW_2022,
      { ratings: ratings({ 2025: 'xuat_sac' }), memberStats: [members(2025, 10, 9, 8, 1)] },
      'collective',
    );
    expect(evaluateEligibility(req).verdict).toBe('ineligible');
    expect(
      evaluateEligibility(req, { parameters: { 'collective.tap_the_lao_dong_xuat_sac.completed_ratio_percent': 90 } })
        .verdict,
    ).toBe('eligible');
  });

  it('a collective under investigation is blocked', () => {
    const r = evaluateEligibility(
      request(
        'tap_the_lao_dong_tien_tien',
        LAW_2022,
        {
          ratings: ratings({ 2025: 'tot' }),
          memberStats: [members(2025, 10, 10, 8, 0)],
          blocks: [{ kind: 'investigation', from: '2026-01-05' }],
        },
        'collective',
      ),
    );
    expect(r.verdict).toBe('ineligible');
    expect(unmetSummary(r)).toEqual([['blocked', null, null, null]]);
  });

  it('messages give the figures', () => {
    const r = evaluateEligibility(
      request(
        'tap_the_lao_dong_tien_tien',
        LAW_2013,
        { ratings: ratings({ 2022: 'tot' }), memberStats: [members(2022, 10, 10, 5, 0)] },
        'collective',
      ),
    );
    expect(r.unmet[0]?.message).toContain('5/10 cá nhân (50%) đạt “Lao động tiên tiến”, cần trên 50%');
  });
});
