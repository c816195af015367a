// The registry's GIN name index (registry migration 0004): the lexemes written for a name and the tsquery
// of a search, side by side with RULES.md §8 (the query is a superset; the pure matcher verifies).
import { describe, expect, it } from 'vitest';
import { parseQuery } from '@thidua/domain';
import { nameTsQuery } from '../src/modules/registry/name-index.js';
import { nameLexemes } from '../src/modules/registry/name-keys.js';

describe('nameLexemes: b + accent-free and e + exact form of each word', () => {
  it.each([
    ['Nguyễn Văn An', 'bnguyen enguyễn bvan evăn ban ean'],
    ['Trần Thị Hòa', 'btran etrần bthi ethị bhoa ehoà'], // tone placement folded to one form
    ['Nguye\u0302\u0303n Va\u0306n An', 'bnguyen enguyễn bvan evăn ban ean'], // NFD
    ['Đặng Văn Đũng', 'bdang eđặng bvan evăn bdung eđũng'],
    ['Lê Lê', 'ble elê'], // distinct
  ])('%s', (name, lexemes) => {
    expect(nameLexemes(name)).toBe(lexemes.normalize('NFC'));
  });
});

describe('nameTsQuery', () => {
  it.each([
    ['nguyen van an', "'bnguyen' & 'bvan' & 'ban':*"],
    ['Nguyễn Văn', "'enguyễn' & 'evăn':*"],
    ['tran thi hòa', "'btran' & 'bthi' & 'ehoà':*"],
    ['hò', "('ehò':* | 'ehoà':* | 'ehoè':*)"], // a toned o typed before its vowel: the canonical forms too
    ['Hòa Trần', "'ehoà' & 'etrần':*"],
    ['d', "'bd':*"],
  ])('%s → %s', (q, expected) => {
    expect(nameTsQuery(parseQuery(q).words)).toBe(expected.normalize('NFC'));
  });
});
