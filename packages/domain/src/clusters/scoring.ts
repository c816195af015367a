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
