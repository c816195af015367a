import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../../src/calendar/index.js';
import { parseOfficialSchedule } from '../../src/calendar/index.js';
import {
  councilQuorum,
  councilVoteRule,
  dossierDeadline,
  dossierDeadlineStatus,
  dossierPostingPeriod,
  formatDecisionNumber,
  isStateLevelAward,
  parseDecisionNumber,
  shuffleCouncilBallots,
  tallyCouncilBallot,
  type DossierWorkingDays,
} from '../../src/dossiers/index.js';
import holidays2026 from '../../../../reference-data/holidays-2026.json' with { type: 'json' };

const parsed = parseOfficialSchedule(holidays2026);
if (!parsed.ok) throw new Error('schedule');
const c = new WorkingDayCalendar({ schedules: [parsed.schedule] });
const cal: DossierWorkingDays = {
  addWorkingDays: (f, n) => c.addWorkingDays(f as never, n),
  workingDaysBetween: (a, b) => c.workingDaysBetween(a as never, b as never),
};

describe('deadlines in working days (RULES.md §5–6)', () => {
  it.each([
    // state, enteredOn, award, step, days, due
    ['submitted', '2026-11-25', 'bang_khen_tinh', 'board_appraisal', 20, '2026-12-23'],
    ['received', '2026-11-25', 'bang_khen_tinh', 'board_appraisal', 20, '2026-12-23'],
    ['returned', '2026-11-25', 'bang_khen_tinh', 'unit_supplement', 10, '2026-12-09'],
    ['appraised', '2026-11-25', 'bang_khen_tinh', 'council', 10, '2026-12-09'],
    ['approved', '2026-11-25', 'bang_khen_tinh', 'decision', 5, '2026-12-02'],
    // Decree 152 Art. 35(3): a state-level proposal within 30 working days of the complete dossier.
    ['approved', '2026-11-25', 'bang_khen_thu_tuong', 'state_review', 30, '2027-01-07'],
    // Over Tết 2026 (16–20/02 off in the official schedule): 10 working days from 12/02 → 05/03.
    ['returned', '2026-02-12', 'bang_khen_tinh', 'unit_supplement', 10, '2026-03-05'],
  ] as const)('%s on %s (%s) → %s %d → %s', (state, enteredOn, award, step, days, due) => {
    const d = dossierDeadline(cal, { award, state, enteredOn, receivedOn: enteredOn })!;
    expect(d).toMatchObject({ step, workingDays: days, due });
  });

  it('counts the council deadline from the appraisal day, and none for finished dossiers', () => {
    expect(
      dossierDeadline(cal, { award: 'bang_khen_tinh', state: 'posted', enteredOn: '2026-12-01', appraisedOn: '2026-11-25' })!.due,
    ).toBe('2026-12-09');
    for (const state of ['draft', 'decided', 'rejected', 'forwarded', 'withdrawn'] as const)
      expect(dossierDeadline(cal, { award: 'bang_khen_tinh', state, enteredOn: '2026-11-25' })).toBeNull();
  });

  it('uses 40 working days for the highest orders and honours parameter overrides', () => {
    expect(dossierDeadline(cal, { award: 'huan_chuong_ho_chi_minh', state: 'approved', enteredOn: '2026-11-25' })!.workingDays).toBe(40);
    expect(
      dossierDeadline(cal, {
        award: 'bang_khen_tinh',
        state: 'submitted',
        enteredOn: '2026-11-25',
        overrides: { 'deadline.provincial.board_appraisal': 15 },
      })!,
    ).toMatchObject({ workingDays: 15, due: '2026-12-16' });
  });

  it('computes working days left, reminders before and escalation after the deadline', () => {
    expect(dossierDeadlineStatus(cal, '2026-12-09', '2026-11-25')).toEqual({ workingDaysLeft: 10, overdue: false, alert: 'none' });
    expect(dossierDeadlineStatus(cal, '2026-12-09', '2026-12-04')).toEqual({ workingDaysLeft: 3, overdue: false, alert: 'reminder' });
    expect(dossierDeadlineStatus(cal, '2026-12-09', '2026-12-09')).toEqual({ workingDaysLeft: 0, overdue: false, alert: 'reminder' });
    expect(dossierDeadlineStatus(cal, '2026-12-09', '2026-12-11')).toEqual({ workingDaysLeft: -2, overdue: true, alert: 'escalation' });
    // Overdue on a weekend still counts as at least one day late.
    expect(dossierDeadlineStatus(cal, '2026-12-11', '2026-12-12').workingDaysLeft).toBe(-1);
  });

  it('posts publicly for at least 10 working days (Decree 152 Art. 44(2))', () => {
    expect(dossierPostingPeriod(cal, 'chien_si_thi_dua_toan_quoc', '2026-11-25')).toEqual({ days: 10, until: '2026-12-09' });
    expect(dossierPostingPeriod(cal, 'bang_khen_tinh', '2026-11-25', { 'posting.other_forms_working_days': 5 })).toEqual({
      days: 5,
      until: '2026-12-02',
    });
    expect(isStateLevelAward('bang_khen_thu_tuong')).toBe(true);
    expect(isStateLevelAward('bang_khen_tinh')).toBe(false);
  });
});

describe('council ballot tally over ALL members (Decree 152 Art. 33(5))', () => {
  it('reads the thresholds from the catalogue parameters', () => {
    expect(councilVoteRule('chien_si_thi_dua_toan_quoc')).toMatchObject({ percent: 90, comparison: 'at_least' });
    expect(councilVoteRule('co_thi_dua_chinh_phu')).toMatchObject({ percent: 80, comparison: 'at_least' });
    expect(councilVoteRule('chien_si_thi_dua_tinh')).toMatchObject({ percent: 90, comparison: 'at_least' });
    expect(councilVoteRule('bang_khen_tinh')).toMatchObject({ percent: 50, comparison: 'more_than', parameter: 'vote.default.percent' });
    expect(councilVoteRule('bang_khen_tinh', { 'vote.default.percent': 60 }).percent).toBe(60);
  });

  const r90 = { percent: 90, comparison: 'at_least' as const };
  const half = { percent: 50, comparison: 'more_than' as const };
  it.each([
    // votesFor, against, total members, excluded, rule, passed, percent
    [9, 0, 10, 0, r90, true, 90],
    [8, 0, 10, 0, r90, false, 80], // 8 of 8 present is 100% of those present, but 80% of all members
    [18, 1, 20, 0, r90, true, 90],
    [17, 0, 19, 0, r90, false, 89.47],
    [9, 0, 11, 1, r90, true, 90], // a member who is a nominee is left out of the denominator
    [5, 5, 10, 0, half, false, 50], // "more than half": exactly half fails
    [6, 0, 11, 0, half, true, 54.55],
    [2, 1, 3, 0, half, true, 66.67],
    [0, 0, 3, 0, half, false, 0],
  ] as const)(
    '%d for, %d against of %d (%d excluded) → passed=%s',
    (votesFor, votesAgainst, totalMembers, excludedMembers, rule, passed, percent) => {
      expect(tallyCouncilBallot({ votesFor, votesAgainst, totalMembers, excludedMembers, rule })).toEqual({
        votesFor,
        denominator: totalMembers - excludedMembers,
        percent,
        passed,
      });
    },
  );

  it('refuses impossible counts', () => {
    expect(() => tallyCouncilBallot({ votesFor: 4, votesAgainst: 1, totalMembers: 4, rule: half })).toThrow(RangeError);
    expect(() => tallyCouncilBallot({ votesFor: 0, totalMembers: 1, excludedMembers: 1, rule: half })).toThrow(RangeError);
    expect(() => tallyCouncilBallot({ votesFor: -1, totalMembers: 3, rule: half })).toThrow(RangeError);
  });

  it('shuffles a ballot batch without losing or adding ballots', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const out = shuffleCouncilBallots(items, rnd);
    expect([...out].sort((a, b) => a - b)).toEqual(items);
    expect(out).not.toEqual(items);
  });
});

describe('council quorum over ALL members (parameter council.quorum.percent, default 2/3)', () => {
  it.each([
    // members, participants, percent, required, met
    [9, 6, 66.67, 6, true], // 6/9 = 66.666… → 66,67%
    [9, 5, 66.67, 6, false],
    [3, 2, 66.67, 2, true],
    [10, 6, 66.67, 7, false], // 60%
    [10, 7, 66.67, 7, true],
    [12, 8, 66.67, 8, true],
    [151, 100, 66.67, 101, false], // 66,23%
    [151, 101, 66.67, 101, true],
    [7, 4, 50, 4, true], // a local rule "more than half present" configured as 50 → 4/7
    [7, 3, 50, 4, false],
    [5, 0, 0, 0, true],
    [1, 1, 100, 1, true],
  ])('%i members, %i took part, quorum %d%% → needs %i, met %s', (members, participants, percent, required, met) => {
    const q = councilQuorum(members, participants, percent);
    expect(q.required).toBe(required);
    expect(q.met).toBe(met);
  });
  it('refuses impossible counts', () => {
    expect(() => councilQuorum(0, 0, 66.67)).toThrow(RangeError);
    expect(() => councilQuorum(5, 6, 66.67)).toThrow(RangeError);
    expect(() => councilQuorum(5, 1.5, 66.67)).toThrow(RangeError);
  });
});

describe('decision numbers', () => {
  it('formats and parses "123/QĐ-UBND"', () => {
    expect(formatDecisionNumber(123, 'QĐ-UBND')).toBe('123/QĐ-UBND');
    expect(parseDecisionNumber(' 15 / QĐ-UBND ')).toEqual({ seq: 15, symbol: 'QĐ-UBND' });
    expect(parseDecisionNumber('15/QD-UBND')).toBeNull();
    expect(parseDecisionNumber('abc')).toBeNull();
  });
});
