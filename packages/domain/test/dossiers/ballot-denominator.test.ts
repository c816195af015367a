// The denominator of a council vote as data (RULES.md §5; LAW.md §10.2; Decree 152 Art. 33(5), 45(4)(b)):
// all members by default, the members present, or the Standing Committee; nominee-members left out; a
// member's ballot paper has a choice for exactly the items they vote on.
import { describe, expect, it } from 'vitest';
import {
  COUNCIL_VOTE_DENOMINATORS,
  checkCouncilBallotPaper,
  councilItemExclusions,
  councilVoteRule,
  councilVoterOutsideReason,
  councilVoters,
  getParameterDefinition,
  tallyCouncilBallot,
  type CouncilMemberExclusion,
  type CouncilVoteDenominator,
  type CouncilVotingMember,
} from '../../src/index.js';

describe('councilVoteRule: the denominator from vote.<award>.denominator, else vote.denominator', () => {
  it.each<[string, Record<string, unknown> | undefined, CouncilVoteDenominator, string]>([
    // award, overrides in force, denominator, parameter it came from
    ['chien_si_thi_dua_toan_quoc', undefined, 'all_members', 'vote.denominator'],
    ['bang_khen_tinh', undefined, 'all_members', 'vote.denominator'],
    ['bang_khen_tinh', { 'vote.denominator': 'present_members' }, 'present_members', 'vote.denominator'],
    ['chien_si_thi_dua_toan_quoc', { 'vote.denominator': 'present_members' }, 'present_members', 'vote.denominator'],
    // the central council: its Standing Committee decides CSTĐ toàn quốc
    ['chien_si_thi_dua_toan_quoc', { 'vote.chien_si_thi_dua_toan_quoc.denominator': 'standing_members' }, 'standing_members', 'vote.chien_si_thi_dua_toan_quoc.denominator'],
    ['chien_si_thi_dua_toan_quoc', { 'vote.denominator': 'present_members', 'vote.chien_si_thi_dua_toan_quoc.denominator': 'standing_members' }, 'standing_members', 'vote.chien_si_thi_dua_toan_quoc.denominator'],
    // the per-award value applies to its award only
    ['anh_hung_lao_dong', { 'vote.chien_si_thi_dua_toan_quoc.denominator': 'standing_members' }, 'all_members', 'vote.denominator'],
    // an award without a per-award parameter ignores a stray key of that shape
    ['bang_khen_tinh', { 'vote.bang_khen_tinh.denominator': 'standing_members' }, 'all_members', 'vote.denominator'],
    // an emptied per-award value (null) follows the council's rule again
    ['co_thi_dua_chinh_phu', { 'vote.co_thi_dua_chinh_phu.denominator': null, 'vote.denominator': 'standing_members' }, 'standing_members', 'vote.denominator'],
    // values of the wrong kind are ignored
    ['bang_khen_tinh', { 'vote.denominator': 'everyone' }, 'all_members', 'vote.denominator'],
    ['bang_khen_tinh', { 'vote.denominator': 3 }, 'all_members', 'vote.denominator'],
  ])('%s with %j → %s (%s)', (award, overrides, denominator, parameter) => {
    const rule = councilVoteRule(award, overrides as never);
    expect(rule.denominator).toBe(denominator);
    expect(rule.denominatorParameter).toBe(parameter);
  });

  it('keeps the thresholds as before, ignoring a non-numeric percent', () => {
    expect(councilVoteRule('chien_si_thi_dua_toan_quoc', { 'vote.chien_si_thi_dua_toan_quoc.denominator': 'standing_members' })).toMatchObject({ percent: 90, comparison: 'at_least' });
    expect(councilVoteRule('bang_khen_tinh', { 'vote.default.percent': 'sixty' }).percent).toBe(50);
  });

  it('the per-award parameters are empty by default and take the same values as vote.denominator', () => {
    const general = getParameterDefinition('vote.denominator')!;
    expect(general.values).toEqual([...COUNCIL_VOTE_DENOMINATORS]);
    for (const award of ['chien_si_thi_dua_toan_quoc', 'anh_hung_lao_dong', 'co_thi_dua_chinh_phu', 'chien_si_thi_dua_tinh', 'co_thi_dua_tinh']) {
      const p = getParameterDefinition(`vote.${award}.denominator`)!;
      expect(p).toMatchObject({ default: null, unit: 'enum', award, scope: 'council' });
      expect(p.values).toEqual(general.values);
    }
  });
});

// Seven members: A–C standing (B absent), D–G not standing (F and G absent).
const M = (id: string, present: boolean, standing: boolean): CouncilVotingMember => ({ id, present, standing });
const members = [M('A', true, true), M('B', false, true), M('C', true, true), M('D', true, false), M('E', true, false), M('F', false, false), M('G', false, false)];

describe('councilVoters: who votes on an item, and so the denominator', () => {
  it.each<[CouncilVoteDenominator, string[], string[], string[]]>([
    // denominator, nominee-members, voters, excluded
    ['all_members', [], ['A', 'B', 'C', 'D', 'E', 'F', 'G'], []],
    ['all_members', ['D'], ['A', 'B', 'C', 'E', 'F', 'G'], ['D']],
    ['present_members', [], ['A', 'C', 'D', 'E'], []],
    ['present_members', ['C'], ['A', 'D', 'E'], ['C']],
    ['present_members', ['F'], ['A', 'C', 'D', 'E'], []], // an absent nominee was not counted anyway
    ['standing_members', [], ['A', 'B', 'C'], []], // an absent standing member votes in writing
    ['standing_members', ['A'], ['B', 'C'], ['A']],
    ['standing_members', ['D'], ['A', 'B', 'C'], []],
  ])('%s, nominees %j → %j', (denominator, nominees, voterIds, excludedIds) => {
    expect(councilVoters(members, denominator, nominees)).toEqual({ denominator, voterIds, excludedIds, count: voterIds.length });
  });

  it('no standing member → no voter (the server refuses such an agenda)', () => {
    expect(councilVoters([M('D', true, false)], 'standing_members').count).toBe(0);
  });

  it.each<[CouncilVoteDenominator, number, boolean, number]>([
    // 90% rule: denominator, votes for, passed, percent
    ['all_members', 6, false, 85.71], // 6 of 7
    ['standing_members', 3, true, 100], // 3 of the 3 standing members
    ['present_members', 4, true, 100], // 4 of the 4 present
    ['present_members', 3, false, 75],
  ])('the tally over %s: %d for', (denominator, votesFor, passed, percent) => {
    const voters = councilVoters(members, denominator);
    expect(tallyCouncilBallot({ votesFor, totalMembers: voters.count, rule: { percent: 90, comparison: 'at_least' } })).toMatchObject({ denominator: voters.count, passed, percent });
  });
});

describe('checkCouncilBallotPaper: one choice for exactly the items the member votes on', () => {
  const items = [
    { id: 'all', voterIds: councilVoters(members, 'all_members').voterIds },
    { id: 'standing', voterIds: councilVoters(members, 'standing_members').voterIds },
    { id: 'present', voterIds: councilVoters(members, 'present_members').voterIds },
  ];
  it.each<[string, string[], { outside?: string[]; missing?: string[]; unknown?: string[]; duplicates?: string[] }]>([
    // member, paper, problems
    ['A', ['all', 'standing', 'present'], {}],
    ['D', ['all', 'present'], {}],
    ['D', ['all', 'standing', 'present'], { outside: ['standing'] }], // not a standing member
    ['B', ['all', 'standing'], {}], // absent standing member, in writing
    ['B', ['all', 'standing', 'present'], { outside: ['present'] }], // absent: no say on a present-members item
    ['F', ['all'], {}],
    ['F', ['standing'], { outside: ['standing'], missing: ['all'] }],
    ['A', ['all', 'standing'], { missing: ['present'] }],
    ['A', ['all', 'standing', 'present', 'nope'], { unknown: ['nope'] }],
    ['D', ['all', 'present', 'all'], { duplicates: ['all'] }],
  ])('%s votes on %j', (member, paper, problems) => {
    const r = checkCouncilBallotPaper(items, member, paper);
    expect(r).toEqual({ outside: [], missing: [], unknown: [], duplicates: [], ...problems, ok: Object.keys(problems).length === 0 });
  });
});

describe('councilItemExclusions: the members who are the nominee (person or organisation), and those who recused themselves', () => {
  // Members linked to people p1, p2; C has no person link; D represents organisation o1 (a cluster's member
  // province), E represents o2 and is also the person p3.
  const linked = [
    { id: 'A', personId: 'p1' },
    { id: 'B', personId: 'p2' },
    { id: 'C', personId: null },
    { id: 'D', personId: null, organisationId: 'o1' },
    { id: 'E', personId: 'p3', organisationId: 'o2' },
  ];
  it.each<[string | null, string | null, string[], CouncilMemberExclusion[]]>([
    // subject person, subject collective's organisation, recused members, exclusions
    ['p9', null, [], []],
    ['p1', null, [], [{ memberId: 'A', reason: 'nominee' }]],
    ['p2', null, ['C'], [{ memberId: 'B', reason: 'nominee' }, { memberId: 'C', reason: 'recused' }]],
    ['p1', null, ['A'], [{ memberId: 'A', reason: 'nominee' }]], // both: listed once, as the nominee
    [null, null, [], []], // a household: no person, no organisation, no link (a member without a link never matches it)
    [null, null, ['B'], [{ memberId: 'B', reason: 'recused' }]],
    ['p9', null, ['Z'], []], // a recusal of someone who is not a member is ignored
    // A collective: the member representing its organisation is the nominee; the others are not.
    [null, 'o1', [], [{ memberId: 'D', reason: 'nominee' }]],
    [null, 'o1', ['D', 'A'], [{ memberId: 'A', reason: 'recused' }, { memberId: 'D', reason: 'nominee' }]],
    [null, 'o2', [], [{ memberId: 'E', reason: 'nominee' }]],
    [null, 'o9', [], []], // an organisation no member represents
    ['p3', null, [], [{ memberId: 'E', reason: 'nominee' }]], // E as a person
  ])('nominee person %s, organisation %s, recused %j', (personId, collectiveOrgId, recused, expected) => {
    expect(councilItemExclusions(linked, { personId, collectiveOrgId }, recused)).toEqual(expected);
  });

  it('members without an organisation never match a collective without one', () => {
    expect(councilItemExclusions([{ id: 'A', personId: null, organisationId: null }], { personId: null, collectiveOrgId: null })).toEqual([]);
    expect(councilItemExclusions([{ id: 'A', personId: null }], { personId: null })).toEqual([]);
  });

  it('5 members, one the nominee: 3 for of the 4 others = 75% passes "at least 75%", where 3 of 5 would not', () => {
    const five = ['A', 'B', 'C', 'D', 'E'].map((id) => M(id, true, false));
    const exclusions = councilItemExclusions(five.map((m, k) => ({ id: m.id, personId: `p${k}` })), { personId: 'p4' });
    const voters = councilVoters(five, 'all_members', exclusions.map((e) => e.memberId));
    expect(voters).toEqual({ denominator: 'all_members', voterIds: ['A', 'B', 'C', 'D'], excludedIds: ['E'], count: 4 });
    const rule = { percent: 75, comparison: 'at_least' as const };
    expect(tallyCouncilBallot({ votesFor: 3, totalMembers: voters.count, rule })).toMatchObject({ denominator: 4, percent: 75, passed: true });
    expect(tallyCouncilBallot({ votesFor: 3, totalMembers: 5, rule })).toMatchObject({ percent: 60, passed: false });
    // A recusal reduces the denominator the same way.
    const recused = councilVoters(five, 'all_members', councilItemExclusions(five.map((m) => ({ id: m.id, personId: null })), { personId: 'p4' }, ['B']).map((e) => e.memberId));
    expect(recused.count).toBe(4);
  });
});

describe('councilVoterOutsideReason: why a member does not vote on an item', () => {
  const nominee: CouncilMemberExclusion[] = [{ memberId: 'A', reason: 'nominee' }, { memberId: 'E', reason: 'recused' }];
  it.each<[string, CouncilVoteDenominator, CouncilMemberExclusion[], string | null]>([
    ['A', 'all_members', [], null],
    ['A', 'all_members', nominee, 'nominee'],
    ['E', 'all_members', nominee, 'recused'],
    ['D', 'standing_members', [], 'not_standing'],
    ['F', 'present_members', [], 'absent'],
    ['B', 'present_members', nominee, 'absent'], // B is absent
    ['A', 'standing_members', nominee, 'nominee'],
    ['E', 'standing_members', nominee, 'not_standing'], // E was not counted anyway
  ])('%s on a %s item', (id, denominator, exclusions, reason) => {
    expect(councilVoterOutsideReason(members.find((m) => m.id === id)!, denominator, exclusions)).toBe(reason);
  });
});
