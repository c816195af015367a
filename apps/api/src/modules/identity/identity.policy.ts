import type { Actor } from '../../http/context.js';

/**
 * Who may do what: a table from action to roles (STYLE.md §4). Every grant is scoped to a subtree of
 * organisations (the role's scope root, its descendants and their predecessors through time); a
 * grant with no scope root is nationwide. Records outside the actor's scope answer 404.
 */
export const PERMISSIONS = {
  'organisation.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'organisation.write': ['admin', 'board_officer'],
  'person.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'person.write': ['admin', 'board_officer', 'unit_officer'],
  'person.viewCitizenId': ['admin', 'board_officer'],
  'user.manage': ['admin'],
  'audit.read': ['admin', 'auditor'],
  'eligibility.evaluate': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'calendar.manage': ['admin'],
  'catalogue.manage': ['admin'],
  'dossier.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'auditor'],
  'dossier.write': ['admin', 'board_officer', 'unit_officer'],
  'council.manage': ['admin', 'board_officer'],
  'council.vote': ['council_member'],
  'decision.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'auditor'],
  'decision.issue': ['admin', 'leader'],
  'registry.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'registry.import': ['admin', 'board_officer'],
  'registry.write': ['admin', 'board_officer'],
  'registry.campaign.read': ['admin', 'board_officer', 'unit_officer', 'leader', 'auditor'],
  'registry.campaign.manage': ['admin', 'board_officer'],
  'registry.campaign.enter': ['admin', 'board_officer', 'unit_officer'],
  'registry.campaign.adjudicate': ['admin', 'board_officer'],
  'registry.reissue.request': ['admin', 'board_officer', 'unit_officer'],
  'cluster.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'cluster.manage': ['admin', 'cluster_secretariat'],
  'cluster.participate': ['board_officer', 'leader'],
  'movement.read': ['admin', 'board_officer', 'unit_officer', 'council_member', 'leader', 'cluster_secretariat', 'auditor'],
  'movement.manage': ['admin', 'board_officer', 'cluster_secretariat'],
  'movement.register': ['admin', 'board_officer', 'unit_officer'],
  'movement.review': ['admin', 'board_officer'],
} as const satisfies Record<string, readonly string[]>;

export type Action = keyof typeof PERMISSIONS;

/** The scope roots under which the actor may do `action`; `null` means nationwide; [] means nowhere. */
export function scopeRootsFor(actor: Actor, action: Action): string[] | null {
  const allowed = PERMISSIONS[action] as readonly string[];
  const roots: string[] = [];
  for (const g of actor.roles) {
    if (!allowed.includes(g.role)) continue;
    if (g.scopeOrgId === null) return null;
    roots.push(g.scopeOrgId);
  }
  return roots;
}

export function hasAnyRole(actor: Actor, action: Action): boolean {
  const allowed = PERMISSIONS[action] as readonly string[];
  return actor.roles.some((g) => allowed.includes(g.role));
}
