import { z } from 'zod';
import { Limit, Offset, Role, Uuid, listOf } from './common.js';

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export const TotpBody = z.strictObject({ mfaToken: z.string().min(10).max(200), code: z.string().regex(/^\d{6}$/) });

export const RoleGrant = z.object({ role: Role, scopeOrgId: Uuid.nullable(), scopeOrgName: z.string().nullable().optional() });
export const User = z.object({
  id: Uuid,
  username: z.string(),
  displayName: z.string(),
  homeOrgId: Uuid.nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  locale: z.enum(['vi', 'en']),
  roles: z.array(RoleGrant),
});
export type User = z.infer<typeof User>;

export const LoginResult = z.union([
  z.object({ user: User, csrfToken: z.string() }),
  z.object({ mfaRequired: z.literal(true), mfaToken: z.string() }),
]);
export const Me = z.object({ user: User, csrfToken: z.string().nullable(), demo: z.boolean() });

/** At least 10 characters; the server also refuses the username itself. */
export const Password = z.string().min(10, 'Mật khẩu phải có ít nhất 10 ký tự').max(200);

export const CreateUser = z.strictObject({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập: 3–50 ký tự a-z, 0-9, . _ -'),
  displayName: z.string().trim().min(1).max(200),
  password: Password,
  homeOrgId: Uuid.optional(),
  roles: z.array(z.strictObject({ role: Role, scopeOrgId: Uuid.nullable() })).min(1),
});
export const UpdateUser = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  isActive: z.boolean().optional(),
  roles: z.array(z.strictObject({ role: Role, scopeOrgId: Uuid.nullable() })).min(1).optional(),
  locale: z.enum(['vi', 'en']).optional(),
});
export const ChangePassword = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password });
export const ResetPassword = z.strictObject({ newPassword: Password });
export const UserListQuery = z.strictObject({ limit: Limit, offset: Offset, q: z.string().max(100).optional() });
export const UserList = listOf(User);
export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const TotpConfirm = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export const CreateToken = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const TokenCreated = z.object({ id: Uuid, name: z.string(), token: z.string() });
