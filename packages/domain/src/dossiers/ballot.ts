// Council votes (RULES.md §5; Decree 152/2025/NĐ-CP Art. 33(5), Art. 45(4)(b)): the approval share is counted
// over ALL council members by default, not those present (absent members vote in writing); a member who is
// itself a nominee is left out. Thresholds and the denominator (all members, members present, or the
// Standing Committee — the central council decides CSTĐ toàn quốc by ≥ 90% of its standing members) are
// catalogue parameters per award.
import { VOTE_DENOMINATORS, getParameterDefinition, type ParameterValue } from '../catalogue/parameters.js';

export type CouncilVoteComparison = 'at_least' | 'more_than';

/** Whose share the approval is: every member, the members recorded present, or the standing members (Thường trực Hội đồng). */
export const COUNCIL_VOTE_DENOMINATORS = VOTE_DENOMINATORS;
export type CouncilVoteDenominator = (typeof COUNCIL_VOTE_DENOMINATORS)[number];

export const isCouncilVoteDenominator = (v: unknown): v is CouncilVoteDenominator =>
  typeof v === 'string' && (COUNCIL_VOTE_DENOMINATORS as readonly string[]).includes(v);

export interface CouncilVoteRule {
  readonly percent: number;
  readonly comparison: CouncilVoteComparison;
  readonly parameter: string;
  readonly basis: string;
  readonly denominator: CouncilVoteDenominator;
  /** The parameter the denominator comes from: `vote.<award>.denominator` when set, else `vote.denominator`. */
  readonly denominatorParameter: string;
}

/** Parameter values in force (overrides by key); values of the wrong type are ignored, as if not set. */
export type CouncilVoteParameters = Readonly<Record<string, ParameterValue | undefined>>;

/**
 * The rule for `award`. Threshold: `vote.<award>.percent` when defined, else `vote.default.percent` (> 50%).
 * Denominator: `vote.<award>.denominator` when defined and set (its default is empty: "follow the council's
 * rule"), else `vote.denominator` (default all_members).
 */
export function councilVoteRule(award: string, overrides?: CouncilVoteParameters): CouncilVoteRule {
  const specific = getParameterDefinition(`vote.${award}.percent`);
  const def = specific ?? getParameterDefinition('vote.default.percent')!;
  const value = overrides?.[def.key];
  const percent = typeof value === 'number' ? value : (def.default as number);
  const own = getParameterDefinition(`vote.${award}.denominator`);
  const ownValue = own ? [overrides?.[own.key], own.default].find(isCouncilVoteDenominator) : undefined;
  const general = getParameterDefinition('vote.denominator')!;
  const denominator = ownValue ?? [overrides?.[general.key], general.default].find(isCouncilVoteDenominator) ?? 'all_members';
  return {
    percent,
    comparison: def.comparison === 'more_than' ? 'more_than' : 'at_least',
    parameter: def.key,
    basis: def.basis,
    denominator,
    denominatorParameter: ownValue ? own!.key : general.key,
  };
}

export interface CouncilVotingMember {
  readonly id: string;
  /** Recorded present at the meeting (absent members vote in writing where the rule lets them). */
  readonly present: boolean;
  /** A member of the Standing Committee (thành viên Thường trực Hội đồng). */
  readonly standing: boolean;
}

export interface CouncilVoters {
  readonly denominator: CouncilVoteDenominator;
  /** The members who vote on the item; their number is the denominator. */
  readonly voterIds: readonly string[];
  /** Members of the counted body left out because they are themselves nominees for the item (or recused, see councilItemExclusions). */
  readonly excludedIds: readonly string[];
  readonly count: number;
}

/**
 * The members who vote on one agenda item, and so the denominator of its share: all_members → every member;
 * present_members → the members recorded present (written votes of absent members do not count, so they are
 * not taken); standing_members → only the standing members. A member who is a nominee for the item is left
 * out in every case (RULES.md §5).
 */
export function councilVoters(
  members: readonly CouncilVotingMember[],
  denominator: CouncilVoteDenominator,
  nomineeMemberIds: readonly string[] = [],
): CouncilVoters {
  const counted = members.filter((m) =>
    denominator === 'all_members' ? true : denominator === 'present_members' ? m.present : m.standing,
  );
  const nominees = new Set(nomineeMemberIds);
  const voterIds = counted.filter((m) => !nominees.has(m.id)).map((m) => m.id);
  return { denominator, voterIds, excludedIds: counted.filter((m) => nominees.has(m.id)).map((m) => m.id), count: voterIds.length };
}

/** Why a member does not vote on an item although the item's rule counts them: its nominee, or a declared conflict of interest. */
export type CouncilExclusionReason = 'nominee' | 'recused';

export interface CouncilMemberExclusion {
  readonly memberId: string;
  readonly reason: CouncilExclusionReason;
}

/** The nominee of an agenda item as far as matching it to a member goes: the person, or the collective's organisation. */
export interface CouncilItemNominee {
  readonly personId: string | null;
  readonly collectiveOrgId?: string | null | undefined;
}

/**
 * The members who do not vote on one agenda item (RULES.md §5: "when a member is itself a nominee … all
 * members means all the others"): the members linked to the person the item nominates, the members who
 * represent the organisation a collective nominee is (a cluster ballot: the province's delegate on its own
 * province), and the members who declared a conflict of interest on the item (a relative is the nominee,
 * …). A member who is both is listed once, as the nominee. A household nominee links to no member: only a
 * recusal leaves a member out of such an item. Pass the ids to `councilVoters`.
 */
export function councilItemExclusions(
  members: readonly { readonly id: string; readonly personId: string | null; readonly organisationId?: string | null | undefined }[],
  nominee: CouncilItemNominee,
  recusedMemberIds: readonly string[] = [],
): CouncilMemberExclusion[] {
  const recused = new Set(recusedMemberIds);
  const out: CouncilMemberExclusion[] = [];
  const orgId = nominee.collectiveOrgId ?? null;
  for (const m of members) {
    const isNominee =
      (nominee.personId !== null && m.personId === nominee.personId) || (orgId !== null && (m.organisationId ?? null) === orgId);
    if (isNominee) out.push({ memberId: m.id, reason: 'nominee' });
    else if (recused.has(m.id)) out.push({ memberId: m.id, reason: 'recused' });
  }
  return out;
}

/** Why a member is not among an item's voters: its nominee, recused, not a standing member, or absent (present_members). */
export type CouncilVoterOutsideReason = CouncilExclusionReason | 'not_standing' | 'absent';

/**
 * The reason a member does not vote on an item, or null when they do: the rule's body first (a
 * non-standing member on a standing-members item, an absent one on a present-members item), then the
 * item's exclusions (`councilItemExclusions`).
 */
export function councilVoterOutsideReason(
  member: CouncilVotingMember,
  denominator: CouncilVoteDenominator,
  exclusions: readonly CouncilMemberExclusion[],
): CouncilVoterOutsideReason | null {
  if (denominator === 'standing_members' && !member.standing) return 'not_standing';
  if (denominator === 'present_members' && !member.present) return 'absent';
  return exclusions.find((e) => e.memberId === member.id)?.reason ?? null;
}

export interface CouncilBallotPaperCheck {
  /** Items on the paper the member does not vote on (outside the item's voters). */
  readonly outside: readonly string[];
  /** Items the member votes on that the paper has no choice for. */
  readonly missing: readonly string[];
  /** Items on the paper that are not on the agenda. */
  readonly unknown: readonly string[];
  /** Items named more than once. */
  readonly duplicates: readonly string[];
  readonly ok: boolean;
}

/**
 * A member's ballot paper has exactly one choice for each agenda item the member votes on, and none for
 * the others (a non-standing member on a standing-members item, an absent one on a present-members item).
 */
export function checkCouncilBallotPaper(
  items: readonly { readonly id: string; readonly voterIds: readonly string[] }[],
  memberId: string,
  paperItemIds: readonly string[],
): CouncilBallotPaperCheck {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of paperItemIds) (seen.has(id) ? duplicates : seen).add(id);
  const byId = new Map(items.map((i) => [i.id, i]));
  const unknown = [...seen].filter((id) => !byId.has(id));
  const outside = [...seen].filter((id) => byId.has(id) && !byId.get(id)!.voterIds.includes(memberId));
  const missing = items.filter((i) => i.voterIds.includes(memberId) && !seen.has(i.id)).map((i) => i.id);
  return { outside, missing, unknown, duplicates: [...duplicates], ok: !outside.length && !missing.length && !unknown.length && !duplicates.size };
}

export interface CouncilBallotTallyInput {
  readonly votesFor: number;
  readonly votesAgainst?: number;
  readonly abstentions?: number;
  /** The members the rule counts (every member by default, present or not; see councilVoters). */
  readonly totalMembers: number;
  /** Members who are themselves nominees for this item (RULES.md §5). */
  readonly excludedMembers?: number;
  readonly rule: Pick<CouncilVoteRule, 'percent' | 'comparison'>;
}

export interface CouncilBallotTally {
  readonly votesFor: number;
  readonly denominator: number;
  /** votesFor / denominator in percent, two decimals. */
  readonly percent: number;
  readonly passed: boolean;
}

/** Exact integer comparison: votes × 100 ≥ (or >) threshold × denominator. */
export function tallyCouncilBallot(i: CouncilBallotTallyInput): CouncilBallotTally {
  const denominator = i.totalMembers - (i.excludedMembers ?? 0);
  if (!Number.isInteger(i.votesFor) || i.votesFor < 0) throw new RangeError('votesFor must be a non-negative integer');
  if (!Number.isInteger(denominator) || denominator <= 0) throw new RangeError('the council must have at least one voting member');
  const cast = i.votesFor + (i.votesAgainst ?? 0) + (i.abstentions ?? 0);
  if (cast > denominator) throw new RangeError('more ballots than voting members');
  const lhs = i.votesFor * 100;
  const rhs = i.rule.percent * denominator;
  const passed = i.rule.comparison === 'more_than' ? lhs > rhs : lhs >= rhs;
  return { votesFor: i.votesFor, denominator, percent: Math.round((i.votesFor * 10000) / denominator) / 100, passed };
}

export interface CouncilQuorum {
  readonly members: number;
  readonly participants: number;
  /** The fewest participants that meet the quorum. */
  readonly required: number;
  readonly percent: number;
  readonly met: boolean;
}

/**
 * Quorum of a council session (parameter `council.quorum.percent`, default 66.67 = 2/3 as the central
 * council's rule, Decree 152 Art. 45(4)(b)): the share of ALL members who took part — electronic or
 * written votes — rounded to two decimals, at least the parameter.
 */
export function councilQuorum(members: number, participants: number, percent: number): CouncilQuorum {
  if (!Number.isInteger(members) || members <= 0) throw new RangeError('the council must have at least one member');
  if (!Number.isInteger(participants) || participants < 0 || participants > members) throw new RangeError('participants must be between 0 and the number of members');
  const share = (k: number) => Math.round((k * 10000) / members) / 100;
  let required = 0;
  while (required < members && share(required) < percent) required++;
  return { members, participants, required, percent: share(participants), met: share(participants) >= percent };
}

/** Hero titles (danh hiệu Anh hùng): a council session that considers one needs the attendance of `council.heroSession.presentPercent`. */
export const HERO_TITLE_AWARDS: readonly string[] = ['anh_hung_lao_dong', 'anh_hung_luc_luong_vu_trang_nhan_dan', 'tinh_thanh_pho_anh_hung'];

/**
 * Attendance of a session that considers a hero title (Decree 152 Art. 45(4)(b): at least 80% of the
 * members present; written opinions of absent members count for the vote, not for attendance). The
 * same arithmetic as the quorum, over the members recorded as present.
 */
export function councilHeroAttendance(members: number, present: number, percent: number): CouncilQuorum {
  return councilQuorum(members, present, percent);
}

/** Fisher–Yates with an injected random source (the server passes crypto randomness). */
export function shuffleCouncilBallots<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let k = a.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [a[k], a[j]] = [a[j]!, a[k]!];
  }
  return a;
}
