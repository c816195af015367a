import type { Db } from '@thidua/db';
import type { Config } from '../config.js';

export interface RoleGrant {
  role: string;
  scopeOrgId: string | null;
}

/** Who is acting: resolved once per request from the session cookie or the bearer token. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  isDemo: boolean;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  mfaSetupRequired: boolean;
}

export interface RequestMeta {
  ip: string;
  requestId: string;
}

export interface AppDeps {
  db: Db;
  config: Config;
  /** The clock: every rule and expiry takes `now` from here, so tests can move time. */
  now: () => Date;
  dbKind: 'pglite' | 'postgres';
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
