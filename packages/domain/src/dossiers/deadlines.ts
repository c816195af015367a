// Time limits of each workflow step in working days (RULES.md §5–6): the national ones of Decree
// 152/2025/NĐ-CP Art. 35(3) for state-level awards, and for provincial awards the province's published
// procedure (parameters `deadline.provincial.*`, defaults 20 / 10 / 10 / 5). Counting: the n-th working
// day after the day the step starts (RULES.md §6), through the calendar the caller passes.
import { getAwardDefinition } from '../catalogue/awards.js';
import { parameterDefault } from '../catalogue/parameters.js';
import type { DossierState } from './workflow.js';

/** The part of WorkingDayCalendar the deadline rules need (dates ISO YYYY-MM-DD). */
export interface DossierWorkingDays {
  addWorkingDays(from: string, days: number): string;
  workingDaysBetween(a: string, b: string): number;
}

export type DossierStep = 'board_appraisal' | 'unit_supplement' | 'council' | 'decision' | 'state_review';

export interface DossierDeadline {
  readonly step: DossierStep;
  /** Whose turn it is. */
  readonly owner: 'board_officer' | 'unit_officer' | 'leader';
  readonly parameter: string;
  readonly workingDays: number;
  /** The day the step started (ISO). */
  readonly from: string;
  /** The last day (ISO). */
  readonly due: string;
}

const HIGHEST = new Set([
  'huan_chuong_sao_vang',
  'huan_chuong_ho_chi_minh',
  'huan_chuong_doc_lap_hang_nhat',
  'huan_chuong_doc_lap_hang_nhi',
  'huan_chuong_doc_lap_hang_ba',
  'anh_hung_lao_dong',
  'anh_hung_luc_luong_vu_trang_nhan_dan',
  'ba_me_viet_nam_anh_hung',
  'tinh_thanh_pho_anh_hung',
]);

/** True when the award is decided above the province (Prime Minister, President): the dossier is forwarded. */
export function isStateLevelAward(award: string): boolean {
  const def = getAwardDefinition(award);
  return def !== undefined && (def.level === 'toan_quoc' || def.level === 'nha_nuoc');
}

function param(key: string, overrides: Readonly<Record<string, number>> | undefined): number {
  const v = overrides?.[key] ?? parameterDefault(key);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`parameter ${key} must be a positive integer`);
  return v;
}

export interface DossierDeadlineInput {
  award: string;
  state: DossierState;
  /** The day the current state was entered (ISO, Vietnam date). */
  enteredOn: string;
  /** The day the dossier was appraised (council deadline counts from it). */
  appraisedOn?: string | null;
  /** The day the complete dossier was received (state-level review counts from it). */
  receivedOn?: string | null;
  overrides?: Readonly<Record<string, number>>;
}

/** The deadline of the step the dossier waits in, or null when no step is running. */
export function dossierDeadline(cal: DossierWorkingDays, i: DossierDeadlineInput): DossierDeadline | null {
  const state = isStateLevelAward(i.award);
  const mk = (step: DossierStep, owner: DossierDeadline['owner'], parameter: string, from: string): DossierDeadline => {
    const workingDays = param(parameter, i.overrides);
    return { step, owner, parameter, workingDays, from, due: cal.addWorkingDays(from, workingDays) };
  };
  switch (i.state) {
    case 'submitted':
    case 'resubmitted':
    case 'received':
      return mk('board_appraisal', 'board_officer', 'deadline.provincial.board_appraisal', i.enteredOn);
    case 'returned':
      return mk('unit_supplement', 'unit_officer', 'deadline.provincial.unit_supplement', i.enteredOn);
    case 'appraised':
    case 'posted':
    case 'council_review':
      return mk('council', 'board_officer', 'deadline.provincial.council_after_appraisal', i.appraisedOn ?? i.enteredOn);
    case 'approved':
      if (state) {
        // Decree 152 Art. 35(3): the province reviews and submits a state-level proposal within 30 (40) working days.
        const key = HIGHEST.has(i.award)
          ? 'deadline.national.ministry_province_review_highest'
          : 'deadline.national.ministry_province_review';
        return mk('state_review', 'board_officer', key, i.receivedOn ?? i.enteredOn);
      }
      return mk('decision', 'leader', 'deadline.provincial.decision', i.enteredOn);
    default:
      return null;
  }
}

export type DossierDeadlineAlert = 'none' | 'reminder' | 'escalation';

/**
 * Working days left until `due` seen from `today` (0 on the last day, negative once overdue), and the
 * alert due: a reminder from `reminderDays` working days before, an escalation once the day has passed.
 */
export function dossierDeadlineStatus(
  cal: DossierWorkingDays,
  due: string,
  today: string,
  reminderDays = 3,
): { workingDaysLeft: number; overdue: boolean; alert: DossierDeadlineAlert } {
  const left = cal.workingDaysBetween(today, due);
  const overdue = today > due;
  const alert: DossierDeadlineAlert = overdue ? 'escalation' : left <= reminderDays ? 'reminder' : 'none';
  return { workingDaysLeft: overdue ? -Math.max(1, cal.workingDaysBetween(due, today)) : left, overdue, alert };
}

/**
 * Public posting (Decree 152 Art. 44(2)): at least N working days before the council meets; N is
 * `posting.min_working_days` for orders, state honorary titles and CSTĐ toàn quốc, else the per-form parameter.
 */
export function dossierPostingPeriod(
  cal: DossierWorkingDays,
  award: string,
  startOn: string,
  overrides?: Readonly<Record<string, number>>,
): { days: number; until: string } {
  const national = isStateLevelAward(award) || award === 'chien_si_thi_dua_toan_quoc';
  const days = param(national ? 'posting.min_working_days' : 'posting.other_forms_working_days', overrides);
  return { days, until: cal.addWorkingDays(startOn, days) };
}

/** Whether the award needs public posting before the council (catalogue flag). */
export function awardNeedsPosting(award: string): boolean {
  return getAwardDefinition(award)?.publicPosting ?? false;
}
