// Council votes (RULES.md §5; Decree 152/2025/NĐ-CP Art. 33(5)): the approval share is counted over ALL
// council members, not those present (absent members vote in writing); a member who is itself a
// nominee is left out of the denominator. Thresholds are catalogue parameters per award.
import { getParameterDefinition } from '../catalogue/parameters.js';

export type CouncilVoteComparison = 'at_least' | 'more_than';

export interface CouncilVoteRule {
  readonly percent: number;
  readonly comparison: CouncilVoteComparison;
  readonly parameter: string;
  readonly basis: string;
}

/** The threshold for `award`: `vote.<award>.percent` when defined, else `vote.default.percent` (> 50%). */
export function councilVoteRule(award: string, overrides?: Readonly<Record<string, number>>): CouncilVoteRule {
  const specific = getParameterDefinition(`vote.${award}.percent`);
  const def = specific ?? getParameterDefinition('vote.default.percent')!;
  const percent = overrides?.[def.key] ?? (def.default as number);
  return { percent, comparison: def.comparison === 'more_than' ? 'more_than' : 'at_least', parameter: def.key, basis: def.basis };
}

export interface CouncilBallotTallyInput {
  readonly votesFor: number;
  readonly votesAgainst?: number;
  readonly abstentions?: number;
  /** Every member of the council (present or not). */
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
