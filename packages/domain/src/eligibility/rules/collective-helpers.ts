// Member-figure checks of the collective titles (RULES.md §4), from `memberStats` of year Y.
// Missing figures fail each condition with `missingData`, like a missing rating does.
import type { MemberStatsRecord } from '../eligibility.types.js';
import type { ConditionSink, ResolvedParameter, RuleContext } from './rule.types.js';
import { NO_PARAMS } from './rule-helpers.js';
import { awardNameVi } from '../messages.js';

const LDTT = 'lao_dong_tien_tien';
const CSTDCS = 'chien_si_thi_dua_co_so';

function meets(part: number, whole: number, p: ResolvedParameter): boolean {
  // Compare part/whole with p.value % without dividing: exact for integer percentages.
  const lhs = part * 100;
  const rhs = p.value * whole;
  return p.comparison === 'more_than' ? lhs > rhs : lhs >= rhs;
}

function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

function missing(
  sink: ConditionSink,
  cond: string,
  code: Parameters<ConditionSink['fail']>[3],
  year: number,
  title?: string,
): void {
  const params = !sink.detail
    ? NO_PARAMS
    : title === undefined
      ? { year, missingData: true }
      : { year, title, titleName: awardNameVi(title), missingData: true };
  sink.fail(cond, 0, 'award', code, year, params);
}

export function statsFor(ctx: RuleContext, year: number): MemberStatsRecord | undefined {
  return ctx.h.memberStats(year);
}

/** Share of members holding LĐTT, against the rule set's parameter (≥ 70%, or > 50% under law-2013). */
export function checkLdttRatio(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'members_ldtt_ratio', 'members_ratio_too_low', year, LDTT);
  const p = ctx.parameter(key);
  const params = sink.detail
    ? {
        year,
        members: m.members,
        holders: m.laoDongTienTien,
        title: LDTT,
        titleName: awardNameVi(LDTT),
        percent: percentOf(m.laoDongTienTien, m.members),
        threshold: p.value,
        comparison: p.comparison,
        missingData: false,
      }
    : NO_PARAMS;
  if (meets(m.laoDongTienTien, m.members, p)) sink.pass('members_ldtt_ratio', 0, 'award', params);
  else sink.fail('members_ldtt_ratio', 0, 'award', 'members_ratio_too_low', year, params);
}

/** Share of members who completed their tasks (100% for TTLĐXS). */
export function checkCompletedRatio(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'members_completed', 'members_not_all_completed', year);
  const p = ctx.parameter(key);
  const params = sink.detail
    ? { year, members: m.members, completed: m.completedTasks, threshold: p.value, missingData: false }
    : NO_PARAMS;
  if (meets(m.completedTasks, m.members, p)) sink.pass('members_completed', 0, 'award', params);
  else sink.fail('members_completed', 0, 'award', 'members_not_all_completed', year, params);
}

/** At least `min` members hold CSTĐ cơ sở. */
export function checkMemberCstdcs(ctx: RuleContext, sink: ConditionSink, year: number, key: string): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'member_cstdcs', 'no_member_cstdcs', year, CSTDCS);
  const required = ctx.parameter(key).value;
  const params = sink.detail
    ? { year, found: m.chienSiThiDuaCoSo, required, title: CSTDCS, titleName: awardNameVi(CSTDCS), missingData: false }
    : NO_PARAMS;
  if (m.chienSiThiDuaCoSo >= required) sink.pass('member_cstdcs', 0, 'award', params);
  else sink.fail('member_cstdcs', 0, 'award', 'no_member_cstdcs', year, params);
}

/** No member disciplined at "cảnh cáo" or above. */
export function checkNoMemberDisciplined(ctx: RuleContext, sink: ConditionSink, year: number): void {
  const m = statsFor(ctx, year);
  if (m === undefined) return missing(sink, 'no_member_disciplined', 'member_disciplined', year);
  if (m.disciplinedWarningOrAbove === 0)
    sink.pass('no_member_disciplined', 0, 'award', sink.detail ? { year, count: 0, missingData: false } : NO_PARAMS);
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
