// Cluster ranking (RULES.md §5): total = for each criterion the mean of the assessors' scores (self
// excluded) + bonus − penalty; ties by mandatory-criteria score, then the Decree 152 Art. 4(6)
// preference (women / collectives with ≥ 70% women), then the ballot.
import type { ClusterAssessorKind, ClusterCriterionRule } from './scoring.js';

export interface ClusterScore {
  assessorKind: ClusterAssessorKind;
  assessorKey: string; // member org id, or 'secretariat', or the leader's org id
  assesseeId: string;
  criterionId: string;
  points: number;
}

export interface ClusterRankingMember {
  id: string;
  /** Decree 152 Art. 4(6): a woman, or a collective with at least 70% women. */
  womenPreference?: boolean;
}

export type ClusterTieBreak = 'mandatory' | 'women' | 'ballot';
export const DEFAULT_CLUSTER_TIE_BREAKS: readonly ClusterTieBreak[] = ['mandatory', 'women', 'ballot'];

export interface ClusterRankingRow {
  organisationId: string;
  rank: number;
  score: number;
  mandatoryScore: number;
  criteriaScore: number;
  bonus: number;
  penalty: number;
  /** The tie-break that separated this member from the next one, if any. */
  decidedBy?: ClusterTieBreak | 'score';
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Per member: the mean of the non-self assessors per item, summed per item kind. */
export function clusterTotals(members: ClusterRankingMember[], criteria: ClusterCriterionRule[], scores: ClusterScore[]) {
  const byKey = new Map<string, number[]>();
  for (const s of scores) {
    if (s.assessorKind === 'self' || s.assessorKey === s.assesseeId) continue; // never counted
    const k = `${s.assesseeId}|${s.criterionId}`;
    byKey.set(k, [...(byKey.get(k) ?? []), s.points]);
  }
  return members.map((m) => {
    let criteriaScore = 0, bonus = 0, penalty = 0, mandatoryScore = 0;
    for (const c of criteria) {
      const v = mean(byKey.get(`${m.id}|${c.id}`) ?? []);
      if (c.kind === 'bonus') bonus += v;
      else if (c.kind === 'penalty') penalty += v;
      else {
        criteriaScore += v;
        if (c.mandatory) mandatoryScore += v;
      }
    }
    return { organisationId: m.id, criteriaScore: r2(criteriaScore), bonus: r2(bonus), penalty: r2(penalty), mandatoryScore: r2(mandatoryScore), score: r2(criteriaScore + bonus - penalty) };
  });
}

/**
 * Ranks members. Members still tied after every tie-break share a rank (1, 2, 2, 4). `ballotVotes`
 * (votes for each member in the cluster's ballot) is used only when given.
 */
export function rankClusterMembers(input: {
  members: ClusterRankingMember[];
  criteria: ClusterCriterionRule[];
  scores: ClusterScore[];
  tieBreaks?: readonly ClusterTieBreak[];
  ballotVotes?: Record<string, number>;
}): ClusterRankingRow[] {
  const tieBreaks = input.tieBreaks ?? DEFAULT_CLUSTER_TIE_BREAKS;
  const totals = clusterTotals(input.members, input.criteria, input.scores);
  const women = new Map(input.members.map((m) => [m.id, Boolean(m.womenPreference)]));
  const keyOf = (t: (typeof totals)[number], tb: ClusterTieBreak): number | undefined => {
    if (tb === 'mandatory') return t.mandatoryScore;
    if (tb === 'women') return women.get(t.organisationId) ? 1 : 0;
    return input.ballotVotes ? (input.ballotVotes[t.organisationId] ?? 0) : undefined;
  };
  const cmp = (a: (typeof totals)[number], b: (typeof totals)[number]): { d: number; by?: ClusterTieBreak | 'score' } => {
    if (a.score !== b.score) return { d: b.score - a.score, by: 'score' };
    for (const tb of tieBreaks) {
      const x = keyOf(a, tb), y = keyOf(b, tb);
      if (x === undefined || y === undefined) continue;
      if (x !== y) return { d: y - x, by: tb };
    }
    return { d: 0 };
  };
  const order = input.members.map((m, i) => ({ t: totals[i]!, i }));
  order.sort((a, b) => cmp(a.t, b.t).d || a.i - b.i);
  const out: ClusterRankingRow[] = [];
  order.forEach(({ t }, pos) => {
    const prev = order[pos - 1];
    const tied = prev !== undefined && cmp(prev.t, t).d === 0;
    const rank = tied ? out[pos - 1]!.rank : pos + 1;
    const next = order[pos + 1];
    const by = next ? cmp(t, next.t).by : undefined;
    out.push({ ...t, rank, ...(by ? { decidedBy: by } : {}) });
  });
  return out;
}

/** An optional view: each scorer's scores rescaled to its own mean (z-score-free, ratio form). */
export function normaliseClusterScores(scores: ClusterScore[]): ClusterScore[] {
  const byAssessor = new Map<string, number[]>();
  for (const s of scores) if (s.assessorKind !== 'self') byAssessor.set(s.assessorKey, [...(byAssessor.get(s.assessorKey) ?? []), s.points]);
  const all = scores.filter((s) => s.assessorKind !== 'self').map((s) => s.points);
  const grand = mean(all);
  return scores.map((s) => {
    if (s.assessorKind === 'self') return s;
    const m = mean(byAssessor.get(s.assessorKey) ?? []);
    return { ...s, points: m > 0 ? r2((s.points * grand) / m) : s.points };
  });
}
