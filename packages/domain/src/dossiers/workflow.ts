// The award-dossier workflow (hồ sơ đề nghị khen thưởng) as a transition table: Law 06/2022/QH15
// Art. 83–84 (who proposes, what the dossier holds), Decree 152/2025/NĐ-CP Art. 33–35 and 44 (appraisal,
// public posting, council, time limits). Which role may take which transition is part of the table.

export const DOSSIER_STATES = [
  'draft', // nháp (unit)
  'submitted', // đã gửi (unit → board)
  'received', // đã tiếp nhận (board)
  'returned', // trả lại để bổ sung (board → unit)
  'resubmitted', // đã bổ sung, gửi lại
  'appraised', // đã thẩm định (opinion + eligibility snapshot)
  'posted', // đang công khai lấy ý kiến (Decree 152 Art. 44(2))
  'council_review', // đưa ra Hội đồng Thi đua – Khen thưởng
  'approved', // Hội đồng tán thành
  'rejected', // không được Hội đồng tán thành / không đủ điều kiện
  'decided', // đã có quyết định khen thưởng
  'forwarded', // trình cấp trên (Thủ tướng, Chủ tịch nước)
  'withdrawn', // đơn vị rút hồ sơ
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_ACTIONS = [
  'submit',
  'receive',
  'return',
  'resubmit',
  'appraise',
  'post',
  'send_to_council',
  'approve',
  'reject',
  'issue_decision',
  'forward',
  'withdraw',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Roles of the platform that act on dossiers; `system` = the server itself (council close, decision issue). */
export type DossierRole = 'unit_officer' | 'board_officer' | 'council_member' | 'leader' | 'admin' | 'system';

export interface DossierTransition {
  readonly action: DossierAction;
  readonly from: readonly DossierState[];
  readonly to: DossierState;
  readonly roles: readonly DossierRole[];
  /** A reason text is required (returns, rejections, withdrawals). */
  readonly reasonRequired: boolean;
  readonly basis: string;
}

const LAW = 'Luật Thi đua, khen thưởng 2022';
const D152 = 'Nghị định 152/2025/NĐ-CP';

export const DOSSIER_TRANSITIONS: readonly DossierTransition[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    roles: ['unit_officer', 'admin'],
    reasonRequired: false,
    basis: `Điều 83, 84 ${LAW}`,
  },
  {
    action: 'receive',
    from: ['submitted', 'resubmitted'],
    to: 'received',
    roles: ['board_officer', 'admin'],
    reasonRequired: false,
    basis: `Điều 84 ${LAW}`,
  },
  {
    action: 'return',
    from: ['submitted', 'received', 'resubmitted'],
    to: 'returned',
    roles: ['board_officer', 'admin'],
    reasonRequired: true,
    basis: `Điều 35 ${D152}`,
  },
  {
    action: 'resubmit',
    from: ['returned'],
    to: 'resubmitted',
    roles: ['unit_officer', 'admin'],
    reasonRequired: false,
    basis: `Điều 84 ${LAW}`,
  },
  {
    action: 'appraise',
    from: ['received'],
    to: 'appraised',
    roles: ['board_officer', 'admin'],
    reasonRequired: false,
    basis: `Điều 35 ${D152}`,
  },
  {
    action: 'post',
    from: ['appraised'],
    to: 'posted',
    roles: ['board_officer', 'admin'],
    reasonRequired: false,
    basis: `khoản 2 Điều 44 ${D152}`,
  },
  {
    action: 'send_to_council',
    from: ['appraised', 'posted'],
    to: 'council_review',
    roles: ['board_officer', 'admin'],
    reasonRequired: false,
    basis: `Điều 33 ${D152}`,
  },
  {
    action: 'approve',
    from: ['council_review'],
    to: 'approved',
    roles: ['system'],
    reasonRequired: false,
    basis: `khoản 5 Điều 33 ${D152}`,
  },
  {
    action: 'reject',
    from: ['council_review', 'received', 'appraised'],
    to: 'rejected',
    roles: ['board_officer', 'admin', 'system'],
    reasonRequired: true,
    basis: `khoản 5 Điều 33 ${D152}`,
  },
  {
    action: 'issue_decision',
    from: ['approved'],
    to: 'decided',
    roles: ['leader', 'admin', 'system'],
    reasonRequired: false,
    basis: `Điều 78–80 ${LAW}`,
  },
  {
    action: 'forward',
    from: ['approved'],
    to: 'forwarded',
    roles: ['board_officer', 'leader', 'admin'],
    reasonRequired: false,
    basis: `khoản 3 Điều 35 ${D152}`,
  },
  {
    action: 'withdraw',
    from: ['draft', 'returned'],
    to: 'withdrawn',
    roles: ['unit_officer', 'admin'],
    reasonRequired: true,
    basis: `Điều 84 ${LAW}`,
  },
];

export type DossierTransitionCheck =
  | { ok: true; transition: DossierTransition }
  | { ok: false; reason: 'unknown_action' | 'wrong_state' | 'role_not_allowed' | 'reason_required'; allowedFrom?: readonly DossierState[] };

/** May an actor holding `roles` take `action` on a dossier in `state`? Pure; the caller adds scope checks. */
export function checkDossierTransition(
  state: DossierState,
  action: string,
  roles: readonly string[],
  reason?: string | null,
): DossierTransitionCheck {
  const t = DOSSIER_TRANSITIONS.find((x) => x.action === action);
  if (!t) return { ok: false, reason: 'unknown_action' };
  if (!t.from.includes(state)) return { ok: false, reason: 'wrong_state', allowedFrom: t.from };
  if (!roles.some((r) => (t.roles as readonly string[]).includes(r))) return { ok: false, reason: 'role_not_allowed' };
  if (t.reasonRequired && !(reason ?? '').trim()) return { ok: false, reason: 'reason_required' };
  return { ok: true, transition: t };
}

/** The actions a holder of `roles` may take from `state` (for `abilities` in responses). */
export function availableDossierActions(state: DossierState, roles: readonly string[]): DossierAction[] {
  return DOSSIER_TRANSITIONS.filter((t) => t.from.includes(state) && roles.some((r) => (t.roles as readonly string[]).includes(r))).map(
    (t) => t.action,
  );
}

/** States in which the unit may still edit content and attachments. */
export const DOSSIER_EDITABLE_STATES: readonly DossierState[] = ['draft', 'returned'];

export const DOSSIER_STATE_LABELS_VI: Record<DossierState, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  received: 'Đã tiếp nhận',
  returned: 'Trả lại để bổ sung',
  resubmitted: 'Đã bổ sung, gửi lại',
  appraised: 'Đã thẩm định',
  posted: 'Đang công khai lấy ý kiến',
  council_review: 'Đang xét tại Hội đồng',
  approved: 'Hội đồng tán thành',
  rejected: 'Không được đề nghị khen thưởng',
  decided: 'Đã có quyết định',
  forwarded: 'Đã trình cấp trên',
  withdrawn: 'Đơn vị đã rút',
};

/** Documents required by the award that are not among `present` (Law 2022 Art. 84). */
export function missingDossierDocuments(required: readonly string[], present: readonly string[]): string[] {
  const have = new Set(present);
  return required.filter((k) => !have.has(k));
}
