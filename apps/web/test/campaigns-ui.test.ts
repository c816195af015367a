// The data-entry campaign screens' pure parts: the vi/en catalogues (campaigns, and the registry's
// reissue requests), the keyboard-first entry form's model (keys, focus order, sticky fields, the body
// sent, where the server's errors and warnings go), the adjudication body and the progress chart's days.
// The same behaviour in a real browser is e2e/campaigns.journey.mjs.
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_ENTRY_STATUSES, CAMPAIGN_FIELDS, CAMPAIGN_KIND_VALUES, REGISTRY_CORRECTABLE_FIELDS, REISSUE_STATUSES } from '@thidua/contracts';
import { REGISTRY_COLUMNS } from '@thidua/domain/registry/index';
import { PERMISSIONS as API_PERMISSIONS } from '../../api/src/modules/identity/identity.policy';
import { campaignsEn, campaignsVi } from '../src/features/campaigns/i18n';
import { registryEn, registryVi } from '../src/features/registry/i18n';
import { correctionFieldKey } from '../src/features/registry/components/corrections';
import { PERMISSIONS } from '../src/lib/permissions';
import {
  afterSave,
  cellsFrom,
  emptyValues,
  ENTRY_FIELDS,
  entryKeyAction,
  focusAfter,
  issuesOf,
  nextRecordRef,
  placeIssues,
  savedOutcomeKey,
  STICKY_FIELDS,
  type Issue,
} from '../src/features/campaigns/components/entry-form';
import { adjudicationCards, adjudicationQueryText, nextAdjudicationOffset, resolveCells, unsettled, type AdjudicationLike } from '../src/features/campaigns/components/adjudication';
import { chartDays, chartMax, share } from '../src/features/campaigns/components/progress';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['campaigns', campaignsVi, campaignsEn, 'campaigns.', 150],
  ['registry (reissue requests, corrections)', registryVi, registryEn, 'reg.', 30],
] as const)('the %s catalogue', (_name, vi, en, prefix, atLeast) => {
  it('has every key prefixed, in both languages, with the same placeholders', () => {
    const entries = Object.entries(vi) as [keyof typeof vi, string][];
    expect(entries.length).toBeGreaterThan(atLeast);
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [k, v] of entries) {
      expect(k.startsWith(prefix), k).toBe(true);
      expect(v.trim(), k).not.toBe('');
      expect((en as Record<string, string>)[k]!.trim(), k).not.toBe('');
      expect(placeholders((en as Record<string, string>)[k]!), k).toEqual(placeholders(v));
    }
  });

  it('is Unicode NFC', () => {
    for (const v of [...Object.values(vi), ...Object.values(en)]) expect(v).toBe(v.normalize('NFC'));
  });
});

describe('the catalogue covers every code the API sends', () => {
  it('every registry field a correction decision can change has a label in both languages (entry drawer, "Đính chính")', () => {
    for (const f of REGISTRY_CORRECTABLE_FIELDS) {
      const k = correctionFieldKey(f)!;
      expect(k, f).toBe(`reg.corr.field.${f}`);
      expect(registryVi).toHaveProperty([k]);
      expect(registryEn).toHaveProperty([k]);
    }
    expect(correctionFieldKey('birthYear')).toBeNull();
  });
  const vi = campaignsVi as Record<string, string>;
  it('campaign kinds, entry statuses, template fields (label and hint)', () => {
    for (const k of CAMPAIGN_KIND_VALUES) expect(vi).toHaveProperty([`campaigns.kind.${k}`]);
    for (const s of CAMPAIGN_ENTRY_STATUSES) expect(vi).toHaveProperty([`campaigns.entryStatus.${s}`]);
    for (const f of CAMPAIGN_FIELDS) {
      expect(vi).toHaveProperty([`campaigns.field.${f}`]);
      expect(vi).toHaveProperty([`campaigns.hint.${f}`]);
    }
    for (const s of REISSUE_STATUSES) expect(registryVi).toHaveProperty([`reg.request.status.${s}`]);
  });

  it('the Vietnamese field labels are the import template headers, in the template order', () => {
    expect(ENTRY_FIELDS).toEqual(REGISTRY_COLUMNS.map((c) => c.key));
    expect(ENTRY_FIELDS.map((f) => vi[`campaigns.field.${f}`])).toEqual(REGISTRY_COLUMNS.map((c) => c.header));
  });
});

describe('the web permission table mirrors the server for campaigns and reissue requests', () => {
  it.each([
    'registry.campaign.read',
    'registry.campaign.manage',
    'registry.campaign.enter',
    'registry.campaign.adjudicate',
    'registry.reissue.request',
  ] as const)('%s', (action) => {
    expect([...PERMISSIONS[action]].sort()).toEqual([...API_PERMISSIONS[action]].sort());
  });
});

describe('the entry form: keys', () => {
  it.each([
    [{ key: 'Enter' }, 'next'],
    [{ key: 'Enter', shiftKey: true }, 'prev'],
    [{ key: 'Enter', ctrlKey: true }, 'save'],
    [{ key: 'Enter', metaKey: true }, 'save'],
    [{ key: 'Enter', ctrlKey: true, shiftKey: true }, 'save'],
    [{ key: 'Enter', isComposing: true }, null],
    [{ key: 'Enter', ctrlKey: true, isComposing: true }, null],
    [{ key: 'Enter', altKey: true }, null],
    [{ key: 'Tab' }, null],
    [{ key: 'a', ctrlKey: true }, null],
    [{ key: 's', ctrlKey: true }, null],
  ])('%o → %s', (e, action) => {
    expect(entryKeyAction(e)).toBe(action);
  });

  const order = ['recordRef', ...ENTRY_FIELDS];
  it('Enter walks the fields in template order, then reaches the save button (it never saves by itself)', () => {
    const visited: string[] = [];
    let at = 'recordRef';
    for (;;) {
      const next = focusAfter(order, at, 'next');
      if (next === 'save') break;
      visited.push(next);
      at = next;
    }
    expect(visited).toEqual([...ENTRY_FIELDS]);
    expect(focusAfter(order, 'citizenId', 'next')).toBe('save');
  });

  it('Shift+Enter goes back and stops at the first field; an unknown field starts from the first', () => {
    expect(focusAfter(order, 'birth', 'prev')).toBe('fullName');
    expect(focusAfter(order, 'recordRef', 'prev')).toBe('recordRef');
    expect(focusAfter(order, 'nowhere', 'next')).toBe('recordRef');
  });
});

describe('the entry form: what is sent and what is kept', () => {
  const typed = {
    ...emptyValues(),
    fullName: '  Nguyễn Thị Nhập  '.normalize('NFD'),
    birth: '1948',
    gender: 'Nữ',
    hometown: '',
    award: 'Huân chương Kháng chiến chống Mỹ hạng Ba',
    year: '1986',
    decisionNumber: '77/KT-CTN',
    decisionDate: '20/08/1986',
    authority: 'Chủ tịch nước',
    citizenId: '   ',
  };

  it('cells are trimmed NFC text, empty cells left out, dates as typed (dd/mm/yyyy)', () => {
    expect(cellsFrom(typed)).toEqual({
      fullName: 'Nguyễn Thị Nhập',
      birth: '1948',
      gender: 'Nữ',
      award: 'Huân chương Kháng chiến chống Mỹ hạng Ba',
      year: '1986',
      decisionNumber: '77/KT-CTN',
      decisionDate: '20/08/1986',
      authority: 'Chủ tịch nước',
    });
    expect(cellsFrom(typed).fullName).toBe('Nguyễn Thị Nhập'.normalize('NFC'));
  });

  it('after a save the fields that repeat on a paper list stay, the person’s own are emptied', () => {
    const next = afterSave(typed);
    expect(STICKY_FIELDS).toEqual(['award', 'type', 'year', 'decisionNumber', 'decisionDate', 'authority']);
    expect(next).toEqual({
      ...emptyValues(),
      award: 'Huân chương Kháng chiến chống Mỹ hạng Ba',
      year: '1986',
      decisionNumber: '77/KT-CTN',
      decisionDate: '20/08/1986',
      authority: 'Chủ tịch nước',
    });
    expect(next.fullName).toBe('');
  });

  it.each([
    ['HN-0012', 'HN-0013'],
    ['HN-0099', 'HN-0100'],
    ['15', '16'],
    ['9', '10'],
    ['33-C1/07a', '33-C1/08a'],
    ['  A7 ', 'A8'],
    ['không số', ''],
    ['', ''],
  ])('the next paper reference after %j is %j', (ref, next) => {
    expect(nextRecordRef(ref)).toBe(next);
  });

  it('says what happened to the saved record', () => {
    expect(savedOutcomeKey({ status: 'committed', outcome: 'created' })).toBe('campaigns.entry.outcome.created');
    expect(savedOutcomeKey({ status: 'committed', outcome: 'existing' })).toBe('campaigns.entry.outcome.existing');
    expect(savedOutcomeKey({ status: 'awaiting_second', outcome: null })).toBe('campaigns.entry.outcome.awaiting_second');
    expect(savedOutcomeKey({ status: 'adjudication', outcome: null })).toBe('campaigns.entry.outcome.adjudication');
  });
});

describe('the entry form: errors and warnings beside their fields', () => {
  const errors: Issue[] = [
    { field: 'fullName', header: 'Họ và tên', code: 'required', message: 'Thiếu họ và tên' },
    { field: 'decisionDate', header: 'Ngày quyết định', code: 'invalid_date', message: 'Ngày không hợp lệ: 31/02/1986' },
    { field: null, header: null, code: 'row_invalid', message: 'Bản ghi không hợp lệ' },
  ];
  const warnings: Issue[] = [
    {
      field: 'hometown',
      header: 'Quê quán',
      code: 'legacy_encoding_converted',
      message: 'Đã chuyển mã TCVN3 sang Unicode',
      original: 'Hng Yªn',
    },
  ];

  it('while typing, only the fields already left show theirs (a field not reached is not "missing" yet)', () => {
    const p = placeIssues(errors, warnings, new Set(['birth', 'decisionDate', 'hometown']));
    expect(p.errors).toEqual({ decisionDate: ['Ngày không hợp lệ: 31/02/1986'] });
    expect(p.warnings).toEqual({ hometown: ['Đã chuyển mã TCVN3 sang Unicode («Hng Yªn»)'] });
    expect(p.general).toEqual([]);
  });

  it('after a save attempt every issue shows, those without a field above the form', () => {
    const p = placeIssues(errors, warnings, 'all');
    expect(Object.keys(p.errors)).toEqual(['fullName', 'decisionDate']);
    expect(p.general.map((i) => i.code)).toEqual(['row_invalid']);
  });

  it('reads the 422 registry_entry_invalid details, ignoring what is not an issue', () => {
    expect(issuesOf({ errors: [...errors, { nope: 1 }], warnings })).toEqual({ errors, warnings });
    expect(issuesOf(undefined)).toEqual({ errors: [], warnings: [] });
    expect(issuesOf({ errors: 'x' })).toEqual({ errors: [], warnings: [] });
  });
});

describe('adjudication', () => {
  const a: AdjudicationLike = {
    first: {
      cells: { fullName: 'Phạm Văn Đối', birth: '1947', gender: 'Nam', award: 'huy_chuong_khang_chien_chong_my_hang_nhat', year: '1985' },
    },
    second: { cells: { fullName: 'Phạm Văn Đối', birth: '1948', award: 'huy_chuong_khang_chien_chong_my_hang_nhat', year: '1985' } },
    fields: ENTRY_FIELDS.map((field) => ({ field, differs: field === 'birth' || field === 'gender' })),
  };

  it('each differing field needs a choice (a typed value must not be blank)', () => {
    expect(unsettled(a, {})).toEqual(['birth', 'gender']);
    expect(unsettled(a, { birth: { kind: 'second' } })).toEqual(['gender']);
    expect(unsettled(a, { birth: { kind: 'custom', value: '  ' }, gender: { kind: 'first' } })).toEqual(['birth']);
  });

  it('sends exactly the differing fields, as typed: the side chosen, or the value typed (NFC, trimmed)', () => {
    expect(resolveCells(a, { birth: { kind: 'second' }, gender: { kind: 'first' } })).toEqual({ birth: '1948', gender: 'Nam' });
    // The second officer left "Giới tính" empty: taking that side empties the field.
    expect(resolveCells(a, { birth: { kind: 'first' }, gender: { kind: 'second' } })).toEqual({ birth: '1947', gender: '' });
    expect(
      resolveCells(a, { birth: { kind: 'custom', value: ' 12/05/1947 ' }, gender: { kind: 'custom', value: 'Nữ'.normalize('NFD') } }),
    ).toEqual({ birth: '12/05/1947', gender: 'Nữ' });
  });
});

describe('the progress chart', () => {
  it('shows every working day from the start (zero when nothing was keyed) and weekend days only with entries', () => {
    // 2026-03-02 is a Monday; 03-07/08 the weekend.
    const days = chartDays(
      [
        { date: '2026-03-03', entered: 5, committed: 2 },
        { date: '2026-03-07', entered: 1, committed: 1 },
      ],
      '2026-03-02',
      '2026-03-09',
    );
    expect(days.map((d) => [d.date, d.entered, d.committed])).toEqual([
      ['2026-03-02', 0, 0],
      ['2026-03-03', 5, 2],
      ['2026-03-04', 0, 0],
      ['2026-03-05', 0, 0],
      ['2026-03-06', 0, 0],
      ['2026-03-07', 1, 1],
      ['2026-03-09', 0, 0],
    ]);
  });

  it('keeps the latest days when there are too many, and days outside the range are not lost', () => {
    const days = chartDays([{ date: '2026-02-27', entered: 3, committed: 3 }], '2026-03-02', '2026-04-30', 10);
    expect(days).toHaveLength(10);
    expect(days.at(-1)!.date).toBe('2026-04-30');
    expect(chartDays([{ date: '2026-02-27', entered: 3, committed: 3 }], '2026-03-02', '2026-03-02').map((d) => d.date)).toEqual([
      '2026-02-27',
      '2026-03-02',
    ]);
  });

  it('scales to the highest bar or the required daily rate; shares are capped at 1', () => {
    expect(chartMax([{ date: 'd', entered: 4, committed: 6 }], 9)).toBe(9);
    expect(chartMax([{ date: 'd', entered: 4, committed: 6 }], null)).toBe(6);
    expect(chartMax([], null)).toBe(1);
    expect(share(1, 5)).toBe(0.2);
    expect(share(7, 5)).toBe(1);
    expect(share(0, 0)).toBe(0);
    expect(share(2, 0)).toBe(1);
  });
});

// The search itself is the domain's adjudicationSearch, applied by the server (packages/domain/test/registry/campaigns.test.ts).
describe('the adjudication list pages', () => {
  const page = (ids: string[], total: number) => ({ items: ids.map((id) => ({ id })), total });
  it.each([
    ['a full first page of more', page(['a', 'b'], 5), 0, 2],
    ['a middle page', page(['c', 'd'], 5), 2, 4],
    ['the last page', page(['e'], 5), 4, undefined],
    ['everything on one page', page(['a', 'b'], 2), 0, undefined],
    ['no match', page([], 0), 0, undefined],
    // The list shrank under a later page (records resolved meanwhile): stop rather than ask again for nothing.
    ['an empty page before the total', page([], 5), 20, undefined],
  ] as const)('%s', (_name, p, offset, next) => expect(nextAdjudicationOffset(p, offset)).toBe(next));

  it('shows the cards of the loaded pages in order, each once', () => {
    expect(adjudicationCards([page(['a', 'b'], 4), page(['b', 'c'], 4)]).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(adjudicationCards([])).toEqual([]);
  });

  it('sends the search as typed, in NFC and trimmed', () => {
    expect(adjudicationQueryText('  Pha\u0323m Văn  ')).toBe('Phạm Văn');
    expect(adjudicationQueryText('   ')).toBe('');
  });
});
