// Legacy encodings in imported spreadsheets (RULES.md §8): TCVN3/ABC and VNI-Windows text that
// arrived as Latin-1 characters inside a Unicode file, detected and converted cell by cell.
import { TCVN3_TABLE, VNI_TABLE } from './legacy-tables.js';
import { syllableRarity } from './syllable.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyConversion {
  /** The text to use: the conversion when one was accepted, otherwise the cell exactly as given. */
  text: string;
  /** Which legacy encoding was detected, or null when the cell was left alone. */
  converted: LegacyEncoding | null;
  /** The cell as given (to report a converted cell as a warning with its original text). */
  original: string;
  /**
   * True when both encodings gave valid Vietnamese but different text (VNI "Thuû" = "Thủ", TCVN3
   * "Thuû" = "Thuỷ"): the choice came from `prefer` or a heuristic. Worth a closer look.
   */
  ambiguous: boolean;
}

export interface LegacyOptions {
  /**
   * The encoding to choose when a cell reads validly in both (see `ambiguous`). An importer should
   * pass the encoding found in the file's unambiguous cells (`dominantLegacyEncoding`): a file is
   * almost always written in one encoding.
   */
  prefer?: LegacyEncoding;
}

const TCVN3_MAP: ReadonlyMap<string, string> = new Map(
  TCVN3_TABLE.map(([code, ch]) => [String.fromCharCode(code), ch] as const),
);

/** VNI sequences in every case combination; the result's case follows the base letter. */
const VNI_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [seq, ch] of VNI_TABLE) {
    const upper = ch.toUpperCase();
    if (seq.length === 1) {
      map.set(seq, ch);
      map.set(seq.toUpperCase(), upper);
      continue;
    }
    const [base, mark] = [seq[0]!, seq[1]!];
    for (const m of [mark, mark.toUpperCase()]) {
      map.set(base + m, ch);
      map.set(base.toUpperCase() + m, upper);
    }
  }
  return map;
})();

function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}

/** VNI conversion, longest match first. */
function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const two = i + 1 < text.length ? VNI_MAP.get(text.slice(i, i + 2)) : undefined;
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    out += VNI_MAP.get(text[i]!) ?? text[i]!;
  }
  return out;
}

/**
 * Tokens for the validity test: split on whitespace, ASCII punctuation and digits only, so that a
 * stray legacy byte (¨ « ¶ or the soft hyphen) stays inside its word and makes it invalid.
 */
const TOKEN_SPLIT = /[\s\u0021-\u0040\u005B-\u0060\u007B-\u007E]+/u;
const ASCII_ONLY = /^[\u0000-\u007F]*$/;
/** Upper-case abbreviations such as "ĐT" (GD&ĐT), "QĐ", "TĐKT": no vowel to judge. */
const ABBREVIATION = /^[A-ZĐ]{2,}$/u;

/**
 * Number of rare syllables when every word of `text` that is not plain ASCII is a valid Vietnamese
 * syllable, otherwise null. Plain-ASCII words ("Cty", "TP", "HCM", "Nguyen") are neutral — no
 * conversion changes them, so they prove nothing — and so are capital abbreviations ("ĐT", "QĐ").
 */
function rarityIfValid(text: string): number | null {
  let rare = 0;
  for (const token of text.split(TOKEN_SPLIT)) {
    if (token === '' || ASCII_ONLY.test(token) || ABBREVIATION.test(token)) continue;
    const r = syllableRarity(token);
    if (r === null) return null;
    rare += r;
  }
  return rare;
}

/** Characters that may reveal legacy text: the Latin-1 range U+00A0–U+00FF. */
const LATIN1_HIGH = /[\u00A0-\u00FF]/u;

/**
 * Detects TCVN3 or VNI text in one spreadsheet cell and converts it to Unicode (NFC). A conversion
 * is accepted only when the cell as given is not made of valid Vietnamese syllables and the
 * conversion is — so valid Unicode ("Hoà", "Hóa", "Đức", "Nguyễn", NFD or NFC) and plain ASCII are
 * never touched. When both encodings give valid text, `options.prefer` decides; without it, the
 * reading with fewer rare syllables, then VNI (its two-character sequences are the stronger signal).
 * Run this before stripping invisible characters: the soft hyphen U+00AD is the TCVN3 "ư".
 */
export function detectAndConvertLegacy(cell: string, options: LegacyOptions = {}): LegacyConversion {
  const unchanged: LegacyConversion = { text: cell, converted: null, original: cell, ambiguous: false };
  const nfc = cell.normalize('NFC');
  if (!LATIN1_HIGH.test(nfc)) return unchanged;
  if (rarityIfValid(nfc) !== null) return unchanged;

  const tcvn3 = convertTcvn3(nfc).normalize('NFC');
  const vni = convertVni(nfc).normalize('NFC');
  const tcvn3Rare = tcvn3 !== nfc ? rarityIfValid(tcvn3) : null;
  const vniRare = vni !== nfc ? rarityIfValid(vni) : null;

  const result = (converted: LegacyEncoding, ambiguous: boolean): LegacyConversion => ({
    text: converted === 'vni' ? vni : tcvn3,
    converted,
    original: cell,
    ambiguous,
  });
  if (tcvn3Rare === null && vniRare === null) return unchanged;
  if (tcvn3Rare === null) return result('vni', false);
  if (vniRare === null || vni === tcvn3) return result('tcvn3', false);
  if (options.prefer) return result(options.prefer, true);
  return result(tcvn3Rare < vniRare ? 'tcvn3' : 'vni', true);
}

/**
 * The encoding of a file's legacy cells, decided by the cells that read validly in only one
 * encoding (a majority vote), or null when there is none. Pass it as `prefer` for the others.
 */
export function dominantLegacyEncoding(cells: Iterable<string>): LegacyEncoding | null {
  let tcvn3 = 0;
  let vni = 0;
  for (const cell of cells) {
    const r = detectAndConvertLegacy(cell);
    if (r.converted === null || r.ambiguous) continue;
    if (r.converted === 'vni') vni++;
    else tcvn3++;
  }
  if (tcvn3 === 0 && vni === 0) return null;
  return vni > tcvn3 ? 'vni' : 'tcvn3';
}
