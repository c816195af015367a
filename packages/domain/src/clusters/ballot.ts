// Cluster ballots (suy tôn; RULES.md §5): a member does not vote on itself, so for a nominee "all
// members" means all the other members; the threshold is a share of all of them, not of those voting.

export interface ClusterBallotThreshold {
  /** Percentage of the denominator. */
  percent: number;
  /** 'more_than' (> percent, the default "more than half") or 'at_least' (≥ percent). */
  comparison: 'more_than' | 'at_least';
}
export const DEFAULT_CLUSTER_BALLOT_THRESHOLD: ClusterBallotThreshold = { percent: 50, comparison: 'more_than' };

export interface ClusterBallotChoice {
  nomineeId: string;
  approve: boolean;
}

export interface ClusterNomineeTally {
  nomineeId: string;
  votesFor: number;
  votesAgainst: number;
  /** All members except the nominee itself. */
  denominator: number;
  passed: boolean;
}

/** Integer arithmetic: passed when votesFor/denominator exceeds (or reaches) percent/100. */
export function clusterBallotPasses(votesFor: number, denominator: number, t: ClusterBallotThreshold = DEFAULT_CLUSTER_BALLOT_THRESHOLD): boolean {
  if (denominator <= 0) return false;
  const lhs = votesFor * 100, rhs = t.percent * denominator;
  return t.comparison === 'more_than' ? lhs > rhs : lhs >= rhs;
}

export function tallyClusterBallot(input: {
  memberIds: string[];
  nomineeIds: string[];
  /** Anonymous choices (no voter), as stored. */
  choices: ClusterBallotChoice[];
  threshold?: ClusterBallotThreshold;
}): ClusterNomineeTally[] {
  const members = new Set(input.memberIds);
  return input.nomineeIds.map((nomineeId) => {
    const mine = input.choices.filter((c) => c.nomineeId === nomineeId);
    const votesFor = mine.filter((c) => c.approve).length;
    const denominator = members.has(nomineeId) ? members.size - 1 : members.size;
    return { nomineeId, votesFor, votesAgainst: mine.length - votesFor, denominator, passed: clusterBallotPasses(votesFor, denominator, input.threshold) };
  });
}

export type ClusterVoteRefusal =
  | { code: 'cluster_not_member' }
  | { code: 'cluster_already_voted' }
  | { code: 'cluster_self_vote' }
  | { code: 'cluster_ballot_closed' }
  | { code: 'cluster_unknown_nominee'; nomineeId: string };

/** May `voterId` cast `choices`? null when allowed. */
export function checkClusterVote(input: {
  status: 'open' | 'closed';
  memberIds: string[];
  nomineeIds: string[];
  voterId: string;
  alreadyVoted: boolean;
  choices: ClusterBallotChoice[];
}): ClusterVoteRefusal | null {
  if (input.status !== 'open') return { code: 'cluster_ballot_closed' };
  if (!input.memberIds.includes(input.voterId)) return { code: 'cluster_not_member' };
  if (input.alreadyVoted) return { code: 'cluster_already_voted' };
  const seen = new Set<string>();
  for (const c of input.choices) {
    if (c.nomineeId === input.voterId) return { code: 'cluster_self_vote' };
    if (!input.nomineeIds.includes(c.nomineeId) || seen.has(c.nomineeId)) return { code: 'cluster_unknown_nominee', nomineeId: c.nomineeId };
    seen.add(c.nomineeId);
  }
  return null;
}
