// Registry migration 0008 adds prefix lexemes to the names already indexed; new names get them from the pure
// nameLexemes. The two must agree: the migration's own UPDATE, run on names indexed without prefix lexemes,
// gives each name exactly the lexemes nameLexemes writes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { indexPersonNames } from '../src/modules/registry/name-index.js';
import { nameLexemes } from '../src/modules/registry/name-keys.js';
import { createTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const migration = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../packages/db/migrations/registry/0008_name_word_prefixes.sql'), 'utf8');

describe('registry migration 0008 (prefix lexemes)', () => {
  it('writes for names indexed before it the same lexemes as nameLexemes', async () => {
    const names = ['Nguyễn Văn An', 'Nguye\u0302\u0303n Va\u0306n An', 'Trần Thị Hoà', 'Đặng Văn Đũng', 'Lê Lê', 'A Páo', 'Phạm Thuỳ Linh', 'Quàng Thị Quý', "Hồ Thị Ngọc-Ánh", 'Nông Văn Ngữ'];
    const [org] = rows<{ id: string }>(await t.handle.db.execute(sql`SELECT id FROM organisation LIMIT 1`));
    const ids: string[] = [];
    for (const n of names) {
      const [p] = rows<{ id: string }>(await t.handle.db.execute(sql`INSERT INTO person (full_name, birth_year, owner_org_id) VALUES (${n}, 1970, ${org!.id}::uuid) RETURNING id`));
      ids.push(p!.id);
    }
    await t.handle.db.execute(sql`DELETE FROM person_name_pending WHERE person_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    await indexPersonNames(t.handle.db, names.map((fullName, i) => ({ id: ids[i]!, fullName, birthYear: 1970 })));
    const words = async () =>
      new Map(rows<{ id: string; w: string[] }>(await t.handle.db.execute(sql`SELECT person_id AS id, tsvector_to_array(words) AS w FROM person_name_index WHERE person_id = ANY(${`{${ids.join(',')}}`}::uuid[])`)).map((r) => [r.id, [...r.w].sort()]));
    const expected = new Map(ids.map((id, i) => [id, nameLexemes(names[i]!).split(' ').sort()]));
    expect(await words()).toEqual(expected);
    // As before the migration: without the prefix lexemes.
    await t.handle.db.execute(sql`UPDATE person_name_index SET words = array_to_tsvector(ARRAY(SELECT l FROM unnest(tsvector_to_array(words)) l WHERE l NOT LIKE 'p%'))
      WHERE person_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    expect((await words()).get(ids[0]!)).toEqual(['ban', 'bnguyen', 'bvan', 'ean', 'enguyễn', 'evăn']);
    const update = migration.split('--> statement-breakpoint').map((s) => s.trim()).find((s) => /^UPDATE/m.test(s.replace(/^--.*$/gm, '').trim()))!;
    expect(update).toContain('UPDATE "person_name_index"');
    await t.handle.db.execute(sql.raw(update.replace(/^--.*$/gm, '')));
    expect(await words()).toEqual(expected);
  });
});
