import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectAndConvertLegacy,
  dominantLegacyEncoding,
  isValidVietnameseSyllable,
  normalizeName,
  TCVN3_TABLE,
  VNI_TABLE,
} from '../../src/text/index.js';
import { NAME_SYLLABLES, readAwardsCsv } from './fixtures.js';

const nfd = (s: string): string => s.normalize('NFD');

// Encoders built from the same tables, to round-trip generated names.
const TO_TCVN3 = new Map(TCVN3_TABLE.map(([code, ch]) => [ch, String.fromCharCode(code)]));
const TO_VNI = new Map(VNI_TABLE.map(([seq, ch]) => [ch, seq]));
const encodeTcvn3 = (s: string): string => [...s].map((c) => TO_TCVN3.get(c) ?? c).join('');
const encodeVni = (s: string): string =>
  [...s].map((c) => TO_VNI.get(c) ?? TO_VNI.get(c.toLowerCase())?.toUpperCase() ?? c).join('');

/**
 * An encoded name converts back — unless the encoded text is itself valid Vietnamese (VNI "Sôn" for
 * "Sơn", TCVN3 "Phóc" for "Phúc"): then RULES.md §8 forbids converting it, and it is left alone.
 */
function expectRoundTrip(cell: string, unicode: string, encoding: 'vni' | 'tcvn3'): void {
  const hinted = detectAndConvertLegacy(cell, { prefer: encoding });
  if (hinted.converted === null) {
    expect(cell.split(' ').every(isValidVietnameseSyllable), `${cell} should have been converted`).toBe(true);
  } else {
    expect({ ...hinted, ambiguous: false }).toEqual({
      text: unicode,
      converted: encoding,
      original: cell,
      ambiguous: false,
    });
  }
  // Without the file-level hint the cell converts the same way unless it is flagged as ambiguous.
  const alone = detectAndConvertLegacy(cell);
  if (!alone.ambiguous) expect(alone).toEqual(hinted);
}

describe('detectAndConvertLegacy', () => {
  it.each([
    ['Khæng V¨n H¶i', 'Khổng Văn Hải', 'tcvn3'],
    ['Kinh M«n, H¶i D\u00AD¬ng', 'Kinh Môn, Hải Dương', 'tcvn3'], // U+00AD soft hyphen = ư
    ['Khoång Thò Luïa', 'Khổng Thị Lụa', 'vni'],
    ['Caåm Giaøng, Haûi Döông', 'Cẩm Giàng, Hải Dương', 'vni'],
    ['§inh Lª Tr\u00ADêng', 'Đinh Lê Trường', 'tcvn3'],
    ['NguyÔn ThÞ Thuû', 'Nguyễn Thị Thuỷ', 'tcvn3'],
    ['NGUYEÃN VAÊN AÙNH', 'NGUYỄN VĂN ÁNH', 'vni'], // VNI capitals
    ['Nguyeãn Vaên Ñöùc', 'Nguyễn Văn Đức', 'vni'],
    ['Phoøng GD&ÑT, TP. Hoà Chí Minh', 'Phòng GD&ĐT, TP. Hồ Chí Minh', 'vni'], // ASCII words are neutral
    ['Ph\u00DFng GD&§T, TP. Hå ChÝ Minh', 'Phòng GD&ĐT, TP. Hồ Chí Minh', 'tcvn3'],
  ])('%j → %j (%s)', (cell, text, encoding) => {
    const r = detectAndConvertLegacy(cell);
    expect(r).toEqual({ text, converted: encoding, original: cell, ambiguous: false });
    expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it.each([
    'Hoà',
    'Hóa',
    'Hòa',
    'Hoá',
    'Đức',
    'Nguyễn',
    'Khổng Văn Hoà',
    'Khổng Văn Hóa',
    'Thò',
    'Thò Lụa',
    'Nguyen Van An',
    'Cty TNHH ABC',
    '120/QĐ-UBND',
    '05/03/2019',
    '',
    'José Martí',
    'Müller',
    'Văn phòng UBND tỉnh Hải Dương',
    'Kinh Môn, Hải Dương',
    'Đắk Lắk',
    'Krông Búk',
  ])('leaves valid Unicode / ASCII %j untouched', (cell) => {
    expect(detectAndConvertLegacy(cell)).toEqual({
      text: cell,
      converted: null,
      original: cell,
      ambiguous: false,
    });
  });

  it('leaves NFD Unicode untouched (returned as given, normalise afterwards)', () => {
    const cell = nfd('Khổng Minh Đức');
    expect(detectAndConvertLegacy(cell)).toEqual({
      text: cell,
      converted: null,
      original: cell,
      ambiguous: false,
    });
    expect(normalizeName(detectAndConvertLegacy(cell).text)).toBe('Khổng Minh Đức');
  });

  it('converts the legacy cells of the example CSV, and only those', () => {
    const { rows } = readAwardsCsv();
    const converted = rows.flatMap((row) =>
      row
        .map((cell) => detectAndConvertLegacy(cell))
        .filter((r) => r.converted !== null)
        .map((r) => [r.original, r.text, r.converted, r.ambiguous]),
    );
    expect(converted).toEqual([
      ['Khæng V¨n H¶i', 'Khổng Văn Hải', 'tcvn3', false],
      ['Kinh M«n, H¶i D\u00AD¬ng', 'Kinh Môn, Hải Dương', 'tcvn3', false],
      ['Khoång Thò Luïa', 'Khổng Thị Lụa', 'vni', false],
      ['Caåm Giaøng, Haûi Döông', 'Cẩm Giàng, Hải Dương', 'vni', false],
    ]);
  });

  it.each([
    ['Thuû', 'tcvn3', 'Thuỷ'], // TCVN3 "Thuỷ" …
    ['Thuû', 'vni', 'Thủ'], // … is also VNI "Thủ"
    ['Tuî Nhung', 'vni', 'Tuỵ Nhung'],
  ])('an ambiguous cell %j follows the hint %s → %j', (cell, prefer, text) => {
    const r = detectAndConvertLegacy(cell, { prefer: prefer as 'vni' | 'tcvn3' });
    expect(r).toEqual({ text, converted: prefer, original: cell, ambiguous: true });
  });

  it('without a hint, an ambiguous cell prefers the reading without rare syllables', () => {
    expect(detectAndConvertLegacy('Tuî Nhung')).toMatchObject({
      text: 'Tuỵ Nhung',
      converted: 'vni',
      ambiguous: true,
    });
  });

  it('dominantLegacyEncoding votes with the unambiguous cells', () => {
    const { rows } = readAwardsCsv();
    expect(dominantLegacyEncoding(['Khoång Thò Luïa', 'Caåm Giaøng', 'Thuû', 'Hoà'])).toBe('vni');
    expect(dominantLegacyEncoding(['Khæng V¨n H¶i', 'Thuû', 'Hoà'])).toBe('tcvn3');
    expect(dominantLegacyEncoding(['Hoà', 'Nguyen Van An'])).toBeNull();
    expect(dominantLegacyEncoding(rows.flat())).not.toBeNull(); // the example file mixes both
  });

  const nameArb = fc
    .array(fc.constantFrom(...NAME_SYLLABLES), { minLength: 1, maxLength: 4 })
    .map((ws) => ws.join(' '));

  it('never touches a name made of valid syllables (NFC or NFD)', () => {
    fc.assert(
      fc.property(nameArb, fc.boolean(), (name, decompose) => {
        const cell = decompose ? nfd(name) : name;
        expect(detectAndConvertLegacy(cell).converted).toBeNull();
      }),
    );
  });

  it('round-trips names encoded in VNI (any case)', () => {
    fc.assert(
      fc.property(nameArb, fc.boolean(), (name, upper) => {
        const unicode = upper ? name.toUpperCase() : name;
        const cell = encodeVni(unicode);
        expectRoundTrip(cell, unicode, 'vni');
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips names encoded in TCVN3 (lower-case toned letters; ABC capitals are the base letters only)', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        // TCVN3 has no upper-case toned letters: keep a capital only where the table has one.
        const unicode = name
          .split(' ')
          .map((w) => (TO_TCVN3.has(w[0]!) || w[0] === w[0]!.normalize('NFD')[0] ? w : w.toLowerCase()))
          .join(' ');
        const cell = encodeTcvn3(unicode);
        expectRoundTrip(cell, unicode, 'tcvn3');
      }),
      { numRuns: 500 },
    );
  });
});

describe('isValidVietnameseSyllable', () => {
  it.each([
    'Khổng',
    'Văn',
    'Hải',
    'Kinh',
    'Môn',
    'Dương',
    'Thị',
    'Lụa',
    'Cẩm',
    'Giàng',
    'Hoà',
    'Hòa',
    'Hóa',
    'Nguyễn',
    'Đức',
    'Quý',
    'quốc',
    'Quỳnh',
    'giếng',
    'gì',
    'Gia',
    'Huỳnh',
    'Thuỷ',
    'Thủy',
    'khuya',
    'nghiêng',
    'Trường',
    'Xuân',
    'Yến',
    'Ý',
    'Uyên',
    'Khuê',
    'Ngoãn',
    'thuở',
    'xoong',
    'Đắk',
    'Lắk',
    'Krông',
    'Nguyen',
    'Viet',
    'Phuc',
    nfd('Nguyễn'),
    'NGUYỄN',
  ])('accepts %j', (w) => {
    expect(isValidVietnameseSyllable(w)).toBe(true);
  });

  it.each([
    ['Khæng', 'legacy byte'],
    ['V¨n', 'legacy byte'],
    ['D\u00AD¬ng', 'soft hyphen'],
    ['Khoồng', 'no such rhyme'],
    ['Luùa', 'no such rhyme'],
    ['Hoàa', 'no such rhyme'],
    ['Nguyêễn', 'two vowels with circumflex'],
    [`Ho${'\u0300'}à`, 'two tone marks'],
    ['Sàch', 'stop final with huyền'],
    ['Tìt', 'stop final with huyền'],
    ['Ghong', 'gh before o'],
    ['Kh', 'no vowel'],
    ['Fan', 'f is not a Vietnamese letter'],
    ['', 'empty'],
    ['Hóa1', 'digit'],
  ])('rejects %j (%s)', (w) => {
    expect(isValidVietnameseSyllable(w)).toBe(false);
  });

  it('accepts every name syllable of the fixtures in NFC, NFD, upper and lower case', () => {
    for (const w of NAME_SYLLABLES) {
      for (const v of [w, nfd(w), w.toUpperCase(), w.toLowerCase()])
        expect(isValidVietnameseSyllable(v), v).toBe(true);
    }
  });
});
