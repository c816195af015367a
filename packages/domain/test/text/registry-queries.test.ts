// The registry examples (cases/registry): import the CSV names (legacy cells converted, NFC,
// spaces collapsed), then each query of example-queries.json must return exactly its people.
import { describe, expect, it } from 'vitest';
import {
  detectAndConvertLegacy,
  foldTonePlacement,
  matchesName,
  nameWords,
  normalizeName,
  parseQuery,
  rankName,
} from '../../src/text/index.js';
import { readAwardsCsv, readExampleQueries } from './fixtures.js';

const { header, rows } = readAwardsCsv();
const nameColumn = header.indexOf('Họ và tên');
const people = rows.map((r) => normalizeName(detectAndConvertLegacy(r[nameColumn]!).text));
const indexed = people.map((name) => ({ name, words: nameWords(name) }));
const compareKey = (s: string): string => foldTonePlacement(normalizeName(s));

describe('cases/registry/example-queries.json over example-awards.csv', () => {
  it('imported the six people, legacy cells converted, all NFC', () => {
    expect(nameColumn).toBe(0);
    expect(people).toEqual([
      'Khổng Thị Loan',
      'Khổng Văn Hoà',
      'Khổng Văn Hóa',
      'Khổng Minh Đức',
      'Khổng Văn Hải',
      'Khổng Thị Lụa',
    ]);
    for (const p of people) expect(p).toBe(p.normalize('NFC'));
  });

  it.each(readExampleQueries().map((q) => [q.q, q] as const))('%j', (_q, example) => {
    const query = parseQuery(example.q);
    const found = indexed.filter((p) => matchesName(query, p.words)).map((p) => compareKey(p.name));
    expect(found.sort(), example.why).toEqual(example.expect.map(compareKey).sort());
    // rankName agrees with matchesName: every hit has a positive score.
    const ranked = indexed
      .filter((p) => matchesName(query, p.words))
      .sort((a, b) => rankName(query, b.words) - rankName(query, a.words));
    for (const p of ranked) expect(rankName(query, p.words)).toBeGreaterThan(0);
  });
});
