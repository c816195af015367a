import { describe, expect, it } from 'vitest';
import {
  DocumentInputError,
  cleanLine,
  cleanText,
  formatDateVi,
  formatLongDateVi,
  formatPercentVi,
  minutesDenominatorSentence,
  parseIsoDate,
  tallyNominee,
  withClosingMark,
} from '../src/index.js';

describe('dates (Decree 30: leading zero for days < 10 and months 1–2)', () => {
  it.each([
    ['2019-03-05', 'ngày 05 tháng 3 năm 2019', '05/03/2019'],
    ['2019-01-09', 'ngày 09 tháng 01 năm 2019', '09/01/2019'],
    ['2019-02-28', 'ngày 28 tháng 02 năm 2019', '28/02/2019'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024', '29/02/2024'],
    ['2019-12-31', 'ngày 31 tháng 12 năm 2019', '31/12/2019'],
  ])('%s', (iso, long, short) => {
    expect(formatLongDateVi(iso)).toBe(long);
    expect(formatDateVi(iso)).toBe(short);
  });

  it.each(['2019-02-29', '2019-13-01', '05/03/2019', '2019-3-5', '', '2019-03-05T00:00:00Z'])('rejects %j', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(DocumentInputError);
  });
});

describe('formatPercentVi', () => {
  it.each([
    [5, 6, '83,33%'],
    [4, 6, '66,67%'],
    [2, 3, '66,67%'],
    [9, 10, '90%'],
    [1, 8, '12,50%'],
    [0, 7, '0%'],
    [7, 7, '100%'],
    [1, 0, '—'],
  ])('%i/%i → %s', (a, b, out) => {
    expect(formatPercentVi(a, b)).toBe(out);
  });
});

describe('tallyNominee: share of TOTAL members against the threshold (D152 Art. 33(5))', () => {
  const defaults = { totalMembers: 10, thresholdPercent: 90 };
  it.each([
    [9, undefined, true, '90%'], // exactly at the threshold passes
    [8, undefined, false, '80%'],
    [10, undefined, true, '100%'],
    [8, 80, true, '80%'], // per-nominee threshold (Cờ CP: 80%)
  ])('%i votes, threshold %s → %s', (votesFor, thresholdPercent, passed, text) => {
    const t = tallyNominee({ name: 'X', votesFor, thresholdPercent }, defaults);
    expect(t.passed).toBe(passed);
    expect(t.percentText).toBe(text);
  });
  it('exact integer comparison at awkward thresholds', () => {
    // 2/3 of 6 = 66.666…%: 4 votes do not reach 66.67%, they do reach 66.66%.
    expect(tallyNominee({ name: 'X', votesFor: 4 }, { totalMembers: 6, thresholdPercent: 66.67 }).passed).toBe(false);
    expect(tallyNominee({ name: 'X', votesFor: 4 }, { totalMembers: 6, thresholdPercent: 66.66 }).passed).toBe(true);
  });
  it('an explicit result wins; impossible counts are rejected', () => {
    expect(tallyNominee({ name: 'X', votesFor: 1, passed: true }, defaults).passed).toBe(true);
    expect(() => tallyNominee({ name: 'X', votesFor: 11 }, defaults)).toThrow(DocumentInputError);
    expect(() => tallyNominee({ name: 'X', votesFor: -1 }, defaults)).toThrow(DocumentInputError);
    expect(() => tallyNominee({ name: 'X', votesFor: 1.5 }, defaults)).toThrow(DocumentInputError);
  });
});

describe('minutesDenominatorSentence: what the share is counted over (D152 Art. 33(5), 45(4)(b))', () => {
  it.each<[Parameters<typeof minutesDenominatorSentence>[0], Parameters<typeof minutesDenominatorSentence>[1], string]>([
    [[{ name: 'A' }, { name: 'B' }], undefined, 'Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng'],
    [[{ name: 'A', denominatorBasis: 'standing_members' }], undefined, 'Tỷ lệ phiếu đồng ý được tính trên số thành viên Thường trực Hội đồng'],
    [[{ name: 'A' }], 'present_members', 'Tỷ lệ phiếu đồng ý được tính trên số thành viên Hội đồng có mặt'],
    [
      [{ name: 'A' }, { name: 'B', denominatorBasis: 'standing_members' }, { name: 'C' }],
      undefined,
      'Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng đối với A, C; số thành viên Thường trực Hội đồng đối với B',
    ],
    [[], undefined, 'Tỷ lệ phiếu đồng ý được tính trên tổng số thành viên Hội đồng'],
  ])('%j (%s)', (nominees, basis, sentence) => {
    expect(minutesDenominatorSentence(nominees, basis)).toBe(sentence);
  });
});

describe('text cleaning', () => {
  it('NFC-normalises and drops XML-invalid and bidi control characters', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(cleanText(`${nfd}\u0000\u0008 \u202EVăn\u2066`)).toBe('Nguyễn Văn');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
    expect(cleanText('x\uD800y')).toBe('xy'); // lone surrogate
    expect(cleanText('😀')).toBe('😀'); // a valid pair stays
    expect(cleanLine('  a \n  b ')).toBe('a b');
  });
  it.each([
    ['chịu trách nhiệm thi hành Quyết định này.', 'chịu trách nhiệm thi hành Quyết định này./.'],
    ['thi hành Quyết định này', 'thi hành Quyết định này./.'],
    ['đã có ./.', 'đã có ./.'],
    ['kết thúc;', 'kết thúc./.'],
  ])('withClosingMark(%j)', (a, b) => {
    expect(withClosingMark(a)).toBe(b);
  });
});
