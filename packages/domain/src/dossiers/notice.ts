// The deadline notices of the inbox ("việc cần xử lý", issue #4): a reminder before a workflow step's
// deadline and an escalation once it has passed (RULES.md §6, the scan of dossierDeadlineStatus). A notice
// is a stable code with its data, which a client words in its own language, and the Vietnamese sentence
// the server stores as the notification's message (which the inbox sends as its `title`).
import { formatDateVi } from '../eligibility/messages.js';
import type { DossierDeadlineAlert } from './deadlines.js';

export const DEADLINE_NOTICE_CODES = ['deadline_reminder', 'deadline_escalation'] as const;
export type DeadlineNoticeCode = (typeof DEADLINE_NOTICE_CODES)[number];

export interface DeadlineNotice {
  readonly code: DeadlineNoticeCode;
  readonly params: {
    readonly dossierId: string;
    readonly dossierTitle: string;
    /** The deadline (ISO date). */
    readonly due: string;
    /** Working days left (reminder) or past the deadline (escalation) on the day of the notice; never negative. */
    readonly workingDays: number;
  };
}

/**
 * The notice of an alert of dossierDeadlineStatus: `workingDaysLeft` as it returns it (negative once
 * overdue).
 */
export function deadlineNotice(
  alert: Exclude<DossierDeadlineAlert, 'none'>,
  d: { dossierId: string; dossierTitle: string; due: string; workingDaysLeft: number },
): DeadlineNotice {
  return {
    code: alert === 'reminder' ? 'deadline_reminder' : 'deadline_escalation',
    params: {
      dossierId: d.dossierId,
      dossierTitle: d.dossierTitle,
      due: d.due,
      workingDays: Math.max(0, alert === 'reminder' ? d.workingDaysLeft : -d.workingDaysLeft),
    },
  };
}

/** The Vietnamese sentence of a notice (NFC), as the notification stores it. */
export function deadlineNoticeTextVi(n: DeadlineNotice): string {
  const { dossierTitle, due, workingDays } = n.params;
  const text =
    n.code === 'deadline_reminder'
      ? `Hồ sơ “${dossierTitle}” sắp đến hạn ${formatDateVi(due)} (còn ${workingDays} ngày làm việc).`
      : `Hồ sơ “${dossierTitle}” đã quá hạn ${formatDateVi(due)} (${workingDays} ngày làm việc).`;
  return text.normalize('NFC');
}
