// The summary line of a decision ("trích yếu", "Về việc …"), written into the record in Vietnamese when the
// decision is issued. A client in another language words it from the same facts (the decision's kind, award
// code and the number of the decision it revokes or corrects); the stored Vietnamese stays the record.
import { getAwardDefinition } from '../catalogue/awards.js';

export const DECISION_KINDS = ['award', 'revocation', 'correction'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type DecisionSummaryFacts =
  | { readonly kind: 'award'; readonly award: string }
  | { readonly kind: 'revocation' | 'correction'; readonly referencedNumber: string };

/** "Về việc tặng Bằng khen của …", "Về việc hủy bỏ Quyết định khen thưởng số 12/QĐ-UBND", "Về việc đính chính Quyết định số 12/QĐ-UBND". */
export function decisionSummaryVi(f: DecisionSummaryFacts): string {
  switch (f.kind) {
    case 'award':
      return `Về việc tặng ${getAwardDefinition(f.award)?.name ?? f.award}`;
    case 'revocation':
      return `Về việc hủy bỏ Quyết định khen thưởng số ${f.referencedNumber}`;
    case 'correction':
      return `Về việc đính chính Quyết định số ${f.referencedNumber}`;
  }
}
