// Legacy Vietnamese 8-bit encodings, as they appear when their bytes were read as Latin-1 /
// Windows-1252 and stored in a Unicode file (each byte became U+00XX).

/**
 * TCVN3 ("ABC", TCVN 5712:1993 VN3 — the .VnTime fonts): one byte per letter. Byte → letter for the
 * lower-case toned letters and the seven base letters Ă Â Ê Ô Ơ Ư Đ, which is the whole VN3 set.
 * Upper-case toned letters were written with the same bytes in the capital fonts (.VnTimeH), so they
 * convert to lower case here. 0xAD "ư" is the Latin-1 SOFT HYPHEN: convert before stripping
 * invisible characters. (The full VN1 table's capitals in 0x80–0x9F and a few 0xBx–0xFx slots
 * are not used by ABC fonts and are deliberately left out.)
 */
// prettier-ignore
export const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

/**
 * VNI-Windows (VNI Software's font encoding, the "VNI-Times" fonts): a base letter followed by
 * one mark byte, except for ơ ư đ and the toned i and ỵ, which are single bytes. Lower case shown;
 * capitals are the same sequences upper-cased (A + Ø = À, Ö = Ư, Ô = Ơ, Ñ = Đ, Î = Ỵ).
 * Mark bytes: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng; â circumflex (â ê ô); ê breve (ă);
 * á à å ã ä circumflex + tone; é è ú ü ë breve + tone.
 */
// prettier-ignore
export const VNI_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['aù', 'á'], ['aø', 'à'], ['aû', 'ả'], ['aõ', 'ã'], ['aï', 'ạ'],
  ['aê', 'ă'], ['aé', 'ắ'], ['aè', 'ằ'], ['aú', 'ẳ'], ['aü', 'ẵ'], ['aë', 'ặ'],
  ['aâ', 'â'], ['aá', 'ấ'], ['aà', 'ầ'], ['aå', 'ẩ'], ['aã', 'ẫ'], ['aä', 'ậ'],
  ['eù', 'é'], ['eø', 'è'], ['eû', 'ẻ'], ['eõ', 'ẽ'], ['eï', 'ẹ'],
  ['eâ', 'ê'], ['eá', 'ế'], ['eà', 'ề'], ['eå', 'ể'], ['eã', 'ễ'], ['eä', 'ệ'],
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['où', 'ó'], ['oø', 'ò'], ['oû', 'ỏ'], ['oõ', 'õ'], ['oï', 'ọ'],
  ['oâ', 'ô'], ['oá', 'ố'], ['oà', 'ồ'], ['oå', 'ổ'], ['oã', 'ỗ'], ['oä', 'ộ'],
  ['ô', 'ơ'], ['ôù', 'ớ'], ['ôø', 'ờ'], ['ôû', 'ở'], ['ôõ', 'ỡ'], ['ôï', 'ợ'],
  ['uù', 'ú'], ['uø', 'ù'], ['uû', 'ủ'], ['uõ', 'ũ'], ['uï', 'ụ'],
  ['ö', 'ư'], ['öù', 'ứ'], ['öø', 'ừ'], ['öû', 'ử'], ['öõ', 'ữ'], ['öï', 'ự'],
  ['yù', 'ý'], ['yø', 'ỳ'], ['yû', 'ỷ'], ['yõ', 'ỹ'], ['î', 'ỵ'],
  ['ñ', 'đ'],
];
