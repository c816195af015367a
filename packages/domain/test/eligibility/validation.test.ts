// Bad input → EligibilityInputError with a stable code (the server answers 400).
import { describe, expect, it } from 'vitest';
import { EligibilityInputError, evaluateEligibility, type EvaluationRequest } from '../../src/eligibility/index.js';

const ok: EvaluationRequest = {
  award: 'lao_dong_tien_tien',
  asOf: '2026-01-20',
  year: 2025,
  subject: { kind: 'individual' },
  history: { ratings: [{ year: 2025, rating: 'tot' }] },
};

function codeOf(req: unknown, options?: unknown): string | null {
  try {
    evaluateEligibility(req as EvaluationRequest, options as never);
    return null;
  } catch (e) {
    if (e instanceof EligibilityInputError) return e.code;
    throw e;
  }
}

describe('EligibilityInputError codes', () => {
  it.each<[string, unknown, string | null]>([
    ['a valid request', ok, null],
    ['history omitted (arrays default to empty)', { ...ok, history: undefined }, null],
    ['unknown award', { ...ok, award: 'huan_chuong_khong_co' }, 'unknown_award'],
    [
      'unknown award code in the history',
      { ...ok, history: { awards: [{ award: 'bang_khen_xyz', year: 2020 }] } },
      'unknown_award',
    ],
    ['asOf before 2018-01-01', { ...ok, asOf: '2017-12-31', year: 2017 }, 'rule_set_unknown'],
    ['asOf on 2018-01-01', { ...ok, asOf: '2018-01-01', year: 2017 }, null],
    ['asOf not a date', { ...ok, asOf: '20/01/2026' }, 'validation_failed'],
    ['asOf an impossible date', { ...ok, asOf: '2026-02-29' }, 'validation_failed'],
    ['year not an integer', { ...ok, year: 2025.5 }, 'validation_failed'],
    ['year a string', { ...ok, year: '2025' }, 'validation_failed'],
    ['subject kind unknown', { ...ok, subject: { kind: 'robot' } }, 'validation_failed'],
    ['subject missing', { ...ok, subject: undefined }, 'validation_failed'],
    ['subject kind not allowed for the award', { ...ok, subject: { kind: 'collective' } }, 'validation_failed'],
    [
      'household for a collective title',
      { ...ok, award: 'tap_the_lao_dong_xuat_sac', subject: { kind: 'household' } },
      'validation_failed',
    ],
    [
      'two ratings for one year',
      {
        ...ok,
        history: {
          ratings: [
            { year: 2025, rating: 'tot' },
            { year: 2025, rating: 'xuat_sac' },
          ],
        },
      },
      'validation_failed',
    ],
    ['unknown rating', { ...ok, history: { ratings: [{ year: 2025, rating: 'gioi' }] } }, 'validation_failed'],
    ['ratings not an array', { ...ok, history: { ratings: { 2025: 'tot' } } }, 'validation_failed'],
    [
      'award without year nor decision date',
      { ...ok, history: { awards: [{ award: 'bang_khen_tinh' }] } },
      'validation_failed',
    ],
    [
      'unknown award type',
      { ...ok, history: { awards: [{ award: 'bang_khen_tinh', year: 2020, type: 'thuong_xuyen' }] } },
      'validation_failed',
    ],
    [
      'malformed decision date',
      { ...ok, history: { awards: [{ award: 'bang_khen_tinh', year: 2020, decisionDate: '2020-1-5' }] } },
      'validation_failed',
    ],
    [
      'unknown initiative scope',
      { ...ok, history: { initiatives: [{ year: 2025, scope: 'quoc_te' }] } },
      'validation_failed',
    ],
    [
      'block kind unknown',
      { ...ok, history: { blocks: [{ kind: 'warning', from: '2025-01-01' }] } },
      'validation_failed',
    ],
    [
      'block ending before it starts',
      { ...ok, history: { blocks: [{ kind: 'discipline', from: '2025-05-01', to: '2025-04-01' }] } },
      'validation_failed',
    ],
    [
      'block without start',
      { ...ok, history: { blocks: [{ kind: 'investigation', to: '2026-04-01' }] } },
      'validation_failed',
    ],
    [
      'member figures exceeding the members',
      {
        ...ok,
        award: 'tap_the_lao_dong_tien_tien',
        subject: { kind: 'collective' },
        history: {
          memberStats: [
            {
              year: 2025,
              members: 5,
              completedTasks: 6,
              laoDongTienTien: 1,
              chienSiThiDuaCoSo: 0,
              disciplinedWarningOrAbove: 0,
            },
          ],
        },
      },
      'validation_failed',
    ],
    [
      'two member figures for one year',
      {
        ...ok,
        award: 'tap_the_lao_dong_tien_tien',
        subject: { kind: 'collective' },
        history: {
          memberStats: [
            {
              year: 2025,
              members: 5,
              completedTasks: 5,
              laoDongTienTien: 4,
              chienSiThiDuaCoSo: 0,
              disciplinedWarningOrAbove: 0,
            },
            {
              year: 2025,
              members: 6,
              completedTasks: 5,
              laoDongTienTien: 4,
              chienSiThiDuaCoSo: 0,
              disciplinedWarningOrAbove: 0,
            },
          ],
        },
      },
      'validation_failed',
    ],
    [
      'a collective with no members',
      {
        ...ok,
        award: 'tap_the_lao_dong_tien_tien',
        subject: { kind: 'collective' },
        history: {
          memberStats: [
            {
              year: 2025,
              members: 0,
              completedTasks: 0,
              laoDongTienTien: 0,
              chienSiThiDuaCoSo: 0,
              disciplinedWarningOrAbove: 0,
            },
          ],
        },
      },
      'validation_failed',
    ],
    ['not an object', 'lao_dong_tien_tien', 'validation_failed'],
  ])('%s → %s', (_name, req, code) => {
    expect(codeOf(req)).toBe(code);
  });

  it('a negative parameter override is rejected', () => {
    expect(codeOf(ok, { parameters: { 'collective.tap_the_lao_dong_tien_tien.ldtt_ratio_percent': -1 } })).toBe(
      'validation_failed',
    );
  });

  it('errors carry the offending path', () => {
    try {
      evaluateEligibility({
        ...ok,
        history: {
          ratings: [
            { year: 2025, rating: 'tot' },
            { year: 2025, rating: 'tot' },
          ],
        },
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EligibilityInputError);
      expect((e as EligibilityInputError).issues).toEqual([
        { path: 'history.ratings[1].year', issue: 'second rating for 2025' },
      ]);
    }
  });

  it('memberStats of an individual are ignored', () => {
    expect(codeOf({ ...ok, history: { ...ok.history, memberStats: [{ year: 2025, members: 0 }] } })).toBeNull();
  });
});
