// The keys a person's name is indexed by (pure: the import's walk computes them in its worker thread, which
// should not load the database layer; name-index.ts writes them).
import { nameWords, personNameBase, personNameKey } from '@thidua/domain';

/** What the index stores of a name: identity key, accent-free name and the word lexemes. */
export interface PersonNameKeys {
  key: string;
  base: string;
  lexemes: string;
}

/** The index keys of a name (pure; an import computes them while the previous batch is written). */
export function personNameKeys(fullName: string): PersonNameKeys {
  return { key: personNameKey(fullName), base: personNameBase(fullName), lexemes: nameLexemes(fullName) };
}

/**
 * The lexemes of a name in the search index: `b` + the accent-free form and `e` + the exact form of each
 * word, distinct, space-separated (a name word never holds a space), for `array_to_tsvector`.
 */
export function nameLexemes(fullName: string): string {
  const set = new Set<string>();
  for (const w of nameWords(fullName)) {
    set.add(`b${w.base}`);
    set.add(`e${w.exact}`);
  }
  return [...set].join(' ');
}
