import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesName, nameWords, parseQuery, rankName, stripDiacritics } from '../../src/text/index.js';
import { NAME_SYLLABLES } from './fixtures.js';

const nfd = (s: string): string => s.normalize('NFD');

describe('nameWords', () => {
  it('gives the exact (folded) and base forms of each word', () => {
    expect(nameWords('Khổng Văn Hòa')).toEqual([
      { exact: 'khổng', base: 'khong' },
      { exact: 'văn', base: 'van' },
      { exact: 'hoà', base: 'hoa' },
    ]);
    expect(nameWords('  ĐỖ   Thị  Thủy ')).toEqual([
      { exact: 'đỗ', base: 'do' },
      { exact: 'thị', base: 'thi' },
      { exact: 'thuỷ', base: 'thuy' },
    ]);
  });

  it('is the same for NFC and NFD input', () => {
    expect(nameWords(nfd('Khổng Minh Đức'))).toEqual(nameWords('Khổng Minh Đức'));
  });
});

describe('parseQuery', () => {
  it('marks diacritics and the type-ahead word', () => {
    expect(
      parseQuery('Khổng  thi L').words.map(({ text, hasMarks, isLastPrefix }) => ({
        text,
        hasMarks,
        isLastPrefix,
      })),
    ).toEqual([
      { text: 'khổng', hasMarks: true, isLastPrefix: false },
      { text: 'thi', hasMarks: false, isLastPrefix: false },
      { text: 'l', hasMarks: false, isLastPrefix: true },
    ]);
    expect(parseQuery('   ').words).toEqual([]);
  });
});

describe('matchesName (RULES.md §8)', () => {
  it.each([
    // diacritic-free words match any marks
    ['khong van hoa', 'Khổng Văn Hoà', true],
    ['khong van hoa', 'Khổng Văn Hóa', true],
    ['hoa', 'Hòa', true],
    // with diacritics: same word after tone folding only
    ['Hòa', 'Khổng Văn Hoà', true],
    ['Hoà', 'Khổng Văn Hòa', true],
    ['Hòa', 'Khổng Văn Hóa', false],
    ['Hoá', 'Khổng Văn Hóa', true],
    ['Hoá', 'Khổng Văn Hoà', false],
    ['Thủy', 'Nguyễn Thị Thuỷ', true],
    ['Thuỷ', 'Nguyễn Thị Thủy', true],
    ['Thúy', 'Nguyễn Thị Thuỷ', false],
    ['Khỏe', 'Lê Khoẻ', true],
    // đ / d
    ['Đũng', 'Nguyễn Dũng', false],
    ['Dũng', 'Nguyễn Đũng', false],
    ['dung', 'Nguyễn Đũng', true],
    ['dung', 'Nguyễn Dũng', true],
    ['duc', 'Khổng Minh Đức', true],
    ['Đức', 'Khổng Minh Đức', true],
    ['Thi', 'Nguyễn Thị An', true], // no marks in the query: any marks in the name
    // case-insensitive, NFC/NFD alike
    ['NGUYỄN VĂN AN', 'Nguyễn Văn An', true],
    ['nguyễn văn an', 'NGUYỄN VĂN AN', true],
    [nfd('Khổng Minh Đức'), 'Khổng Minh Đức', true],
    ['Khổng Minh Đức', nfd('Khổng Minh Đức'), true],
    [nfd('Hòa'), 'Hoà', true],
    // any order, each name word at most once
    ['loan khong', 'Khổng Thị Loan', true],
    ['an van nguyen', 'Nguyễn Văn An', true],
    ['van van', 'Nguyễn Văn An', false],
    ['van van', 'Nguyễn Văn Văn', true],
    ['nguyen van an binh', 'Nguyễn Văn An', false],
    // whole words, except the last query word (type-ahead)
    ['khong thi l', 'Khổng Thị Loan', true],
    ['khong thi l', 'Khổng Thị Lụa', true],
    ['khong th loan', 'Khổng Thị Loan', false],
    ['nguy', 'Nguyễn Văn An', true],
    ['an', 'Nguyễn Văn Anh', true], // prefix of the last word
    ['an nguyen', 'Nguyễn Văn Anh', false], // "an" is not last: whole word only
    ['Lụ', 'Khổng Thị Lụa', true], // prefix with diacritics compared as typed
    ['Lụ', 'Nguyễn Thị Lúa', false],
    ['Lu', 'Nguyễn Thị Lúa', true], // prefix without diacritics on the folded form
    ['Đ', 'Khổng Minh Đức', true],
    ['Đ', 'Khổng Minh Dũng', false],
    ['d', 'Khổng Minh Đức', true], // "d" matches "đ"
    ['Hò', 'Khổng Văn Hoà', true], // typing "Hòa": the mark moves in the folded form
    ['Hò', 'Khổng Văn Hòa', true],
    ['Hò', 'Khổng Văn Hóa', false],
    ['Hoà', 'Phạm Hoàng', true],
    ['Thù', 'Nguyễn Thị Thuỳ', true],
    ['Qu', 'Lê Quý', true],
    ['Quý', 'Lê Quý', true],
    ['quy', 'Lê Quý', true],
    ['Quỳ', 'Lê Quý', false],
    // empty query matches everything
    ['', 'Nguyễn Văn An', true],
    [' , ', 'Nguyễn Văn An', true],
  ])('%j finds %j: %s', (query, name, expected) => {
    expect(matchesName(query, name)).toBe(expected);
  });

  it('without diacritics "thi" finds "Thị", with them "Thị" does not find "Thi"', () => {
    expect(matchesName('thi', 'Nguyễn Thị An')).toBe(true);
    expect(matchesName('Thị', 'Nguyen Thi An')).toBe(false);
  });

  it('accepts a parsed query and precomputed words', () => {
    const q = parseQuery('khong thi l');
    const words = nameWords('Khổng Thị Loan');
    expect(matchesName(q, words)).toBe(true);
    expect(matchesName(q, nameWords('Khổng Văn Hoà'))).toBe(false);
  });
});

describe('rankName', () => {
  it.each([
    ['a full exact diacritic match beats a base match', 'khong van hoa', 'Khong Van Hoa', 'Khổng Văn Hoà'],
    ['a word typed as stored beats the same base letters', 'le an', 'Le An', 'Lê Ân'],
    ['a whole word beats a prefix', 'an', 'Nguyễn Văn An', 'Nguyễn Văn Anh'],
    ['the same order gets a bonus', 'van an', 'Nguyễn Văn An', 'An Văn Nguyễn'],
    ['covering the whole name gets a bonus', 'van an', 'Văn An', 'Nguyễn Văn An'],
    ['base whole word beats exact prefix', 'khong thi loan', 'Khổng Thị Loan', 'Khổng Thị Loanh'],
  ])('%s', (_label, query, better, worse) => {
    expect(matchesName(query, better)).toBe(true);
    expect(matchesName(query, worse)).toBe(true);
    expect(rankName(query, better)).toBeGreaterThan(rankName(query, worse));
  });

  it('is 0 for a name that does not match, positive otherwise', () => {
    expect(rankName('Hòa', 'Khổng Văn Hóa')).toBe(0);
    expect(rankName('Hòa', 'Khổng Văn Hoà')).toBeGreaterThan(0);
  });

  it('old and new tone placements rank the same', () => {
    expect(rankName('Khổng Văn Hòa', 'Khổng Văn Hoà')).toBe(rankName('Khổng Văn Hoà', 'Khổng Văn Hoà'));
  });

  it('picks the best assignment when a word could match several name words', () => {
    // "van" could take either "Văn"; the ordered assignment wins.
    expect(rankName('nguyen van', 'Nguyễn Văn Văn')).toBe(rankName('nguyen van', 'Nguyễn Văn An'));
  });
});

describe('properties', () => {
  const nameArb = fc
    .array(fc.constantFrom(...NAME_SYLLABLES), { minLength: 1, maxLength: 5 })
    .map((ws) => ws.join(' '));

  it('NFD and NFC names give the same words', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(nameWords(nfd(name))).toEqual(nameWords(name));
      }),
    );
  });

  it('a name always finds itself, in any form: NFD, upper case, without diacritics, reversed', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(matchesName(name, name)).toBe(true);
        expect(matchesName(nfd(name), name)).toBe(true);
        expect(matchesName(name.toUpperCase(), name)).toBe(true);
        expect(matchesName(stripDiacritics(name), name)).toBe(true);
        expect(matchesName(name.split(' ').reverse().join(' '), name)).toBe(true);
      }),
    );
  });

  it('every prefix of a name (as typed) finds it', () => {
    fc.assert(
      fc.property(nameArb, fc.nat(), (name, cut) => {
        const prefix = name.slice(0, 1 + (cut % name.length)).trimEnd();
        expect(matchesName(prefix, name)).toBe(true);
      }),
    );
  });

  it('a name ranks itself at least as high as any other name it matches', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        if (matchesName(a, b)) expect(rankName(a, a)).toBeGreaterThanOrEqual(rankName(a, b));
      }),
    );
  });

  it('matchesName and rankName agree', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (q, n) => {
        expect(rankName(q, n) > 0).toBe(matchesName(q, n));
      }),
    );
  });
});
