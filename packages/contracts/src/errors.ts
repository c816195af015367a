/**
 * The closed list of error codes of the public interface (CONTRACT.md). A code never changes
 * meaning; messages come from the i18n catalogue. Each entry says when it is thrown and its status.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, when: 'The request does not match its schema (unknown fields, wrong types, bad values).' },
  rule_set_unknown: { status: 400, when: 'No eligibility rule set is encoded for the date asked (before 2018-01-01).' },
  unknown_award: { status: 400, when: 'The award code is not in the catalogue.' },
  unauthenticated: { status: 401, when: 'No valid session or token.' },
  invalid_credentials: { status: 401, when: 'Wrong username or password (never says which).' },
  mfa_invalid: { status: 401, when: 'Wrong or expired second-factor code or challenge.' },
  csrf_failed: { status: 403, when: 'A cookie-authenticated write without the matching X-CSRF-Token header.' },
  forbidden: { status: 403, when: 'The actor may see the record but not do this to it.' },
  mfa_setup_required: { status: 403, when: 'An administrator without a second factor must enrol one first.' },
  not_found: { status: 404, when: 'No such record, or the record is outside the actor scope (never a leak).' },
  conflict: { status: 409, when: 'The change conflicts with stored data (e.g. a username already taken).' },
  precondition_failed: { status: 412, when: 'If-Match names an old version: someone changed the record meanwhile.' },
  payload_too_large: { status: 413, when: 'The body or upload is larger than allowed.' },
  unsupported_media_type: { status: 415, when: 'The content type is not accepted here.' },
  precondition_required: { status: 428, when: 'The change needs an If-Match header.' },
  too_many_attempts: { status: 429, when: 'Too many failed logins or requests; try again after Retry-After seconds.' },
  internal_error: { status: 500, when: 'An unexpected failure; nothing was half-written (the transaction rolled back).' },
  service_unavailable: { status: 503, when: 'The database is not reachable.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.status = ERROR_CODES[code].status;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
