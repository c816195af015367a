// The English locale where the web used to show Vietnamese: award names (the shared helper and hook every
// award-showing screen uses, rendered through the app's own I18nProvider with the catalogue from the query
// cache), the parameters page's description and legal basis, and the row messages of the imports, worded
// by code. Vietnamese stays what the server sends; an award, parameter or code the web has no English for
// keeps the Vietnamese. The same in a real browser: e2e/journeys (the English journey).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AWARD_CATALOGUE } from '@thidua/domain/catalogue/awards';
import { AWARD_NAMES_EN } from '@thidua/domain/catalogue/award-names-en';
import { ELIGIBILITY_PARAMETERS, getParameterDefinition, type ParameterDefinition } from '@thidua/domain/catalogue/parameters';
import { validateRegistryRow } from '@thidua/domain/registry/index';
import { en as sharedEn, vi as sharedVi } from '@thidua/i18n';
import { awardNameIn, awardSearchText } from '../src/components/award-select/award-name';
import { parameterText } from '../src/features/eligibility/components/parameter-text';
import { placeIssues } from '../src/features/campaigns/components/entry-form';
import { importFailureText, importIssueText } from '../src/lib/import-issue';
import { fold } from '../src/lib/text';
import { VIETNAMESE } from './feature-text';

const vietnameseName = (code: string) => AWARD_CATALOGUE.find((a) => a.code === code)!.name;

describe('award names', () => {
  it('are the English name of every catalogue award outside Vietnamese, the Vietnamese legal name in Vietnamese', () => {
    for (const a of AWARD_CATALOGUE) {
      expect(awardNameIn('en', a.code, a.name), a.code).toBe(AWARD_NAMES_EN[a.code]);
      expect(awardNameIn('en', a.code, a.name), a.code).not.toMatch(VIETNAMESE);
      expect(awardNameIn('vi', a.code, a.name), a.code).toBe(a.name);
    }
    expect(awardNameIn('en', 'chien_si_thi_dua_co_so', vietnameseName('chien_si_thi_dua_co_so'))).toBe('Grassroots Emulation Fighter');
    expect(awardNameIn('vi', 'chien_si_thi_dua_co_so', vietnameseName('chien_si_thi_dua_co_so'))).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('keep the Vietnamese name of an award added as data, and the code while no name is known', () => {
    const local = 'ky_niem_chuong_vi_su_nghiep_thi_dua';
    expect(awardNameIn('en', local, 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng')).toBe('Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng');
    expect(awardNameIn('en', local)).toBe(local);
    expect(awardNameIn('vi', 'lao_dong_tien_tien')).toBe('lao_dong_tien_tien');
  });

  it('are searched in both languages and by code in the pickers', () => {
    const search = fold(awardSearchText('bang_khen_thu_tuong', vietnameseName('bang_khen_thu_tuong')));
    for (const typed of ['bang khen cua thu tuong', "prime minister's certificate", 'bang_khen_thu_tuong']) expect(search).toContain(fold(typed));
    expect(fold(awardSearchText('ky_niem_chuong_x', 'Kỷ niệm chương X'))).toContain('ky niem chuong x');
  });
});

// The app's I18nProvider and the shared hook, in a plain Node test: a stored language, a bare document, and the
// award list already in the query cache (as `GET /api/v1/awards` leaves it), so nothing is fetched.
describe('useAwardName through the I18nProvider', () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, localStorage: g.localStorage };
  let stored = 'en';
  beforeAll(() => {
    g.document = { documentElement: { lang: '' } };
    g.localStorage = { getItem: (k: string) => (k === 'thidua.locale' ? stored : null), setItem: () => {} };
  });
  afterAll(() => {
    g.document = saved.document;
    g.localStorage = saved.localStorage;
  });

  const render = async (locale: 'en' | 'vi') => {
    stored = locale;
    const { I18nProvider } = await import('../src/i18n');
    const { useAwardName } = await import('../src/components/award-select/use-award-name');
    const qc = new QueryClient();
    qc.setQueryData(['awards'], {
      items: [
        { code: 'lao_dong_tien_tien', name: vietnameseName('lao_dong_tien_tien') },
        { code: 'huan_chuong_lao_dong_hang_ba', name: vietnameseName('huan_chuong_lao_dong_hang_ba') },
        { code: 'ky_niem_chuong_vi_su_nghiep_thi_dua', name: 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng' },
      ],
      total: 3,
    });
    function Names() {
      const name = useAwardName();
      return createElement(
        'ul',
        null,
        ['lao_dong_tien_tien', 'huan_chuong_lao_dong_hang_ba', 'ky_niem_chuong_vi_su_nghiep_thi_dua', 'not_loaded'].map((c) =>
          createElement('li', { key: c }, name(c)),
        ),
        createElement('li', { key: 'server' }, name('co_thi_dua_chinh_phu', 'Cờ thi đua của Chính phủ')),
      );
    }
    return renderToStaticMarkup(createElement(QueryClientProvider, { client: qc }, createElement(I18nProvider, null, createElement(Names))));
  };

  it('shows the English names, the Vietnamese one of an award added as data, the code of an unknown one', async () => {
    expect(await render('en')).toBe(
      '<ul><li>Advanced Worker</li><li>Labour Order, Third Class</li><li>Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng</li><li>not_loaded</li><li>Government Emulation Flag</li></ul>',
    );
  });

  it('shows the catalogue’s Vietnamese names in Vietnamese', async () => {
    expect(await render('vi')).toBe(
      '<ul><li>Lao động tiên tiến</li><li>Huân chương Lao động hạng Ba</li><li>Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng</li><li>not_loaded</li><li>Cờ thi đua của Chính phủ</li></ul>',
    );
  });
});

describe('the parameters page', () => {
  // What GET /api/v1/parameters sends for each definition (catalogue.service.ts `parameters()`).
  const sent = (ELIGIBILITY_PARAMETERS as readonly ParameterDefinition[]).map((p) => ({
    description: p.description,
    basis: p.basis,
    descriptionEn: p.descriptionEn,
    basisEn: p.basisEn,
  }));

  it('shows every parameter’s English description and legal basis in English, the Vietnamese in Vietnamese', () => {
    for (const p of sent) {
      expect(parameterText('en', p)).toEqual({ description: p.descriptionEn, basis: p.basisEn });
      expect(parameterText('en', p).description).not.toMatch(VIETNAMESE);
      expect(parameterText('vi', p)).toEqual({ description: p.description, basis: p.basis });
    }
    const posting = getParameterDefinition('posting.min_working_days')!;
    expect(parameterText('en', posting)).toEqual({
      description:
        'The list is posted on the media of the ministry or province for at least 10 working days before the Council meets (orders, State honorary titles, National Emulation Fighter).',
      basis: 'Article 44(2) of Decree 152/2025/ND-CP',
    });
  });

  it('keeps the Vietnamese when the server sends no English (or an empty one)', () => {
    expect(parameterText('en', { description: 'Mô tả', basis: 'Căn cứ' })).toEqual({ description: 'Mô tả', basis: 'Căn cứ' });
    expect(parameterText('en', { description: 'Mô tả', basis: 'Căn cứ', descriptionEn: '', basisEn: '' })).toEqual({ description: 'Mô tả', basis: 'Căn cứ' });
  });
});

describe('import row messages', () => {
  const rowKeys = (cat: Record<string, string>) => Object.keys(cat).filter((k) => k.startsWith('importRow.'));
  const ctx = { provinceCodes: new Set(['01', '33']), today: '2026-12-07' };

  it('have an entry in both languages for the same codes, in NFC', () => {
    expect(rowKeys(sharedEn).sort()).toEqual(rowKeys(sharedVi).sort());
    for (const k of rowKeys(sharedVi)) {
      const en = (sharedEn as Record<string, string>)[k]!;
      expect(en.trim(), k).not.toBe('');
      expect(en.normalize('NFC'), k).toBe(en);
      expect((sharedVi as Record<string, string>)[k]!.normalize('NFC'), k).toBe((sharedVi as Record<string, string>)[k]);
    }
  });

  it('word every code the registry row check gives, in English by code, the server sentence in Vietnamese', () => {
    const results = [
      validateRegistryRow({ fullName: '', award: '', year: '' }, ctx),
      validateRegistryRow({ fullName: '123', birth: '32/13/1980', gender: 'khác', award: 'Huân chương Không Có', type: 'lạ', year: '20x5', citizenId: '12' }, ctx),
      validateRegistryRow({ fullName: 'Nguyễn Văn An', birth: '1990', award: 'Lao động tiên tiến', year: '1985', decisionDate: '01/01/2030', citizenId: '099090001234' }, ctx),
      validateRegistryRow({ fullName: 'x'.repeat(1001), award: 'Lao động tiên tiến', year: '2020', citizenId: '123456789' }, ctx),
    ];
    const issues = results.flatMap((r) => [...r.errors, ...r.warnings]);
    const codes = new Set(issues.map((i) => i.code));
    for (const c of ['required', 'invalid_name', 'invalid_date', 'invalid_gender', 'unknown_award', 'unknown_type', 'invalid_year', 'citizen_id_format', 'year_before_birth', 'date_in_future', 'citizen_id_province', 'too_long', 'citizen_id_legacy'])
      expect(codes, c).toContain(c);
    for (const i of issues) {
      expect(importIssueText('vi', i)).toBe(i.message);
      const en = importIssueText('en', i);
      expect(en, i.code).toBe((sharedEn as Record<string, string>)[`importRow.${i.code}`]);
      expect(en, i.code).not.toBe(i.message);
    }
    const award = issues.find((i) => i.code === 'unknown_award')!;
    expect(award.message).toBe('Không nhận ra hình thức khen thưởng "Huân chương Không Có"');
    expect(importIssueText('en', award)).toBe('The award is not recognised.');
  });

  // The codes are written in the server's sources: every one they can send has an English entry, so a new code
  // without one fails here rather than showing Vietnamese in the English screens unnoticed.
  it('cover every code the registry import, the campaigns and the ratings import can send', () => {
    const root = join(import.meta.dirname, '../../..');
    const files = [
      ...readdirSync(join(root, 'apps/api/src/modules/registry')).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'apps/api/src/modules/registry', f)),
      join(root, 'packages/domain/src/registry/index.ts'),
      join(root, 'apps/api/src/modules/eligibility/ratings-import.ts'),
    ];
    const issueCodes = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // An issue literal: a code next to a message (`code: 'x', message: …`), or the ratings import's two-way one.
      for (const m of text.matchAll(/code: '([a-z_]+)', message:/g)) issueCodes.add(m[1]!);
      for (const m of text.matchAll(/code: ids\.length \? '([a-z_]+)' : '([a-z_]+)'/g)) issueCodes.add(m[1]!).add(m[2]!);
      for (const m of text.matchAll(/'(citizen_id_[a-z]+)'/g)) issueCodes.add(m[1]!);
    }
    for (const c of ['invalid_rating', 'ambiguous_person', 'unknown_person', 'award_not_in_campaign', 'organisation_unresolved', 'missing_column', 'empty_file', 'unknown_column', 'legacy_encoding_converted', 'citizen_id_mismatch'])
      expect(issueCodes, c).toContain(c);
    for (const c of issueCodes) expect(Object.hasOwn(sharedEn, `importRow.${c}`), c).toBe(true);
  });

  it('keep the server sentence for a code the catalogue does not know', () => {
    const i = { code: 'something_new', message: 'Lỗi mới của máy chủ' };
    expect(importIssueText('en', i)).toBe('Lỗi mới của máy chủ');
    expect(importIssueText('vi', i)).toBe('Lỗi mới của máy chủ');
  });

  it('word the ratings import’s codes', () => {
    expect(importIssueText('en', { code: 'unknown_person', message: 'Không tìm thấy người này trong phạm vi của bạn' })).toBe(
      'This person is not found within your scope.',
    );
    expect(importIssueText('en', { code: 'ambiguous_person', message: 'Nhiều người trùng họ tên và năm sinh: ghi thêm số CCCD' })).toMatch(/citizen ID/);
  });

  it('word a failed registry import’s own failure, and keep any other failure', () => {
    const missing = [{ row: 1, column: 'Họ và tên', code: 'missing_column', message: 'Thiếu cột bắt buộc "Họ và tên"' }];
    expect(importFailureText('en', 'Thiếu cột bắt buộc', missing)).toBe('A required column is missing.');
    expect(importFailureText('vi', 'Thiếu cột bắt buộc', missing)).toBe('Thiếu cột bắt buộc');
    expect(importFailureText('en', 'Tệp không có dòng dữ liệu nào', [{ code: 'empty_file', message: 'Tệp không có dòng dữ liệu nào' }])).toBe('The file has no data rows.');
    expect(importFailureText('en', 'Lỗi đọc tệp', [])).toBe('Lỗi đọc tệp');
  });

  it('are worded by code beside the campaign entry form’s fields', () => {
    const errors = [{ field: 'award', header: 'Hình thức khen thưởng', code: 'unknown_award', message: 'Không nhận ra hình thức khen thưởng "X"' }];
    const warnings = [{ field: 'fullName', header: 'Họ và tên', code: 'legacy_encoding_converted', message: 'Đã chuyển mã VNI sang Unicode: "An"', original: 'An' }];
    const word = (i: { code: string; message: string }) => importIssueText('en', i);
    const p = placeIssues(errors, warnings, 'all', word);
    expect(p.errors.award).toEqual(['The award is not recognised.']);
    expect(p.warnings.fullName).toEqual(['Converted from a legacy encoding (TCVN3 or VNI) to Unicode. («An»)']);
    expect(placeIssues(errors, warnings, 'all').errors.award).toEqual(['Không nhận ra hình thức khen thưởng "X"']);
  });
});
