import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@thidua/db';
import { nameWords, personNameBase, personNameKey } from '@thidua/domain';

// Maintenance of the word-level name index (person_name_word, person_name_index) from the pure
// domain functions. People written by other modules are queued by a trigger (person_name_pending)
// and indexed here before a search or an import batch reads the index.

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

export interface IndexablePerson {
  id: string;
  fullName: string;
  birthYear: number | null;
}

/** Writes the index rows of these people (replacing any old ones). Use inside the writer's transaction. */
export async function indexPersonNames(db: DbOrTx, people: readonly IndexablePerson[], opts: { fresh?: boolean } = {}) {
  if (people.length === 0) return;
  const ids = people.map((p) => p.id);
  if (!opts.fresh) {
    await db.execute(sql`DELETE FROM person_name_word WHERE person_id = ANY(${pgArray(ids)}::uuid[])`);
    await db.execute(sql`DELETE FROM person_name_index WHERE person_id = ANY(${pgArray(ids)}::uuid[])`);
  }
  const wPid: string[] = [];
  const wPos: number[] = [];
  const wExact: string[] = [];
  const wBase: string[] = [];
  const kKey: string[] = [];
  const kBase: string[] = [];
  const kYear: (number | null)[] = [];
  for (const p of people) {
    nameWords(p.fullName).forEach((w, i) => {
      wPid.push(p.id);
      wPos.push(i);
      wExact.push(w.exact);
      wBase.push(w.base);
    });
    kKey.push(personNameKey(p.fullName));
    kBase.push(personNameBase(p.fullName));
    kYear.push(p.birthYear);
  }
  await db.execute(sql`INSERT INTO person_name_word (person_id, position, exact, base)
    SELECT * FROM unnest(${pgArray(wPid)}::uuid[], ${pgArray(wPos)}::smallint[], ${pgArray(wExact)}::text[], ${pgArray(wBase)}::text[])`);
  await db.execute(sql`INSERT INTO person_name_index (person_id, name_key, name_base, birth_year)
    SELECT * FROM unnest(${pgArray(ids)}::uuid[], ${pgArray(kKey)}::text[], ${pgArray(kBase)}::text[], ${pgArray(kYear)}::smallint[])`);
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
