// Messages: Vietnamese with diacritics (NFC), rendered from `params` for every unmet code; the params of every
// condition met, the basis as data and the wording key of every ground, which another language words them from.
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, LAW_NAMES, MET_CODES, UNMET_CODES, type EvaluationRequest } from '../../src/eligibility/index.js';
import { formatNumberVi } from '../../src/eligibility/messages.js';
import { award, cstdcs, discipline, investigation, LAW_2013, LAW_2022, members, ratings, request } from './builders.js';

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

describe('the data that words every condition in another language', () => {
  const all = [
    ...samples,
    request('lao_dong_tien_tien', LAW_2022, { ratings: ratings({ 2025: 'tot' }) }),
    request('bang_khen_tinh', LAW_2022, { ratings: ratings({ 2024: 'xuat_sac', 2025: 'xuat_sac' }), initiatives: [{ year: 2024, scope: 'co_so' }, { year: 2025, scope: 'co_so' }] }),
    request('huan_chuong_lao_dong_hang_ba', LAW_2022, {
      ratings: ratings({ 2021: 'tot', 2022: 'tot', 2023: 'xuat_sac', 2024: 'tot', 2025: 'tot' }),
      awards: [award('bang_khen_thu_tuong', 2020), ...cstdcs(2021, 2022, 2023)],
    }),
    request('chien_si_thi_dua_toan_quoc', LAW_2022, { initiatives: [{ year: 2024, scope: 'toan_quoc' }] }),
    request('tap_the_lao_dong_xuat_sac', LAW_2022, { ratings: ratings({ 2025: 'xuat_sac' }), memberStats: [members(2025, 10, 10, 8, 1, 0)] }, 'collective'),
    request('chien_si_thi_dua_tinh', LAW_2022, { awards: cstdcs(2023, 2024, 2025), initiatives: [{ year: 2024, scope: 'tinh' }] }),
    request('chien_si_thi_dua_co_so', LAW_2022, { ratings: ratings({ 2025: 'xuat_sac' }), initiatives: [{ year: 2025, scope: 'co_so' }] }),
    request('tap_the_lao_dong_tien_tien', LAW_2022, { ratings: ratings({ 2025: 'tot' }), memberStats: [members(2025, 10, 10, 8, 0, 0)] }, 'collective'),
    request('bang_khen_thu_tuong', LAW_2013, {
      ratings: ratings({ 2018: 'xuat_sac', 2019: 'xuat_sac', 2020: 'xuat_sac', 2021: 'xuat_sac', 2022: 'xuat_sac' }),
      awards: [award('bang_khen_tinh', 2017)],
      initiatives: [2018, 2019, 2020, 2021, 2022].map((y) => ({ year: y, scope: 'co_so' as const })),
    }),
  ].map((s) => evaluateEligibility(s));

  it('every condition met is one of MET_CODES and carries its params', () => {
    const met = all.flatMap((r) => r.met);
    for (const m of met) {
      expect(MET_CODES, m.code).toContain(m.code);
      expect(m.params, m.code).toBeTypeOf('object');
    }
    expect(new Set(met.map((m) => m.code))).toEqual(new Set(MET_CODES));
    const ratio = all.flatMap((r) => r.met).find((m) => m.code === 'members_ldtt_ratio');
    expect(ratio?.params).toEqual({ year: 2025, members: 10, holders: 8, title: 'lao_dong_tien_tien', titleName: 'Lao động tiên tiến', percent: 80, threshold: 70, comparison: 'at_least', missingData: false });
  });

  it('every condition carries its basis as data, the parts of its basis text', () => {
    for (const c of all.flatMap((r) => [...r.unmet, ...r.met, ...r.toConfirm])) {
      const cit = c.citation!;
      expect(cit, c.code).toBeTypeOf('object');
      expect(c.basis, c.code).toContain(cit.decree);
      if (cit.law) expect(c.basis, c.code).toContain(LAW_NAMES[cit.law]);
      if (cit.lawArticle) expect(c.basis.toLowerCase(), c.code).toContain(`điều ${cit.lawArticle.article} luật`);
      for (const a of cit.decreeArticles) expect(c.basis, c.code).toContain(`Điều ${a.article} Nghị định`);
    }
    const bk = evaluateEligibility(request('bang_khen_thu_tuong', LAW_2022, {}));
    expect(bk.unmet[0]).toMatchObject({
      basis: 'Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP',
      citation: { law: 'law-2022', lawArticle: { article: 73, clause: 1, point: 'b' }, decree: '152/2025/NĐ-CP', decreeArticles: [] },
    });
  });

  it('every ground to confirm names its wording (params.ground)', () => {
    for (const g of all.flatMap((r) => r.toConfirm)) expect(g.params.ground, g.code).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)?$/);
  });

  it('writes counts and percentages the Vietnamese way, as Intl does', () => {
    const f = new Intl.NumberFormat('vi-VN');
    for (const x of [0, 7, 70, 100, 1241, 12345, 1234567, 66.7, 10.05, 0.5, 1241.5, 66.66666, 99.9999]) expect(formatNumberVi(x), String(x)).toBe(f.format(x));
    const r = evaluateEligibility(request('tap_the_lao_dong_tien_tien', LAW_2022, { ratings: ratings({ 2025: 'tot' }), memberStats: [members(2025, 1241, 1241, 828, 0, 0)] }, 'collective'));
    expect(r.unmet[0]?.message).toBe('Năm 2025: 828/1.241 cá nhân (66,7%) đạt “Lao động tiên tiến”, cần ít nhất 70%. Năm thành tích sớm nhất có thể đáp ứng: 2026.');
  });
});
