import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangePassword, CreateToken, CreateUser, LoginBody, Me, ResetPassword, TokenCreated, TotpBody, TotpConfirm, TotpSetup,
  UpdateUser, User, UserList, UserListQuery, Uuid,
} from '@thidua/contracts';
import type { AppDeps } from '../../http/context.js';
import { DEVICE_COOKIE, SESSION_COOKIE, metaOf, requireActor } from '../../http/auth.js';
import type { IdentityService, SessionIssued } from './identity.service.js';

export function identityRoutes(app: FastifyInstance, identity: IdentityService, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieBase = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.config.cookieSecure };
  const setCookies = (reply: { setCookie: (n: string, v: string, o: object) => unknown }, s: SessionIssued) => {
    reply.setCookie(SESSION_COOKIE, s.sessionToken, { ...cookieBase, maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000) });
    reply.setCookie(DEVICE_COOKIE, s.deviceCookie, { ...cookieBase, maxAge: 365 * 24 * 3600 });
  };

  r.post('/api/auth/login', { schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginBody } }, async (req, reply) => {
    const res = await identity.login(req.body.username, req.body.password, metaOf(req), req.cookies[DEVICE_COOKIE]);
    if ('mfaRequired' in res) return res;
    setCookies(reply, res.issued);
    return { user: res.user, csrfToken: res.csrfToken };
  });
  r.post('/api/auth/login/totp', { schema: { tags: ['auth'], summary: 'Hoàn tất đăng nhập bằng mã TOTP', body: TotpBody } }, async (req, reply) => {
    const res = await identity.completeTotp(req.body.mfaToken, req.body.code, metaOf(req));
    setCookies(reply, res.issued);
    return { user: res.user, csrfToken: res.csrfToken };
  });
  r.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (req) => identity.me(requireActor(req)));
  r.post('/api/auth/logout', { schema: { tags: ['auth'] } }, async (req, reply) => {
    await identity.logout(requireActor(req), metaOf(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  r.post('/api/auth/password', { schema: { tags: ['auth'], summary: 'Đổi mật khẩu của mình', body: ChangePassword } }, async (req) => {
    await identity.changeOwnPassword(requireActor(req), req.body.currentPassword, req.body.newPassword, metaOf(req));
    return { ok: true };
  });
  r.post(
    '/api/auth/totp/setup',
    { schema: { tags: ['auth'], summary: 'Bắt đầu (hoặc thay) xác thực hai lớp; khi đã bật cần mã hiện tại', body: z.strictObject({ currentCode: z.string().regex(/^\d{6}$/).optional() }).nullish(), response: { 200: TotpSetup } } },
    async (req) => identity.startTotpSetup(requireActor(req), req.body?.currentCode),
  );
  r.patch('/api/auth/me', { schema: { tags: ['auth'], summary: 'Đổi ngôn ngữ giao diện của mình', body: z.strictObject({ locale: z.enum(['vi', 'en']) }), response: { 200: Me } } }, async (req) =>
    identity.setOwnLocale(requireActor(req), req.body.locale),
  );
  r.post('/api/auth/totp/confirm', { schema: { tags: ['auth'], body: TotpConfirm } }, async (req) => {
    await identity.confirmTotp(requireActor(req), req.body.code, metaOf(req));
    return { ok: true };
  });

  r.get('/api/v1/users', { schema: { tags: ['users'], querystring: UserListQuery, response: { 200: UserList } } }, async (req) => {
    requireActor(req, 'user.manage');
    return identity.listUsers(req.query);
  });
  r.get('/api/v1/users/:id', { schema: { tags: ['users'], params: z.object({ id: Uuid }), response: { 200: User } } }, async (req) => {
    requireActor(req, 'user.manage');
    return identity.getUser(req.params.id);
  });
  r.post('/api/v1/users', { schema: { tags: ['users'], body: CreateUser, response: { 201: User } } }, async (req, reply) => {
    const actor = requireActor(req, 'user.manage');
    const u = await identity.createUser(actor, req.body, metaOf(req));
    return reply.status(201).send(u);
  });
  r.patch('/api/v1/users/:id', { schema: { tags: ['users'], params: z.object({ id: Uuid }), body: UpdateUser, response: { 200: User } } }, async (req) =>
    identity.updateUser(requireActor(req, 'user.manage'), req.params.id, req.body, metaOf(req)),
  );
  r.post('/api/v1/users/:id/password', { schema: { tags: ['users'], summary: 'Quản trị đặt lại mật khẩu', params: z.object({ id: Uuid }), body: ResetPassword } }, async (req) => {
    await identity.resetPassword(requireActor(req, 'user.manage'), req.params.id, req.body.newPassword, metaOf(req));
    return { ok: true };
  });

  r.get('/api/v1/tokens', { schema: { tags: ['auth'] } }, async (req) => {
    const items = await identity.listTokens(requireActor(req));
    return { items, total: items.length };
  });
  r.post('/api/v1/tokens', { schema: { tags: ['auth'], summary: 'Tạo mã truy cập API cá nhân', body: CreateToken, response: { 201: TokenCreated } } }, async (req, reply) => {
    const t = await identity.createToken(requireActor(req), req.body.name, metaOf(req));
    return reply.status(201).send(t);
  });
  r.delete('/api/v1/tokens/:id', { schema: { tags: ['auth'], params: z.object({ id: Uuid }) } }, async (req) => {
    await identity.revokeToken(requireActor(req), req.params.id, metaOf(req));
    return { ok: true };
  });
}
