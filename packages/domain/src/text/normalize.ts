// Vietnamese name normalisation (RULES.md §8). Pure string functions; every output is NFC.

/**
 * Invisible characters removed from stored names: soft hyphen, zero-width space/joiners, word
 * joiner, BOM. NB: U+00AD is the letter "ư" in TCVN3 — run `detectAndConvertLegacy` first.
 */
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
/** C0/C1 control characters other than whitespace become spaces. */
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Stored form of a name: NFC, invisible characters removed, whitespace runs collapsed to one space,
 * trimmed. The spelling is kept as written ("Hoà" stays "Hoà"): a name is a legal identifier.
 */
export function normalizeName(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE_RE, '').replace(CONTROL_RE, ' ').replace(/\s+/gu, ' ').trim();
}

// Tone marks (dấu thanh) as combining characters: huyền, sắc, hỏi, ngã, nặng.
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/**
 * Tone-placement folding table, built once: "òa" → "oà", "ùy" → "uỳ", and every case variant.
 * The canonical form puts the mark on the second vowel (oà, oá, oè, uỳ, uý …), which is also where
 * it goes when a final consonant follows ("hoàng", "huỳnh"), so one rule covers both.
 */
const FOLD_PAIRS: ReadonlyMap<string, string> = (() => {
  const pairs = new Map<string, string>();
  const groups: Array<[string, string[]]> = [
    ['o', ['a', 'e']],
    ['u', ['y']],
  ];
  for (const [first, seconds] of groups) {
    for (const second of seconds) {
      for (const mark of TONE_MARKS) {
        for (const f of [first, first.toUpperCase()]) {
          for (const s of [second, second.toUpperCase()]) {
            pairs.set((f + mark).normalize('NFC') + s, f + (s + mark).normalize('NFC'));
          }
        }
      }
    }
  }
  return pairs;
})();

/** First characters of the folded pairs, for a cheap pre-check. */
const FOLD_FIRST = new Set([...FOLD_PAIRS.keys()].map((k) => k[0]!));

/**
 * Folds the old and new tone placements to one form (RULES.md §8): oà/òa, oá/óa, oả/ỏa, oã/õa,
 * oạ/ọa, oè/òe, oé/óe, oẻ/ỏe, oẽ/õe, oẹ/ọe, uỳ/ùy, uý/úy, uỷ/ủy, uỹ/ũy, uỵ/ụy → the second form's
 * vowel carries the mark ("hòa" → "hoà", "Thủy" → "Thuỷ"). Not after q: in "quý" the u belongs to
 * the onset, so "quý" is left alone. Case is preserved. Idempotent.
 */
export function foldTonePlacement(s: string): string {
  const text = s.normalize('NFC');
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (FOLD_FIRST.has(ch) && i + 1 < text.length) {
      const repl = FOLD_PAIRS.get(ch + text[i + 1]!);
      const prev = i > 0 ? text[i - 1]! : '';
      if (repl !== undefined && !(prev === 'q' || prev === 'Q')) {
        out += repl;
        i++;
        changed = true;
        continue;
      }
    }
    out += ch;
  }
  return changed ? out : text;
}

/** Lower-case text with every mark removed and đ → d ("Nguyễn Đức" → "nguyen duc"). */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase().normalize('NFC');
}

/** True when the text carries any Vietnamese diacritic: a tone mark, or ă â ê ô ơ ư đ. */
export function hasDiacritics(word: string): boolean {
  return /[\u0300-\u036F\u0110\u0111]/u.test(word.normalize('NFD'));
}

/**
 * Splits text into words: runs of letters, marks and digits. Everything else (spaces, hyphens,
 * apostrophes, punctuation) separates words. Input may be NFC or NFD; words are NFC.
 */
export function splitWords(s: string): string[] {
  return s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
