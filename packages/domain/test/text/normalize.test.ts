import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTonePlacement, hasDiacritics, normalizeName, stripDiacritics } from '../../src/text/index.js';
import { splitWords } from '../../src/text/normalize.js';
import { NAME_SYLLABLES } from './fixtures.js';

const nfd = (s: string): string => s.normalize('NFD');

describe('normalizeName', () => {
  it.each([
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    ['Nguyễn\tVăn\nAn', 'Nguyễn Văn An'],
    ['Nguyễn\u00A0Văn An', 'Nguyễn Văn An'], // no-break space
    [nfd('Khổng Minh Đức'), 'Khổng Minh Đức'], // NFD → NFC
    ['Khổng Văn Hoà', 'Khổng Văn Hoà'], // spelling kept: not re-placed
    ['Khổng Văn Hòa', 'Khổng Văn Hòa'],
    ['Ng\u200Buyễn Văn\uFEFF An', 'Nguyễn Văn An'], // zero-width space, BOM
    ['Nguy\u00ADễn', 'Nguyễn'], // soft hyphen (convert TCVN3 first!)
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    const out = normalizeName(input);
    expect(out).toBe(expected);
    expect(out).toBe(out.normalize('NFC'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (s) => normalizeName(normalizeName(s)) === normalizeName(s),
      ),
    );
  });
});

describe('foldTonePlacement', () => {
  // prettier-ignore
  const pairs: Array<[string, string]> = [
    ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
    ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
    ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
  ];

  it.each(pairs)('%s and %s fold to the same form', (a, b) => {
    expect(foldTonePlacement(a)).toBe(foldTonePlacement(b));
    expect(foldTonePlacement(`h${b}`)).toBe(`h${a}`); // canonical: the mark on the second vowel
    expect(foldTonePlacement(a.toUpperCase())).toBe(foldTonePlacement(b.toUpperCase()));
    expect(foldTonePlacement(nfd(b))).toBe(a);
  });

  it.each([
    ['Hòa', 'Hoà'],
    ['HÒA', 'HOÀ'],
    ['HòA', 'HoÀ'],
    ['Thủy', 'Thuỷ'],
    ['THỦY', 'THUỶ'],
    ['Khỏe', 'Khoẻ'],
    ['Nguyễn Văn Hòa', 'Nguyễn Văn Hoà'],
    ['hòang', 'hoàng'], // a misplaced mark before a final consonant folds to the standard spelling
    ['Hoàng', 'Hoàng'],
    ['Huỳnh', 'Huỳnh'],
    ['quý', 'quý'], // not after q: "qu" is the onset
    ['Quý', 'Quý'],
    ['QUÝ', 'QUÝ'],
    ['Quỳnh', 'Quỳnh'],
    ['qùy', 'qùy'],
    ['mùa', 'mùa'], // ua is not in the list
    ['thuở', 'thuở'],
    ['Hóa', 'Hoá'],
  ])('%s → %s', (input, expected) => {
    expect(foldTonePlacement(input)).toBe(expected);
  });

  it('does not merge different words', () => {
    expect(foldTonePlacement('Hòa')).not.toBe(foldTonePlacement('Hóa'));
    expect(foldTonePlacement('Thủy')).not.toBe(foldTonePlacement('Thúy'));
  });

  it('is idempotent and NFC, on any text', () => {
    const viChars = [...'aăâeêioôơuưyqAĂÂEÊIOÔƠUƯYQđĐ \u0300\u0301\u0303\u0309\u0323'];
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...viChars) })),
        (s) => {
          const once = foldTonePlacement(s);
          expect(foldTonePlacement(once)).toBe(once);
          expect(once).toBe(once.normalize('NFC'));
          expect(foldTonePlacement(nfd(s))).toBe(once);
        },
      ),
    );
  });
});

describe('stripDiacritics', () => {
  it.each([
    ['Nguyễn Đức', 'nguyen duc'],
    ['ĐẶNG THỊ ẤN', 'dang thi an'],
    [nfd('Khổng Văn Hoà'), 'khong van hoa'],
    ['Hoà Hóa Hòa', 'hoa hoa hoa'],
    ['Trương Ưng Ơn', 'truong ung on'],
    ['Nguyen Van An', 'nguyen van an'],
  ])('%s → %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected);
  });
});

describe('hasDiacritics', () => {
  it.each([
    ['ă', true],
    ['â', true],
    ['ê', true],
    ['ô', true],
    ['ơ', true],
    ['ư', true],
    ['đ', true],
    ['Đ', true],
    ['à', true],
    ['á', true],
    ['ả', true],
    ['ã', true],
    ['ạ', true],
    ['Hoà', true],
    [nfd('Hoà'), true],
    ['Dung', false],
    ['Nguyen', false],
    ['hoa', false],
    ['', false],
  ])('%j → %s', (word, expected) => {
    expect(hasDiacritics(word)).toBe(expected);
  });
});

describe('splitWords', () => {
  it.each([
    ['Nguyễn  Văn An', ['Nguyễn', 'Văn', 'An']],
    ["H'Hen Niê", ['H', 'Hen', 'Niê']],
    ['Kinh Môn, Hải Dương', ['Kinh', 'Môn', 'Hải', 'Dương']],
    [nfd('Đức'), ['Đức']],
    ['  ', []],
  ])('%j → %j', (input, expected) => {
    expect(splitWords(input)).toEqual(expected);
  });
});

describe('properties over name syllables', () => {
  it('NFD and NFC of a syllable fold and strip alike', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAME_SYLLABLES), (w) => {
        expect(foldTonePlacement(nfd(w))).toBe(foldTonePlacement(w));
        expect(stripDiacritics(nfd(w))).toBe(stripDiacritics(w));
        expect(hasDiacritics(nfd(w))).toBe(hasDiacritics(w));
      }),
    );
  });
});
