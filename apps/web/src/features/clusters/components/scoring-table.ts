// The scoring-table builder's model: groups of criteria in the order the secretariat arranges them,
// converted to the API's flat list, and the domain's problems turned into messages.
import type { z } from 'zod';
import type { ClusterCriterionInput } from '@thidua/contracts';
import { checkScoringTable, groupScoringCriteria, type ScoringTableProblem } from '@thidua/domain/clusters/scoring';
import type { TKey, TParams } from '@/i18n';

export type CriterionKind = 'criterion' | 'bonus' | 'penalty';
export interface DraftCriterion {
  key: string;
  code: string;
  title: string;
  kind: CriterionKind;
  maxPoints: number | null;
  mandatory: boolean;
  evidenceRequired: boolean;
}
export interface DraftGroup {
  key: string;
  name: string;
  criteria: DraftCriterion[];
}

let seq = 0;
export const newKey = () => `k${++seq}`;
export const blankCriterion = (): DraftCriterion => ({ key: newKey(), code: '', title: '', kind: 'criterion', maxPoints: null, mandatory: false, evidenceRequired: false });
export const blankGroup = (): DraftGroup => ({ key: newKey(), name: '', criteria: [blankCriterion()] });

export function draftFrom(criteria: readonly z.input<typeof ClusterCriterionInput>[]): DraftGroup[] {
  const withDefaults = criteria.map((c) => ({ ...c, kind: c.kind ?? 'criterion', mandatory: c.mandatory ?? false, evidenceRequired: c.evidenceRequired ?? false }));
  return groupScoringCriteria(withDefaults).groups.map((g) => ({
    key: newKey(),
    name: g.name,
    criteria: g.criteria.map((c) => ({ key: newKey(), code: c.code, title: c.title, kind: c.kind, maxPoints: c.maxPoints, mandatory: c.mandatory ?? false, evidenceRequired: c.evidenceRequired ?? false })),
  }));
}

/** The domain's check on what is typed (an empty maximum counts as 0, i.e. not positive). */
export const draftProblems = (groups: DraftGroup[]): ScoringTableProblem[] =>
  checkScoringTable({ groups: groups.map((g) => ({ name: g.name, criteria: g.criteria.map((c) => ({ ...c, maxPoints: c.maxPoints ?? 0 })) })) });

/** The body of POST …/round (NFC text, trimmed). */
export const draftToCriteria = (groups: DraftGroup[]): z.input<typeof ClusterCriterionInput>[] =>
  groups.flatMap((g) =>
    g.criteria.map((c) => ({
      group: g.name.trim().normalize('NFC'),
      code: c.code.trim(),
      title: c.title.trim().normalize('NFC'),
      kind: c.kind,
      maxPoints: c.maxPoints ?? 0,
      mandatory: c.kind === 'criterion' && c.mandatory,
      evidenceRequired: c.evidenceRequired,
    })),
  );

/** Moves item `i` of `xs` by `d` (−1 up, +1 down); out of range leaves the list unchanged. */
export function move<T>(xs: readonly T[], i: number, d: -1 | 1): T[] {
  const j = i + d;
  if (j < 0 || j >= xs.length) return [...xs];
  const out = [...xs];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** A problem as a message key and its parameters (positions shown from 1). */
export function problemMessage(p: ScoringTableProblem): { key: TKey; params: TParams } {
  const key = `clusters.table.problem.${p.code}` as TKey;
  const params: TParams = {};
  if ('at' in p) {
    params.group = p.at.group + 1;
    if (p.at.criterion !== undefined) params.row = p.at.criterion + 1;
  }
  if ('value' in p) params.value = p.value;
  if ('name' in p) params.name = p.name;
  if ('max' in p) params.max = p.max;
  if ('count' in p) params.count = p.count;
  return { key, params };
}

/** Which fields a problem points at, to mark them in the builder. */
export function problemField(p: ScoringTableProblem): string | null {
  if (!('at' in p)) return null;
  const { group, criterion } = p.at;
  switch (p.code) {
    case 'group_name_missing':
    case 'group_name_duplicate':
    case 'group_empty':
      return `g${group}.name`;
    case 'code_missing':
    case 'code_invalid':
    case 'code_duplicate':
      return `g${group}.c${criterion}.code`;
    case 'title_missing':
      return `g${group}.c${criterion}.title`;
    case 'max_not_positive':
    case 'max_too_fine':
      return `g${group}.c${criterion}.max`;
    case 'mandatory_not_criterion':
      return `g${group}.c${criterion}.mandatory`;
    default:
      return null;
  }
}

/** A default scoring table the secretariat can start from (illustrative; adjust per cluster). */
export const DEFAULT_CRITERIA = [
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.1', title: 'Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu', kind: 'criterion' as const, maxPoints: 40, mandatory: true, evidenceRequired: true },
  { group: 'I. Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội', code: 'I.2', title: 'Quốc phòng, an ninh, trật tự an toàn xã hội', kind: 'criterion' as const, maxPoints: 20, mandatory: false, evidenceRequired: false },
  { group: 'II. Công tác thi đua, khen thưởng', code: 'II.1', title: 'Tổ chức các phong trào thi đua', kind: 'criterion' as const, maxPoints: 30, mandatory: true, evidenceRequired: false },
  { group: 'III. Xây dựng hệ thống chính trị', code: 'III.1', title: 'Cải cách hành chính, xây dựng chính quyền', kind: 'criterion' as const, maxPoints: 10, mandatory: false, evidenceRequired: false },
  { group: 'Điểm thưởng, điểm trừ', code: 'T', title: 'Điểm thưởng: mô hình mới, cách làm hay', kind: 'bonus' as const, maxPoints: 5, mandatory: false, evidenceRequired: false },
];
