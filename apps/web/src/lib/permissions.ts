import type { Role } from '@thidua/contracts';

/**
 * Which roles may do what, for showing menus and buttons only: the server decides (and record
 * responses carry `abilities`). A copy of `PERMISSIONS` in apps/api identity.policy.ts, which the web
 * app may not import; keep the two in step (better: move the table into @thidua/contracts).
 */
export const PERMISSIONS = {
  'organisation.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'organisation.write': ['admin', 'board_officer'],
  'person.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'person.write': ['admin', 'board_officer', 'unit_officer'],
  'eligibility.evaluate': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'user.manage': ['admin'],
  'audit.read': ['admin', 'auditor'],
  'dossier.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'auditor'],
  'dossier.write': ['admin', 'board_officer', 'unit_officer'],
  'decision.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'auditor'],
  'decision.issue': ['admin', 'leader'],
  'council.manage': ['admin', 'board_officer'],
  // Not in the server table: the calendar routes only need a session.
  'calendar.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'registry.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'registry.import': ['admin', 'board_officer'],
  'registry.write': ['admin', 'board_officer'],
  'registry.campaign.read': ['admin', 'board_officer', 'unit_officer', 'leader', 'auditor'],
  'registry.campaign.manage': ['admin', 'board_officer'],
  'registry.campaign.enter': ['admin', 'board_officer', 'unit_officer'],
  'registry.campaign.adjudicate': ['admin', 'board_officer'],
  'registry.reissue.request': ['admin', 'board_officer', 'unit_officer'],
  'catalogue.manage': ['admin'],
  'movement.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'movement.manage': ['admin', 'board_officer', 'cluster_secretariat'],
  'movement.register': ['admin', 'board_officer', 'unit_officer'],
  'movement.review': ['admin', 'board_officer'],
  'cluster.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'cluster.manage': ['admin', 'cluster_secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(roles: readonly { role: Role }[], action: Action): boolean {
  const allowed = PERMISSIONS[action] as readonly Role[];
  return roles.some((g) => allowed.includes(g.role));
}

/** Every role, in the order the UI lists them; the type check fails if contracts add one. */
export const ROLE_ORDER = [
  'admin',
  'board_officer',
  'unit_officer',
  'council_member',
  'leader',
  'cluster_secretariat',
  'auditor',
] as const satisfies readonly Role[];
type _AllRolesListed = Exclude<Role, (typeof ROLE_ORDER)[number]> extends never ? true : never;
export const _allRolesListed: _AllRolesListed = true;
