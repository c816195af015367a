import { describe, expect, it } from 'vitest';
import { checkScoringTable, groupScoringCriteria, type ScoringTable, type ScoringTableCriterion } from '../../src/clusters/index.js';

const c = (code: string, over: Partial<ScoringTableCriterion> = {}): ScoringTableCriterion => ({ code, title: `Tiêu chí ${code}`, kind: 'criterion', maxPoints: 10, ...over });
const ok: ScoringTable = {
  groups: [
    { name: 'I. Nhiệm vụ chính trị', criteria: [c('I.1', { mandatory: true, maxPoints: 40 }), c('I.2', { maxPoints: 20 })] },
    { name: 'Điểm thưởng, điểm trừ', criteria: [c('T', { kind: 'bonus', maxPoints: 5 }), c('P', { kind: 'penalty', maxPoints: 2.5 })] },
  ],
};
const codes = (t: ScoringTable) => checkScoringTable(t).map((p) => p.code);

describe('checkScoringTable: the table the secretariat fixes when opening a round', () => {
  it('a well-formed table has no problems', () => {
    expect(checkScoringTable(ok)).toEqual([]);
  });

  it.each<{ name: string; table: ScoringTable; expect: unknown[] }>([
    { name: 'no groups at all', table: { groups: [] }, expect: [{ code: 'table_empty' }] },
    { name: 'groups without any criterion', table: { groups: [{ name: 'I', criteria: [] }] }, expect: [{ code: 'table_empty' }] },
    {
      name: 'an empty group beside a filled one',
      table: { groups: [{ name: 'I', criteria: [c('A', { mandatory: true })] }, { name: 'II', criteria: [] }] },
      expect: [{ code: 'group_empty', at: { group: 1 } }],
    },
    {
      name: 'a group without a name',
      table: { groups: [{ name: '  ', criteria: [c('A', { mandatory: true })] }] },
      expect: [{ code: 'group_name_missing', at: { group: 0 } }],
    },
    {
      name: 'the same group name twice (case, spaces and NFD ignored)',
      table: { groups: [{ name: 'Điểm thưởng', criteria: [c('A', { mandatory: true })] }, { name: ' điểm  THƯỞNG'.normalize('NFD'), criteria: [c('B')] }] },
      expect: [{ code: 'group_name_duplicate', at: { group: 1 }, name: 'điểm  THƯỞNG'.normalize('NFD') }],
    },
    {
      name: 'duplicate codes, also across groups and letter case',
      table: { groups: [{ name: 'I', criteria: [c('I.1', { mandatory: true }), c('I.1')] }, { name: 'II', criteria: [c('i.1')] }] },
      expect: [
        { code: 'code_duplicate', at: { group: 0, criterion: 1 }, value: 'I.1' },
        { code: 'code_duplicate', at: { group: 1, criterion: 0 }, value: 'i.1' },
      ],
    },
    {
      name: 'missing and invalid codes',
      table: { groups: [{ name: 'I', criteria: [c('', { mandatory: true }), c('I 2'), c('x'.repeat(41))] }] },
      expect: [
        { code: 'code_missing', at: { group: 0, criterion: 0 } },
        { code: 'code_invalid', at: { group: 0, criterion: 1 }, value: 'I 2' },
        { code: 'code_invalid', at: { group: 0, criterion: 2 }, value: 'x'.repeat(41) },
      ],
    },
    {
      name: 'a criterion without a title',
      table: { groups: [{ name: 'I', criteria: [c('A', { mandatory: true, title: ' ' })] }] },
      expect: [{ code: 'title_missing', at: { group: 0, criterion: 0 } }],
    },
    {
      name: 'zero, negative and non-numeric maxima; more than two decimals',
      table: { groups: [{ name: 'I', criteria: [c('A', { mandatory: true }), c('B', { maxPoints: 0 }), c('C', { maxPoints: -5 }), c('D', { maxPoints: Number.NaN }), c('E', { maxPoints: 1.005 }), c('F', { maxPoints: 0.25 })] }] },
      expect: [
        { code: 'max_not_positive', at: { group: 0, criterion: 1 } },
        { code: 'max_not_positive', at: { group: 0, criterion: 2 } },
        { code: 'max_not_positive', at: { group: 0, criterion: 3 } },
        { code: 'max_too_fine', at: { group: 0, criterion: 4 } },
      ],
    },
    {
      name: 'no mandatory criterion (the first tie-break needs one)',
      table: { groups: [{ name: 'I', criteria: [c('A'), c('B')] }] },
      expect: [{ code: 'no_mandatory_criterion' }],
    },
    {
      name: 'a bonus marked mandatory does not count as the mandatory criterion',
      table: { groups: [{ name: 'I', criteria: [c('A'), c('T', { kind: 'bonus', mandatory: true })] }] },
      expect: [{ code: 'mandatory_not_criterion', at: { group: 0, criterion: 1 } }, { code: 'no_mandatory_criterion' }],
    },
    {
      name: 'only bonus and penalty lines',
      table: { groups: [{ name: 'I', criteria: [c('T', { kind: 'bonus' }), c('P', { kind: 'penalty' })] }] },
      expect: [{ code: 'no_scored_criterion' }],
    },
    {
      name: 'more than 200 criteria',
      table: { groups: [{ name: 'I', criteria: Array.from({ length: 201 }, (_, i) => c(`C${i}`, { mandatory: i === 0 })) }] },
      expect: [{ code: 'table_too_large', max: 200, count: 201 }],
    },
  ])('$name', ({ table, expect: problems }) => {
    expect(checkScoringTable(table)).toEqual(problems);
  });

  it('reports every problem of a bad table in reading order', () => {
    const t: ScoringTable = { groups: [{ name: '', criteria: [c('A', { maxPoints: 0 }), c('A', { title: '' })] }, { name: 'II', criteria: [] }] };
    expect(codes(t)).toEqual(['group_name_missing', 'max_not_positive', 'code_duplicate', 'title_missing', 'group_empty', 'no_mandatory_criterion']);
  });
});

describe('groupScoringCriteria: the API\'s flat list as groups', () => {
  it('keeps first-seen order of groups and of criteria, folding the same group name', () => {
    const flat = [
      { group: 'I', ...c('A', { mandatory: true }) },
      { group: 'II', ...c('B') },
      { group: 'i ', ...c('C') },
    ];
    const g = groupScoringCriteria(flat);
    expect(g.groups.map((x) => [x.name, x.criteria.map((y) => y.code)])).toEqual([
      ['I', ['A', 'C']],
      ['II', ['B']],
    ]);
    expect(checkScoringTable(g)).toEqual([]);
  });
});
