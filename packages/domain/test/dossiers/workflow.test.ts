import { describe, expect, it } from 'vitest';
import {
  DOSSIER_STATES,
  DOSSIER_TRANSITIONS,
  availableDossierActions,
  checkDossierTransition,
  missingDossierDocuments,
  type DossierAction,
  type DossierState,
} from '../../src/dossiers/index.js';

const ROLES = ['unit_officer', 'board_officer', 'council_member', 'leader', 'admin', 'system'] as const;

/** The table as the issue states it: action → [from states, to, roles]. */
const EXPECTED: Record<DossierAction, { from: DossierState[]; to: DossierState; roles: string[] }> = {
  submit: { from: ['draft'], to: 'submitted', roles: ['unit_officer', 'admin'] },
  receive: { from: ['submitted', 'resubmitted'], to: 'received', roles: ['board_officer', 'admin'] },
  return: { from: ['submitted', 'received', 'resubmitted'], to: 'returned', roles: ['board_officer', 'admin'] },
  resubmit: { from: ['returned'], to: 'resubmitted', roles: ['unit_officer', 'admin'] },
  appraise: { from: ['received'], to: 'appraised', roles: ['board_officer', 'admin'] },
  post: { from: ['appraised'], to: 'posted', roles: ['board_officer', 'admin'] },
  send_to_council: { from: ['appraised', 'posted'], to: 'council_review', roles: ['board_officer', 'admin'] },
  approve: { from: ['council_review'], to: 'approved', roles: ['system'] },
  reject: { from: ['council_review', 'received', 'appraised'], to: 'rejected', roles: ['board_officer', 'admin', 'system'] },
  issue_decision: { from: ['approved'], to: 'decided', roles: ['leader', 'admin', 'system'] },
  forward: { from: ['approved'], to: 'forwarded', roles: ['board_officer', 'leader', 'admin'] },
  withdraw: { from: ['draft', 'returned'], to: 'withdrawn', roles: ['unit_officer', 'admin'] },
};

const cases = Object.entries(EXPECTED).flatMap(([action, e]) =>
  DOSSIER_STATES.flatMap((state) =>
    ROLES.map((role) => ({
      action: action as DossierAction,
      state,
      role,
      allowed: e.from.includes(state) && e.roles.includes(role),
      to: e.to,
    })),
  ),
);

describe('dossier transition table', () => {
  it('has exactly the expected actions', () => {
    expect(DOSSIER_TRANSITIONS.map((t) => t.action).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)('$action from $state by $role → allowed=$allowed', ({ action, state, role, allowed, to }) => {
    const r = checkDossierTransition(state, action, [role], 'lý do');
    expect(r.ok).toBe(allowed);
    if (r.ok) expect(r.transition.to).toBe(to);
    else expect(r.reason).toBe(EXPECTED[action].from.includes(state) ? 'role_not_allowed' : 'wrong_state');
  });

  it('requires a reason for returns, rejections and withdrawals', () => {
    expect(checkDossierTransition('received', 'return', ['board_officer'])).toEqual({ ok: false, reason: 'reason_required' });
    expect(checkDossierTransition('received', 'return', ['board_officer'], '  ')).toEqual({ ok: false, reason: 'reason_required' });
    expect(checkDossierTransition('council_review', 'reject', ['system'])).toEqual({ ok: false, reason: 'reason_required' });
    expect(checkDossierTransition('draft', 'withdraw', ['unit_officer'])).toEqual({ ok: false, reason: 'reason_required' });
    expect(checkDossierTransition('draft', 'submit', ['unit_officer']).ok).toBe(true);
  });

  it('refuses unknown actions', () => {
    expect(checkDossierTransition('draft', 'approve_everything', ['admin'])).toEqual({ ok: false, reason: 'unknown_action' });
  });

  it.each([
    ['draft', ['unit_officer'], ['submit', 'withdraw']],
    ['returned', ['unit_officer'], ['resubmit', 'withdraw']],
    ['submitted', ['board_officer'], ['receive', 'return']],
    ['received', ['board_officer'], ['return', 'appraise', 'reject']],
    ['approved', ['leader'], ['issue_decision', 'forward']],
    ['decided', ['admin'], []],
    ['submitted', ['unit_officer', 'council_member'], []],
  ] as const)('actions available from %s to %j', (state, roles, actions) => {
    expect(availableDossierActions(state, roles)).toEqual(actions);
  });

  it('lists missing documents in the order the award requires them', () => {
    expect(missingDossierDocuments(['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_xet_khen_thuong'], ['bao_cao_thanh_tich', 'khac'])).toEqual(
      ['to_trinh', 'bien_ban_xet_khen_thuong'],
    );
    expect(missingDossierDocuments(['to_trinh'], ['to_trinh'])).toEqual([]);
  });
});
