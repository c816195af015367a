// The registry's GIN name index (registry migration 0004): the lexemes written for a name and the tsquery
// of a search, side by side with RULES.md §8 (the query is a superset; the pure matcher verifies).
import { describe, expect, it } from 'vitest';
import { parseQuery } from '@thidua/domain';
import { nameTsQuery } from '../src/modules/registry/name-index.js';
import { nameLexemes } from '../src/modules/registry/name-keys.js';

describe('nameLexemes: b + accent-free and e + exact form of each word, p + each proper prefix of the accent-free form', () => {
  it.each([
    ['Nguyễn Văn An', 'bnguyen enguyễn pn png pngu pnguy pnguye bvan evăn pv pva ban ean pa'],
    ['Trần Thị Hòa', 'btran etrần pt ptr ptra bthi ethị pth bhoa ehoà ph pho'], // tone placement folded to one form
    ['Nguye\u0302\u0303n Va\u0306n An', 'bnguyen enguyễn pn png pngu pnguy pnguye bvan evăn pv pva ban ean pa'], // NFD
    ['Đặng Văn Đũng', 'bdang eđặng pd pda pdan bvan evăn pv pva bdung eđũng pdu pdun'],
    ['Lê Lê', 'ble elê pl'], // distinct
    ['A', 'ba ea'], // a one-letter word has no proper prefix
  ])('%s', (name, lexemes) => {
    expect(nameLexemes(name)).toBe(lexemes.normalize('NFC'));
  });
});

describe('nameTsQuery', () => {
  it.each([
    ['nguyen van an', "'bnguyen' & 'bvan' & ('ban' | 'pan')"],
    ['Nguyễn Văn', "'enguyễn' & 'evăn':*"],
    ['tran thi hòa', "'btran' & 'bthi' & 'ehoà':*"],
    ['hò', "('ehò':* | 'ehoà':* | 'ehoè':*)"], // a toned o typed before its vowel: the canonical forms too
    ['Hòa Trần', "'ehoà' & 'etrần':*"],
    ['d', "('bd' | 'pd')"],
  ])('%s → %s', (q, expected) => {
    expect(nameTsQuery(parseQuery(q).words)).toBe(expected.normalize('NFC'));
  });
});
