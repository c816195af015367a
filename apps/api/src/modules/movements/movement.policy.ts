import { MOVEMENT_REGISTRATION_TRANSITIONS, type MovementRegistrationState } from '@thidua/domain';
import type { Actor } from '../../http/context.js';
import { PERMISSIONS, type Action } from '../identity/identity.policy.js';

/**
 * Who may do what to a movement registration (STYLE.md §4). Reading needs `movement.read` over the unit;
 * approving or returning needs a `movement.review` grant AT the level that reviews it (the level directly
 * above the registering unit, or a successor of that level after a merger) — a grant higher up the tree
 * covers the unit but is refused with `movement_review_wrong_level`; resubmitting a returned one needs
 * `movement.register` over the unit.
 */
export function grantRoots(actor: Actor, action: Action): (string | null)[] {
  const allowed = PERMISSIONS[action] as readonly string[];
  return [...new Set(actor.roles.filter((g) => allowed.includes(g.role)).map((g) => g.scopeOrgId))];
}

export function registrationAbilities(state: MovementRegistrationState, who: { atReviewLevel: boolean; mayRegister: boolean }) {
  const next = MOVEMENT_REGISTRATION_TRANSITIONS[state];
  return {
    approve: who.atReviewLevel && next.approve !== undefined,
    return: who.atReviewLevel && next.return !== undefined,
    resubmit: who.mayRegister && next.resubmit !== undefined,
  };
}
