// The denominator of a council vote as data (RULES.md §5; LAW.md §10.2; Decree 152 Art. 33(5), 45(4)(b)):
// all members by default, the members present, or the Standing Committee; nominee-members left out; a
// member's ballot paper has a choice for exactly the items they vote on.
import { describe, expect, it } from 'vitest';
import {
  COUNCIL_VOTE_DENOMINATORS,
  checkCouncilBallotPaper,
  councilVoteRule,
  councilVoters,
  getParameterDefinition,
  tallyCouncilBallot,
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
