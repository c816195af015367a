import type { DbOrTx } from '@thidua/db';
import type { Actor } from '../../http/context.js';
import { scopeRootsFor, type Action } from '../identity/identity.policy.js';
import { organisationRepository } from './organisation.repository.js';

/** Resolves "which organisations may this actor touch for this action" (null = all). */
export class ScopeService {
  constructor(private readonly db: DbOrTx) {}

  async idsFor(actor: Actor, action: Action): Promise<string[] | null> {
    const roots = scopeRootsFor(actor, action);
    if (roots === null) return null;
    return organisationRepository.scopeIds(this.db, roots);
  }

  async contains(actor: Actor, action: Action, orgId: string): Promise<boolean> {
    const ids = await this.idsFor(actor, action);
    return ids === null || ids.includes(orgId);
  }
}
