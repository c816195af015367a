// Who may act on a dossier: the role table of the workflow (packages/domain dossiers) restricted to
// the grants whose scope covers the dossier's proposing unit (STYLE.md §4).
import type { DbOrTx } from '@thidua/db';
import type { Actor } from '../../http/context.js';
import { organisationRepository } from '../organisations/organisation.repository.js';

/** The roles the actor holds over organisation `orgId` (a grant counts where its scope covers it). */
export async function rolesOver(db: DbOrTx, actor: Actor, orgId: string, cache = new Map<string, string[]>()): Promise<string[]> {
  const out = new Set<string>();
  for (const g of actor.roles) {
    if (g.scopeOrgId === null) {
      out.add(g.role);
      continue;
    }
    let ids = cache.get(g.scopeOrgId);
    if (!ids) cache.set(g.scopeOrgId, (ids = await organisationRepository.scopeIds(db, [g.scopeOrgId])));
    if (ids.includes(orgId)) out.add(g.role);
  }
  return [...out];
}
