// Leader rotation (Guidance 1122/BTĐKT-VI: elected "luân phiên" at the year-end review; LAW.md §4.2).
// The algorithm is not fixed by law: thidua proposes the members that have not led for longest.

export interface ClusterRotationProposal {
  leaderId: string | null;
  deputyIds: string[];
  /** Every member with the last year it led (null = never), in proposal order. */
  order: { organisationId: string; lastLed: number | null; lastDeputy: number | null }[];
}

/**
 * `history` uses member ids as they are in `memberIds` (the caller maps predecessors to successors).
 * Order: never led first, then the oldest last leadership; ties: the one that was deputy most recently
 * (deputy one year, leader later — the observed pattern), then the given member order.
 */
export function proposeClusterRotation(input: {
  memberIds: string[];
  history: { year: number; leaderId: string; deputyIds?: string[] }[];
  year: number;
  deputies?: number;
}): ClusterRotationProposal {
  const past = input.history.filter((h) => h.year < input.year);
  const lastLed = (id: string) => past.filter((h) => h.leaderId === id).reduce<number | null>((m, h) => (m === null || h.year > m ? h.year : m), null);
  const lastDeputy = (id: string) =>
    past.filter((h) => (h.deputyIds ?? []).includes(id)).reduce<number | null>((m, h) => (m === null || h.year > m ? h.year : m), null);
  const order = input.memberIds.map((id, i) => ({ organisationId: id, lastLed: lastLed(id), lastDeputy: lastDeputy(id), i }));
  order.sort((a, b) => {
    const la = a.lastLed ?? -Infinity, lb = b.lastLed ?? -Infinity;
    if (la !== lb) return la - lb;
    const da = a.lastDeputy ?? -Infinity, db = b.lastDeputy ?? -Infinity;
    if (da !== db) return db - da;
    return a.i - b.i;
  });
  const n = input.deputies ?? 2;
  return {
    leaderId: order[0]?.organisationId ?? null,
    deputyIds: order.slice(1, 1 + n).map((o) => o.organisationId),
    order: order.map(({ organisationId, lastLed, lastDeputy }) => ({ organisationId, lastLed, lastDeputy })),
  };
}
