import { describe, expect, it } from 'vitest';
import { DEADLINE_NOTICE_CODES, deadlineNotice, deadlineNoticeTextVi } from '../../src/index.js';

const D = { dossierId: '00000000-0000-4000-8000-000000000001', dossierTitle: 'Đề nghị tặng Giấy khen năm 2025', due: '2026-12-23' };

describe('deadline notices of the inbox', () => {
  it.each([
    // alert, workingDaysLeft (as dossierDeadlineStatus gives it) → code, workingDays, Vietnamese sentence
    ['reminder', 2, 'deadline_reminder', 2, 'Hồ sơ “Đề nghị tặng Giấy khen năm 2025” sắp đến hạn 23/12/2026 (còn 2 ngày làm việc).'],
    ['reminder', 0, 'deadline_reminder', 0, 'Hồ sơ “Đề nghị tặng Giấy khen năm 2025” sắp đến hạn 23/12/2026 (còn 0 ngày làm việc).'],
    ['escalation', -1, 'deadline_escalation', 1, 'Hồ sơ “Đề nghị tặng Giấy khen năm 2025” đã quá hạn 23/12/2026 (1 ngày làm việc).'],
    ['escalation', -7, 'deadline_escalation', 7, 'Hồ sơ “Đề nghị tặng Giấy khen năm 2025” đã quá hạn 23/12/2026 (7 ngày làm việc).'],
  ] as const)('%s with %i working days left → %s, %i days', (alert, workingDaysLeft, code, workingDays, text) => {
    const n = deadlineNotice(alert, { ...D, workingDaysLeft });
    expect(n).toEqual({ code, params: { dossierId: D.dossierId, dossierTitle: D.dossierTitle, due: D.due, workingDays } });
    expect(deadlineNoticeTextVi(n)).toBe(text);
    expect(deadlineNoticeTextVi(n)).toBe(text.normalize('NFC'));
  });

  it('has a code for each alert', () => {
    expect(DEADLINE_NOTICE_CODES).toEqual(['deadline_reminder', 'deadline_escalation']);
  });
});
