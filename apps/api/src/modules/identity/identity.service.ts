import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '@thidua/contracts';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository, diff } from '../audit/audit.repository.js';
import { identityRepository as repo, type UserRow } from './identity.repository.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { newTotpSecret, totpUrl, verifyTotp } from './totp.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** Login throttling parameters (security-requirements: lock after 5 failures, temporary, capped). */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountFailures: 5,
  accountLockMs: 15 * 60_000,
  accountLockMaxMs: 60 * 60_000,
  ipFailures: 20,
  mfaChallengeMs: 5 * 60_000,
  mfaMaxAttempts: 5,
};

export interface SessionIssued {
  sessionToken: string;
  csrfToken: string;
  deviceCookie: string;
}

export function presentUser(u: UserRow, roles: { role: string; scopeOrgId: string | null; scopeOrgName?: string | null }[]) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    homeOrgId: u.homeOrgId,
    isActive: u.isActive,
    isDemo: u.isDemo,
    totpEnabled: u.totpEnabled,
    mustChangePassword: u.mustChangePassword,
    locale: (u.locale === 'en' ? 'en' : 'vi') as 'vi' | 'en',
    roles: roles.map((r) => ({ role: r.role as never, scopeOrgId: r.scopeOrgId, scopeOrgName: r.scopeOrgName ?? null })),
  };
}

export class IdentityService {
  constructor(
    private readonly deps: AppDeps,
    private readonly secret: string,
  ) {}

  private get db() {
    return this.deps.db;
  }

  deviceCookieFor(userId: string): string {
    return `${userId}.${createHmac('sha256', this.secret).update(`device:${userId}`).digest('base64url')}`;
  }

  private hasDeviceCookie(userId: string, cookie: string | undefined): boolean {
    if (!cookie) return false;
    const expect = Buffer.from(this.deviceCookieFor(userId));
    const got = Buffer.from(cookie);
    return expect.length === got.length && timingSafeEqual(expect, got);
  }

  /** Throws 429 while the address or (without a known-device cookie) the account is throttled. */
  private async checkThrottle(username: string, ip: string, userId: string | undefined, device: string | undefined) {
    const now = this.deps.now();
    const ipT = await repo.getThrottle(this.db, `ip:${ip}`);
    if (ipT && now.getTime() - ipT.windowStart.getTime() < THROTTLE.windowMs && ipT.failures >= THROTTLE.ipFailures) {
      const retry = Math.ceil((ipT.windowStart.getTime() + THROTTLE.windowMs - now.getTime()) / 1000);
      throw new AppError('too_many_attempts', { retryAfterSeconds: retry });
    }
    // A lock on the account never stops a browser that has logged in to it successfully before
    // (OWASP "device cookie"): an attacker cannot lock an administrator out.
    if (userId && this.hasDeviceCookie(userId, device)) return;
    const acc = await repo.getThrottle(this.db, `u:${username.toLowerCase()}`);
    if (acc?.lockedUntil && acc.lockedUntil > now) {
      throw new AppError('too_many_attempts', { retryAfterSeconds: Math.ceil((acc.lockedUntil.getTime() - now.getTime()) / 1000) });
    }
  }

  private async recordFailure(username: string, ip: string) {
    const now = this.deps.now();
    for (const key of [`ip:${ip}`, `u:${username.toLowerCase()}`]) {
      const cur = await repo.getThrottle(this.db, key);
      const fresh = !cur || now.getTime() - cur.windowStart.getTime() >= THROTTLE.windowMs;
      const failures = fresh ? 1 : cur.failures + 1;
      let lockedUntil = cur?.lockedUntil ?? null;
      let lockCount = cur?.lockCount ?? 0;
      if (key.startsWith('u:') && failures >= THROTTLE.accountFailures) {
        const ms = Math.min(THROTTLE.accountLockMs * 2 ** lockCount, THROTTLE.accountLockMaxMs);
        lockedUntil = new Date(now.getTime() + ms);
        lockCount += 1;
      }
      const lockedNow = key.startsWith('u:') && failures >= THROTTLE.accountFailures;
      await repo.putThrottle(this.db, {
        key,
        failures: lockedNow ? 0 : failures,
        windowStart: fresh || lockedNow ? now : cur!.windowStart,
        lockedUntil,
        lockCount,
      });
    }
  }

  async login(username: string, password: string, meta: RequestMeta, device: string | undefined) {
    const user = await repo.findUserByUsername(this.db, username.trim());
    await this.checkThrottle(username, meta.ip, user?.id, device);
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyHash(), password), false);
    const usable = ok && user && user.isActive && (!user.isDemo || this.deps.config.demo);
    if (!usable) {
      await this.recordFailure(username, meta.ip);
      await auditRepository.append(this.db, {
        at: this.deps.now(),
        actorUserId: user?.id ?? null,
        actorUsername: sanitizeForLog(username),
        action: 'auth.login',
        outcome: 'failed',
        ip: meta.ip,
        requestId: meta.requestId,
      });
      throw new AppError('invalid_credentials');
    }
    await repo.clearThrottle(this.db, `u:${user.username.toLowerCase()}`);
    if (user.totpEnabled && !user.isDemo) {
      const mfaToken = token();
      await repo.insertChallenge(this.db, { id: sha256(mfaToken), userId: user.id, expiresAt: new Date(this.deps.now().getTime() + THROTTLE.mfaChallengeMs) });
      await auditRepository.append(this.db, { at: this.deps.now(), actorUserId: user.id, actorUsername: user.username, action: 'auth.login.password_ok', ip: meta.ip, requestId: meta.requestId });
      return { mfaRequired: true as const, mfaToken };
    }
    return this.issueSession(user, meta);
  }

  async completeTotp(mfaToken: string, code: string, meta: RequestMeta) {
    const now = this.deps.now();
    const ch = await repo.getChallenge(this.db, sha256(mfaToken));
    if (!ch || ch.expiresAt < now || ch.attempts >= THROTTLE.mfaMaxAttempts) throw new AppError('mfa_invalid');
    const user = await repo.getUser(this.db, ch.userId);
    if (!user || !user.totpSecret || !verifyTotp(user.totpSecret, code, now)) {
      await repo.bumpChallenge(this.db, ch.id);
      await auditRepository.append(this.db, { at: now, actorUserId: ch.userId, action: 'auth.totp', outcome: 'failed', ip: meta.ip, requestId: meta.requestId });
      throw new AppError('mfa_invalid');
    }
    await repo.deleteChallenge(this.db, ch.id);
    return this.issueSession(user, meta);
  }

  /** A new session id at every login (no fixation). */
  private async issueSession(user: UserRow, meta: RequestMeta) {
    const now = this.deps.now();
    const sessionToken = token();
    const csrfToken = token();
    await repo.insertSession(this.db, {
      id: sha256(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.deps.config.sessionAbsoluteMs),
      ip: meta.ip,
    });
    await auditRepository.append(this.db, { at: now, actorUserId: user.id, actorUsername: user.username, action: 'auth.login', ip: meta.ip, requestId: meta.requestId });
    const roles = await repo.rolesOf(this.db, [user.id]);
    return {
      user: presentUser(user, roles),
      csrfToken,
      issued: { sessionToken, csrfToken, deviceCookie: this.deviceCookieFor(user.id) } satisfies SessionIssued,
    };
  }

  async logout(actor: Actor, meta: RequestMeta) {
    if (actor.sessionId) await repo.deleteSession(this.db, actor.sessionId);
    await auditRepository.append(this.db, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'auth.logout', ip: meta.ip, requestId: meta.requestId });
  }

  /** Session cookie → actor, enforcing the idle and absolute timeouts. */
  async actorFromSession(sessionToken: string): Promise<Actor | null> {
    const now = this.deps.now();
    const s = await repo.getSession(this.db, sha256(sessionToken));
    if (!s) return null;
    if (s.expiresAt <= now || now.getTime() - s.lastSeenAt.getTime() > this.deps.config.sessionIdleMs) {
      await repo.deleteSession(this.db, s.id);
      return null;
    }
    const user = await repo.getUser(this.db, s.userId);
    if (!user || !user.isActive || (user.isDemo && !this.deps.config.demo)) return null;
    // Write the last-seen time at most once a minute: reads stay cheap.
    if (now.getTime() - s.lastSeenAt.getTime() > 60_000) await repo.touchSession(this.db, s.id, now);
    return this.toActor(user, 'session', s.id, s.csrfToken);
  }

  async actorFromToken(bearer: string): Promise<Actor | null> {
    const t = await repo.findToken(this.db, sha256(bearer));
    if (!t) return null;
    const user = await repo.getUser(this.db, t.userId);
    if (!user || !user.isActive || (user.isDemo && !this.deps.config.demo)) return null;
    await repo.touchToken(this.db, t.id, this.deps.now());
    return this.toActor(user, 'token');
  }

  private async toActor(user: UserRow, via: 'session' | 'token', sessionId?: string, csrfToken?: string): Promise<Actor> {
    const roles = await repo.rolesOf(this.db, [user.id]);
    const isAdmin = roles.some((r) => r.role === 'admin');
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: roles.map((r) => ({ role: r.role, scopeOrgId: r.scopeOrgId })),
      isDemo: user.isDemo,
      via,
      ...(sessionId ? { sessionId } : {}),
      ...(csrfToken ? { csrfToken } : {}),
      // Administrators need a second factor; the demo accounts alone are exempt (CONTRACT.md).
      mfaSetupRequired: isAdmin && !user.totpEnabled && !user.isDemo,
    };
  }

  async me(actor: Actor) {
    const user = await repo.getUser(this.db, actor.userId);
    if (!user) throw new AppError('unauthenticated');
    const roles = await repo.rolesOf(this.db, [user.id]);
    return { user: presentUser(user, roles), csrfToken: actor.csrfToken ?? null, demo: this.deps.config.demo };
  }

  async listUsers(q: { q?: string | undefined; limit: number; offset: number }) {
    const { items, total } = await repo.listUsers(this.db, q);
    const roles = await repo.rolesOf(this.db, items.map((u) => u.id));
    return { items: items.map((u) => presentUser(u, roles.filter((r) => r.userId === u.id))), total };
  }

  async getUser(id: string) {
    const u = await repo.getUser(this.db, id);
    if (!u) throw new AppError('not_found');
    return presentUser(u, await repo.rolesOf(this.db, [u.id]));
  }

  async createUser(
    actor: Actor | null,
    input: { username: string; displayName: string; password: string; homeOrgId?: string | undefined; roles: { role: string; scopeOrgId: string | null }[]; isDemo?: boolean; totpSecret?: string },
    meta?: RequestMeta,
  ) {
    if (input.password.toLowerCase().includes(input.username.toLowerCase())) {
      throw new AppError('validation_failed', { issues: [{ path: 'password', message: 'Mật khẩu không được chứa tên đăng nhập' }] });
    }
    return this.db.transaction(async (tx) => {
      if (await repo.findUserByUsername(tx, input.username)) throw new AppError('conflict', { field: 'username' }, 'Tên đăng nhập đã tồn tại.');
      const u = await repo.insertUser(tx, {
        username: input.username,
        displayName: input.displayName.normalize('NFC'),
        passwordHash: await hashPassword(input.password),
        homeOrgId: input.homeOrgId ?? null,
        isDemo: input.isDemo ?? false,
        totpSecret: input.totpSecret ?? null,
        totpEnabled: Boolean(input.totpSecret),
        mustChangePassword: Boolean(actor),
      });
      await repo.replaceRoles(tx, u.id, input.roles);
      await auditRepository.append(tx, {
        at: this.deps.now(),
        actorUserId: actor?.userId ?? null,
        actorUsername: actor?.username ?? 'cli',
        action: 'user.create',
        entity: 'user',
        entityId: u.id,
        after: { username: u.username, displayName: u.displayName, roles: input.roles },
        ip: meta?.ip ?? null,
        requestId: meta?.requestId ?? null,
      });
      return presentUser(u, await repo.rolesOf(tx, [u.id]));
    });
  }

  async updateUser(actor: Actor, id: string, input: { displayName?: string | undefined; isActive?: boolean | undefined; roles?: { role: string; scopeOrgId: string | null }[] | undefined; locale?: 'vi' | 'en' | undefined }, meta: RequestMeta) {
    return this.db.transaction(async (tx) => {
      const before = await repo.getUserForUpdate(tx, id);
      if (!before) throw new AppError('not_found');
      const beforeRoles = await repo.rolesOf(tx, [id]);
      const after = await repo.updateUser(tx, id, {
        ...(input.displayName !== undefined ? { displayName: input.displayName.normalize('NFC') } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
      });
      if (input.roles) await repo.replaceRoles(tx, id, input.roles);
      if (input.isActive === false) await repo.deleteSessionsOfUser(tx, id);
      const d = diff(
        { displayName: before.displayName, isActive: before.isActive, locale: before.locale, roles: beforeRoles.map((r) => ({ role: r.role, scopeOrgId: r.scopeOrgId })) },
        { displayName: after!.displayName, isActive: after!.isActive, locale: after!.locale, roles: input.roles ?? beforeRoles.map((r) => ({ role: r.role, scopeOrgId: r.scopeOrgId })) },
      );
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'user.update', entity: 'user', entityId: id, ...d, ip: meta.ip, requestId: meta.requestId });
      return presentUser(after!, await repo.rolesOf(tx, [id]));
    });
  }

  async setOwnLocale(actor: Actor, locale: 'vi' | 'en') {
    await repo.updateUser(this.db, actor.userId, { locale });
    return this.me(actor);
  }

  async changeOwnPassword(actor: Actor, current: string, next: string, meta: RequestMeta) {
    const u = await repo.getUser(this.db, actor.userId);
    if (!u || !(await verifyPassword(u.passwordHash, current))) throw new AppError('invalid_credentials');
    if (next.toLowerCase().includes(u.username.toLowerCase())) throw new AppError('validation_failed', { issues: [{ path: 'newPassword', message: 'Mật khẩu không được chứa tên đăng nhập' }] });
    await this.db.transaction(async (tx) => {
      await repo.updateUser(tx, u.id, { passwordHash: await hashPassword(next), mustChangePassword: false, passwordChangedAt: this.deps.now() });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'user.password.change', entity: 'user', entityId: u.id, ip: meta.ip, requestId: meta.requestId });
    });
  }

  /** An administrator sets a new password; the user must change it at next login; sessions end. */
  async resetPassword(actor: Actor, id: string, next: string, meta: RequestMeta) {
    await this.db.transaction(async (tx) => {
      const u = await repo.getUserForUpdate(tx, id);
      if (!u) throw new AppError('not_found');
      await repo.updateUser(tx, id, { passwordHash: await hashPassword(next), mustChangePassword: true, passwordChangedAt: this.deps.now() });
      await repo.deleteSessionsOfUser(tx, id);
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'user.password.reset', entity: 'user', entityId: id, ip: meta.ip, requestId: meta.requestId });
    });
  }

  /** Enrolment; replacing an enabled second factor needs a current code (no silent downgrade). */
  async startTotpSetup(actor: Actor, currentCode?: string) {
    const u = await repo.getUser(this.db, actor.userId);
    if (!u) throw new AppError('not_found');
    if (u.totpEnabled && (!currentCode || !u.totpSecret || !verifyTotp(u.totpSecret, currentCode, this.deps.now()))) throw new AppError('mfa_invalid', { currentCodeRequired: true });
    const secret = newTotpSecret();
    // A new secret replaces the old one only once a correct code confirms it.
    await repo.updateUser(this.db, u.id, u.totpEnabled ? { pendingTotpSecret: secret } : { totpSecret: secret, totpEnabled: false, pendingTotpSecret: null });
    return { secret, otpauthUrl: totpUrl(secret, u.username) };
  }

  async confirmTotp(actor: Actor, code: string, meta: RequestMeta) {
    const u = await repo.getUser(this.db, actor.userId);
    const secret = u?.pendingTotpSecret ?? u?.totpSecret;
    if (!u || !secret || !verifyTotp(secret, code, this.deps.now())) throw new AppError('mfa_invalid');
    await this.db.transaction(async (tx) => {
      await repo.updateUser(tx, u.id, { totpEnabled: true, totpSecret: secret, pendingTotpSecret: null });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'user.totp.enable', entity: 'user', entityId: u.id, ip: meta.ip, requestId: meta.requestId });
    });
  }

  async createToken(actor: Actor, name: string, meta: RequestMeta) {
    const raw = `thd_${token()}`;
    const row = await this.db.transaction(async (tx) => {
      const r = await repo.insertToken(tx, { userId: actor.userId, name, tokenHash: sha256(raw) });
      await auditRepository.append(tx, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'token.create', entity: 'api_token', entityId: r.id, after: { name }, ip: meta.ip, requestId: meta.requestId });
      return r;
    });
    return { id: row.id, name: row.name, token: raw };
  }

  async revokeToken(actor: Actor, id: string, meta: RequestMeta) {
    const ok = await repo.revokeToken(this.db, actor.userId, id, this.deps.now());
    if (!ok) throw new AppError('not_found');
    await auditRepository.append(this.db, { at: this.deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'token.revoke', entity: 'api_token', entityId: id, ip: meta.ip, requestId: meta.requestId });
  }

  listTokens(actor: Actor) {
    return repo.listTokens(this.db, actor.userId);
  }
}

/** Usernames typed at login go to the audit log: strip control characters (log injection). */
export function sanitizeForLog(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100);
}
