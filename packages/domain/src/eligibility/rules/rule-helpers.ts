// Checks shared by the rule files: a year's rating, a run of titles, a run uninterrupted by
// discipline, initiatives in a window, and the window after a previous award (RULES.md §3).
import type { AnnualRating, AwardCode, InitiativeScope } from '../../catalogue/catalogue.types.js';
import {
  OPEN_END_YEAR,
  RANK_NONE,
  RANK_XUAT_SAC,
  RATING_BY_RANK,
  RATING_RANK,
  SCOPE_BY_RANK,
  SCOPE_RANK,
  type HistoryIndex,
} from '../history-index.js';
import type { BasisRef } from '../legal-basis.js';
import type { MessageParams } from '../eligibility.types.js';
import { awardNameVi } from '../messages.js';
import type { ConditionSink, RuleContext } from './rule.types.js';

/** Params of failures while probing for `earliestYear`, where messages are not built. */
export const NO_PARAMS: MessageParams = Object.freeze({});

/** Rating of `year` at least `required` (a missing rating fails). */
export function checkRating(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  year: number,
  required: AnnualRating,
  subject: 'individual' | 'collective' = 'individual',
): void {
  const r = ctx.h.rating(year);
  if (r >= RATING_RANK[required])
    sink.pass(cond, alt, 'award', sink.detail ? { year, required, actual: ratingOf(r), subject } : NO_PARAMS);
  else
    sink.fail(
      cond,
      alt,
      'award',
      'rating_too_low',
      year,
      sink.detail ? { year, required, actual: ratingOf(r), subject } : NO_PARAMS,
    );
}

/** Every year of [from, to] rated at least `required`; one failure per year. */
export function checkRatingsInRange(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  from: number,
  to: number,
  required: AnnualRating,
  basis: BasisRef = 'award',
  fixedStart = false,
): void {
  const h = ctx.h;
  const need = RATING_RANK[required];
  let ok = true;
  for (let y = from; y <= to; y++) {
    const r = h.rating(y);
    if (r < need) {
      ok = false;
      // When only a discipline can move the start of the window, a recorded year stays in every
      // later window unless a recorded discipline reaches past it: no year can fix it.
      const unfixable = fixedStart && !h.hyp && y <= h.last && h.lastDisciplineYear < y;
      sink.fail(
        cond,
        alt,
        basis,
        'rating_too_low',
        y,
        sink.detail ? { year: y, required, actual: ratingOf(r), subject: 'individual' } : NO_PARAMS,
        unfixable,
      );
    }
  }
  if (ok) sink.pass(cond, alt, basis, sink.detail ? { from, to, required } : NO_PARAMS);
}

function ratingOf(rank: number): AnnualRating | null {
  return rank === RANK_NONE ? null : (RATING_BY_RANK[rank] ?? null);
}

/** The held merit title `title` in each of `years` (ascending); one `missing_title` per year. */
export function checkTitleYears(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  title: AwardCode,
  years: readonly number[],
): void {
  const h = ctx.h;
  let ok = true;
  const runFrom = years[0] as number;
  const runTo = years[years.length - 1] as number;
  for (const y of years) {
    if (!h.holdsTitle(title, y)) {
      ok = false;
      sink.fail(
        cond,
        alt,
        'award',
        'missing_title',
        y,
        sink.detail
          ? {
              year: y,
              title,
              titleName: awardNameVi(title),
              runFrom,
              runTo,
              runYears: years.join(', '),
              decidedAfterAsOf: h.notYetDecidedFor(title, y) ?? null,
            }
          : NO_PARAMS,
      );
    }
  }
  if (ok)
    sink.pass(
      cond,
      alt,
      'award',
      sink.detail ? { title, titleName: awardNameVi(title), runFrom, runTo, runYears: years.join(', ') } : NO_PARAMS,
    );
}

/** Consecutive years from..to. */
export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** No discipline touches the run [from, to] (Decree 152 Art. 4(4)); else `streak_broken`. */
export function checkRunUninterrupted(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  from: number,
  to: number,
): void {
  const d = ctx.h.lastDisciplineTouching(from, to);
  if (d === null) {
    sink.pass(cond, alt, 'discipline_restart', sink.detail ? { runFrom: from, runTo: to } : NO_PARAMS);
    return;
  }
  sink.fail(
    cond,
    alt,
    'discipline_restart',
    'streak_broken',
    Math.min(d.toYear, to),
    sink.detail
      ? {
          disciplineFrom: d.from,
          disciplineTo: d.to,
          runFrom: from,
          runTo: to,
          restartYear: d.toYear === OPEN_END_YEAR ? null : d.toYear + 1,
        }
      : NO_PARAMS,
  );
}

/** First year of [from, to] that still counts after a discipline touching it (clipping). */
function countingStart(h: HistoryIndex, from: number, to: number): number {
  const d = h.lastDisciplineTouching(from, to);
  return d === null ? from : Math.max(from, d.toYear === OPEN_END_YEAR ? OPEN_END_YEAR : d.toYear + 1);
}

/**
 * An initiative or work of scope ≥ `minScope` recognised in [from, to]; a wider scope satisfies a
 * narrower need. Years before the end of a discipline touching the window do not count.
 * `initiative_scope_too_narrow` when the window holds only narrower ones, else `missing_initiative`.
 */
export function checkInitiativeScope(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  from: number,
  to: number,
  minScope: InitiativeScope,
): void {
  const h = ctx.h;
  const start = countingStart(h, from, to);
  const best = h.initiativeBest(start, to);
  const year = from === to ? to : undefined;
  const clippedFrom = start > from && start <= to ? start : null;
  if (best >= SCOPE_RANK[minScope]) {
    sink.pass(
      cond,
      alt,
      'award',
      sink.detail ? { from, to, minScope, bestScope: SCOPE_BY_RANK[best] ?? null, clippedFrom } : NO_PARAMS,
    );
  } else if (best > 0) {
    sink.fail(
      cond,
      alt,
      'award',
      'initiative_scope_too_narrow',
      year,
      sink.detail
        ? {
            from,
            to,
            minScope,
            bestScope: SCOPE_BY_RANK[best] ?? null,
            clippedFrom,
          }
        : NO_PARAMS,
    );
  } else {
    sink.fail(
      cond,
      alt,
      'award',
      'missing_initiative',
      year,
      sink.detail ? { from, to, minScope, required: 1, found: 0, clippedFrom } : NO_PARAMS,
    );
  }
}

/** At least `required` initiatives or works of scope ≥ `minScope` recognised in [from, to] (clipped). */
export function checkInitiativeCount(
  ctx: RuleContext,
  sink: ConditionSink,
  alt: number,
  cond: string,
  from: number,
  to: number,
  minScope: InitiativeScope,
  required: number,
): void {
  const h = ctx.h;
  const start = countingStart(h, from, to);
  const found = h.initiativeCount(start, to, SCOPE_RANK[minScope]);
  const clippedFrom = start > from && start <= to ? start : null;
  if (found >= required)
    sink.pass(cond, alt, 'award', sink.detail ? { from, to, minScope, required, found, clippedFrom } : NO_PARAMS);
  else
    sink.fail(
      cond,
      alt,
      'award',
      'missing_initiative',
      from === to ? to : undefined,
      sink.detail
        ? {
            from,
            to,
            minScope,
            required,
            found,
            clippedFrom,
          }
        : NO_PARAMS,
    );
}

export interface AnchoredWindowSpec {
  /** The prerequisite form whose latest merit award anchors the window (P). */
  readonly prior: AwardCode;
  /** The proposed form: a later merit award of it (Q) moves the anchor (Decree 152 Art. 33(7)). */
  readonly proposed: AwardCode;
  /** Y − anchor ≥ minLength. */
  readonly minLength: number;
  /** Every year of the window rated at least this. */
  readonly ratingMin: AnnualRating;
  /** At least `required` held merit titles `title` in the window. */
  readonly titles?: { readonly title: AwardCode; readonly required: number };
  /** At least this many years rated `xuat_sac` in the window. */
  readonly excellentYears?: number;
  /** At least `required` initiatives of scope ≥ `minScope` in the window. */
  readonly initiatives?: { readonly required: number; readonly minScope: InitiativeScope };
}

/**
 * The window after a previous award (Bằng khen Thủ tướng ground (b), Huân chương Lao động hạng Ba
 * ground (e)). The anchor is the latest held merit award P of the prerequisite form, moved to Q when
 * the subject holds the proposed form from a later year Q, then moved to the last year a discipline
 * touches when one overlaps the window; the window is [anchor + 1, Y].
 */
export function checkAnchoredWindow(
  ctx: RuleContext,
  sink: ConditionSink,
  year: number,
  spec: AnchoredWindowSpec,
): void {
  const h = ctx.h;
  const p = h.latestMerit(spec.prior);
  if (p === undefined) {
    const other = h.otherTypes(spec.prior);
    if (other !== undefined) {
      sink.fail(
        'prior_award',
        0,
        'merit_only',
        'prior_award_not_merit',
        undefined,
        sink.detail
          ? {
              prior: spec.prior,
              priorName: awardNameVi(spec.prior),
              types: other.join(','),
            }
          : NO_PARAMS,
      );
    } else {
      sink.fail(
        'prior_award',
        0,
        'award',
        'missing_prior_award',
        undefined,
        sink.detail
          ? {
              prior: spec.prior,
              priorName: awardNameVi(spec.prior),
              decidedAfterAsOf: h.notYetDecided(spec.prior) ?? null,
            }
          : NO_PARAMS,
      );
    }
    return;
  }
  sink.pass(
    'prior_award',
    0,
    'award',
    sink.detail ? { prior: spec.prior, priorName: awardNameVi(spec.prior), year: p } : NO_PARAMS,
  );

  let anchor = p;
  let reason: 'prior_award' | 'proposed_award' | 'discipline' = 'prior_award';
  let anchorAward: AwardCode = spec.prior;
  const q = h.latestMerit(spec.proposed);
  if (q !== undefined && q > anchor) {
    anchor = q;
    reason = 'proposed_award';
    anchorAward = spec.proposed;
  }
  const base = anchor;
  const d = h.lastDisciplineTouching(base + 1, year);
  if (d !== null && d.toYear > base) {
    anchor = d.toYear;
    reason = 'discipline';
  }
  const brokenParams =
    d !== null && reason === 'discipline'
      ? !sink.detail
        ? NO_PARAMS
        : {
            disciplineFrom: d.from,
            disciplineTo: d.to,
            runFrom: base + 1,
            runTo: year,
            restartYear: d.toYear === OPEN_END_YEAR ? null : d.toYear + 1,
          }
      : null;
  if (brokenParams !== null && anchor === OPEN_END_YEAR) {
    // A discipline without an end: no window can start yet.
    sink.fail('window_uninterrupted', 0, 'discipline_restart', 'streak_broken', year, brokenParams);
    return;
  }

  const from = anchor + 1;
  const length = year - anchor;
  let titles = 0;
  let excellent = 0;
  for (let y = from; y <= year; y++) {
    if (spec.titles !== undefined && h.holdsTitle(spec.titles.title, y)) titles++;
    if (h.rating(y) === RANK_XUAT_SAC) excellent++;
  }
  const lengthOk = length >= spec.minLength;
  const titlesOk = spec.titles === undefined || titles >= spec.titles.required;
  const excellentOk = spec.excellentYears === undefined || excellent >= spec.excellentYears;
  const initiativesFound =
    spec.initiatives === undefined ? 0 : h.initiativeCount(from, year, SCOPE_RANK[spec.initiatives.minScope]);
  const initiativesOk = spec.initiatives === undefined || initiativesFound >= spec.initiatives.required;

  // The discipline is reported as the cause when the re-counted window falls short.
  if (brokenParams !== null && d !== null && (!lengthOk || !titlesOk || !excellentOk || !initiativesOk)) {
    sink.fail('window_uninterrupted', 0, 'discipline_restart', 'streak_broken', Math.min(d.toYear, year), brokenParams);
  } else {
    sink.pass(
      'window_uninterrupted',
      0,
      'discipline_restart',
      sink.detail ? { from, to: year, afterDiscipline: reason === 'discipline' } : NO_PARAMS,
    );
  }

  checkRatingsInRange(ctx, sink, 0, 'window_ratings', from, year, spec.ratingMin, 'anchor', true);

  const lengthParams = sink.detail
    ? {
        year,
        anchorYear: anchor,
        anchorReason: reason,
        anchorAward: reason === 'discipline' ? null : anchorAward,
        anchorAwardName: reason === 'discipline' ? null : awardNameVi(anchorAward),
        length,
        required: spec.minLength,
      }
    : NO_PARAMS;
  if (lengthOk) sink.pass('window_length', 0, 'anchor', lengthParams);
  else sink.fail('window_length', 0, 'anchor', 'window_too_short', undefined, lengthParams);

  if (spec.titles !== undefined) {
    const params = sink.detail
      ? {
          from,
          to: year,
          title: spec.titles.title,
          titleName: awardNameVi(spec.titles.title),
          found: titles,
          required: spec.titles.required,
        }
      : NO_PARAMS;
    if (titlesOk) sink.pass('titles_in_window', 0, 'anchor', params);
    else sink.fail('titles_in_window', 0, 'anchor', 'not_enough_titles', undefined, params);
  }
  if (spec.excellentYears !== undefined) {
    const params = sink.detail ? { from, to: year, found: excellent, required: spec.excellentYears } : NO_PARAMS;
    if (excellentOk) sink.pass('excellent_year_in_window', 0, 'anchor', params);
    else sink.fail('excellent_year_in_window', 0, 'anchor', 'missing_excellent_year', undefined, params);
  }
  if (spec.initiatives !== undefined) {
    const params = sink.detail
      ? {
          from,
          to: year,
          minScope: spec.initiatives.minScope,
          required: spec.initiatives.required,
          found: initiativesFound,
          clippedFrom: null,
        }
      : NO_PARAMS;
    if (initiativesOk) sink.pass('initiatives_in_window', 0, 'anchor', params);
    else sink.fail('initiatives_in_window', 0, 'anchor', 'missing_initiative', undefined, params);
  }
}
