// Cluster scoring rules (RULES.md §5; LAW.md §4.4): who may score whom, and the score range.

export type ClusterAssessorKind = 'self' | 'member' | 'leader' | 'secretariat';
/** Who assesses the members besides themselves (configurable per cluster). */
export type ClusterAssessmentMode = 'peers' | 'leader_secretariat' | 'peers_and_secretariat';

export interface ClusterCriterionRule {
  id: string;
  kind: 'criterion' | 'bonus' | 'penalty';
  maxPoints: number;
  mandatory?: boolean;
}

export type ClusterScoreRefusal =
  | { code: 'cluster_self_scoring' }
  | { code: 'cluster_score_out_of_range'; min: number; max: number }
  | { code: 'cluster_assessor_not_allowed'; mode: ClusterAssessmentMode };

/**
 * May `assessor` give `points` to `assesseeId` on `criterion`? Self-assessment is its own kind
 * (kept, shown, never counted); a member never assesses itself as an assessor. Returns null when allowed.
 */
export function checkClusterScore(input: {
  mode: ClusterAssessmentMode;
  assessorKind: ClusterAssessorKind;
  assessorOrgId: string | null;
  assesseeId: string;
  criterion: ClusterCriterionRule;
  points: number;
}): ClusterScoreRefusal | null {
  const { assessorKind, assessorOrgId, assesseeId, criterion, points, mode } = input;
  if (assessorKind === 'self') {
    if (assessorOrgId !== assesseeId) return { code: 'cluster_assessor_not_allowed', mode };
  } else {
    if (assessorOrgId !== null && assessorOrgId === assesseeId) return { code: 'cluster_self_scoring' };
    const allowed =
      (assessorKind === 'member' && (mode === 'peers' || mode === 'peers_and_secretariat')) ||
      (assessorKind === 'leader' && mode === 'leader_secretariat') ||
      (assessorKind === 'secretariat' && (mode === 'leader_secretariat' || mode === 'peers_and_secretariat'));
    if (!allowed) return { code: 'cluster_assessor_not_allowed', mode };
  }
  if (!Number.isFinite(points) || points < 0 || points > criterion.maxPoints || Math.round(points * 100) !== points * 100) {
    return { code: 'cluster_score_out_of_range', min: 0, max: criterion.maxPoints };
  }
  return null;
}

/**
 * How many other members each member must assess in a round, and how many the secretariat must
 * (null when the mode has no secretariat): every other member in the peer modes; in
 * `leader_secretariat` only the year's leader assesses (all the others) and the secretariat all members.
 */
export function clusterAssessmentDuty(mode: ClusterAssessmentMode, memberIds: readonly string[], leaderId: string | null): { othersToAssess: Map<string, number>; secretariat: number | null } {
  const n = memberIds.length;
  const othersToAssess = new Map(memberIds.map((m) => [m, mode === 'leader_secretariat' ? (m === leaderId ? n - 1 : 0) : n - 1] as const));
  return { othersToAssess, secretariat: mode === 'peers' ? null : n };
}

// ---------------------------------------------------------------------------------------------
// The scoring table (bảng điểm) the secretariat fixes when it opens a round.

export interface ScoringTableCriterion {
  code: string;
  title: string;
  kind: 'criterion' | 'bonus' | 'penalty';
  maxPoints: number;
  mandatory?: boolean;
  evidenceRequired?: boolean;
}
export interface ScoringTableGroup {
  name: string;
  criteria: ScoringTableCriterion[];
}
export interface ScoringTable {
  groups: ScoringTableGroup[];
}

/** Where a problem is: the group's position, and the criterion's position inside it when it is about one. */
export interface ScoringTableAt {
  group: number;
  criterion?: number;
}
export type ScoringTableProblem =
  | { code: 'table_empty' }
  | { code: 'table_too_large'; max: number; count: number }
  | { code: 'group_name_missing'; at: ScoringTableAt }
  | { code: 'group_name_duplicate'; at: ScoringTableAt; name: string }
  | { code: 'group_empty'; at: ScoringTableAt }
  | { code: 'code_missing'; at: ScoringTableAt }
  | { code: 'code_invalid'; at: ScoringTableAt; value: string }
  | { code: 'code_duplicate'; at: ScoringTableAt; value: string }
  | { code: 'title_missing'; at: ScoringTableAt }
  | { code: 'max_not_positive'; at: ScoringTableAt }
  | { code: 'max_too_fine'; at: ScoringTableAt }
  | { code: 'mandatory_not_criterion'; at: ScoringTableAt }
  | { code: 'no_scored_criterion' }
  | { code: 'no_mandatory_criterion' };

/** The codes a criterion may have (the contract's pattern). */
export const SCORING_CODE_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/;
export const SCORING_TABLE_MAX_CRITERIA = 200;

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * The problems of a scoring table, in reading order (empty when it can be used): each group named once
 * and not empty; each criterion with a unique code (case-insensitive), a title, a positive maximum of at
 * most two decimals; bonus and penalty lines are never mandatory; at least one scored criterion, and at
 * least one mandatory criterion (the first tie-break of RULES.md §5 compares mandatory-criteria scores).
 */
export function checkScoringTable(table: ScoringTable): ScoringTableProblem[] {
  const out: ScoringTableProblem[] = [];
  const count = table.groups.reduce((n, g) => n + g.criteria.length, 0);
  if (!table.groups.length || count === 0) {
    out.push({ code: 'table_empty' });
  }
  if (count > SCORING_TABLE_MAX_CRITERIA) out.push({ code: 'table_too_large', max: SCORING_TABLE_MAX_CRITERIA, count });
  const groupNames = new Set<string>();
  const codes = new Set<string>();
  let scored = 0;
  let mandatory = 0;
  table.groups.forEach((g, gi) => {
    const name = fold(g.name);
    if (!name) out.push({ code: 'group_name_missing', at: { group: gi } });
    else if (groupNames.has(name)) out.push({ code: 'group_name_duplicate', at: { group: gi }, name: g.name.trim() });
    else groupNames.add(name);
    if (!g.criteria.length && count > 0) out.push({ code: 'group_empty', at: { group: gi } });
    g.criteria.forEach((c, ci) => {
      const at = { group: gi, criterion: ci };
      const code = c.code.trim();
      if (!code) out.push({ code: 'code_missing', at });
      else if (!SCORING_CODE_PATTERN.test(code)) out.push({ code: 'code_invalid', at, value: code });
      else if (codes.has(code.toUpperCase())) out.push({ code: 'code_duplicate', at, value: code });
      else codes.add(code.toUpperCase());
      if (!c.title.trim()) out.push({ code: 'title_missing', at });
      if (!Number.isFinite(c.maxPoints) || c.maxPoints <= 0) out.push({ code: 'max_not_positive', at });
      else if (Math.abs(Math.round(c.maxPoints * 100) - c.maxPoints * 100) > 1e-9) out.push({ code: 'max_too_fine', at });
      if (c.kind === 'criterion') scored++;
      if (c.mandatory && c.kind !== 'criterion') out.push({ code: 'mandatory_not_criterion', at });
      if (c.mandatory && c.kind === 'criterion') mandatory++;
    });
  });
  if (count > 0 && scored === 0) out.push({ code: 'no_scored_criterion' });
  if (scored > 0 && mandatory === 0) out.push({ code: 'no_mandatory_criterion' });
  return out;
}

/** The flat list the API receives (each criterion names its group), as groups in first-seen order. */
export function groupScoringCriteria<C extends ScoringTableCriterion & { group: string }>(criteria: readonly C[]): ScoringTable {
  const groups: ScoringTableGroup[] = [];
  const byName = new Map<string, ScoringTableGroup>();
  for (const c of criteria) {
    const k = fold(c.group);
    let g = byName.get(k);
    if (!g) {
      g = { name: c.group, criteria: [] };
      byName.set(k, g);
      groups.push(g);
    }
    g.criteria.push(c);
  }
  return { groups };
}
