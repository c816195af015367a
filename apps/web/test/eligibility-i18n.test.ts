// The eligibility engine's conditions in both languages (src/features/eligibility/i18n.ts, worded by
// components/conditions.ts from each condition's code and params): the catalogue has the same keys and
// placeholders in both languages and is NFC; every unmet and every met code the engine knows is worded in
// Vietnamese and English; the web's Vietnamese is exactly the server's `message` for every unmet condition of a
// wide sweep of histories, and every key of the catalogue takes part in that sweep (so no branch of the wording
// can drift from the domain's messages.ts unnoticed); the English has no Vietnamese; numbers follow the locale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWARD_NAMES_EN } from '@thidua/domain/catalogue/award-names-en';
import { AWARD_CATALOGUE } from '@thidua/domain/catalogue/awards';
import { MET_CODES, UNMET_CODES, type EvaluationRequest, type EvaluationResult } from '@thidua/domain/eligibility/eligibility.types';
import { evaluateEligibility } from '@thidua/domain/eligibility/evaluate-eligibility';
import { formatUnmetMessage } from '@thidua/domain/eligibility/messages';
import { eligibilityEn, eligibilityVi } from '../src/features/eligibility/i18n';
import {
  basisSentence,
  basisText,
  decreeText,
  groundSentence,
  groundText,
  metSentence,
  unmetSentence,
  unmetText,
  type Wording,
} from '../src/features/eligibility/components/conditions';
import { vi as uiVi } from '../src/i18n/vi';
import { en as uiEn } from '../src/i18n/en';
import { featureSources, VIETNAMESE, vietnameseLiterals } from './feature-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const interpolate = (s: string, p?: Record<string, string | number>) => (p ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m)) : s);
const iso = (d: string) => d.split('-').reverse().join('/');

/** The translator of one language, as useI18n() gives the screens, recording the keys it was asked for. */
function wording(locale: 'vi' | 'en', used?: Set<string>): Wording {
  const cat = (locale === 'vi' ? uiVi : uiEn) as Record<string, string>;
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB');
  return {
    locale,
    t: (key, params) => {
      used?.add(key);
      return interpolate(cat[key] ?? key, params);
    },
    fmtNumber: (n) => nf.format(n),
    fmtDate: iso,
  };
}

// A deterministic sweep of histories over every rule and both rule sets.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
const TYPES = ['cong_trang', 'cong_trang', 'cong_trang', 'chuyen_de', 'dot_xuat'] as const;
const INDIVIDUAL = [
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_tinh',
  'chien_si_thi_dua_toan_quoc',
  'bang_khen_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_ba',
] as const;
const TITLES = ['chien_si_thi_dua_co_so', 'chien_si_thi_dua_tinh', 'bang_khen_tinh', 'bang_khen_thu_tuong', 'huan_chuong_lao_dong_hang_ba'] as const;
const COLLECTIVE = ['tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac'] as const;
const AT = [
  { asOf: '2026-03-01', year: 2025 },
  { asOf: '2023-03-01', year: 2022 },
  { asOf: '2025-03-01', year: 2024 },
] as const;

function sweep(n: number): EvaluationRequest[] {
  const r = prng(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: EvaluationRequest[] = [];
  for (let i = 0; i < n; i++) {
    const at = pick(AT);
    const y = at.year;
    const collective = r() < 0.25;
    const ratings = [];
    for (let yr = y - 9; yr <= y; yr++) if (r() < 0.85) ratings.push({ year: yr, rating: r() < 0.6 ? pick(RATINGS.slice(0, 2)) : pick(RATINGS) });
    const history: Record<string, unknown> = { ratings };
    if (collective) {
      if (r() < 0.85) {
        const members = pick([3, 10, 12, 40, 1241]);
        const part = () => Math.floor(members * (0.4 + 0.6 * r()));
        history.memberStats = [
          {
            year: y,
            members,
            completedTasks: r() < 0.5 ? members : part(),
            laoDongTienTien: part(),
            chienSiThiDuaCoSo: r() < 0.3 ? 0 : Math.floor(r() * 3),
            disciplinedWarningOrAbove: r() < 0.7 ? 0 : 1 + Math.floor(r() * 2),
          },
        ];
      }
    } else {
      const awards = [];
      for (let yr = y - 9; yr <= y; yr++)
        for (const t of TITLES)
          if (r() < (t === 'chien_si_thi_dua_co_so' ? 0.55 : 0.12)) {
            const late = r() < 0.05;
            awards.push({ award: t, year: yr, type: pick(TYPES), decisionDate: late ? `${at.asOf.slice(0, 4)}-12-01` : r() < 0.2 ? null : `${yr + 1}-01-15` });
          }
      history.awards = awards;
      const initiatives = [];
      for (let yr = y - 6; yr <= y; yr++) if (r() < 0.35) initiatives.push({ year: yr, scope: pick(SCOPES) });
      history.initiatives = initiatives;
    }
    const blocks = [];
    if (r() < 0.2) {
      const from = `${y - Math.floor(r() * 4)}-0${1 + Math.floor(r() * 8)}-01`;
      blocks.push(r() < 0.3 ? { kind: 'discipline', from } : { kind: 'discipline', from, to: `${Number(from.slice(0, 4)) + Math.floor(r() * 2)}-11-30` });
    }
    if (r() < 0.06) blocks.push(r() < 0.5 ? { kind: 'investigation', from: `${y}-12-01` } : { kind: 'investigation', from: `${y}-10-01`, to: `${Number(at.asOf.slice(0, 4)) + 1}-01-31` });
    history.blocks = blocks;
    out.push({ award: collective ? pick(COLLECTIVE) : pick(INDIVIDUAL), asOf: at.asOf, year: y, subject: { kind: collective ? 'collective' : 'individual' }, history } as EvaluationRequest);
  }
  return out;
}

// Histories the sweep may miss: a discipline moving the anchor of a window that still suffices.
const specific: EvaluationRequest[] = [
  {
    award: 'bang_khen_thu_tuong',
    asOf: '2026-03-01',
    year: 2025,
    subject: { kind: 'individual' },
    history: {
      ratings: Array.from({ length: 10 }, (_, i) => ({ year: 2016 + i, rating: 'tot' as const })),
      awards: [
        { award: 'bang_khen_tinh', year: 2015, type: 'cong_trang', decisionDate: '2016-02-01' },
        ...[2019, 2021, 2023].map((y) => ({ award: 'chien_si_thi_dua_co_so', year: y, type: 'cong_trang' as const, decisionDate: `${y + 1}-01-15` })),
      ],
      blocks: [{ kind: 'discipline', from: '2017-03-01', to: '2017-09-01' }],
    },
  },
];
const requests = [...sweep(4000), ...specific];
const results: EvaluationResult[] = requests.map((q) => evaluateEligibility(q));
// Branches of the domain's sentences no rule reaches today (a one-year title run, a title held under another
// type, every award type): worded from params by the domain's own formatUnmetMessage.
const handmade = [
  { code: 'missing_title', params: { year: 2025, title: 'lao_dong_tien_tien', titleName: 'Lao động tiên tiến', runFrom: 2025, runTo: 2025, runYears: '2025', decidedAfterAsOf: null } },
  {
    code: 'missing_title',
    params: { year: 2024, title: 'chien_si_thi_dua_co_so', titleName: 'Chiến sĩ thi đua cơ sở', runFrom: 2024, runTo: 2025, runYears: '2024, 2025', otherTypes: 'cong_trang,cong_hien,nien_han,doi_ngoai,khang_chien' },
  },
  { code: 'prior_award_not_merit', params: { prior: 'bang_khen_tinh', priorName: 'Bằng khen của bộ, ban, ngành, tỉnh', types: 'dot_xuat,chuyen_de,cong_hien,nien_han,doi_ngoai,khang_chien' } },
] as const;
const unmet = [
  ...results.flatMap((r) => r.unmet),
  ...handmade.map((h, i) => ({ ...h, earliestYear: i === 0 ? 2026 : undefined, message: formatUnmetMessage(h.code, h.params, i === 0 ? 2026 : undefined), basis: '' })),
];
const met = results.flatMap((r) => r.met);

describe('the eligibility catalogue (vi/en)', () => {
  it('has the same keys in both languages, with no empty text and the same placeholders, in NFC', () => {
    expect(Object.keys(eligibilityEn).sort()).toEqual(Object.keys(eligibilityVi).sort());
    for (const [k, v] of Object.entries(eligibilityVi)) {
      expect(/^elig\.(msg|metMsg|ground|basis)\./.test(k), k).toBe(true);
      const en = eligibilityEn[k as keyof typeof eligibilityVi];
      expect(v.trim(), k).not.toBe('');
      expect(en.trim(), k).not.toBe('');
      expect(placeholders(en), k).toEqual(placeholders(v));
      expect(v, k).toBe(v.normalize('NFC'));
      expect(en, k).toBe(en.normalize('NFC'));
      expect(en, k).not.toMatch(VIETNAMESE);
      // A fragment that joins the word before it starts with a space in both languages.
      expect(en.startsWith(' '), k).toBe(v.startsWith(' '));
    }
  });

  it('is spread into the UI catalogue of both languages', () => {
    for (const k of Object.keys(eligibilityVi)) {
      expect((uiVi as Record<string, string>)[k], k).toBe(eligibilityVi[k as keyof typeof eligibilityVi]);
      expect((uiEn as Record<string, string>)[k], k).toBe(eligibilityEn[k as keyof typeof eligibilityVi]);
    }
  });
});

describe('unmet conditions', () => {
  it('the sweep meets every unmet code', () => {
    expect(unmet.length).toBeGreaterThan(5000);
    expect(new Set(unmet.map((u) => u.code))).toEqual(new Set(UNMET_CODES));
  });

  it("words every unmet condition in Vietnamese exactly as the server's message, using every key of the catalogue", () => {
    const used = new Set<string>();
    const vi = wording('vi', used);
    const differ: string[] = [];
    for (const u of [...unmet, ...met]) {
      if ('message' in u) {
        const s = unmetSentence(vi, u);
        if (s !== u.message) differ.push(`${u.code}: web «${s}» server «${u.message}» ${JSON.stringify(u.params)}`);
      } else expect(metSentence(vi, u), u.code).toBeTypeOf('string');
    }
    expect(differ.slice(0, 10)).toEqual([]);
    const unusedKeys = Object.keys(eligibilityVi).filter((k) => !k.startsWith('elig.ground.') && !k.startsWith('elig.basis.') && !used.has(k));
    expect(unusedKeys).toEqual([]);
  });

  it('words every unmet condition in English, with English award names and no Vietnamese', () => {
    const en = wording('en');
    const bad: string[] = [];
    for (const u of unmet) {
      const s = unmetSentence(en, u);
      if (s === undefined || VIETNAMESE.test(s)) bad.push(`${u.code}: ${s} ${JSON.stringify(u.params)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('shows figures in the locale, dates dd/mm/yyyy, awards by their English name', () => {
    const collective = evaluateEligibility({
      award: 'tap_the_lao_dong_tien_tien',
      asOf: '2026-03-01',
      year: 2025,
      subject: { kind: 'collective' },
      history: { ratings: [{ year: 2025, rating: 'tot' }], memberStats: [{ year: 2025, members: 1241, completedTasks: 1241, laoDongTienTien: 828, chienSiThiDuaCoSo: 0, disciplinedWarningOrAbove: 0 }] },
    });
    const ratio = collective.unmet.find((u) => u.code === 'members_ratio_too_low')!;
    expect(ratio.message).toBe('Năm 2025: 828/1.241 cá nhân (66,7%) đạt “Lao động tiên tiến”, cần ít nhất 70%. Năm thành tích sớm nhất có thể đáp ứng: 2026.');
    expect(unmetSentence(wording('vi'), ratio)).toBe(ratio.message);
    expect(unmetSentence(wording('en'), ratio)).toBe(
      '2025: 828/1,241 members (66.7%) hold “Advanced Worker”; at least 70% needed. Earliest achievement year that could meet it: 2026.',
    );
    const blocked = evaluateEligibility({
      award: 'lao_dong_tien_tien',
      asOf: '2026-03-01',
      year: 2025,
      subject: { kind: 'individual' },
      history: { ratings: [{ year: 2025, rating: 'hoan_thanh' }], blocks: [{ kind: 'discipline', from: '2025-03-01', to: '2025-05-01' }] },
    });
    expect(blocked.unmet.map((u) => unmetSentence(wording('en'), u))).toEqual([
      'Under discipline (from 01/03/2025 to 01/05/2025) during achievement year 2025: no commendation can be considered. Earliest achievement year that could meet it: 2026.',
      '2025: rated “Satisfactory”, short of “Good” or better. Earliest achievement year that could meet it: 2026.',
    ]);
    const chain = evaluateEligibility({
      award: 'chien_si_thi_dua_tinh',
      asOf: '2026-03-01',
      year: 2025,
      subject: { kind: 'individual' },
      history: { awards: [{ award: 'chien_si_thi_dua_co_so', year: 2024, type: 'cong_trang', decisionDate: '2025-01-15' }] },
    });
    const title = chain.unmet.find((u) => u.code === 'missing_title')!;
    expect(unmetSentence(wording('en'), title)).toBe(
      `2023: the title “${AWARD_NAMES_EN.chien_si_thi_dua_co_so}” is missing (needed in each of 2023, 2024, 2025). Earliest achievement year that could meet it: 2026.`,
    );
  });

  it('falls back to the server sentence, or in English to the label of the code, when it cannot word a condition', () => {
    const vi = wording('vi');
    const en = wording('en');
    // A dossier snapshot stored without params, a newer server's code, params missing a figure.
    const old = { code: 'missing_initiative', message: 'Không có sáng kiến hoặc đề tài khoa học được công nhận trong năm 2025.', year: 2025 };
    expect(unmetText(vi, old)).toBe(old.message);
    expect(unmetText(en, old)).toBe('2025: Initiative missing');
    expect(unmetText(en, { code: 'new_rule', message: 'Câu mới' })).toBe('Câu mới');
    expect(unmetSentence(en, { code: 'window_too_short', message: 'x', params: { year: 2025 } })).toBeUndefined();
    expect(unmetText(en, { code: 'window_too_short', message: 'x', params: { year: 2025 } })).toBe('Period too short');
  });
});

describe('conditions met', () => {
  it('the sweep meets every met code, each with its params', () => {
    expect(new Set(met.map((m) => m.code))).toEqual(new Set(MET_CODES));
    for (const m of met) expect(m.params, m.code).toBeTypeOf('object');
  });

  it('words every met condition in Vietnamese (NFC, with diacritics) and in English (no Vietnamese)', () => {
    const vi = wording('vi');
    const en = wording('en');
    const bad: string[] = [];
    for (const m of met) {
      const v = metSentence(vi, m);
      const e = metSentence(en, m);
      if (v === undefined || v !== v.normalize('NFC') || !VIETNAMESE.test(v) || /undefined|NaN|null|\{/.test(v)) bad.push(`vi ${m.code}: ${v}`);
      if (e === undefined || VIETNAMESE.test(e) || /undefined|NaN|null|\{/.test(e)) bad.push(`en ${m.code}: ${e} ${JSON.stringify(m.params)}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    const r = evaluateEligibility({
      award: 'tap_the_lao_dong_tien_tien',
      asOf: '2026-03-01',
      year: 2025,
      subject: { kind: 'collective' },
      history: { ratings: [{ year: 2025, rating: 'tot' }], memberStats: [{ year: 2025, members: 1241, completedTasks: 1241, laoDongTienTien: 1000, chienSiThiDuaCoSo: 0, disciplinedWarningOrAbove: 0 }] },
    });
    const ratio = r.met.find((m) => m.code === 'members_ldtt_ratio')!;
    expect(metSentence(vi, ratio)).toBe('Năm 2025: 1.000/1.241 cá nhân (80,6%) đạt “Lao động tiên tiến” (cần ít nhất 70%).');
    expect(metSentence(en, ratio)).toBe('2025: 1,000/1,241 members (80.6%) hold “Advanced Worker” (at least 70% needed).');
  });
});

describe('grounds to confirm', () => {
  it('words every ground of every award, subject and rule set: the Vietnamese exactly the server message, using every key', () => {
    const used = new Set<string>();
    const vi = wording('vi', used);
    const en = wording('en');
    const bad: string[] = [];
    let n = 0;
    for (const a of AWARD_CATALOGUE)
      for (const kind of a.subjects)
        for (const at of AT) {
          const r = evaluateEligibility({ award: a.code, asOf: at.asOf, year: at.year, subject: { kind }, history: {} });
          for (const g of r.toConfirm) {
            n++;
            if (groundSentence(vi, g) !== g.message) bad.push(`vi ${a.code} ${kind} ${at.asOf} ${JSON.stringify(g.params)}: ${groundSentence(vi, g)} ≠ ${g.message}`);
            const e = groundSentence(en, g);
            if (e === undefined || VIETNAMESE.test(e)) bad.push(`en ${a.code} ${kind} ${JSON.stringify(g.params)}: ${e}`);
          }
        }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(200);
    // An award added to the catalogue as data (the API's `manual_review`) keeps its own name.
    const ext = {
      code: 'manual_review',
      message: '“Kỷ niệm chương tỉnh X” được bổ sung vào danh mục; điều kiện do người xét duyệt xác nhận.',
      params: { award: 'ky_niem_chuong_tinh_x', ground: 'manual_review', awardName: 'Kỷ niệm chương tỉnh X' },
    };
    expect(groundSentence(vi, ext)).toBe(ext.message);
    expect(groundSentence(en, ext)).toBe('“Kỷ niệm chương tỉnh X” was added to the catalogue; its conditions are confirmed by the reviewer.');
    expect(Object.keys(eligibilityVi).filter((k) => k.startsWith('elig.ground.') && !used.has(k))).toEqual([]);
    expect(groundSentence(en, evaluateEligibility({ award: 'chien_si_thi_dua_toan_quoc', asOf: '2026-03-01', year: 2025, subject: { kind: 'individual' }, history: {} }).toConfirm[2]!)).toBe(
      'Approved by the Emulation and Commendation Council by 90% of all members or more (counted on all members, not on those present).',
    );
  });

  it("keeps the server's sentence for a ground it has no wording for", () => {
    const en = wording('en');
    expect(groundText(en, { code: 'new_ground', message: 'Căn cứ mới', params: { award: 'giay_khen', ground: 'new_ground' } })).toBe('Căn cứ mới');
    expect(groundText(en, { code: 'old', message: 'Căn cứ cũ', params: { award: 'giay_khen' } })).toBe('Căn cứ cũ');
  });
});

describe('the legal basis of a condition', () => {
  it("words every basis from its citation, the Vietnamese exactly the server's basis, using every key; the English has no Vietnamese", () => {
    const used = new Set<string>();
    const vi = wording('vi', used);
    const en = wording('en');
    const all = [...results, ...AWARD_CATALOGUE.flatMap((a) => a.subjects.flatMap((kind) => AT.map((at) => evaluateEligibility({ award: a.code, asOf: at.asOf, year: at.year, subject: { kind }, history: {} }))))];
    const bad: string[] = [];
    const seen = new Set<string>();
    for (const c of all.flatMap((r) => [...r.unmet, ...r.met, ...r.toConfirm])) {
      if (seen.has(c.basis)) continue;
      seen.add(c.basis);
      if (basisSentence(vi, c) !== c.basis) bad.push(`vi ${c.code}: ${basisSentence(vi, c)} ≠ ${c.basis}`);
      const e = basisSentence(en, c);
      if (e === undefined || VIETNAMESE.test(e)) bad.push(`en ${c.code}: ${e} (${c.basis})`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
    expect(Object.keys(eligibilityVi).filter((k) => k.startsWith('elig.basis.') && !used.has(k))).toEqual([]);
  });

  it('cites articles, clauses and points the English way, and decrees as ND-CP', () => {
    const en = wording('en');
    const r = evaluateEligibility({ award: 'bang_khen_thu_tuong', asOf: '2026-03-01', year: 2025, subject: { kind: 'individual' }, history: {} });
    const prior = r.unmet.find((u) => u.code === 'missing_prior_award')!;
    expect(prior.basis).toBe('Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP');
    expect(basisText(en, prior)).toBe('Article 73(1)(b) of the Law on Emulation and Commendation No. 06/2022/QH15; Decree 152/2025/ND-CP');
    const blocked = r.met.find((m) => m.code === 'no_discipline_in_year')!;
    expect(basisText(en, blocked)).toBe('Article 4(4) of Decree 152/2025/ND-CP');
    expect(decreeText(en, '98/2023/NĐ-CP')).toBe('98/2023/ND-CP');
    expect(decreeText(wording('vi'), '98/2023/NĐ-CP')).toBe('98/2023/NĐ-CP');
    expect(basisSentence(en, { citation: { law: null, lawArticle: null, decree: '152/2025/NĐ-CP', decreeArticles: [{ article: 4, clause: 1, point: 'đ' }] } })).toBe(
      'Article 4(1)(dd) of Decree 152/2025/ND-CP',
    );
    // Without a citation (a snapshot stored before, an award added as data), or of a law this web does not know: the server's text.
    expect(basisText(en, { basis: 'Điều 24 Luật …' })).toBe('Điều 24 Luật …');
    expect(basisText(en, { basis: 'Luật mới', citation: { law: 'law-2030', lawArticle: null, decree: 'x', decreeArticles: [] } })).toBe('Luật mới');
  });
});

describe('the eligibility wording source', () => {
  it('has no Vietnamese text of its own outside the catalogue', () => {
    const file = join(import.meta.dirname, '../src/features/eligibility/components/conditions.ts');
    expect(featureSources(join(import.meta.dirname, '../src/features/eligibility/components'), '')).toContain(file);
    expect(vietnameseLiterals('conditions.ts', readFileSync(file, 'utf8'))).toEqual([]);
  });
});
