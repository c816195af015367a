// The clusters screens' pure parts: the vi/en catalogue, and the scoring-table builder's model (the
// domain's checkScoringTable on what is typed, its messages, the body sent to POST …/round).
import { describe, expect, it } from 'vitest';
import { clustersEn, clustersVi } from '../src/features/clusters/i18n';
import { blankGroup, DEFAULT_CRITERIA, draftFrom, draftProblems, draftToCriteria, move, problemField, problemMessage } from '../src/features/clusters/components/scoring-table';


const interpolate = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in p ? String(p[k]) : m));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the clusters catalogue', () => {
  it('has every key prefixed clusters., in both languages, with the same placeholders', () => {
    const vi = Object.entries(clustersVi) as [keyof typeof clustersVi, string][];
    expect(vi.length).toBeGreaterThan(100);
    expect(Object.keys(clustersEn).sort()).toEqual(Object.keys(clustersVi).sort());
    for (const [k, v] of vi) {
      expect(k.startsWith('clusters.')).toBe(true);
      expect(v.trim()).not.toBe('');
      expect(clustersEn[k].trim()).not.toBe('');
      expect(placeholders(clustersEn[k]), k).toEqual(placeholders(v));
    }
  });

  it('is Unicode NFC (Vietnamese typed in decomposed form would not match searches)', () => {
    for (const v of [...Object.values(clustersVi), ...Object.values(clustersEn), ...DEFAULT_CRITERIA.flatMap((c) => [c.group, c.title])]) expect(v).toBe(v.normalize('NFC'));
  });
});

describe('the scoring-table builder model', () => {
  it('the default table groups into four groups, passes the domain check and goes back to the same body', () => {
    const d = draftFrom(DEFAULT_CRITERIA);
    expect(d.map((g) => [g.name.slice(0, 3), g.criteria.map((c) => c.code)])).toEqual([
      ['I. ', ['I.1', 'I.2']],
      ['II.', ['II.1']],
      ['III', ['III.1']],
      ['Điể', ['T']],
    ]);
    expect(draftProblems(d)).toEqual([]);
    expect(draftToCriteria(d)).toEqual(DEFAULT_CRITERIA);
  });

  it('an added blank group is two problems, each with a message in Vietnamese and a field to mark', () => {
    const d = [...draftFrom(DEFAULT_CRITERIA), blankGroup()];
    const problems = draftProblems(d);
    expect(problems.map((p) => p.code)).toEqual(['group_name_missing', 'code_missing', 'title_missing', 'max_not_positive']);
    const texts = problems.map((p) => {
      const m = problemMessage(p);
      return interpolate((clustersVi as Record<string, string>)[m.key]!, m.params);
    });
    expect(texts).toEqual([
      'Nhóm 5: chưa nhập tên nhóm.',
      'Nhóm 5, dòng 1: chưa nhập mã tiêu chí.',
      'Nhóm 5, dòng 1: chưa nhập nội dung tiêu chí.',
      'Nhóm 5, dòng 1: điểm tối đa phải lớn hơn 0.',
    ]);
    expect(problems.map(problemField)).toEqual(['g4.name', 'g4.c0.code', 'g4.c0.title', 'g4.c0.max']);
  });

  it('every problem code the domain can report has a message in both languages', () => {
    const codes = ['table_empty', 'table_too_large', 'group_name_missing', 'group_name_duplicate', 'group_empty', 'code_missing', 'code_invalid', 'code_duplicate', 'title_missing', 'max_not_positive', 'max_too_fine', 'mandatory_not_criterion', 'no_scored_criterion', 'no_mandatory_criterion'];
    for (const c of codes) {
      expect(clustersVi).toHaveProperty([`clusters.table.problem.${c}`]);
      expect(clustersEn).toHaveProperty([`clusters.table.problem.${c}`]);
    }
  });

  it('sends trimmed NFC text, and never a mandatory bonus or penalty line', () => {
    const [g] = draftFrom([{ group: '  Điểm thưởng '.normalize('NFD'), code: ' T ', title: 'Mô hình mới'.normalize('NFD'), kind: 'bonus', maxPoints: 5, mandatory: true }]);
    expect(draftToCriteria([g!])).toEqual([{ group: 'Điểm thưởng', code: 'T', title: 'Mô hình mới', kind: 'bonus', maxPoints: 5, mandatory: false, evidenceRequired: false }]);
  });

  it('moves rows up and down within bounds', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
