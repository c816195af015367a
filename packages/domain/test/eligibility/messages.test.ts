// Messages: Vietnamese with diacritics (NFC), rendered from `params` for every unmet code.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, UNMET_CODES, type EvaluationRequest } from '../../src/eligibility/index.js';
import { award, cstdcs, discipline, investigation, LAW_2022, members, ratings, request } from './builders.js';

const samples: EvaluationRequest[] = [
  request('lao_dong_tien_tien', LAW_2022, {
    ratings: ratings({ 2025: 'hoan_thanh' }),
    blocks: [discipline('2025-03-01', '2025-05-01'), investigation('2026-01-01')],
  }),
  request('chien_si_thi_dua_tinh', LAW_2022, {
    awards: cstdcs(2023),
    initiatives: [{ year: 2024, scope: 'co_so' }],
    blocks: [discipline('2024-03-01')],
  }),
  request('chien_si_thi_dua_tinh', LAW_2022, {}),
  request('chien_si_thi_dua_toan_quoc', LAW_2022, { initiatives: [{ year: 2024, scope: 'tinh' }] }),
  request('bang_khen_thu_tuong', LAW_2022, { awards: [award('bang_khen_tinh', 2019, { type: 'chuyen_de' })] }),
  request('bang_khen_thu_tuong', LAW_2022, { awards: [award('bang_khen_tinh', 2019, { decisionDate: '2026-05-01' })] }),
  request('bang_khen_thu_tuong', LAW_2022, {
    ratings: ratings({ 2023: 'tot', 2024: 'tot', 2025: 'tot' }),
    awards: [award('bang_khen_tinh', 2022)],
    blocks: [discipline('2023-03-01', '2023-04-01')],
  }),
  request('huan_chuong_lao_dong_hang_ba', LAW_2022, {
    ratings: ratings({ 2021: 'tot', 2022: 'tot', 2023: 'tot', 2024: 'tot', 2025: 'tot' }),
    awards: [award('bang_khen_thu_tuong', 2020)],
  }),
  request(
    'tap_the_lao_dong_xuat_sac',
    LAW_2022,
    { ratings: ratings({ 2025: 'tot' }), memberStats: [members(2025, 10, 9, 5, 0, 0)] },
    'collective',
  ),
  request(
    'tap_the_lao_dong_tien_tien',
    LAW_2022,
    { ratings: ratings({ 2025: 'tot' }), memberStats: [members(2025, 10, 10, 8, 0, 2)] },
    'collective',
  ),
];

describe('messages', () => {
  const unmet = samples.flatMap((s) => evaluateEligibility(s).unmet);

  it('every unmet code has been rendered at least once by these samples', () => {
    expect(new Set(unmet.map((u) => u.code))).toEqual(new Set(UNMET_CODES));
  });

  it.each(unmet.map((u) => [u.code, u.message, u] as const))('%s: %s', (_code, message, u) => {
    expect(message.normalize('NFC')).toBe(message);
    expect(message).toMatch(/[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i);
    expect(message).not.toMatch(/undefined|NaN|null|\{|\}/);
    expect(u.params).toBeTypeOf('object');
    if (u.earliestYear !== undefined)
      expect(message).toContain(`Năm thành tích sớm nhất có thể đáp ứng: ${u.earliestYear}.`);
  });

  it('dates are shown as dd/mm/yyyy', () => {
    const r = evaluateEligibility(samples[0] as EvaluationRequest);
    expect(r.unmet[0]?.message).toBe(
      'Đang trong thời gian thi hành kỷ luật (từ 01/03/2025 đến 01/05/2025) trùng với năm thành tích 2025: không xét khen thưởng. Năm thành tích sớm nhất có thể đáp ứng: 2026.',
    );
  });
});
