import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@thidua/db';
import type { QueryWord } from '@thidua/domain';
import { personNameKeys, type PersonNameKeys } from './name-keys.js';

// Maintenance of the word-level name index (person_name_index: keys and the `words` tsvector) from the pure
// domain functions. People written by other modules are queued by a trigger (person_name_pending)
// and indexed here before a search or an import batch reads the index.

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export interface IndexablePerson {
  id: string;
  fullName: string;
  birthYear: number | null;
  /** The index keys of `fullName`, when the caller computed them already (`personNameKeys`). */
  keys?: PersonNameKeys;
}

/** A lexeme of a tsquery, quoted (embedded quotes doubled, backslashes escaped): taken as written, never parsed. */
const lexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsquery of a parsed name query over `person_name_index.words` (RULES.md §8, the index's side): a word
 * with diacritics is its exact form (`e…`; the last word a prefix of the exact form or of its
 * tone-placement variants), a word without them its accent-free form (`b…`; the last word also any word it
 * begins, `p…`, the prefix lexemes of registry migration 0008). Every
 * word must be present (`&`). A superset: two query words may meet the same name word, and a prefix meets
 * any later word; the caller verifies each name with the pure `matchesName`.
 */
export function nameTsQuery(words: readonly QueryWord[]): string {
  return words
    .map((w) => {
      if (w.hasMarks) {
        if (!w.isLastPrefix) return lexeme(`e${w.text}`);
        const alts = [w.text, ...w.prefixVariants].map((t) => `${lexeme(`e${t}`)}:*`);
        return alts.length === 1 ? alts[0]! : `(${alts.join(' | ')})`;
      }
      // The word itself or a word it begins (registry migration 0008's prefix lexemes): two exact lexemes.
      return w.isLastPrefix ? `(${lexeme(`b${w.base}`)} | ${lexeme(`p${w.base}`)})` : lexeme(`b${w.base}`);
    })
    .join(' & ');
}

/** Writes the index rows of these people (replacing any old ones). Use inside the writer's transaction. */
export async function indexPersonNames(db: DbOrTx, people: readonly IndexablePerson[], opts: { fresh?: boolean } = {}) {
  if (people.length === 0) return;
  const ids = people.map((p) => p.id);
  if (!opts.fresh) await db.execute(sql`DELETE FROM person_name_index WHERE person_id = ANY(${pgArray(ids)}::uuid[])`);
  const kKey: string[] = [];
  const kBase: string[] = [];
  const kYear: (number | null)[] = [];
  const kWords: string[] = [];
  for (const p of people) {
    const k = p.keys ?? personNameKeys(p.fullName);
    kKey.push(k.key);
    kBase.push(k.base);
    kYear.push(p.birthYear);
    kWords.push(k.lexemes);
  }
  await db.execute(sql`INSERT INTO person_name_index (person_id, name_key, name_base, birth_year, words)
    SELECT id, k, b, y, CASE WHEN w = '' THEN ''::tsvector ELSE array_to_tsvector(string_to_array(w, ' ')) END
      FROM unnest(${pgArray(ids)}::uuid[], ${pgArray(kKey)}::text[], ${pgArray(kBase)}::text[], ${pgArray(kYear)}::smallint[], ${pgArray(kWords)}::text[]) AS u(id, k, b, y, w)`);
}

/** Indexes the people queued by the trigger (bounded batches). Returns how many were indexed. */
export async function indexPendingNames(db: DbOrTx, max = 50_000): Promise<number> {
  let done = 0;
  while (done < max) {
    const batch = rows<{ id: string; fullName: string | null; birthYear: number | null }>(
      await db.execute(sql`SELECT q.person_id AS id, p.full_name AS "fullName", p.birth_year AS "birthYear"
                             FROM (SELECT person_id FROM person_name_pending LIMIT 2000) q LEFT JOIN person p ON p.id = q.person_id`),
    );
    if (batch.length === 0) break;
    const ids = batch.map((b) => b.id);
    await indexPersonNames(
      db,
      batch.filter((b) => b.fullName !== null).map((b) => ({ id: b.id, fullName: b.fullName!, birthYear: b.birthYear })),
    );
    await db.execute(sql`DELETE FROM person_name_pending WHERE person_id = ANY(${pgArray(ids)}::uuid[])`);
    done += batch.length;
  }
  return done;
}

/**
 * A PostgreSQL array literal for a parameter: one bound value however many elements (unnest-based
 * bulk inserts stay within the parameter limit and plan once).
 */
export function pgArray(xs: readonly (string | number | null | boolean)[]): string {
  return `{${xs
    .map((x) => (x === null ? 'NULL' : typeof x === 'number' || typeof x === 'boolean' ? String(x) : `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`))
    .join(',')}}`;
}
