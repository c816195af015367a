// Member-figure checks of the collective titles (RULES.md §4), from `memberStats` of year Y.
// Missing figures fail each condition with `missingData`, like a missing rating does.
import type { MemberStatsRecord } from '../eligibility.types.js';
import type { ConditionSink, ResolvedParameter, RuleContext } from './rule.types.js';
import { NO_PARAMS } from './rule-helpers.js';

function meets(part: number, whole: number, p: ResolvedParameter): boolean {
  // Compare part/whole with p.value % without dividing: exact for integer percentages.
  const lhs = part * 100;
  const rhs = p.value * whole;
  return p.comparison === 'more_than' ? lhs > rhs : lhs >= rhs;
}

function percentOf(part: number, whole: number): number {
  return Math.round((part * 1000) / whole) / 10;
}

function missing(sink: ConditionSink, cond: string, code: Parameters<ConditionSink['fail']>[3], year: number): void {
  sink.fail(cond, 0, 'award', code, year, sink.detail ? { year, missingData: true } : NO_PARAMS);
}

export function statsFor(ctx: RuleContext, year: number): MemberStatsRecord | undefined {
  return ctx.h.memberStats(year);
}

/** Share of members holding LĐTT, against the rule set's parameter (≥ 70%, or > 50% under law-2013). */
export function checkLdttRatio(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'members_ldtt_ratio', 'members_ratio_too_low', year);
  const p = ctx.parameter(key);
  if (meets(m.laoDongTienTien, m.members, p)) sink.pass('members_ldtt_ratio', 0, 'award');
  else
    sink.fail(
      'members_ldtt_ratio',
      0,
      'award',
      'members_ratio_too_low',
      year,
      sink.detail
        ? {
            year,
            members: m.members,
            holders: m.laoDongTienTien,
            percent: percentOf(m.laoDongTienTien, m.members),
            threshold: p.value,
            comparison: p.comparison,
            missingData: false,
          }
        : NO_PARAMS,
    );
}

/** Share of members who completed their tasks (100% for TTLĐXS). */
export function checkCompletedRatio(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'members_completed', 'members_not_all_completed', year);
  const p = ctx.parameter(key);
  if (meets(m.completedTasks, m.members, p)) sink.pass('members_completed', 0, 'award');
  else
    sink.fail(
      'members_completed',
      0,
      'award',
      'members_not_all_completed',
      year,
      sink.detail
        ? {
            year,
            members: m.members,
            completed: m.completedTasks,
            threshold: p.value,
            missingData: false,
          }
        : NO_PARAMS,
    );
}

/** At least `min` members hold CSTĐ cơ sở. */
export function checkMemberCstdcs(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'member_cstdcs', 'no_member_cstdcs', year);
  const required = ctx.parameter(key).value;
  if (m.chienSiThiDuaCoSo >= required) sink.pass('member_cstdcs', 0, 'award');
  else
    sink.fail(
      'member_cstdcs',
      0,
      'award',
      'no_member_cstdcs',
      year,
      sink.detail
        ? {
            year,
            found: m.chienSiThiDuaCoSo,
            required,
            missingData: false,
          }
        : NO_PARAMS,
    );
}

/** No member disciplined at "cảnh cáo" or above. */
export function checkNoMemberDisciplined(ctx: RuleContext, sink: ConditionSink, year: number): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'no_member_disciplined', 'member_disciplined', year);
  if (m.disciplinedWarningOrAbove === 0) sink.pass('no_member_disciplined', 0, 'award');
  else
    sink.fail(
      'no_member_disciplined',
      0,
      'award',
      'member_disciplined',
      year,
      sink.detail
        ? {
            year,
            count: m.disciplinedWarningOrAbove,
            missingData: false,
          }
        : NO_PARAMS,
    );
}
