// Vietnamese name search semantics (RULES.md §8), as pure functions shared by the in-memory filter
// and the database word index.
import { foldTonePlacement, hasDiacritics, splitWords, stripDiacritics } from './normalize.js';

/** One word of a stored name, in the two forms a word index needs. */
export interface NameWord {
  /** Lower case, NFC, tone placement folded: compared with query words that carry diacritics. */
  exact: string;
  /** Lower case, all marks removed, đ → d: compared with query words without diacritics. */
  base: string;
}

export interface QueryWord {
  /** Lower case, NFC, tone placement folded (the `exact` form of the word as typed). */
  text: string;
  /** The `base` form: marks removed, đ → d. */
  base: string;
  /** Whether the word as typed carries any diacritic (tone mark or ă â ê ô ơ ư đ). */
  hasMarks: boolean;
  /** True for the last word of the query: it may match the beginning of a name word (type-ahead). */
  isLastPrefix: boolean;
  /**
   * Extra `exact` prefixes for a type-ahead word that ends in a toned o/u ("hò" while typing
   * "hòa"): the canonical form moves that tone to the next vowel ("hoà"), so "hò" must also accept
   * words starting "hoà"/"hoè", and "thù" words starting "thuỳ". Empty for most words.
   */
  prefixVariants: readonly string[];
}

export interface ParsedQuery {
  words: readonly QueryWord[];
}

/** Words of a name, in index form. Accepts NFC or NFD, any case. */
export function nameWords(name: string): NameWord[] {
  return splitWords(name).map((w) => {
    const lower = w.toLowerCase();
    return { exact: foldTonePlacement(lower), base: stripDiacritics(lower) };
  });
}

const TONED_O_U = /^(.*?)([oòóỏõọuùúủũụ])$/u;

function prefixVariantsOf(text: string): string[] {
  const m = TONED_O_U.exec(text);
  if (!m) return [];
  const stem = m[1]!;
  const decomposed = m[2]!.normalize('NFD');
  const vowel = decomposed[0]!;
  const mark = decomposed.slice(1);
  if (mark === '' || stem.endsWith('q')) return [];
  const nexts = vowel === 'o' ? ['a', 'e'] : ['y'];
  return nexts.map((n) => stem + vowel + (n + mark).normalize('NFC'));
}

/** Parses a search query into words. The last word is marked as a possible prefix. */
export function parseQuery(q: string): ParsedQuery {
  const raw = splitWords(q);
  const words = raw.map((w, i): QueryWord => {
    const lower = w.toLowerCase();
    const text = foldTonePlacement(lower);
    const hasMarks = hasDiacritics(lower);
    const isLastPrefix = i === raw.length - 1;
    return {
      text,
      base: stripDiacritics(lower),
      hasMarks,
      isLastPrefix,
      prefixVariants: isLastPrefix && hasMarks ? prefixVariantsOf(text) : [],
    };
  });
  return { words };
}

/** How one query word meets one name word; 0 = no match. Higher is better. */
const Fit = { None: 0, BasePrefix: 1, ExactPrefix: 2, Base: 3, Exact: 4 } as const;
type Fit = (typeof Fit)[keyof typeof Fit];

function fitOf(q: QueryWord, w: NameWord): Fit {
  if (q.text === w.exact) return Fit.Exact;
  if (q.hasMarks) {
    // With diacritics: only the same word after tone folding, or (last word) a prefix as typed.
    if (!q.isLastPrefix) return Fit.None;
    if (w.exact.startsWith(q.text)) return Fit.ExactPrefix;
    for (const v of q.prefixVariants) if (w.exact.startsWith(v)) return Fit.ExactPrefix;
    return Fit.None;
  }
  // Without diacritics: same base letters, any marks ("d" matches "đ").
  if (q.base === w.base) return Fit.Base;
  if (q.isLastPrefix && w.base.startsWith(q.base)) {
    return w.exact.startsWith(q.text) ? Fit.ExactPrefix : Fit.BasePrefix;
  }
  return Fit.None;
}

const asQuery = (query: string | ParsedQuery): ParsedQuery =>
  typeof query === 'string' ? parseQuery(query) : query;
const asWords = (name: string | readonly NameWord[]): readonly NameWord[] =>
  typeof name === 'string' ? nameWords(name) : name;

/** Fit matrix rows (query words) × columns (name words), or null when some query word fits nothing. */
function fitMatrix(q: readonly QueryWord[], n: readonly NameWord[]): Fit[][] | null {
  const rows: Fit[][] = [];
  for (const qw of q) {
    let any = false;
    const row = n.map((nw) => {
      const f = fitOf(qw, nw);
      if (f !== Fit.None) any = true;
      return f;
    });
    if (!any) return null;
    rows.push(row);
  }
  return rows;
}

/** Kuhn's augmenting paths: can every query word take a distinct name word? */
function hasPerfectAssignment(fits: readonly Fit[][], nameCount: number): boolean {
  const owner = new Int32Array(nameCount).fill(-1);
  const tryRow = (r: number, seen: Uint8Array): boolean => {
    const row = fits[r]!;
    for (let c = 0; c < nameCount; c++) {
      if (row[c] === Fit.None || seen[c]) continue;
      seen[c] = 1;
      if (owner[c] === -1 || tryRow(owner[c]!, seen)) {
        owner[c] = r;
        return true;
      }
    }
    return false;
  };
  for (let r = 0; r < fits.length; r++) {
    if (!tryRow(r, new Uint8Array(nameCount))) return false;
  }
  return true;
}

/**
 * RULES.md §8 matching: every query word matches a whole word of the name, in any order, each name
 * word used at most once; the last query word may match the beginning of a word. A word without
 * diacritics matches the same base letters with any marks; a word with diacritics only the same word
 * after tone folding ("Hòa" finds "Hoà", not "Hóa"; "Đũng" does not find "Dũng"). An empty query
 * matches every name. Pass a `ParsedQuery` and precomputed `nameWords` to filter many names cheaply.
 */
export function matchesName(query: string | ParsedQuery, name: string | readonly NameWord[]): boolean {
  const q = asQuery(query).words;
  if (q.length === 0) return true;
  const n = asWords(name);
  if (q.length > n.length) return false;
  const fits = fitMatrix(q, n);
  return fits !== null && hasPerfectAssignment(fits, n.length);
}

/** Weights: the word fits dominate, then the order bonus, then the whole-name bonus. */
const FIT_WEIGHT = 100;
const ORDER_BONUS = 10;
const WHOLE_NAME_BONUS = 1;
/** Search budget for the best assignment (names are short; this only guards pathological input). */
const MAX_NODES = 50_000;

/**
 * Relevance of a matching name, higher = better; 0 when the name does not match. Per query word:
 * exact word (after tone folding) > same base letters > exact prefix > base prefix; then a bonus when
 * the query words appear in the name's order, then when the query covers every word of the name.
 * "Exact matches rank first": for "khong van hoa", a name typed "Khong Van Hoa" outranks "Khổng Văn Hoà".
 */
export function rankName(query: string | ParsedQuery, name: string | readonly NameWord[]): number {
  const q = asQuery(query).words;
  const n = asWords(name);
  if (q.length === 0) return 1;
  if (q.length > n.length) return 0;
  const fits = fitMatrix(q, n);
  if (fits === null || !hasPerfectAssignment(fits, n.length)) return 0;

  const wholeBonus = q.length === n.length ? WHOLE_NAME_BONUS : 0;
  // Upper bound of the remaining rows' fit sums, for pruning.
  const rowMax = fits.map((row) => Math.max(...row));
  const suffixMax = new Array<number>(q.length + 1).fill(0);
  for (let r = q.length - 1; r >= 0; r--) suffixMax[r] = suffixMax[r + 1]! + rowMax[r]!;

  let best = 0;
  let nodes = 0;
  const used = new Uint8Array(n.length);
  const dfs = (r: number, sum: number, lastCol: number, ordered: boolean): void => {
    if (++nodes > MAX_NODES) return;
    if (r === q.length) {
      best = Math.max(best, sum * FIT_WEIGHT + (ordered ? ORDER_BONUS : 0) + wholeBonus);
      return;
    }
    if ((sum + suffixMax[r]!) * FIT_WEIGHT + ORDER_BONUS + wholeBonus <= best) return;
    const row = fits[r]!;
    for (let c = 0; c < n.length; c++) {
      const f = row[c]!;
      if (f === Fit.None || used[c]) continue;
      used[c] = 1;
      dfs(r + 1, sum + f, c, ordered && c > lastCol);
      used[c] = 0;
    }
  };
  dfs(0, 0, -1, true);
  return best > 0 ? best : 1;
}
