// Citation text for the `basis` of every condition: the Law's article and the decree in force for
// the dossier (RULES.md §3 "Basis cites the instrument in force for the dossier").
import type { DecreeId, RuleSetId } from '../catalogue/catalogue.types.js';

export const LAW_NAMES: Readonly<Record<RuleSetId, string>> = {
  'law-2013': 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013)',
  'law-2022': 'Luật Thi đua, khen thưởng số 06/2022/QH15',
};

/** Which general principle of the decree a condition rests on, besides the award's own article. */
export type BasisRef =
  | 'award' // the award's article only
  | 'blocks' // no award under discipline or investigation: Decree 98/2023, 152/2025 Art. 4(4)
  | 'discipline_restart' // counting restarts after a discipline: Art. 4(4)
  | 'merit_only' // only merit awards count in chains: Art. 4(3)
  | 'anchor' // counting from the previous award: Decree 152 Art. 33(7)
  | 'vote'; // council ballot: Decree 152 Art. 33(5), Decree 91/2017 Art. 45(8)

const DECREE_ARTICLES: Readonly<Record<DecreeId, Partial<Record<BasisRef, string>>>> = {
  '91/2017/NĐ-CP': { vote: 'khoản 8 Điều 45' },
  '98/2023/NĐ-CP': { blocks: 'khoản 4 Điều 4', discipline_restart: 'khoản 4 Điều 4', merit_only: 'khoản 3 Điều 4' },
  '152/2025/NĐ-CP': {
    blocks: 'khoản 4 Điều 4',
    discipline_restart: 'khoản 4 Điều 4',
    merit_only: 'khoản 3 Điều 4',
    anchor: 'khoản 7 Điều 33',
    vote: 'khoản 5 Điều 33',
  },
};

/** Where an award's rule lives under one rule set. */
export interface RuleCitation {
  /** Article of the Law (Vietnamese citation text, e.g. "điểm b khoản 1 Điều 73"). */
  readonly lawArticle?: string;
  /** Article of the decree that states the rule itself (e.g. Decree 91/2017 Art. 38). */
  readonly decreeArticle?: string;
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Điều 24 Luật …; Nghị định 152/2025/NĐ-CP" and the like. */
export function formatBasis(
  ruleSet: RuleSetId,
  decree: DecreeId,
  ref: BasisRef,
  citation: RuleCitation | null,
): string {
  const parts: string[] = [];
  if (citation) parts.push(citation.lawArticle ? `${citation.lawArticle} ${LAW_NAMES[ruleSet]}` : LAW_NAMES[ruleSet]);
  const decreeParts: string[] = [];
  if (citation?.decreeArticle) decreeParts.push(citation.decreeArticle);
  const principle = ref === 'award' ? undefined : DECREE_ARTICLES[decree][ref];
  if (principle && principle !== citation?.decreeArticle) decreeParts.push(principle);
  if (decreeParts.length === 0) parts.push(`Nghị định ${decree}`);
  else for (const a of decreeParts) parts.push(`${a} Nghị định ${decree}`);
  return capitalise(parts.join('; '));
}

/** An article reference: "điểm b khoản 1 Điều 73" is `{ article: 73, clause: 1, point: 'b' }`. */
export interface ArticleRef {
  readonly article: number;
  readonly clause?: number;
  readonly point?: string;
}

/**
 * The `basis` of a condition as data, for another language to word it (the web does): the Law of the rule set
 * with the award's article (`law` null when the basis cites only the decree), and the decree in force with the
 * articles cited (none: the decree as a whole). `formatBasis` writes the Vietnamese from the same parts.
 */
export interface BasisCitation {
  readonly law: RuleSetId | null;
  readonly lawArticle: ArticleRef | null;
  readonly decree: DecreeId;
  readonly decreeArticles: readonly ArticleRef[];
}

const ARTICLE_RE = /^(?:điểm ([a-zđ]) )?(?:khoản (\d+) )?Điều (\d+)$/u;

/** Parses the citation text the rule files and the catalogue write ("khoản 1 Điều 74"); throws on anything else. */
export function parseArticle(text: string): ArticleRef {
  const m = ARTICLE_RE.exec(text);
  if (!m) throw new Error(`Unparseable article citation ${JSON.stringify(text)}`);
  const ref: { article: number; clause?: number; point?: string } = { article: Number(m[3]) };
  if (m[2] !== undefined) ref.clause = Number(m[2]);
  if (m[1] !== undefined) ref.point = m[1];
  return ref;
}

/** The parts of `formatBasis(ruleSet, decree, ref, citation)`, in the same order. */
export function basisCitation(
  ruleSet: RuleSetId,
  decree: DecreeId,
  ref: BasisRef,
  citation: RuleCitation | null,
): BasisCitation {
  const decreeArticles: ArticleRef[] = [];
  if (citation?.decreeArticle) decreeArticles.push(parseArticle(citation.decreeArticle));
  const principle = ref === 'award' ? undefined : DECREE_ARTICLES[decree][ref];
  if (principle && principle !== citation?.decreeArticle) decreeArticles.push(parseArticle(principle));
  return Object.freeze({
    law: citation ? ruleSet : null,
    lawArticle: citation?.lawArticle ? Object.freeze(parseArticle(citation.lawArticle)) : null,
    decree,
    decreeArticles: Object.freeze(decreeArticles.map((a) => Object.freeze(a))),
  });
}
