// The dossier, council and decision screens speak through the vi/en catalogue (src/features/dossiers/i18n.ts):
// both languages have the same keys, placeholders and no empty text; every 'dossiers.*' key the feature's
// source uses exists in both; the Vietnamese is Unicode NFC; every code the domain knows (dossier states,
// actions, document kinds, award types, nominee kinds, every state, task and kind the inbox can send,
// deadline notices, award names, unmet eligibility conditions) has a label; no source file of the feature
// still carries Vietnamese text of its own (comments may stay Vietnamese); and the labels render in English
// through the app's own I18nProvider.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxItem } from '@thidua/contracts';
import { DOSSIER_DOCUMENT_KINDS, AWARD_CODES, AWARD_TYPES, SUBJECT_KINDS } from '@thidua/domain/catalogue/catalogue.types';
import { AWARD_CATALOGUE } from '@thidua/domain/catalogue/awards';
import { AWARD_AUTHORITIES_EN, AWARD_NAMES_EN } from '@thidua/domain/catalogue/award-names-en';
import { decisionSummaryVi } from '@thidua/domain/dossiers/decision-summary';
import { UNMET_CODES } from '@thidua/domain/eligibility/eligibility.types';
import { evaluateEligibility } from '@thidua/domain/eligibility/evaluate-eligibility';
import { DEADLINE_NOTICE_CODES, deadlineNotice, deadlineNoticeTextVi } from '@thidua/domain/dossiers/notice';
import { DOSSIER_ACTIONS, DOSSIER_STATE_LABELS_VI, DOSSIER_STATES } from '@thidua/domain/dossiers/workflow';
import { dossiersEn, dossiersVi } from '../src/features/dossiers/i18n';
import { vi as uiVi } from '../src/i18n/vi';
import { en as uiEn } from '../src/i18n/en';
import { featureSources, VIETNAMESE, vietnameseLiterals } from './feature-text';
import {
  ACTION_CODES,
  ACTION_LABEL,
  AWARD_TYPE_LABEL,
  awardAuthorityText,
  awardText,
  CHOICE_OPTIONS,
  DECISION_STATUS,
  decisionSummaryText,
  DOC_KIND_LABEL,
  DOC_KINDS,
  ENTRY_STATUS,
  INBOX_KIND_CODES,
  INBOX_STATUS_CODES,
  inboxText,
  NOTICE_CODES,
  noticeText,
  recordText,
  REVOCATION_GROUND_LABEL,
  REVOCATION_GROUNDS,
  STATUS_CODES,
  STATUS_LABEL,
  statusText,
  STEP_LABEL,
  SUBJECT_KIND_LABEL,
  unmetText,
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

  it("shows a dossier's state from the catalogue in both languages, its Vietnamese the register's wording the server sends", () => {
    for (const s of DOSSIER_STATES) {
      expect(dossiersVi[`dossiers.status.${s}`], s).toBe(DOSSIER_STATE_LABELS_VI[s]);
      expect(statusText(tVi, s, DOSSIER_STATE_LABELS_VI[s])).toBe(DOSSIER_STATE_LABELS_VI[s]);
      // Not the server's label, whatever it says.
      expect(statusText(tVi, s, 'server text')).toBe(DOSSIER_STATE_LABELS_VI[s]);
      expect(statusText(tEn, s, DOSSIER_STATE_LABELS_VI[s])).toBe(dossiersEn[`dossiers.status.${s}`]);
    }
    expect(statusText(tVi, 'draft')).toBe('Nháp');
    // A state the catalogue does not know: the server's label, else the code.
    expect(statusText(tEn, 'archived', 'Lưu trữ')).toBe('Lưu trữ');
    expect(statusText(tEn, 'archived')).toBe('archived');
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

// What the inbox can send, read from the server's code: the status and action literals of
// DossierService.inbox, the actions it adds, and the notification kinds the deadline scan writes.
const SERVICE = readFileSync(join(import.meta.dirname, '../../api/src/modules/dossiers/dossier.service.ts'), 'utf8');
const INBOX_SOURCE = SERVICE.slice(SERVICE.indexOf('  async inbox('), SERVICE.indexOf('  async scanDeadlines('));
const literals = (re: RegExp) => [...new Set([...INBOX_SOURCE.matchAll(re)].map((m) => m[1]!))];
/** `kind: s.alert` in scanDeadlines: dossierDeadlineStatus's alerts but 'none'. */
const NOTIFICATION_KINDS = ['reminder', 'escalation'];
const iso = (d: string) => d.split('-').reverse().join('/');

describe('the inbox in both languages', () => {
  const kinds = InboxItem.shape.kind.options;
  const sentStatuses = [...DOSSIER_STATES, ...literals(/\bstatus: '(\w+)'/g), ...NOTIFICATION_KINDS];
  const sentActions = [...DOSSIER_ACTIONS, ...literals(/\baction: '(\w+)'/g), ...literals(/'(\w+)' as const\]/g), ...literals(/actions = \['(\w+)'\]/g), ...NOTIFICATION_KINDS];

  it("finds the server's codes (the scan of its source still works)", () => {
    expect(INBOX_SOURCE.length).toBeGreaterThan(500);
    expect(literals(/\bstatus: '(\w+)'/g)).toEqual(['open']);
    expect(literals(/\baction: '(\w+)'/g)).toEqual(['vote']);
    expect([...literals(/'(\w+)' as const\]/g), ...literals(/actions = \['(\w+)'\]/g)].sort()).toEqual(['issue_decision', 'send_to_council']);
    expect(literals(/kind: '(\w+)' as const/g).sort()).toEqual([...kinds].sort());
  });

  it('labels every state, task and kind of entry the server can send, in Vietnamese and English', () => {
    for (const k of kinds) expect(INBOX_KIND_CODES, k).toContain(k);
    for (const s of [...literals(/\bstatus: '(\w+)'/g), ...NOTIFICATION_KINDS]) expect(INBOX_STATUS_CODES, s).toContain(s);
    for (const a of sentActions) expect(ACTION_CODES, a).toContain(a);
    const row = (kind: (typeof kinds)[number], status: string, action: string) =>
      ({ kind, id: '00000000-0000-4000-8000-000000000000', title: 'x', status, action, due: null, workingDaysLeft: null, overdue: false }) as const;
    for (const [kind, statuses] of [
      ['dossier', DOSSIER_STATES],
      ['council_session', ['open']],
      ['notification', NOTIFICATION_KINDS],
    ] as const) {
      for (const status of statuses)
        for (const tr of [tVi, tEn]) {
          const x = inboxText(tr, iso, row(kind, status, 'vote'));
          expect(x.status, `${kind} ${status}`).not.toBe(status);
          expect(x.kind, kind).not.toBe(kind);
        }
    }
    for (const a of sentActions) for (const tr of [tVi, tEn]) expect(ACTION_LABEL(tr, a), a).not.toBe(a);
    expect(sentStatuses.length).toBeGreaterThan(15);
    const council = inboxText(tEn, iso, row('council_session', 'open', 'vote'));
    expect(council).toEqual({ kind: 'Council session', title: 'x', status: 'In session', action: 'Vote' });
    expect(inboxText(tEn, iso, row('notification', 'escalation', 'escalation'))).toMatchObject({ kind: 'Notice', status: 'Overdue', action: 'Overdue' });
    expect(inboxText(tEn, iso, row('notification', 'reminder', 'reminder'))).toMatchObject({ status: 'Due soon', action: 'Reminder' });
    expect(inboxText(tVi, iso, row('dossier', 'posted', 'send_to_council'))).toMatchObject({ status: 'Đang công khai lấy ý kiến', action: 'Đưa ra Hội đồng' });
  });

  it('words every deadline notice from its code, the Vietnamese exactly as the server writes the title', () => {
    expect([...NOTICE_CODES].sort()).toEqual([...DEADLINE_NOTICE_CODES].sort());
    const data = { dossierId: '00000000-0000-4000-8000-000000000001', dossierTitle: 'Đề nghị tặng Giấy khen năm 2025', due: '2026-12-23' };
    for (const [alert, left] of [
      ['reminder', 2],
      ['escalation', -3],
    ] as const) {
      const n = deadlineNotice(alert, { ...data, workingDaysLeft: left });
      expect(noticeText(tVi, iso, n)).toBe(deadlineNoticeTextVi(n));
      const en = noticeText(tEn, iso, n)!;
      expect(en).toContain('“Đề nghị tặng Giấy khen năm 2025”');
      expect(en.replace(data.dossierTitle, '')).not.toMatch(VIETNAMESE);
      expect(en).toContain('23/12/2026');
      expect(en).toContain(String(Math.abs(left)));
      // The entry's title: the notice's words, or the server's message when there is no notice.
      const entry = { kind: 'notification', id: n.params.dossierId, title: deadlineNoticeTextVi(n), status: alert, action: alert, due: data.due, workingDaysLeft: left, overdue: left < 0 } as const;
      expect(inboxText(tEn, iso, { ...entry, notice: n }).title).toBe(en);
      expect(inboxText(tEn, iso, entry).title).toBe(deadlineNoticeTextVi(n));
    }
    expect(noticeText(tEn, iso, deadlineNotice('reminder', { ...data, workingDaysLeft: 1 }))).toBe(
      'Dossier “Đề nghị tặng Giấy khen năm 2025” is due on 23/12/2026 (working days left: 1).',
    );
    // A notice code a newer server sends that this catalogue cannot word: the server's title.
    const unknown = { code: 'deadline_other', params: { ...data, workingDays: 1 } } as unknown as Parameters<typeof noticeText>[2];
    expect(noticeText(tEn, iso, unknown)).toBeUndefined();
  });
});

describe('award names and eligibility conditions in both languages', () => {
  const tUiVi = translator(uiVi as Record<string, string>);
  const tUiEn = translator(uiEn as Record<string, string>);

  it('names every catalogue award in English, and in Vietnamese with its legal name (the server\'s)', () => {
    expect(AWARD_CATALOGUE.map((a) => a.code)).toEqual([...AWARD_CODES]);
    for (const a of AWARD_CATALOGUE) {
      expect(awardText('vi', a.code, a.name)).toBe(a.name);
      expect(awardText('en', a.code, a.name), a.code).toBe(AWARD_NAMES_EN[a.code]);
      expect(awardText('en', a.code, a.name), a.code).not.toMatch(VIETNAMESE);
    }
    expect(awardText('en', 'bang_khen_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ')).toBe("Prime Minister's Certificate of Merit");
    // A local award the catalogue does not have keeps the server's name; without one, its code.
    expect(awardText('en', 'ky_niem_chuong_tinh_x', 'Kỷ niệm chương tỉnh X')).toBe('Kỷ niệm chương tỉnh X');
    expect(awardText('en', 'ky_niem_chuong_tinh_x')).toBe('ky_niem_chuong_tinh_x');
  });

  it("names every catalogue award's deciding authority in English, and keeps the server's text in Vietnamese and for a local award", () => {
    for (const a of AWARD_CATALOGUE) {
      expect(awardAuthorityText('vi', a.code, a.decidingAuthority)).toBe(a.decidingAuthority);
      const en = awardAuthorityText('en', a.code, a.decidingAuthority);
      expect(en, a.code).toBe(AWARD_AUTHORITIES_EN[a.code]);
      expect(en, a.code).not.toMatch(VIETNAMESE);
    }
    expect(awardAuthorityText('en', 'bang_khen_thu_tuong', 'Thủ tướng Chính phủ')).toBe('The Prime Minister');
    expect(awardAuthorityText('en', 'ky_niem_chuong_tinh_x', 'Chủ tịch UBND tỉnh X')).toBe('Chủ tịch UBND tỉnh X');
  });

  it("words a decision's summary from its kind, award and referenced decision; the Vietnamese is the record the server writes", () => {
    const ref = { id: '00000000-0000-4000-8000-000000000009', number: '12/QĐ-UBND', date: '2026-01-15' };
    for (const a of AWARD_CATALOGUE) {
      const record = decisionSummaryVi({ kind: 'award', award: a.code });
      // The catalogue's Vietnamese says what the server writes, word for word.
      expect(tVi('dossiers.summary.award', { award: a.name })).toBe(record);
      const d = { kind: 'award', summary: record, award: a.code, references: null };
      expect(decisionSummaryText(tVi, 'vi', d)).toBe(record);
      const en = decisionSummaryText(tEn, 'en', d);
      expect(en).toBe(`Conferring “${AWARD_NAMES_EN[a.code]}”`);
      expect(en, a.code).not.toMatch(VIETNAMESE);
    }
    for (const kind of ['revocation', 'correction'] as const) {
      const record = decisionSummaryVi({ kind, referencedNumber: ref.number });
      expect(tVi(`dossiers.summary.${kind}`, { number: ref.number })).toBe(record);
      const d = { kind, summary: record, award: 'giay_khen', references: ref };
      expect(decisionSummaryText(tVi, 'vi', d)).toBe(record);
      // The decision number is an identifier (QĐ-UBND), not text to translate.
      expect(decisionSummaryText(tEn, 'en', d).replace(ref.number, '')).not.toMatch(VIETNAMESE);
    }
    expect(decisionSummaryText(tEn, 'en', { kind: 'revocation', summary: 'x', award: 'giay_khen', references: ref })).toBe('Revoking award decision No. 12/QĐ-UBND');
    expect(decisionSummaryText(tEn, 'en', { kind: 'correction', summary: 'x', award: 'giay_khen', references: ref })).toBe('Correcting decision No. 12/QĐ-UBND');
    expect(decisionSummaryText(tEn, 'en', { kind: 'award', summary: 'x', award: 'bang_khen_thu_tuong' })).toBe("Conferring “Prime Minister's Certificate of Merit”");
    // What the catalogue cannot word keeps the record: a local award, a reference the answer lacks, a new kind.
    expect(decisionSummaryText(tEn, 'en', { kind: 'award', summary: 'Về việc tặng Kỷ niệm chương tỉnh X', award: 'ky_niem_chuong_tinh_x' })).toBe('Về việc tặng Kỷ niệm chương tỉnh X');
    expect(decisionSummaryText(tEn, 'en', { kind: 'correction', summary: 'Về việc đính chính Quyết định số 1/QĐ-UBND', award: null })).toBe('Về việc đính chính Quyết định số 1/QĐ-UBND');
    expect(decisionSummaryText(tEn, 'en', { kind: 'merger', summary: 'Về việc khác', award: null })).toBe('Về việc khác');
  });

  const wording = (locale: 'vi' | 'en') => ({
    locale,
    t: locale === 'vi' ? tUiVi : tUiEn,
    fmtNumber: (n: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n),
    fmtDate: iso,
  });

  it("words a nominee's unmet conditions from their params, the Vietnamese the server's sentence (apps/web/test/eligibility-i18n.test.ts ties every code)", () => {
    const r = evaluateEligibility({
      award: 'chien_si_thi_dua_co_so',
      asOf: '2026-03-01',
      year: 2025,
      subject: { kind: 'individual' },
      history: { ratings: [{ year: 2025, rating: 'hoan_thanh' }] },
    });
    expect(r.unmet.map((u) => unmetText(wording('vi'), u))).toEqual(r.unmet.map((u) => u.message));
    expect(r.unmet.map((u) => unmetText(wording('en'), u))).toEqual([
      '2025: rated “Satisfactory”, short of “Good” or better. Earliest achievement year that could meet it: 2026.',
      '2025: rated “Satisfactory”, short of “Excellent”. Earliest achievement year that could meet it: 2026.',
      'No initiative or research work recognised in 2025. Earliest achievement year that could meet it: 2026.',
    ]);
  });

  it("names every unmet condition of a snapshot without params by its code in English, and keeps the server's Vietnamese sentence", () => {
    for (const c of UNMET_CODES) {
      for (const cat of [uiVi, uiEn] as Record<string, string>[]) expect(cat[`elig.code.${c}`]?.trim(), c).toBeTruthy();
      const u = { code: c, message: 'Năm 2024: được đánh giá “hoàn thành nhiệm vụ”, chưa đạt “hoàn thành tốt nhiệm vụ” trở lên.', year: 2024 };
      expect(unmetText(wording('vi'), u)).toBe(u.message);
      const en = unmetText(wording('en'), u);
      expect(en, c).toBe(`2024: ${(uiEn as Record<string, string>)[`elig.code.${c}`]}`);
      expect(en, c).not.toMatch(VIETNAMESE);
      expect(unmetText(wording('en'), { code: c, message: u.message }), c).toBe((uiEn as Record<string, string>)[`elig.code.${c}`]);
    }
    expect(unmetText(wording('en'), { code: 'rating_too_low', message: 'x', year: 2023 })).toBe('2023: Rating too low');
    // A code the catalogue does not know keeps the server's sentence.
    expect(unmetText(wording('en'), { code: 'new_rule', message: 'Câu mới' })).toBe('Câu mới');
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
        DOSSIER_STATES.map((s) => createElement('li', { key: s }, statusText(t, s, DOSSIER_STATE_LABELS_VI[s]))),
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

  it('shows the inbox (states, tasks, kinds, deadline notices), award names and unmet conditions in English', async () => {
    const { I18nProvider, useI18n } = await import('../src/i18n');
    const id = '00000000-0000-4000-8000-000000000007';
    const notice = (alert: 'reminder' | 'escalation', left: number) =>
      deadlineNotice(alert, { dossierId: id, dossierTitle: 'Proposal 7', due: '2026-12-23', workingDaysLeft: left });
    const rows = [
      { kind: 'dossier', id, title: 'Proposal 7', status: 'posted', statusLabel: DOSSIER_STATE_LABELS_VI.posted, action: 'send_to_council', due: '2026-12-23', workingDaysLeft: 2, overdue: false },
      { kind: 'council_session', id, title: 'Session 1', status: 'open', action: 'vote', due: '2026-12-10', workingDaysLeft: 3, overdue: false },
      { kind: 'notification', id, title: deadlineNoticeTextVi(notice('reminder', 2)), status: 'reminder', action: 'reminder', due: '2026-12-23', workingDaysLeft: 2, overdue: false, notice: notice('reminder', 2) },
      { kind: 'notification', id, title: deadlineNoticeTextVi(notice('escalation', -1)), status: 'escalation', action: 'escalation', due: '2026-12-23', workingDaysLeft: -1, overdue: true, notice: notice('escalation', -1) },
    ] as const;
    function Inbox() {
      const i18n = useI18n();
      const { t, locale, fmtDate } = i18n;
      return createElement(
        'table',
        { lang: locale },
        createElement(
          'tbody',
          null,
          rows.map((r, i) => {
            const x = inboxText(t, fmtDate, r);
            return createElement('tr', { key: i }, createElement('td', null, x.title), createElement('td', null, x.kind), createElement('td', null, x.status), createElement('td', null, x.action));
          }),
          createElement('tr', null, createElement('td', null, awardText(locale, 'huan_chuong_lao_dong_hang_nhi', 'Huân chương Lao động hạng Nhì'))),
          createElement('tr', null, createElement('td', null, unmetText(i18n, { code: 'missing_initiative', message: 'Không có sáng kiến hoặc đề tài khoa học được công nhận trong năm 2025.', year: 2025 }))),
          createElement(
            'tr',
            null,
            createElement(
              'td',
              null,
              unmetText(i18n, {
                code: 'members_ratio_too_low',
                message: 'Năm 2025: 828/1.241 cá nhân (66,7%) đạt “Lao động tiên tiến”, cần ít nhất 70%.',
                year: 2025,
                params: { year: 2025, members: 1241, holders: 828, title: 'lao_dong_tien_tien', titleName: 'Lao động tiên tiến', percent: 66.7, threshold: 70, comparison: 'at_least', missingData: false },
              }),
            ),
          ),
        ),
      );
    }
    const html = renderToStaticMarkup(createElement(I18nProvider, null, createElement(Inbox)));
    expect(html).toContain('<table lang="en">');
    expect(html).toContain(`<td>Proposal 7</td><td>Dossier</td><td>Posted for public comment</td><td>${dossiersEn['dossiers.action.send_to_council']}</td>`);
    expect(html).toContain('<td>Session 1</td><td>Council session</td><td>In session</td><td>Vote</td>');
    expect(html).toContain('<td>Dossier “Proposal 7” is due on 23/12/2026 (working days left: 2).</td><td>Notice</td><td>Due soon</td><td>Reminder</td>');
    expect(html).toContain('<td>Dossier “Proposal 7” is past its deadline of 23/12/2026 (working days overdue: 1).</td><td>Notice</td><td>Overdue</td><td>Overdue</td>');
    expect(html).toContain('<td>Labour Order, Second Class</td>');
    expect(html).toContain('<td>2025: Initiative missing</td>');
    expect(html).toContain('<td>2025: 828/1,241 members (66.7%) hold “Advanced Worker”; at least 70% needed.</td>');
    expect(html).not.toMatch(VIETNAMESE);
  });
});
