import { describe, expect, it } from 'vitest';
import {
  checkClusterScore,
  checkClusterVote,
  clusterBallotPasses,
  clusterFlagQuota,
  clusterNominations,
  clusterProposalsAfterBallot,
  movementRegistrationNext,
  normaliseClusterScores,
  proposeClusterRotation,
  rankClusterMembers,
  rollUpMovementRegistrations,
  tallyClusterBallot,
  type ClusterCriterionRule,
  type ClusterScore,
} from '../../src/clusters/index.js';

const criteria: ClusterCriterionRule[] = [
  { id: 'c1', kind: 'criterion', maxPoints: 60, mandatory: true },
  { id: 'c2', kind: 'criterion', maxPoints: 40 },
  { id: 'b', kind: 'bonus', maxPoints: 5 },
  { id: 'p', kind: 'penalty', maxPoints: 5 },
];
/** scores from assessors on [c1, c2, bonus, penalty] for one assessee. */
const s = (assessor: string, assessee: string, pts: [number, number, number?, number?], kind: ClusterScore['assessorKind'] = 'member'): ClusterScore[] =>
  (['c1', 'c2', 'b', 'p'] as const).flatMap((c, i) => (pts[i] === undefined ? [] : [{ assessorKind: kind, assessorKey: assessor, assesseeId: assessee, criterionId: c, points: pts[i]! }]));

describe('ranking and tie-breaks (RULES.md §5)', () => {
  it.each([
    {
      name: 'mean of assessors, self excluded, plus bonus minus penalty',
      members: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      scores: [...s('B', 'A', [50, 30, 2, 1]), ...s('C', 'A', [54, 34, 2, 1]), ...s('A', 'A', [60, 40, 5, 0], 'self'), ...s('A', 'B', [40, 30]), ...s('C', 'B', [44, 30]), ...s('A', 'C', [55, 35]), ...s('B', 'C', [55, 35])],
      expect: [['C', 1, 90], ['A', 2, 85], ['B', 3, 72]],
    },
    {
      name: 'equal totals: the higher mandatory score wins',
      members: [{ id: 'A' }, { id: 'B' }],
      scores: [...s('B', 'A', [50, 30]), ...s('A', 'B', [45, 35])],
      expect: [['A', 1, 80], ['B', 2, 80]],
    },
    {
      name: 'equal totals and mandatory: the Art. 4(6) women preference wins',
      members: [{ id: 'A' }, { id: 'B', womenPreference: true }],
      scores: [...s('B', 'A', [50, 30]), ...s('A', 'B', [50, 30])],
      expect: [['B', 1, 80], ['A', 2, 80]],
    },
    {
      name: 'still tied and no ballot yet: shared rank',
      members: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      scores: [...s('B', 'A', [50, 30]), ...s('A', 'B', [50, 30]), ...s('A', 'C', [10, 10])],
      expect: [['A', 1, 80], ['B', 1, 80], ['C', 3, 20]],
    },
    {
      name: 'still tied: the ballot decides',
      members: [{ id: 'A' }, { id: 'B' }],
      scores: [...s('B', 'A', [50, 30]), ...s('A', 'B', [50, 30])],
      ballotVotes: { A: 1, B: 2 },
      expect: [['B', 1, 80], ['A', 2, 80]],
    },
    {
      name: 'a self score inside member kind (assessor = assessee) is never counted',
      members: [{ id: 'A' }, { id: 'B' }],
      scores: [...s('A', 'A', [60, 40]), ...s('B', 'A', [30, 10]), ...s('A', 'B', [40, 10])],
      expect: [['B', 1, 50], ['A', 2, 40]],
    },
  ])('$name', ({ members, scores, ballotVotes, expect: exp }) => {
    const r = rankClusterMembers({ members, criteria, scores, ...(ballotVotes ? { ballotVotes } : {}) });
    expect(r.map((x) => [x.organisationId, x.rank, x.score])).toEqual(exp);
  });

  it('tie-breaks are configurable (women before mandatory)', () => {
    const members = [{ id: 'A' }, { id: 'B', womenPreference: true }];
    const scores = [...s('B', 'A', [50, 30]), ...s('A', 'B', [45, 35])];
    expect(rankClusterMembers({ members, criteria, scores, tieBreaks: ['women', 'mandatory'] }).map((x) => x.organisationId)).toEqual(['B', 'A']);
  });

  it('normalisation view rescales each scorer to the grand mean, self untouched', () => {
    const scores = [...s('X', 'A', [40, 20]), ...s('Y', 'A', [20, 10]), ...s('A', 'A', [1, 1], 'self')];
    const n = normaliseClusterScores(scores);
    expect(n.filter((x) => x.assessorKey === 'X').map((x) => x.points)).toEqual([30, 15]);
    expect(n.filter((x) => x.assessorKey === 'Y').map((x) => x.points)).toEqual([30, 15]);
    expect(n.filter((x) => x.assessorKind === 'self').map((x) => x.points)).toEqual([1, 1]);
  });
});

describe('the no-self-scoring rule and ranges', () => {
  const c = criteria[0]!;
  it.each([
    { kind: 'member' as const, by: 'A', of: 'A', pts: 10, mode: 'peers' as const, code: 'cluster_self_scoring' },
    { kind: 'member' as const, by: 'A', of: 'B', pts: 10, mode: 'peers' as const, code: null },
    { kind: 'member' as const, by: 'A', of: 'B', pts: 61, mode: 'peers' as const, code: 'cluster_score_out_of_range' },
    { kind: 'member' as const, by: 'A', of: 'B', pts: -1, mode: 'peers' as const, code: 'cluster_score_out_of_range' },
    { kind: 'member' as const, by: 'A', of: 'B', pts: 10.125, mode: 'peers' as const, code: 'cluster_score_out_of_range' },
    { kind: 'member' as const, by: 'A', of: 'B', pts: 10.25, mode: 'peers' as const, code: null },
    { kind: 'self' as const, by: 'A', of: 'A', pts: 60, mode: 'peers' as const, code: null },
    { kind: 'self' as const, by: 'A', of: 'B', pts: 10, mode: 'peers' as const, code: 'cluster_assessor_not_allowed' },
    { kind: 'member' as const, by: 'A', of: 'B', pts: 10, mode: 'leader_secretariat' as const, code: 'cluster_assessor_not_allowed' },
    { kind: 'leader' as const, by: 'A', of: 'A', pts: 10, mode: 'leader_secretariat' as const, code: 'cluster_self_scoring' },
    { kind: 'leader' as const, by: 'A', of: 'B', pts: 10, mode: 'leader_secretariat' as const, code: null },
    { kind: 'secretariat' as const, by: null, of: 'B', pts: 10, mode: 'peers_and_secretariat' as const, code: null },
    { kind: 'secretariat' as const, by: null, of: 'B', pts: 10, mode: 'peers' as const, code: 'cluster_assessor_not_allowed' },
  ])('$kind $by→$of $pts ($mode) → $code', ({ kind, by, of, pts, mode, code }) => {
    expect(checkClusterScore({ mode, assessorKind: kind, assessorOrgId: by, assesseeId: of, criterion: c, points: pts })?.code ?? null).toBe(code);
  });
});

describe('ballot tallies and thresholds', () => {
  it.each([
    // votesFor, denominator, threshold, passes
    [5, 8, undefined, true], // 9 members, nominee excluded: 5/8 > 50%
    [4, 8, undefined, false], // exactly half is not more than half
    [4, 8, { percent: 50, comparison: 'at_least' as const }, true],
    [7, 8, { percent: 80, comparison: 'at_least' as const }, true],
    [6, 8, { percent: 80, comparison: 'at_least' as const }, false],
    [0, 0, undefined, false],
  ])('%i of %i with %o → %s', (v, d, t, ok) => {
    expect(clusterBallotPasses(v, d, t)).toBe(ok);
  });

  it('the denominator is all members except the nominee, not those voting', () => {
    const memberIds = ['A', 'B', 'C', 'D', 'E'];
    const choices = [
      { nomineeId: 'A', approve: true },
      { nomineeId: 'A', approve: true },
      { nomineeId: 'A', approve: false },
      { nomineeId: 'X', approve: true },
    ];
    const t = tallyClusterBallot({ memberIds, nomineeIds: ['A', 'X'], choices });
    expect(t).toEqual([
      { nomineeId: 'A', votesFor: 2, votesAgainst: 1, denominator: 4, passed: false },
      { nomineeId: 'X', votesFor: 1, votesAgainst: 0, denominator: 5, passed: false },
    ]);
  });

  it.each([
    [{ status: 'closed' as const, voterId: 'A', alreadyVoted: false, choices: [] }, 'cluster_ballot_closed'],
    [{ status: 'open' as const, voterId: 'Z', alreadyVoted: false, choices: [] }, 'cluster_not_member'],
    [{ status: 'open' as const, voterId: 'A', alreadyVoted: true, choices: [] }, 'cluster_already_voted'],
    [{ status: 'open' as const, voterId: 'A', alreadyVoted: false, choices: [{ nomineeId: 'A', approve: true }] }, 'cluster_self_vote'],
    [{ status: 'open' as const, voterId: 'A', alreadyVoted: false, choices: [{ nomineeId: 'C', approve: true }] }, 'cluster_unknown_nominee'],
    [{ status: 'open' as const, voterId: 'A', alreadyVoted: false, choices: [{ nomineeId: 'B', approve: true }, { nomineeId: 'B', approve: false }] }, 'cluster_unknown_nominee'],
    [{ status: 'open' as const, voterId: 'A', alreadyVoted: false, choices: [{ nomineeId: 'B', approve: true }] }, null],
  ])('vote %o → %s', (v, code) => {
    expect(checkClusterVote({ memberIds: ['A', 'B', 'C'], nomineeIds: ['A', 'B'], ...v })?.code ?? null).toBe(code);
  });
});

describe('quota limits', () => {
  it.each([
    [{ organiserLevel: 'central' as const }, 1],
    [{ organiserLevel: 'province' as const, flagPool: 4 }, 0],
    [{ organiserLevel: 'province' as const, flagPool: 5 }, 1],
    [{ organiserLevel: 'province' as const, flagPool: 9 }, 1],
    [{ organiserLevel: 'ministry' as const, flagPool: 10 }, 2],
    [{ organiserLevel: 'ministry' as const, flagPool: 14 }, 2],
    [{ organiserLevel: 'province' as const }, 0],
  ])('%o → %i flags (20%% rounded down)', (p, n) => {
    expect(clusterFlagQuota(p)).toBe(n);
  });

  const ranking = ['Q', 'N', 'H', 'X', 'Y'].map((id, i) => ({ organisationId: id, rank: i + 1 }));
  it.each([
    [undefined, ['Q:co_thi_dua_chinh_phu', 'N:bang_khen_thu_tuong', 'H:bang_khen_thu_tuong']],
    [1, ['Q:co_thi_dua_chinh_phu', 'N:bang_khen_thu_tuong']],
    [0, ['Q:co_thi_dua_chinh_phu']],
    [3, ['Q:co_thi_dua_chinh_phu', 'N:bang_khen_thu_tuong', 'H:bang_khen_thu_tuong', 'X:bang_khen_thu_tuong']],
  ])('central cluster, N=%s Bằng khen', (n, exp) => {
    expect(clusterNominations(ranking, { organiserLevel: 'central', ...(n === undefined ? {} : { bangKhenCount: n }) }).map((x) => `${x.organisationId}:${x.award}`)).toEqual(exp);
  });

  it('a nominee that fails the ballot drops out; the leading member is rank 1 after the ballot', () => {
    const p = { organiserLevel: 'central' as const };
    const noms = clusterNominations(ranking, p);
    expect(clusterProposalsAfterBallot(noms, new Set(['N', 'H']), p).map((x) => `${x.organisationId}:${x.award}`)).toEqual(['N:co_thi_dua_chinh_phu', 'H:bang_khen_thu_tuong']);
    expect(clusterProposalsAfterBallot(noms, new Set(['Q', 'N', 'H']), p)).toHaveLength(3);
  });
});

describe('rotation proposal', () => {
  it.each([
    {
      name: 'never-led members first, the most recent deputy before others',
      members: ['HD', 'BN', 'VP', 'HY', 'QN'],
      history: [{ year: 2019, leaderId: 'HD', deputyIds: ['HY', 'QN'] }, { year: 2020, leaderId: 'QN' }],
      year: 2021,
      leader: 'HY',
      deputies: ['BN', 'VP'],
    },
    {
      name: 'everyone led: the one that led longest ago',
      members: ['A', 'B', 'C'],
      history: [{ year: 2018, leaderId: 'B' }, { year: 2019, leaderId: 'A' }, { year: 2020, leaderId: 'C' }],
      year: 2021,
      leader: 'B',
      deputies: ['A', 'C'],
    },
    {
      name: 'future years in the history are ignored',
      members: ['A', 'B'],
      history: [{ year: 2022, leaderId: 'A' }],
      year: 2021,
      leader: 'A',
      deputies: ['B'],
    },
  ])('$name', ({ members, history, year, leader, deputies }) => {
    const p = proposeClusterRotation({ memberIds: members, history, year });
    expect(p.leaderId).toBe(leader);
    expect(p.deputyIds).toEqual(deputies);
  });
});

describe('movement registrations', () => {
  it.each([
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['returned', 'resubmit', 'submitted'],
    ['approved', 'return', null],
    ['approved', 'approve', null],
    ['returned', 'approve', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(movementRegistrationNext(from, action)).toBe(to);
  });
  it('rolls up approved titles', () => {
    expect(
      rollUpMovementRegistrations([
        { state: 'approved', titles: ['chien_si_thi_dua_co_so'] },
        { state: 'approved', titles: ['chien_si_thi_dua_co_so', 'lao_dong_tien_tien'] },
        { state: 'returned', titles: ['lao_dong_tien_tien'] },
      ]),
    ).toEqual({ byState: { submitted: 0, approved: 2, returned: 1 }, byTitle: { chien_si_thi_dua_co_so: 2, lao_dong_tien_tien: 1 } });
  });
});
