// RULES.md §2–3 for individuals, table-driven under both rule sets: every condition, streak gaps,
// window edges, wider-scope initiatives, non-merit prior awards, the anchoring award, disciplines
// inside windows, blocks, awards decided after asOf, `earliestYear` values and alternatives.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, type EvaluationHistory, type EvaluationResult } from '../../src/eligibility/index.js';
import {
  award,
  BOTH,
  cstdcs,
  cstdTinh,
  discipline,
  initiative,
  investigation,
  LAW_2013,
  LAW_2022,
  ratingRun,
  ratings,
  request,
  unmetSummary,
  type UnmetSummary,
} from './builders.js';

type Verdict = EvaluationResult['verdict'];
/** A case: history builder from (Y, asOf), expected verdict, expected unmet summary from Y. */
type Case = readonly [
  name: string,
  history: (y: number, asOf: string) => EvaluationHistory,
  verdict: Verdict,
  unmet: (y: number) => UnmetSummary[],
];

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Runs `cases` for `awardCode` under every rule set listed. */
function table(
  awardCode: string,
  cases: readonly Case[],
  sets: readonly (readonly [string, { asOf: string; year: number }])[] = BOTH,
) {
  const rows = sets.flatMap(([ruleSet, at]) => cases.map((c) => [ruleSet, c[0], at, c] as const));
  it.each(rows)('%s: %s', (ruleSet, _name, at, [, history, verdict, unmet]) => {
    const r = evaluateEligibility(request(awardCode, at, history(at.year, at.asOf)));
    expect(r.ruleSet).toBe(ruleSet);
    expect(unmetSummary(r)).toEqual(unmet(at.year));
    expect(r.verdict).toBe(verdict);
  });
}

const none = (): UnmetSummary[] => [];

describe('Lao động tiên tiến (Art. 24): rating(Y) ≥ tốt, and the blocks of §2', () => {
  table('lao_dong_tien_tien', [
    ['rated tốt', (y) => ({ ratings: ratings({ [y]: 'tot' }) }), 'eligible', none],
    ['rated xuất sắc', (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }) }), 'eligible', none],
    [
      'rated hoàn thành: fixable next year',
      (y) => ({ ratings: ratings({ [y]: 'hoan_thanh' }) }),
      'ineligible',
      (y) => [['rating_too_low', y, y + 1, null]],
    ],
    [
      'rated không hoàn thành',
      (y) => ({ ratings: ratings({ [y]: 'khong_hoan_thanh' }) }),
      'ineligible',
      (y) => [['rating_too_low', y, y + 1, null]],
    ],
    [
      'no rating for Y, history ends at Y−1: Y itself once recorded',
      (y) => ({ ratings: ratings({ [y - 1]: 'tot' }) }),
      'ineligible',
      (y) => [['rating_too_low', y, y, null]],
    ],
    ['empty history', () => ({}), 'ineligible', (y) => [['rating_too_low', y, y, null]]],
    [
      'low in Y and Y+1, tốt recorded in Y+2',
      (y) => ({ ratings: ratings({ [y]: 'hoan_thanh', [y + 1]: 'khong_hoan_thanh', [y + 2]: 'tot' }) }),
      'ineligible',
      (y) => [['rating_too_low', y, y + 2, null]],
    ],
    [
      'discipline overlapping Y and Y+1 blocks (example-10)',
      (y) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [discipline(`${y}-09-01`, `${y + 1}-03-01`)] }),
      'ineligible',
      (y) => [['blocked', y, y + 2, null]],
    ],
    [
      'discipline ending 31/12 of Y−1 does not block',
      (y) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [discipline(`${y - 1}-03-01`, `${y - 1}-12-31`)] }),
      'eligible',
      none,
    ],
    [
      'discipline ending 01/01 of Y blocks (closed period)',
      (y) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [discipline(`${y - 1}-03-01`, `${y}-01-01`)] }),
      'ineligible',
      (y) => [['blocked', y, y + 1, null]],
    ],
    [
      'discipline starting 01/01 of Y+1 does not block',
      (y) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [discipline(`${y + 1}-01-01`, `${y + 1}-06-01`)] }),
      'eligible',
      none,
    ],
    [
      'discipline without an end: no earliest year',
      (y) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [discipline(`${y}-06-01`)] }),
      'ineligible',
      (y) => [['blocked', y, null, null]],
    ],
    [
      'investigation open at asOf (no end)',
      (y, asOf) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [investigation(previousDay(asOf))] }),
      'ineligible',
      () => [['blocked', null, null, null]],
    ],
    [
      'investigation closed before asOf',
      (y, asOf) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [investigation(`${y}-01-10`, previousDay(asOf))] }),
      'eligible',
      none,
    ],
    [
      'investigation ending on asOf is closed',
      (y, asOf) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [investigation(`${y}-01-10`, asOf)] }),
      'eligible',
      none,
    ],
    [
      'investigation ending the day after asOf is open',
      (y, asOf) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [investigation(`${y}-01-10`, nextDay(asOf))] }),
      'ineligible',
      () => [['blocked', null, null, null]],
    ],
    [
      'investigation opened after asOf does not count',
      (y, asOf) => ({ ratings: ratings({ [y]: 'tot' }), blocks: [investigation(nextDay(asOf))] }),
      'eligible',
      none,
    ],
    [
      'every failure listed: discipline, investigation and rating',
      (y, asOf) => ({
        ratings: ratings({ [y]: 'hoan_thanh' }),
        blocks: [discipline(`${y}-03-01`, `${y}-06-01`), investigation(previousDay(asOf))],
      }),
      'ineligible',
      (y) => [
        ['blocked', y, y + 1, null],
        ['blocked', null, null, null],
        ['rating_too_low', y, y + 1, null],
      ],
    ],
  ]);
});

describe('Chiến sĩ thi đua cơ sở (Art. 23)', () => {
  describe('law-2022: LĐTT condition and (xuất sắc or an initiative in Y) — two alternatives', () => {
    table(
      'chien_si_thi_dua_co_so',
      [
        ['xuất sắc alone suffices (example-02)', (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }) }), 'eligible', none],
        [
          'tốt with a grassroots initiative in Y',
          (y) => ({ ratings: ratings({ [y]: 'tot' }), initiatives: [initiative(y, 'co_so')] }),
          'eligible',
          none,
        ],
        [
          'tốt with a national-scope work in Y (wider satisfies narrower)',
          (y) => ({ ratings: ratings({ [y]: 'tot' }), initiatives: [initiative(y, 'toan_quoc')] }),
          'eligible',
          none,
        ],
        [
          'tốt with an initiative of Y−1 only: both alternatives fail',
          (y) => ({ ratings: ratings({ [y]: 'tot' }), initiatives: [initiative(y - 1)] }),
          'ineligible',
          (y) => [
            ['rating_too_low', y, y + 1, 1],
            ['missing_initiative', y, y + 1, 2],
          ],
        ],
        [
          'hoàn thành with an initiative: the LĐTT condition fails, alternative 2 holds',
          (y) => ({ ratings: ratings({ [y]: 'hoan_thanh' }), initiatives: [initiative(y)] }),
          'ineligible',
          (y) => [['rating_too_low', y, y + 1, null]],
        ],
        [
          'hoàn thành without initiative: everything listed',
          (y) => ({ ratings: ratings({ [y]: 'hoan_thanh' }) }),
          'ineligible',
          (y) => [
            ['rating_too_low', y, y + 1, null],
            ['rating_too_low', y, y + 1, 1],
            ['missing_initiative', y, y + 1, 2],
          ],
        ],
      ],
      [['law-2022', LAW_2022]],
    );
  });
  describe('law-2013: LĐTT condition and an initiative in Y (xuất sắc alone is not enough)', () => {
    table(
      'chien_si_thi_dua_co_so',
      [
        [
          'xuất sắc without initiative (example-03)',
          (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }) }),
          'ineligible',
          (y) => [['missing_initiative', y, y + 1, null]],
        ],
        [
          'tốt with an initiative in Y',
          (y) => ({ ratings: ratings({ [y]: 'tot' }), initiatives: [initiative(y)] }),
          'eligible',
          none,
        ],
        [
          'xuất sắc with a province-scope initiative',
          (y) => ({ ratings: ratings({ [y]: 'xuat_sac' }), initiatives: [initiative(y, 'tinh')] }),
          'eligible',
          none,
        ],
        [
          'hoàn thành with an initiative',
          (y) => ({ ratings: ratings({ [y]: 'hoan_thanh' }), initiatives: [initiative(y)] }),
          'ineligible',
          (y) => [['rating_too_low', y, y + 1, null]],
        ],
        [
          'initiative of Y−1 does not count',
          (y) => ({ ratings: ratings({ [y]: 'tot' }), initiatives: [initiative(y - 1)] }),
          'ineligible',
          (y) => [['missing_initiative', y, y + 1, null]],
        ],
      ],
      [['law-2013', LAW_2013]],
    );
  });
});

describe('CSTĐ bộ, ban, ngành, tỉnh (Art. 22): CSTĐ cơ sở Y−2..Y and a work ≥ tỉnh in [Y−2, Y]', () => {
  const base = (y: number): EvaluationHistory => ({
    ratings: ratingRun(y - 2, y, 'xuat_sac'),
    awards: cstdcs(y - 2, y - 1, y),
    initiatives: [initiative(y - 1, 'tinh')],
  });
  table('chien_si_thi_dua_tinh', [
    ['three consecutive CSTĐ cơ sở and a province-scope initiative (example-04)', base, 'eligible', none],
    [
      'gap in Y−1 breaks the streak',
      (y) => ({ ...base(y), awards: cstdcs(y - 2, y) }),
      'ineligible',
      (y) => [['missing_title', y - 1, y + 2, null]],
    ],
    [
      'missing Y−2',
      (y) => ({ ...base(y), awards: cstdcs(y - 1, y) }),
      'ineligible',
      (y) => [['missing_title', y - 2, y + 1, null]],
    ],
    [
      'no CSTĐ cơ sở at all: one entry per year',
      (y) => ({ ...base(y), awards: [] }),
      'ineligible',
      (y) => [
        ['missing_title', y - 2, y + 3, null],
        ['missing_title', y - 1, y + 3, null],
        ['missing_title', y, y + 3, null],
      ],
    ],
    [
      'grassroots initiative only (example-05)',
      (y) => ({ ...base(y), initiatives: [initiative(y - 1, 'co_so')] }),
      'ineligible',
      (y) => [['initiative_scope_too_narrow', null, y + 1, null]],
    ],
    [
      'no initiative',
      (y) => ({ ...base(y), initiatives: [] }),
      'ineligible',
      (y) => [['missing_initiative', null, y + 1, null]],
    ],
    [
      'national-scope work at the window edge Y−2',
      (y) => ({ ...base(y), initiatives: [initiative(y - 2, 'toan_quoc')] }),
      'eligible',
      none,
    ],
    [
      'province-scope initiative of Y−3 is outside the window',
      (y) => ({ ...base(y), initiatives: [initiative(y - 3, 'tinh')] }),
      'ineligible',
      (y) => [['missing_initiative', null, y + 1, null]],
    ],
    [
      'outside wide one and inside narrow one: scope too narrow',
      (y) => ({ ...base(y), initiatives: [initiative(y - 3, 'tinh'), initiative(y - 1, 'co_so')] }),
      'ineligible',
      (y) => [['initiative_scope_too_narrow', null, y + 1, null]],
    ],
    [
      'an extraordinary (đột xuất) CSTĐ cơ sở does not count',
      (y) => ({
        ...base(y),
        awards: [...cstdcs(y - 2, y), award('chien_si_thi_dua_co_so', y - 1, { type: 'dot_xuat' })],
      }),
      'ineligible',
      (y) => [['missing_title', y - 1, y + 2, null]],
    ],
    [
      'CSTĐ cơ sở of Y decided after asOf is not held',
      (y) => ({
        ...base(y),
        awards: [...cstdcs(y - 2, y - 1), award('chien_si_thi_dua_co_so', y, { decisionDate: `${y + 1}-04-01` })],
      }),
      'ineligible',
      (y) => [['missing_title', y, y + 3, null]],
    ],
    [
      'a title without decision date counts as held',
      (y) => ({
        ...base(y),
        awards: [
          award('chien_si_thi_dua_co_so', y - 2),
          award('chien_si_thi_dua_co_so', y - 1),
          award('chien_si_thi_dua_co_so', y),
        ],
      }),
      'eligible',
      none,
    ],
    [
      'discipline in Y−1 breaks the streak and the initiative window',
      (y) => ({ ...base(y), blocks: [discipline(`${y - 1}-02-01`, `${y - 1}-08-01`)] }),
      'ineligible',
      (y) => [
        ['streak_broken', y - 1, y + 2, null],
        ['missing_initiative', null, y + 1, null],
      ],
    ],
    [
      'discipline in Y−1 with the initiative recognised after it',
      (y) => ({
        ...base(y),
        initiatives: [initiative(y, 'tinh')],
        blocks: [discipline(`${y - 1}-02-01`, `${y - 1}-08-01`)],
      }),
      'ineligible',
      (y) => [['streak_broken', y - 1, y + 2, null]],
    ],
    [
      'discipline overlapping Y: blocked, and the streak and window restart after it',
      (y) => ({ ...base(y), blocks: [discipline(`${y}-02-01`, `${y}-04-01`)] }),
      'ineligible',
      (y) => [
        ['blocked', y, y + 1, null],
        ['streak_broken', y, y + 3, null],
        ['missing_initiative', null, y + 1, null],
      ],
    ],
    [
      'discipline in Y−3, before the streak, changes nothing',
      (y) => ({ ...base(y), blocks: [discipline(`${y - 3}-02-01`, `${y - 3}-12-31`)] }),
      'eligible',
      none,
    ],
  ]);
});

describe('CSTĐ toàn quốc (Art. 21): CSTĐ tỉnh for Y and Y−3, national work in [Y−5, Y]', () => {
  const base = (y: number): EvaluationHistory => ({
    awards: cstdTinh(y - 3, y),
    initiatives: [initiative(y - 5, 'toan_quoc')],
  });
  table('chien_si_thi_dua_toan_quoc', [
    ['two consecutive CSTĐ tỉnh, national work at the window edge Y−5', base, 'eligible', none],
    [
      'CSTĐ tỉnh for Y−2 instead of Y−3',
      (y) => ({ ...base(y), awards: cstdTinh(y - 2, y) }),
      'ineligible',
      (y) => [['missing_title', y - 3, y + 1, null]],
    ],
    [
      'no CSTĐ tỉnh for Y, Y recorded',
      (y) => ({ ...base(y), awards: cstdTinh(y - 3), ratings: ratings({ [y]: 'xuat_sac' }) }),
      'ineligible',
      (y) => [['missing_title', y, y + 4, null]],
    ],
    [
      'national work of Y−6 is outside; province-scope one inside is too narrow',
      (y) => ({ ...base(y), initiatives: [initiative(y - 6, 'toan_quoc'), initiative(y - 1, 'tinh')] }),
      'ineligible',
      (y) => [['initiative_scope_too_narrow', null, y + 1, null]],
    ],
    [
      'no work at all',
      (y) => ({ ...base(y), initiatives: [] }),
      'ineligible',
      (y) => [['missing_initiative', null, y + 1, null]],
    ],
    [
      'discipline in Y−2 breaks the run and the window',
      (y) => ({ ...base(y), blocks: [discipline(`${y - 2}-03-01`, `${y - 2}-10-01`)] }),
      'ineligible',
      (y) => [
        ['streak_broken', y - 2, y + 2, null],
        ['missing_initiative', null, y + 1, null],
      ],
    ],
  ]);
});

describe('Bằng khen tỉnh, ground (d) (Art. 74(1)(d)): two alternatives', () => {
  table('bang_khen_tinh', [
    [
      'alternative 1: CSTĐ cơ sở in Y−1 and Y (example-06)',
      (y) => ({ ratings: ratingRun(y - 1, y, 'xuat_sac'), awards: cstdcs(y - 1, y) }),
      'eligible',
      none,
    ],
    [
      'alternative 1 holds while 2 fails: eligible, nothing unmet',
      (y) => ({ ratings: ratingRun(y - 1, y, 'tot'), awards: cstdcs(y - 1, y) }),
      'eligible',
      none,
    ],
    [
      'alternative 2: xuất sắc in Y−1 and Y, one initiative each year',
      (y) => ({ ratings: ratingRun(y - 1, y, 'xuat_sac'), initiatives: [initiative(y - 1), initiative(y)] }),
      'eligible',
      none,
    ],
    [
      'alternative 2: two initiatives in the same year',
      (y) => ({ ratings: ratingRun(y - 1, y, 'xuat_sac'), initiatives: [initiative(y), initiative(y, 'tinh')] }),
      'eligible',
      none,
    ],
    [
      'both alternatives fail: every condition with its alternative',
      (y) => ({
        ratings: ratings({ [y - 1]: 'xuat_sac', [y]: 'tot' }),
        awards: cstdcs(y),
        initiatives: [initiative(y - 1)],
      }),
      'ineligible',
      (y) => [
        ['missing_title', y - 1, y + 1, 1],
        ['rating_too_low', y, y + 2, 2],
        ['missing_initiative', null, y + 1, 2],
      ],
    ],
    [
      'an initiative of Y−2 is outside the window',
      (y) => ({ ratings: ratingRun(y - 1, y, 'xuat_sac'), initiatives: [initiative(y - 2), initiative(y)] }),
      'ineligible',
      (y) => [
        ['missing_title', y - 1, y + 2, 1],
        ['missing_title', y, y + 2, 1],
        ['missing_initiative', null, y + 1, 2],
      ],
    ],
    [
      'discipline in Y−1 breaks both runs',
      (y) => ({
        ratings: ratingRun(y - 1, y, 'xuat_sac'),
        awards: cstdcs(y - 1, y),
        initiatives: [initiative(y - 1), initiative(y)],
        blocks: [discipline(`${y - 1}-02-01`, `${y - 1}-08-01`)],
      }),
      'ineligible',
      (y) => [
        ['streak_broken', y - 1, y + 1, 1],
        ['streak_broken', y - 1, y + 1, 2],
        ['missing_initiative', null, y + 1, 2],
      ],
    ],
  ]);
});

describe('Bằng khen Thủ tướng, ground (b) under law-2022 (Art. 73(1)(b))', () => {
  // Bằng khen tỉnh of Y−5, then five years ≥ tốt with three CSTĐ cơ sở (example-07 shifted).
  const base = (y: number): EvaluationHistory => ({
    ratings: ratings({ [y - 4]: 'xuat_sac', [y - 3]: 'tot', [y - 2]: 'xuat_sac', [y - 1]: 'tot', [y]: 'xuat_sac' }),
    awards: [award('bang_khen_tinh', y - 5, { decisionDate: `${y - 4}-01-15` }), ...cstdcs(y - 4, y - 2, y)],
  });
  const withAwards = (y: number, ...extra: ReturnType<typeof award>[]) => ({
    ...base(y),
    awards: [...(base(y).awards ?? []), ...extra],
  });
  table(
    'bang_khen_thu_tuong',
    [
      ['Bằng khen tỉnh, five years, three CSTĐ cơ sở (example-07)', base, 'eligible', none],
      [
        'a thematic Bằng khen tỉnh is not a prior award (example-08)',
        (y) => ({
          ...base(y),
          awards: [award('bang_khen_tinh', y - 5, { type: 'chuyen_de' }), ...cstdcs(y - 4, y - 2, y)],
        }),
        'ineligible',
        () => [['prior_award_not_merit', null, null, null]],
      ],
      [
        'no Bằng khen tỉnh: unfixable',
        (y) => ({ ...base(y), awards: cstdcs(y - 4, y - 2, y) }),
        'ineligible',
        () => [['missing_prior_award', null, null, null]],
      ],
      [
        'Bằng khen tỉnh decided after asOf does not exist yet',
        (y) => ({
          ...base(y),
          awards: [award('bang_khen_tinh', y - 5, { decisionDate: `${y + 1}-05-01` }), ...cstdcs(y - 4, y - 2, y)],
        }),
        'ineligible',
        () => [['missing_prior_award', null, null, null]],
      ],
      [
        'window of four years is too short',
        (y) => ({ ratings: ratingRun(y - 3, y), awards: [award('bang_khen_tinh', y - 4), ...cstdcs(y - 3, y - 1, y)] }),
        'ineligible',
        (y) => [['window_too_short', null, y + 1, null]],
      ],
      [
        'a year rated hoàn thành in the window: unfixable',
        (y) => ({
          ...base(y),
          ratings: [...ratingRun(y - 4, y - 3), { year: y - 2, rating: 'hoan_thanh' }, ...ratingRun(y - 1, y)],
        }),
        'ineligible',
        (y) => [['rating_too_low', y - 2, null, null]],
      ],
      [
        'a missing rating in the window',
        (y) => ({ ...base(y), ratings: [...ratingRun(y - 4, y - 4), ...ratingRun(y - 2, y)] }),
        'ineligible',
        (y) => [['rating_too_low', y - 3, null, null]],
      ],
      [
        'two CSTĐ cơ sở only',
        (y) => ({ ...base(y), awards: [award('bang_khen_tinh', y - 5), ...cstdcs(y - 4, y)] }),
        'ineligible',
        (y) => [['not_enough_titles', null, y + 1, null]],
      ],
      [
        'CSTĐ cơ sở of Y decided after asOf does not count',
        (y) => ({
          ...base(y),
          awards: [
            award('bang_khen_tinh', y - 5),
            ...cstdcs(y - 4, y - 2),
            award('chien_si_thi_dua_co_so', y, { decisionDate: `${y + 1}-04-01` }),
          ],
        }),
        'ineligible',
        (y) => [['not_enough_titles', null, y + 1, null]],
      ],
      [
        'the most recent Bằng khen tỉnh anchors the window',
        (y) => withAwards(y, award('bang_khen_tinh', y - 9)),
        'eligible',
        none,
      ],
      [
        'a later thematic Bằng khen tỉnh is ignored: the older merit one anchors',
        (y) => ({
          ...base(y),
          awards: [
            award('bang_khen_tinh', y - 9),
            award('bang_khen_tinh', y - 5, { type: 'chuyen_de' }),
            ...cstdcs(y - 4, y - 2, y),
          ],
        }),
        'ineligible',
        (y) => [
          ['rating_too_low', y - 8, null, null],
          ['rating_too_low', y - 7, null, null],
          ['rating_too_low', y - 6, null, null],
          ['rating_too_low', y - 5, null, null],
        ],
      ],
      [
        'a Bằng khen Thủ tướng already held from a later year Q moves the window after Q',
        (y) => withAwards(y, award('bang_khen_thu_tuong', y - 3)),
        'ineligible',
        (y) => [
          ['window_too_short', null, y + 2, null],
          ['not_enough_titles', null, y + 1, null],
        ],
      ],
      [
        'a Bằng khen Thủ tướng older than P does not move the window',
        (y) => withAwards(y, award('bang_khen_thu_tuong', y - 7)),
        'eligible',
        none,
      ],
      [
        'an extraordinary Bằng khen Thủ tướng does not move the window',
        (y) => withAwards(y, award('bang_khen_thu_tuong', y - 3, { type: 'dot_xuat' })),
        'eligible',
        none,
      ],
      [
        'a Bằng khen Thủ tướng decided after asOf does not move the window',
        (y) => withAwards(y, award('bang_khen_thu_tuong', y - 1, { decisionDate: `${y + 1}-06-01` })),
        'eligible',
        none,
      ],
      [
        'a discipline inside the window moves the anchor to its last year',
        (y) => ({ ...base(y), blocks: [discipline(`${y - 3}-02-01`, `${y - 3}-08-01`)] }),
        'ineligible',
        (y) => [
          ['streak_broken', y - 3, y + 2, null],
          ['window_too_short', null, y + 2, null],
          ['not_enough_titles', null, y + 1, null],
        ],
      ],
      [
        'a discipline touching P+1 restarts the count from P+1',
        (y) => ({ ...base(y), blocks: [discipline(`${y - 4}-11-01`, `${y - 4}-12-31`)] }),
        'ineligible',
        (y) => [
          ['streak_broken', y - 4, y + 1, null],
          ['window_too_short', null, y + 1, null],
          ['not_enough_titles', null, y + 1, null],
        ],
      ],
      [
        'a discipline in year P (before the window) changes nothing',
        (y) => ({ ...base(y), blocks: [discipline(`${y - 5}-02-01`, `${y - 5}-12-31`)] }),
        'eligible',
        none,
      ],
      [
        'after a discipline, a long re-counted window still qualifies and earlier low years no longer count',
        (y) => ({
          ratings: [...ratingRun(y - 11, y - 11), { year: y - 10, rating: 'hoan_thanh' }, ...ratingRun(y - 9, y)],
          awards: [award('bang_khen_tinh', y - 12), ...cstdcs(y - 4, y - 2, y)],
          blocks: [discipline(`${y - 7}-03-01`, `${y - 7}-09-01`)],
        }),
        'eligible',
        none,
      ],
      [
        'the same history without the discipline: the low year counts',
        (y) => ({
          ratings: [...ratingRun(y - 11, y - 11), { year: y - 10, rating: 'hoan_thanh' }, ...ratingRun(y - 9, y)],
          awards: [award('bang_khen_tinh', y - 12), ...cstdcs(y - 4, y - 2, y)],
        }),
        'ineligible',
        (y) => [['rating_too_low', y - 10, null, null]],
      ],
      [
        'a discipline overlapping Y blocks and empties the window',
        (y) => ({ ...base(y), blocks: [discipline(`${y}-02-01`, `${y}-05-01`)] }),
        'ineligible',
        (y) => [
          ['blocked', y, y + 1, null],
          ['streak_broken', y, y + 5, null],
          ['window_too_short', null, y + 5, null],
          ['not_enough_titles', null, y + 3, null],
        ],
      ],
      [
        'an investigation open at asOf',
        (y, asOf) => ({ ...base(y), blocks: [investigation(`${asOf.slice(0, 4)}-01-05`)] }),
        'ineligible',
        () => [['blocked', null, null, null]],
      ],
      [
        'achievement year of the prior award taken from its decision date when absent (Decree 152 Art. 33(7))',
        (y) => ({
          ...base(y),
          awards: [{ award: 'bang_khen_tinh', decisionDate: `${y - 5}-06-01` }, ...cstdcs(y - 4, y - 2, y)],
        }),
        'eligible',
        none,
      ],
      [
        'a decision date in Y−4 without achievement year anchors at Y−4',
        (y) => ({
          ...base(y),
          awards: [{ award: 'bang_khen_tinh', decisionDate: `${y - 4}-01-15` }, ...cstdcs(y - 4, y - 2, y)],
        }),
        'ineligible',
        (y) => [
          ['window_too_short', null, y + 1, null],
          ['not_enough_titles', null, y + 1, null],
        ],
      ],
    ],
    [['law-2022', LAW_2022]],
  );
});

describe('Bằng khen Thủ tướng under law-2013 (Decree 91/2017 Art. 38): every year xuất sắc, five initiatives', () => {
  const base = (y: number): EvaluationHistory => ({
    ratings: ratingRun(y - 4, y, 'xuat_sac'),
    awards: [award('bang_khen_tinh', y - 5)],
    initiatives: [initiative(y - 4), initiative(y - 3), initiative(y - 2), initiative(y - 1), initiative(y)],
  });
  table(
    'bang_khen_thu_tuong',
    [
      ['five years xuất sắc and five initiatives, no CSTĐ cơ sở needed', base, 'eligible', none],
      [
        'initiatives of wider scope count',
        (y) => ({
          ...base(y),
          initiatives: [
            initiative(y - 4, 'tinh'),
            initiative(y - 3, 'toan_quoc'),
            initiative(y - 2),
            initiative(y - 1),
            initiative(y),
          ],
        }),
        'eligible',
        none,
      ],
      [
        'a year rated tốt',
        (y) => ({
          ...base(y),
          ratings: [
            ...ratingRun(y - 4, y - 3, 'xuat_sac'),
            { year: y - 2, rating: 'tot' },
            ...ratingRun(y - 1, y, 'xuat_sac'),
          ],
        }),
        'ineligible',
        (y) => [['rating_too_low', y - 2, null, null]],
      ],
      [
        'four initiatives',
        (y) => ({ ...base(y), initiatives: (base(y).initiatives ?? []).slice(1) }),
        'ineligible',
        (y) => [['missing_initiative', null, y + 1, null]],
      ],
      [
        'the law-2022 history of example-07 does not qualify',
        (y) => ({
          ratings: ratings({
            [y - 4]: 'xuat_sac',
            [y - 3]: 'tot',
            [y - 2]: 'xuat_sac',
            [y - 1]: 'tot',
            [y]: 'xuat_sac',
          }),
          awards: [award('bang_khen_tinh', y - 5), ...cstdcs(y - 4, y - 2, y)],
        }),
        'ineligible',
        (y) => [
          ['rating_too_low', y - 3, null, null],
          ['rating_too_low', y - 1, null, null],
          ['missing_initiative', null, y + 1, null],
        ],
      ],
      [
        'a discipline inside the window',
        (y) => ({ ...base(y), blocks: [discipline(`${y - 3}-02-01`, `${y - 3}-08-01`)] }),
        'ineligible',
        (y) => [
          ['streak_broken', y - 3, y + 2, null],
          ['window_too_short', null, y + 2, null],
          ['missing_initiative', null, y + 1, null],
        ],
      ],
    ],
    [['law-2013', LAW_2013]],
  );
});

describe('Huân chương Lao động hạng Ba, ground (e) (Art. 44(1)(e)): same chain under both rule sets', () => {
  const base = (y: number): EvaluationHistory => ({
    ratings: ratings({ [y - 4]: 'tot', [y - 3]: 'tot', [y - 2]: 'xuat_sac', [y - 1]: 'tot', [y]: 'tot' }),
    awards: [award('bang_khen_thu_tuong', y - 5), ...cstdcs(y - 4, y - 2, y)],
  });
  table('huan_chuong_lao_dong_hang_ba', [
    ['Bằng khen Thủ tướng, five years ≥ tốt, one xuất sắc, three CSTĐ cơ sở', base, 'eligible', none],
    [
      'no year xuất sắc (example-09)',
      (y) => ({ ...base(y), ratings: ratingRun(y - 4, y) }),
      'ineligible',
      (y) => [['missing_excellent_year', null, y + 1, null]],
    ],
    [
      'no Bằng khen Thủ tướng, only a Bằng khen tỉnh',
      (y) => ({ ...base(y), awards: [award('bang_khen_tinh', y - 5), ...cstdcs(y - 4, y - 2, y)] }),
      'ineligible',
      () => [['missing_prior_award', null, null, null]],
    ],
    [
      'only a thematic Bằng khen Thủ tướng',
      (y) => ({
        ...base(y),
        awards: [
          award('bang_khen_thu_tuong', y - 5, { type: 'chuyen_de' }),
          award('bang_khen_thu_tuong', y - 6, { type: 'dot_xuat' }),
          ...cstdcs(y - 4, y - 2, y),
        ],
      }),
      'ineligible',
      () => [['prior_award_not_merit', null, null, null]],
    ],
    [
      'a Huân chương Lao động hạng Ba already held from Y−2',
      (y) => ({ ...base(y), awards: [...(base(y).awards ?? []), award('huan_chuong_lao_dong_hang_ba', y - 2)] }),
      'ineligible',
      (y) => [
        ['window_too_short', null, y + 3, null],
        ['not_enough_titles', null, y + 2, null],
        ['missing_excellent_year', null, y + 1, null],
      ],
    ],
  ]);
});
