// Cluster proposal quotas (RULES.md §4–5; Decree 152 Art. 7; LAW.md §10.4).

export type ClusterOrganiserLevel = 'central' | 'ministry' | 'province';

export interface ClusterProposalParams {
  organiserLevel: ClusterOrganiserLevel;
  /** For a ministry's/province's clusters: the collectives that lead a cluster/block and meet the
   * ministry/province flag standard (Decree 152 Art. 7(1)); the quota is 20% of them, rounded down. */
  flagPool?: number;
  /** Up to N Bằng khen của Thủ tướng for the next ranks (default 2). */
  bangKhenCount?: number;
}

/** How many Cờ thi đua của Chính phủ may be proposed: 1 for a central-council cluster; else ⌊20% × pool⌋. */
export function clusterFlagQuota(p: ClusterProposalParams): number {
  if (p.organiserLevel === 'central') return 1;
  const pool = Math.max(0, Math.trunc(p.flagPool ?? 0));
  return Math.floor((pool * 20) / 100); // "không quá 20%": never exceeds, integer arithmetic
}

export interface ClusterNomination {
  organisationId: string;
  award: 'co_thi_dua_chinh_phu' | 'bang_khen_thu_tuong';
}

/** The nominees put to the ballot: the top ranks, in rank order (flag first, then N Bằng khen). */
export function clusterNominations(ranking: { organisationId: string; rank: number }[], p: ClusterProposalParams): ClusterNomination[] {
  const flags = clusterFlagQuota(p);
  const bk = Math.max(0, Math.trunc(p.bangKhenCount ?? 2));
  const ordered = [...ranking].sort((a, b) => a.rank - b.rank);
  return ordered.slice(0, flags + bk).map((r, i) => ({ organisationId: r.organisationId, award: i < flags ? 'co_thi_dua_chinh_phu' : 'bang_khen_thu_tuong' }));
}

/**
 * After the ballot: the proposals. "Leading member" is rank 1 after the ballot, so nominees who did not
 * pass drop out and the ones that passed take the awards in rank order within the quotas.
 */
export function clusterProposalsAfterBallot(nominations: ClusterNomination[], passed: Set<string>, p: ClusterProposalParams): ClusterNomination[] {
  const flags = clusterFlagQuota(p);
  const bk = Math.max(0, Math.trunc(p.bangKhenCount ?? 2));
  const ok = nominations.filter((n) => passed.has(n.organisationId));
  return ok.slice(0, flags + bk).map((n, i) => ({ organisationId: n.organisationId, award: i < flags ? 'co_thi_dua_chinh_phu' : 'bang_khen_thu_tuong' }));
}
