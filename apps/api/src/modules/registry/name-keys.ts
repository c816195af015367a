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
 * word, and `p` + every proper prefix of the accent-free form (so a last query word typed without marks is an
 * exact lexeme, not a prefix match: registry migration 0008, which writes the same for existing people);
 * distinct, space-separated (a name word never holds a space), for `array_to_tsvector`.
 */
export function nameLexemes(fullName: string): string {
  const set = new Set<string>();
  for (const w of nameWords(fullName)) {
    set.add(`b${w.base}`);
    set.add(`e${w.exact}`);
    const letters = Array.from(w.base); // by code point, as SQL's substr
    for (let n = 1; n < letters.length; n++) set.add(`p${letters.slice(0, n).join('')}`);
  }
  return [...set].join(' ');
}
