import type { UiKey } from '@/i18n/vi';

/** Audit actions and entities the API writes today, with their words; unknown codes are shown as they are. */
export const AUDIT_ACTIONS: Record<string, UiKey> = {
  'auth.login': 'audit.a.auth.login',
  'auth.login.password_ok': 'audit.a.auth.login.password_ok',
  'auth.logout': 'audit.a.auth.logout',
  'auth.totp': 'audit.a.auth.totp',
  'user.create': 'audit.a.user.create',
  'user.update': 'audit.a.user.update',
  'user.password.change': 'audit.a.user.password.change',
  'user.password.reset': 'audit.a.user.password.reset',
  'user.totp.enable': 'audit.a.user.totp.enable',
  'token.create': 'audit.a.token.create',
  'token.revoke': 'audit.a.token.revoke',
  'person.create': 'audit.a.person.create',
  'person.update': 'audit.a.person.update',
  'organisation.create': 'audit.a.organisation.create',
  'calendar.schedule.load': 'audit.a.calendar.schedule.load',
  'calendar.pending.confirm': 'audit.a.calendar.pending.confirm',
};

export const AUDIT_ENTITIES: Record<string, UiKey> = {
  user: 'audit.e.user',
  person: 'audit.e.person',
  organisation: 'audit.e.organisation',
  api_token: 'audit.e.api_token',
  holiday_schedule: 'audit.e.holiday_schedule',
  calendar: 'audit.e.calendar',
};
