// Public surface of Vietnamese text handling (RULES.md §8).
export { foldTonePlacement, hasDiacritics, normalizeName, stripDiacritics } from './normalize.js';
export {
  matchesName,
  nameWords,
  parseQuery,
  rankName,
  type NameWord,
  type ParsedQuery,
  type QueryWord,
} from './search.js';
export { isValidVietnameseSyllable } from './syllable.js';
export {
  detectAndConvertLegacy,
  dominantLegacyEncoding,
  type LegacyConversion,
  type LegacyEncoding,
  type LegacyOptions,
} from './legacy.js';
export { TCVN3_TABLE, VNI_TABLE } from './legacy-tables.js';
