import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '@thidua/contracts';
import type { Actor, RequestMeta } from './context.js';
import { hasAnyRole, type Action } from '../modules/identity/identity.policy.js';
import type { IdentityService } from '../modules/identity/identity.service.js';

export const SESSION_COOKIE = 'thidua_sid';
export const DEVICE_COOKIE = 'thidua_dev';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes open before a session exists, or that complete a login. */
const CSRF_EXEMPT = new Set(['/api/auth/login', '/api/auth/login/totp']);
/** What an administrator who still has to enrol a second factor may call. */
const MFA_SETUP_ALLOWED = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/password', '/api/auth/totp/setup', '/api/auth/totp/confirm']);

function safeEqual(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerAuth(app: FastifyInstance, identity: IdentityService) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api')) return;
    const authz = req.headers.authorization;
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      req.actor = m ? await identity.actorFromToken(m[1]!) : null;
      if (!req.actor) throw new AppError('unauthenticated');
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (sid) req.actor = await identity.actorFromSession(sid);
  });
  app.addHook('preHandler', async (req) => {
    if (SAFE.has(req.method) || !req.actor || req.actor.via !== 'session') return;
    const path = req.url.split('?')[0]!;
    if (CSRF_EXEMPT.has(path)) return;
    const h = req.headers['x-csrf-token'];
    if (typeof h !== 'string' || !safeEqual(h, req.actor.csrfToken)) throw new AppError('csrf_failed');
  });
}

/** The acting user, or 401. With an action: 403 when none of the actor's roles allows it anywhere. */
export function requireActor(req: FastifyRequest, action?: Action): Actor {
  const a = req.actor;
  if (!a) throw new AppError('unauthenticated');
  if (a.mfaSetupRequired && !MFA_SETUP_ALLOWED.has(req.url.split('?')[0]!)) throw new AppError('mfa_setup_required');
  if (action && !hasAnyRole(a, action)) throw new AppError('forbidden');
  return a;
}

export function metaOf(req: FastifyRequest): RequestMeta {
  return { ip: req.ip, requestId: String(req.id) };
}
