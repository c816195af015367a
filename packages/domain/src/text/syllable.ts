// A phonotactic check of written Vietnamese syllables, used to accept or reject legacy-encoding
// conversions (RULES.md §8). "Valid" means: onset + rhyme from the standard inventory, at most one
// tone mark, on a vowel, and a stop-final rhyme (-c, -ch, -p, -t) only with sắc or nặng.

const TONE_MARK = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
const VOWELS = new Set([...'aăâeêioôơuưy']);
const ALPHABET = new Set([...'aăâbcdđeêghiklmnoôơpqrstuưvxy']);

// Onsets, longest first. "kr" and "dr" are for common Central Highlands proper nouns (Krông, Đrăng).
// prettier-ignore
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'kr', 'dr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Rhymes (vần) without tone, including those with the medial o/u. */
const RHYMES = new Set(
  `a ai ao au ay am an ang anh ac ach ap at
   ăm ăn ăng ăc ăp ăt
   âu ây âm ân âng âc âp ât
   e eo em en eng ec ep et
   ê êu êm ên ênh êch êp êt
   i ia iu im in inh ich ip it
   iêu iêm iên iêng iêc iêp iêt
   y yêu yêm yên yêng yêt
   o oi om on ong oc op ot oong ooc
   ô ôi ôm ôn ông ôc ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua ui um un ung uc up ut
   uôi uôm uôn uông uôc uôt
   ư ưa ưi ưu ưm ưng ưc ưt
   ươi ươu ươm ươn ương ươc ươp ươt
   oa oai oay oam oan oang oanh oac oach oap oat
   oăm oăn oăng oăc oăt
   oe oeo oen oet
   uân uâng uât uây
   uê uêch uênh
   uy uya uyu uynh uych uyt uyên uyêt
   uơ`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Rhymes that are valid but rare (onomatopoeia, loanwords, a handful of words). Used only to break a
 * tie between two legacy-encoding readings of the same cell ("Tuî": VNI "Tuỵ" vs TCVN3 "Tuợ").
 */
const RARE_RHYMES = new Set(
  'uơ oong ooc oeo oen oet uya uyu uych oăc oăm oăt oap oam eng ưm ươp uêch uênh yêng yêm âc'.split(' '),
);

/** After "qu" the u is the medial: "qua" = qu + a ~ oa, "quy" = qu + y ~ uy, "quốc" = qu + ôc. */
const QU_RHYMES = new Set([
  ...[...RHYMES]
    .filter((r) => (r.startsWith('o') || r.startsWith('u')) && r.length > 1 && VOWELS.has(r[1]!))
    .map((r) => r.slice(1)),
  'ôc',
  'i',
]);

const strip = (r: string): string => r.normalize('NFD').replace(/\p{M}/gu, '');
/** Rhymes with every mark removed, for words written without diacritics ("Nguyen", "Viet"). */
const RHYMES_BARE = new Set([...RHYMES].map(strip));
const QU_RHYMES_BARE = new Set([...QU_RHYMES].map(strip));

const STOP_FINAL = /(c|ch|p|t|k)$/;

function rhymeOk(onset: string, rhyme: string, bare: boolean): boolean {
  const RHYMES_ = bare ? RHYMES_BARE : RHYMES;
  const QU_ = bare ? QU_RHYMES_BARE : QU_RHYMES;
  // "Đắk", "Lắk", "Búk": a final k of proper nouns behaves as c.
  const r = rhyme.endsWith('k') && !rhyme.endsWith('ck') ? `${rhyme.slice(0, -1)}c` : rhyme;
  if (rhyme.length === 0 && onset !== 'gi') return false;
  switch (onset) {
    case 'qu':
      return QU_.has(r) && !r.startsWith('o') && !r.startsWith('u');
    case 'gi':
      // "gia" = gi + a, "giếng" = gi + (i)êng, "gì" = gi + (i).
      return RHYMES_.has(r) || RHYMES_.has(`i${r}`);
    case 'gh':
    case 'ngh':
      return RHYMES_.has(r) && /^[eêi]/.test(r);
    default:
      return RHYMES_.has(r);
  }
}

/**
 * True when `word` is a well-formed written Vietnamese syllable (case-insensitive, NFC or NFD):
 * onset + rhyme from the standard inventory, at most one tone mark, placed on a vowel; a syllable
 * ending in -c/-ch/-p/-t carries sắc or nặng (unless the word has no diacritics at all — ASCII
 * transliterations such as "Phuc" are accepted). Both tone placements are accepted ("hoà", "hòa").
 * Common proper-noun spellings of the Central Highlands (Đắk, Lắk, Krông) are accepted.
 */
export function isValidVietnameseSyllable(word: string): boolean {
  return analyse(word) !== null;
}

/** 0 for a common valid syllable, 1 for a valid but rare one, null when invalid. */
export function syllableRarity(word: string): 0 | 1 | null {
  const a = analyse(word);
  if (a === null) return null;
  return RARE_RHYMES.has(a.rhyme) ? 1 : 0;
}

/** Where the tone mark may sit in a vowel cluster (indices into the cluster). */
function allowedTonePositions(cluster: string, hasCoda: boolean): number[] {
  const n = cluster.length;
  if (n <= 1) return [0];
  // A vowel with a quality mark carries the tone: tiến, người, thuở, cứu, mưa, tuần.
  for (let i = n - 1; i >= 0; i--) if ('ăâêôơư'.includes(cluster[i]!)) return [i];
  if (hasCoda) return [n - 1]; // hoàng, toán, xoóng
  if (n === 3) return [1]; // ngoài, khuỷu, ngoẹo
  // oa, oe, uy: both placements are in use (hoà / hòa); otherwise the first vowel: mía, múa, hài.
  return ['oa', 'oe', 'uy'].includes(cluster) ? [0, 1] : [0];
}

function analyse(word: string): { onset: string; rhyme: string } | null {
  const nfd = word.normalize('NFD').toLowerCase();
  let tone = '';
  let toneAt = -1; // index (in the toneless NFC text) of the letter carrying the tone
  let plainNfd = '';
  let lastBase = '';
  for (const ch of nfd) {
    if (TONE_MARK.has(ch)) {
      if (tone !== '' || !'aeiouy'.includes(lastBase)) return null;
      tone = ch;
      toneAt = plainNfd.normalize('NFC').length - 1;
      continue;
    }
    if (!/\p{M}/u.test(ch)) lastBase = ch;
    plainNfd += ch;
  }
  const plain = plainNfd.normalize('NFC');
  if (plain.length === 0) return null;
  for (const ch of plain) if (!ALPHABET.has(ch)) return null;

  const bare = tone === '' && !/[ăâêôơưđ]/.test(plain);
  if (!bare && STOP_FINAL.test(plain) && tone !== ACUTE && tone !== DOT_BELOW) return null;
  for (const onset of ONSETS) {
    if (!plain.startsWith(onset)) continue;
    const rhyme = plain.slice(onset.length);
    if (!rhymeOk(onset, rhyme, bare)) continue;
    if (tone !== '' && !toneWellPlaced(onset, rhyme, toneAt - onset.length)) continue;
    return { onset, rhyme };
  }
  return null;
}

function toneWellPlaced(onset: string, rhyme: string, at: number): boolean {
  const cluster = /^[aăâeêioôơuưy]*/.exec(rhyme)![0];
  // "gì", "gìn": the i of "gi" carries the tone when the rhyme has no vowel of its own.
  if (at < 0) return onset === 'gi' && at === -1 && cluster.length === 0;
  return allowedTonePositions(cluster, rhyme.length > cluster.length).includes(at);
}
