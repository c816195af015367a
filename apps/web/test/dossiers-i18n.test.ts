// The dossier, council and decision screens speak through the vi/en catalogue (src/features/dossiers/i18n.ts):
// both languages have the same keys, placeholders and no empty text; every 'dossiers.*' key the feature's
// source uses exists in both; the Vietnamese is Unicode NFC; every code the domain knows (dossier states,
// actions, document kinds, award types, nominee kinds) has a label; no source file of the feature still
// carries Vietnamese text of its own (comments may stay Vietnamese); and the labels render in English
// through the app's own I18nProvider.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_DOCUMENT_KINDS, AWARD_TYPES, SUBJECT_KINDS } from '@thidua/domain/catalogue/catalogue.types';
import { DOSSIER_ACTIONS, DOSSIER_STATE_LABELS_VI, DOSSIER_STATES } from '@thidua/domain/dossiers/workflow';
import { dossiersEn, dossiersVi } from '../src/features/dossiers/i18n';
import { featureSources, VIETNAMESE, vietnameseLiterals } from './feature-text';
import {
  ACTION_CODES,
  ACTION_LABEL,
  AWARD_TYPE_LABEL,
  CHOICE_OPTIONS,
  DECISION_STATUS,
  DOC_KIND_LABEL,
  DOC_KINDS,
  ENTRY_STATUS,
  recordText,
  REVOCATION_GROUND_LABEL,
  REVOCATION_GROUNDS,
  STATUS_CODES,
  STATUS_LABEL,
  statusText,
  STEP_LABEL,
  SUBJECT_KIND_LABEL,
  VERDICT_LABEL,
} from '../src/features/dossiers/components/text';

const FEATURE = join(import.meta.dirname, '../src/features/dossiers');
const CATALOGUE = join(FEATURE, 'i18n.ts');

const files = featureSources(FEATURE, CATALOGUE);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const interpolate = (s: string, p?: Record<string, string | number>) => (p ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m)) : s);
/** A translator over one catalogue, as `useT()` gives the screens. */
const translator = (cat: Record<string, string>) => (key: string, params?: Record<string, string | number>) => interpolate(cat[key] ?? key, params);
const tVi = translator(dossiersVi);
const tEn = translator(dossiersEn);

describe('the dossiers catalogue (vi/en)', () => {
  it('has the same keys in both languages, prefixed dossiers., with no empty text and the same placeholders', () => {
    expect(Object.keys(dossiersVi).length).toBeGreaterThan(250);
    expect(Object.keys(dossiersEn).sort()).toEqual(Object.keys(dossiersVi).sort());
    for (const [k, v] of Object.entries(dossiersVi)) {
      expect(k.startsWith('dossiers.'), k).toBe(true);
      expect(v.trim(), k).not.toBe('');
      const en = (dossiersEn as Record<string, string>)[k];
      expect(en?.trim(), k).toBeTruthy();
      expect(placeholders(en!), k).toEqual(placeholders(v));
    }
  });

  it('is Unicode NFC (Vietnamese and English)', () => {
    for (const [k, v] of [...Object.entries(dossiersVi), ...Object.entries(dossiersEn)]) expect(v, k).toBe(v.normalize('NFC'));
  });

  it("has every 'dossiers.*' key the feature's source uses, in both languages", () => {
    const literal = new Set<string>();
    const patterns = new Set<string>();
    const calls = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'(dossiers\.[\w.]+)'/g)) calls.add(m[1]!);
      for (const m of text.matchAll(/(['"])(dossiers\.[\w.]+)\1/g)) literal.add(m[2]!);
      for (const m of text.matchAll(/`(dossiers\.[\w.]*(?:\$\{[^}]+\}[\w.]*)+)`/g)) patterns.add(m[1]!);
    }
    expect(calls.size).toBeGreaterThan(150);
    const vi = Object.keys(dossiersVi);
    const en = Object.keys(dossiersEn);
    expect([...literal].filter((k) => !vi.includes(k) || !en.includes(k))).toEqual([]);
    for (const p of patterns) {
      // `dossiers.${prefix}.` (text.ts's label builder) is a prefix of keys, the others whole keys.
      const re = new RegExp(`^${p.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[\\w]+')}${p.endsWith('.') ? '' : '$'}`);
      expect(vi.some((k) => re.test(k)), p).toBe(true);
      expect(vi.filter((k) => re.test(k)).sort(), p).toEqual(en.filter((k) => re.test(k)).sort());
    }
  });

  it('labels every dossier state, action, document kind, award type and nominee kind the domain knows', () => {
    for (const s of DOSSIER_STATES) expect(STATUS_CODES, s).toContain(s);
    for (const a of DOSSIER_ACTIONS) expect(ACTION_CODES, a).toContain(a);
    for (const k of DOSSIER_DOCUMENT_KINDS) expect(DOC_KINDS, k).toContain(k);
    for (const ty of AWARD_TYPES) expect(AWARD_TYPE_LABEL(tEn, ty), ty).not.toBe(ty);
    for (const k of SUBJECT_KINDS) expect(SUBJECT_KIND_LABEL(tEn, k), k).not.toBe(k);
    // Codes the catalogue does not know are shown as they are.
    expect(STATUS_LABEL(tEn, 'no_such_state')).toBe('no_such_state');
    expect(ACTION_LABEL(tVi, 'create')).toBe('create');
  });

  it('every STATUS and ACTION label in Vietnamese is NFC, and they are the Vietnamese the screens showed', () => {
    for (const c of [...STATUS_CODES]) {
      const v = STATUS_LABEL(tVi, c);
      expect(v, c).toBe(v.normalize('NFC'));
      expect(v, c).not.toBe(c);
    }
    for (const c of ACTION_CODES) {
      const v = ACTION_LABEL(tVi, c);
      expect(v, c).toBe(v.normalize('NFC'));
      expect(v, c).not.toBe(c);
    }
    for (const v of [
      ...DOC_KINDS.map((k) => DOC_KIND_LABEL(tVi, k)),
      ...REVOCATION_GROUNDS.map((g) => REVOCATION_GROUND_LABEL(tVi, g)),
      ...CHOICE_OPTIONS(tVi).map((o) => o.label),
    ])
      expect(v).toBe(v.normalize('NFC'));
    expect(STATUS_LABEL(tVi, 'returned')).toBe('Trả lại để bổ sung');
    expect(ACTION_LABEL(tVi, 'resubmit')).toBe('Gửi lại sau bổ sung');
    expect(DOC_KIND_LABEL(tVi, 'chung_nhan_sang_kien')).toBe('Chứng nhận sáng kiến, đề tài');
  });

  it("shows the server's Vietnamese state label in Vietnamese and the catalogue's translation in English", () => {
    for (const s of DOSSIER_STATES) {
      expect(statusText(tVi, 'vi', s, DOSSIER_STATE_LABELS_VI[s])).toBe(DOSSIER_STATE_LABELS_VI[s]);
      expect(statusText(tEn, 'en', s, DOSSIER_STATE_LABELS_VI[s])).toBe(dossiersEn[`dossiers.status.${s}`]);
    }
    expect(statusText(tVi, 'vi', 'draft')).toBe('Nháp');
    expect(statusText(tEn, 'en', 'open', undefined)).toBe('open');
  });

  it('English labels read as English for the other code lists', () => {
    expect(STATUS_LABEL(tEn, 'appraised')).toBe('Appraised');
    expect(ACTION_LABEL(tEn, 'appraise')).toBe('Appraise');
    expect(VERDICT_LABEL(tEn, 'eligible')).toEqual({ text: 'Eligible', color: 'green' });
    expect(VERDICT_LABEL(tEn, 'unknown')).toBeUndefined();
    expect(STEP_LABEL(tEn, 'council')).toBe('Council review');
    expect(DECISION_STATUS(tEn, 'revoked')).toEqual({ text: 'Revoked', color: 'red' });
    expect(DECISION_STATUS(tVi, 'issued')).toEqual({ text: 'Có hiệu lực', color: 'green' });
    expect(ENTRY_STATUS(tVi, 'revoked')).toEqual({ text: 'Đã hủy bỏ', color: 'red' });
    expect(CHOICE_OPTIONS(tEn).map((o) => o.label)).toEqual(['In favour', 'Against', 'Abstain']);
    expect(tEn('dossiers.sessionNew.title')).toBe('Convene a session of the Emulation and Commendation Council');
  });

  it('writes record text (default dossier title, council name) in Vietnamese', () => {
    const span = recordText('dossiers.record.spanPeriod', { from: 2021, to: 2025 });
    expect(recordText('dossiers.record.dossierTitle', { award: 'Bằng khen của bộ, ban, ngành, tỉnh', span })).toBe(
      'Đề nghị tặng Bằng khen của bộ, ban, ngành, tỉnh giai đoạn 2021–2025',
    );
    expect(recordText('dossiers.record.councilName')).toBe('Hội đồng Thi đua – Khen thưởng');
  });
});

describe('the dossiers source', () => {
  it('has no Vietnamese text of its own outside the catalogue (comments may stay Vietnamese)', () => {
    expect(files.length).toBeGreaterThan(25);
    expect(files.flatMap((f) => vietnameseLiterals(relative(FEATURE, f), readFileSync(f, 'utf8')))).toEqual([]);
  });
});

// The app's I18nProvider in a plain Node test: it reads the stored language and sets <html lang>, so give it
// a stored 'en' and a bare document for the duration of the render.
describe('rendered in English through the I18nProvider', () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, localStorage: g.localStorage };
  beforeAll(() => {
    g.document = { documentElement: { lang: '' } };
    g.localStorage = { getItem: (k: string) => (k === 'thidua.locale' ? 'en' : null), setItem: () => {} };
  });
  afterAll(() => {
    g.document = saved.document;
    g.localStorage = saved.localStorage;
  });

  it('shows the dossier state labels in English', async () => {
    const { I18nProvider, useI18n } = await import('../src/i18n');
    function States() {
      const { t, locale } = useI18n();
      return createElement(
        'ul',
        { lang: locale },
        DOSSIER_STATES.map((s) => createElement('li', { key: s }, statusText(t, locale, s, DOSSIER_STATE_LABELS_VI[s]))),
      );
    }
    const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(States)));
    expect(html).toContain('<ul lang="en">');
    expect(html).toContain('<li>Draft</li>');
    expect(html).toContain('<li>Returned for completion</li>');
    expect(html).toContain('<li>Approved by the Council</li>');
    expect(html).not.toMatch(VIETNAMESE);
    expect((g.document as { documentElement: { lang: string } }).documentElement.lang).toBe('en');
  });
});
