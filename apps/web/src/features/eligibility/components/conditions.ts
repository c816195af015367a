// The eligibility engine's conditions worded in the user's language from their code and data (catalogue
// ../i18n.ts): unmet conditions (the Vietnamese is exactly the server's `message`, tied by a test), the
// conditions met (the server sends them without a sentence), the grounds people confirm (by `params.ground`)
// and the legal basis (from `citation`). Counts and percentages through the locale's number format (vi 1.241
// and 66,7%, en 1,241 and 66.7%), dates dd/mm/yyyy, award names by code (English names from the domain's
// AWARD_NAMES_EN, Vietnamese the name the server put in `params`). A condition the catalogue cannot word (a
// code a newer server sends, params missing from an old snapshot) is undefined, and the callers keep the
// server's sentence. No React or app import at run time, so unit tests call these.
import { awardNameEn } from '@thidua/domain/catalogue/award-names-en';
import { MET_CODES, UNMET_CODES, type MetCode, type UnmetCode } from '@thidua/domain/eligibility/eligibility.types';
import type { TKey, TParams } from '@/i18n';

type Translate = (key: TKey, params?: TParams) => string;
type Value = string | number | boolean | null | undefined;
type Params = Readonly<Record<string, Value>>;

/** What wording needs from useI18n(). */
export interface Wording {
  readonly t: Translate;
  readonly locale: string;
  readonly fmtNumber: (n: number) => string;
  readonly fmtDate: (iso: string) => string;
}

/** A condition as the API sends it (unmet, met, or a dossier's stored snapshot of unmet ones). */
export interface ConditionLike {
  readonly code: string;
  readonly message?: string | undefined;
  readonly params?: Params | undefined;
  readonly earliestYear?: number | undefined;
  readonly year?: number | undefined;
}

/** Raised inside a wording when a needed param is missing: the condition is then not worded. */
class Missing extends Error {}

const RATINGS = new Set(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);
const SCOPES = new Set(['co_so', 'tinh', 'toan_quoc']);
const TYPES = new Set(['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien']);

function has(p: Params, k: string): boolean {
  return p[k] !== undefined && p[k] !== null && p[k] !== '';
}

/** The wording helpers over one condition's params. */
function reader(w: Wording, p: Params) {
  const t = (key: string, params?: TParams) => w.t(key as TKey, params);
  const str = (k: string): string => {
    const v = p[k];
    if (v === undefined || v === null) throw new Missing(k);
    return String(v);
  };
  const int = (k: string): number => {
    const v = Number(p[k]);
    if (p[k] === undefined || p[k] === null || !Number.isFinite(v)) throw new Missing(k);
    return v;
  };
  const oneOf = (set: ReadonlySet<string>, k: string): string => {
    const v = str(k);
    if (!set.has(v)) throw new Missing(k);
    return v;
  };
  const q = (s: string) => `“${s}”`;
  /** An award by code, quoted: English from the domain, else the Vietnamese name the server sent. */
  const award = (codeKey: string, nameKey: string) => {
    const code = p[codeKey];
    const en = w.locale === 'vi' || typeof code !== 'string' ? undefined : awardNameEn(code);
    return q(en ?? str(nameKey));
  };
  return {
    t,
    str,
    int,
    /** A count or percentage in the locale's format. */
    num: (k: string) => w.fmtNumber(int(k)),
    date: (k: string) => w.fmtDate(str(k)),
    q,
    rating: (k: string) => q(t(`elig.msg.rating.${oneOf(RATINGS, k)}`)),
    /** "“tốt” trở lên", or only "“xuất sắc”" (nothing is above it). */
    need: (k: string) => {
      const r = oneOf(RATINGS, k);
      const label = q(t(`elig.msg.rating.${r}`));
      return r === 'xuat_sac' ? label : t('elig.msg.need.atLeast', { rating: label });
    },
    scope: (k: string) => t(`elig.msg.scope.${oneOf(SCOPES, k)}`),
    types: (k: string) =>
      str(k)
        .split(',')
        .map((ty) => (TYPES.has(ty) ? t(`elig.msg.type.${ty}`) : ty))
        .join(', '),
    award,
    /** "năm 2025" or "giai đoạn 2023–2025" of params `from`/`to` (or other names). */
    range: (fromKey = 'from', toKey = 'to') => {
      const from = int(fromKey);
      const to = int(toKey);
      return from === to ? t('elig.msg.range.year', { year: to }) : t('elig.msg.range.span', { from, to });
    },
    /** "từ 01/03/2025 đến 01/05/2025", or open-ended. */
    period: (fromKey: string, toKey: string, open: 'openDiscipline' | 'openInvestigation') =>
      has(p, toKey)
        ? t('elig.msg.period.closed', { from: w.fmtDate(str(fromKey)), to: w.fmtDate(str(toKey)) })
        : t(`elig.msg.period.${open}`, { from: w.fmtDate(str(fromKey)) }),
    initiativeScope: () => (str('minScope') === 'co_so' ? '' : t('elig.msg.initiative.scope', { scope: t(`elig.msg.scope.${oneOf(SCOPES, 'minScope')}`) })),
    clipped: () => (has(p, 'clippedFrom') ? t('elig.msg.initiative.clipped', { year: int('clippedFrom') }) : ''),
    who: () => t(`elig.msg.who.${p.subject === 'collective' ? 'collective' : 'individual'}`),
    comparison: () => t(`elig.msg.cmp.${p.comparison === 'more_than' ? 'more_than' : 'at_least'}`),
    anchor: () =>
      p.anchorReason === 'discipline'
        ? t('elig.msg.anchor.discipline', { year: int('anchorYear') })
        : t('elig.msg.anchor.award', { year: int('anchorYear'), award: award('anchorAward', 'anchorAwardName') }),
    /** A window's length in years; a window that has not started yet is 0 years long. */
    length: () => w.fmtNumber(Math.max(0, int('length'))),
  };
}

type Reader = ReturnType<typeof reader>;

const UNMET: Readonly<Record<UnmetCode, (r: Reader, p: Params) => string>> = {
  blocked: (r, p) =>
    p.reason === 'discipline'
      ? r.t('elig.msg.blocked.discipline', { period: r.period('from', 'to', 'openDiscipline'), year: r.int('year') })
      : r.t('elig.msg.blocked.investigation', { period: r.period('from', 'to', 'openInvestigation'), asOf: r.date('asOf') }),
  rating_too_low: (r, p) =>
    p.actual === null || p.actual === undefined
      ? r.t('elig.msg.rating_too_low.none', { year: r.int('year'), who: r.who(), need: r.need('required') })
      : r.t(`elig.msg.rating_too_low.${p.subject === 'collective' ? 'collective' : 'individual'}`, {
          year: r.int('year'),
          actual: r.rating('actual'),
          need: r.need('required'),
        }),
  missing_title: (r, p) => {
    const vars = { year: r.int('year'), title: r.award('title', 'titleName') };
    const base =
      r.int('runFrom') === r.int('runTo')
        ? r.t('elig.msg.missing_title.year', vars)
        : r.t('elig.msg.missing_title.run', { ...vars, years: r.str('runYears') });
    if (has(p, 'decidedAfterAsOf')) return `${base} ${r.t('elig.msg.missing_title.decidedAfter', { date: r.date('decidedAfterAsOf') })}`;
    if (has(p, 'otherTypes')) return `${base} ${r.t('elig.msg.missing_title.otherTypes', { types: r.types('otherTypes') })}`;
    return base;
  },
  streak_broken: (r, p) =>
    r.t('elig.msg.streak_broken', {
      period: r.period('disciplineFrom', 'disciplineTo', 'openDiscipline'),
      range: r.range('runFrom', 'runTo'),
      restart:
        p.restartYear === null || p.restartYear === undefined
          ? r.t('elig.msg.streak_broken.restartAfter')
          : r.t('elig.msg.streak_broken.restartFrom', { year: r.int('restartYear') }),
    }),
  missing_initiative: (r) => {
    const vars = { scope: r.initiativeScope(), range: r.range(), clipped: r.clipped() };
    return r.int('required') <= 1
      ? r.t('elig.msg.missing_initiative.none', vars)
      : r.t('elig.msg.missing_initiative.few', { ...vars, required: r.num('required'), found: r.num('found') });
  },
  initiative_scope_too_narrow: (r) =>
    r.t('elig.msg.initiative_scope_too_narrow', { range: r.range(), best: r.scope('bestScope'), min: r.scope('minScope') }),
  missing_prior_award: (r, p) =>
    has(p, 'decidedAfterAsOf')
      ? r.t('elig.msg.missing_prior_award.decidedAfter', { prior: r.award('prior', 'priorName'), date: r.date('decidedAfterAsOf') })
      : r.t('elig.msg.missing_prior_award', { prior: r.award('prior', 'priorName') }),
  prior_award_not_merit: (r) => r.t('elig.msg.prior_award_not_merit', { prior: r.award('prior', 'priorName'), types: r.types('types') }),
  window_too_short: (r) =>
    r.t('elig.msg.window_too_short', {
      from: r.anchor(),
      year: r.int('year'),
      length: r.length(),
      required: r.num('required'),
    }),
  not_enough_titles: (r) =>
    r.t('elig.msg.not_enough_titles', { range: r.range(), found: r.num('found'), title: r.award('title', 'titleName'), required: r.num('required') }),
  missing_excellent_year: (r) => r.t('elig.msg.missing_excellent_year', { range: r.range(), rating: r.q(r.t('elig.msg.rating.xuat_sac')) }),
  members_not_all_completed: (r, p) =>
    p.missingData
      ? r.t('elig.msg.members_not_all_completed.missing', { year: r.int('year') })
      : r.t('elig.msg.members_not_all_completed', { year: r.int('year'), completed: r.num('completed'), members: r.num('members'), threshold: r.num('threshold') }),
  members_ratio_too_low: (r, p) =>
    p.missingData
      ? r.t('elig.msg.members.missingTitle', { year: r.int('year'), title: r.award('title', 'titleName') })
      : r.t('elig.msg.members_ratio_too_low', ratioParams(r)),
  no_member_cstdcs: (r, p) =>
    p.missingData
      ? r.t('elig.msg.members.missingTitle', { year: r.int('year'), title: r.award('title', 'titleName') })
      : r.t('elig.msg.no_member_cstdcs', { year: r.int('year'), found: r.num('found'), title: r.award('title', 'titleName'), required: r.num('required') }),
  member_disciplined: (r, p) =>
    p.missingData
      ? r.t('elig.msg.member_disciplined.missing', { year: r.int('year') })
      : r.t('elig.msg.member_disciplined', { year: r.int('year'), count: r.num('count') }),
};

/** The figures of a members' share condition, met or unmet. */
function ratioParams(r: Reader) {
  return {
    year: r.int('year'),
    holders: r.num('holders'),
    members: r.num('members'),
    percent: r.num('percent'),
    title: r.award('title', 'titleName'),
    comparison: r.comparison(),
    threshold: r.num('threshold'),
  };
}

/** Ratings of one year (`year`, `actual`) or of a run (`from`, `to`). */
function ratingMet(r: Reader, p: Params): string {
  if (has(p, 'year'))
    return r.t(`elig.metMsg.rating.${p.subject === 'collective' ? 'collective' : 'individual'}`, {
      year: r.int('year'),
      actual: r.rating('actual'),
      need: r.need('required'),
    });
  const from = r.int('from');
  const to = r.int('to');
  if (from > to) return r.t('elig.metMsg.ratings.none');
  return from === to
    ? r.t('elig.metMsg.ratings.one', { year: to, need: r.need('required') })
    : r.t('elig.metMsg.ratings.span', { from, to, need: r.need('required') });
}

const initiativeMet = (r: Reader) => r.t('elig.metMsg.initiative', { scope: r.initiativeScope(), range: r.range(), clipped: r.clipped() });

const MET: Readonly<Record<MetCode, (r: Reader, p: Params) => string>> = {
  no_discipline_in_year: (r) => r.t('elig.metMsg.no_discipline_in_year', { year: r.int('year') }),
  no_open_investigation: (r) => r.t('elig.metMsg.no_open_investigation', { asOf: r.date('asOf') }),
  rating_at_least_tot: ratingMet,
  ldtt_standard: ratingMet,
  rating_excellent: ratingMet,
  collective_rating: ratingMet,
  rating_excellent_run: ratingMet,
  window_ratings: ratingMet,
  title_run: (r) => r.t('elig.metMsg.title_run', { title: r.award('title', 'titleName'), years: r.str('runYears') }),
  run_uninterrupted: (r) => r.t('elig.metMsg.run_uninterrupted', { range: r.range('runFrom', 'runTo') }),
  initiative_in_year: initiativeMet,
  initiative_scope_in_window: initiativeMet,
  initiatives_in_window: (r) =>
    r.t('elig.metMsg.initiatives', { found: r.num('found'), scope: r.initiativeScope(), range: r.range(), clipped: r.clipped(), required: r.num('required') }),
  prior_award: (r) => r.t('elig.metMsg.prior_award', { prior: r.award('prior', 'priorName'), year: r.int('year') }),
  window_uninterrupted: (r, p) =>
    p.afterDiscipline ? r.t('elig.metMsg.window_uninterrupted.afterDiscipline', { from: r.int('from') }) : r.t('elig.metMsg.window_uninterrupted'),
  window_length: (r) =>
    r.t('elig.metMsg.window_length', { from: r.anchor(), year: r.int('year'), length: r.length(), required: r.num('required') }),
  titles_in_window: (r) =>
    r.t('elig.metMsg.titles_in_window', { range: r.range(), found: r.num('found'), title: r.award('title', 'titleName'), required: r.num('required') }),
  excellent_year_in_window: (r) =>
    r.t('elig.metMsg.excellent_year_in_window', {
      range: r.range(),
      found: r.num('found'),
      rating: r.q(r.t('elig.msg.rating.xuat_sac')),
      required: r.num('required'),
    }),
  members_ldtt_ratio: (r) =>
    r.t('elig.metMsg.members_ldtt_ratio', ratioParams(r)),
  members_completed: (r) =>
    r.t('elig.metMsg.members_completed', { year: r.int('year'), completed: r.num('completed'), members: r.num('members'), threshold: r.num('threshold') }),
  member_cstdcs: (r) =>
    r.t('elig.metMsg.member_cstdcs', { year: r.int('year'), found: r.num('found'), title: r.award('title', 'titleName'), required: r.num('required') }),
  no_member_disciplined: (r) => r.t('elig.metMsg.no_member_disciplined', { year: r.int('year') }),
};

const isUnmet = (c: string): c is UnmetCode => (UNMET_CODES as readonly string[]).includes(c);
const isMet = (c: string): c is MetCode => (MET_CODES as readonly string[]).includes(c);

function word(w: Wording, c: ConditionLike, fn: ((r: Reader, p: Params) => string) | undefined): string | undefined {
  if (!fn || !c.params) return undefined;
  try {
    return fn(reader(w, c.params), c.params);
  } catch (e) {
    if (e instanceof Missing) return undefined;
    throw e;
  }
}

/**
 * The sentence of an unmet condition with its figures, and the earliest year that could meet it, as the server
 * writes `message` in Vietnamese; undefined when the catalogue cannot word it.
 */
export function unmetSentence(w: Wording, c: ConditionLike): string | undefined {
  const text = word(w, c, isUnmet(c.code) ? UNMET[c.code] : undefined);
  if (text === undefined) return undefined;
  return c.earliestYear === undefined ? text : `${text} ${w.t('elig.msg.earliest' as TKey, { year: c.earliestYear })}`;
}

/** The sentence of a condition met, with its figures; undefined when the catalogue cannot word it. */
export function metSentence(w: Wording, c: ConditionLike): string | undefined {
  return word(w, c, isMet(c.code) ? MET[c.code] : undefined);
}

const WHO = new Set(['individual', 'collective', 'household']);

/**
 * A ground people confirm (`toConfirm`), worded by the key the server sends as `params.ground` (the
 * Vietnamese is exactly the server's `message`); undefined for a key the catalogue does not have.
 */
export function groundSentence(w: Wording, g: ConditionLike): string | undefined {
  const p = g.params;
  const key = p?.ground;
  if (!p || typeof key !== 'string' || !/^[\w.]+$/.test(key)) return undefined;
  const k = `elig.ground.${key}`;
  const text = w.t(k as TKey, {});
  if (text === k) return undefined;
  try {
    const r = reader(w, p);
    switch (key) {
      case 'ty_le_phieu_hoi_dong.tong_so_thanh_vien':
        return r.t(k, { percent: r.num('percent') });
      case 'tieu_chuan_xet_tang': {
        const who = r.str('subject');
        if (!WHO.has(who)) return undefined;
        return r.t(k, { award: r.award('award', 'awardName'), who: r.t(`elig.ground.who.${who}`) });
      }
      case 'manual_review':
        return r.t(k, { award: r.award('award', 'awardName') });
      default:
        return text;
    }
  } catch (e) {
    if (e instanceof Missing) return undefined;
    throw e;
  }
}

interface Article {
  readonly article: number;
  readonly clause?: number | undefined;
  readonly point?: string | undefined;
}
/** A condition's `basis` as data (domain BasisCitation). */
export interface CitationLike {
  readonly law: string | null;
  readonly lawArticle: Article | null;
  readonly decree: string;
  readonly decreeArticles: readonly Article[];
}
const LAWS = new Set(['law-2013', 'law-2022']);

/** A decree's number in the user's language: 152/2025/NĐ-CP, in English 152/2025/ND-CP. */
export function decreeText(w: Pick<Wording, 'locale'>, decree: string): string {
  return w.locale === 'vi' ? decree : decree.replace(/NĐ-CP$/u, 'ND-CP');
}

/**
 * The legal basis of a condition from its `citation`, as the server writes `basis` in Vietnamese
 * ("Điểm b khoản 1 Điều 73 Luật …; khoản 7 Điều 33 Nghị định 152/2025/NĐ-CP"); undefined without one.
 */
export function basisSentence(w: Wording, c: { readonly citation?: CitationLike | undefined }): string | undefined {
  const cit = c.citation;
  if (!cit || (cit.law !== null && !LAWS.has(cit.law))) return undefined;
  const t = (key: string, params?: TParams) => w.t(key as TKey, params);
  const article = (a: Article): string | undefined => {
    if (a.point !== undefined && a.clause === undefined) return undefined;
    // Point đ (U+0111, after d) is written dd in English translations of Vietnamese law.
    const point = a.point?.codePointAt(0) === 0x111 && w.locale !== 'vi' ? 'dd' : a.point;
    return point !== undefined
      ? t('elig.basis.article.point', { article: a.article, clause: a.clause!, point })
      : a.clause !== undefined
        ? t('elig.basis.article.clause', { article: a.article, clause: a.clause })
        : t('elig.basis.article', { article: a.article });
  };
  const parts: string[] = [];
  if (cit.law !== null) {
    const law = t(`elig.basis.law.${cit.law}`);
    const a = cit.lawArticle ? article(cit.lawArticle) : null;
    if (a === undefined) return undefined;
    parts.push(a === null ? law : t('elig.basis.lawArticle', { article: a, law }));
  }
  const decree = decreeText(w, cit.decree);
  if (cit.decreeArticles.length === 0) parts.push(t('elig.basis.decree', { decree }));
  for (const d of cit.decreeArticles) {
    const a = article(d);
    if (a === undefined) return undefined;
    parts.push(t('elig.basis.decreeArticle', { article: a, decree }));
  }
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The legal basis to show: worded from its citation, else the server's Vietnamese `basis`. */
export function basisText(w: Wording, c: { readonly basis: string; readonly citation?: CitationLike | undefined }): string {
  return basisSentence(w, c) ?? c.basis;
}

/** A ground to confirm to show: its wording in the user's language, else the server's Vietnamese sentence. */
export function groundText(w: Wording, g: ConditionLike): string {
  return groundSentence(w, g) ?? g.message ?? g.code;
}

/**
 * An unmet condition to show: its sentence in the user's language; else the server's Vietnamese `message` in
 * Vietnamese, and in another language the label of its code (`elig.code.*`, with the year it concerns) or,
 * for a code without a label, the server's sentence.
 */
export function unmetText(w: Wording, c: ConditionLike): string {
  const s = unmetSentence(w, c);
  if (s !== undefined) return s;
  if (w.locale === 'vi' || !isUnmet(c.code)) return c.message ?? c.code;
  const condition = w.t(`elig.code.${c.code}`);
  return typeof c.year === 'number' ? w.t('dossiers.unmet.withYear', { year: c.year, condition }) : condition;
}

