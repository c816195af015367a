import type { ErrorCode } from '@thidua/contracts';

/**
 * The one HTTP client of the web app. Every feature's fetchers go through `api()`, which:
 * - sends the session cookie (same origin) and, on every write, the `X-CSRF-Token` kept from
 *   login or `/api/auth/me` (the server refuses cookie writes without it);
 * - asks for error messages in the UI language (`Accept-Language`);
 * - turns `{code, message, details}` error bodies into `ApiError`, and tells the app shell about
 *   the ones it must act on (session gone, second factor to enrol).
 */

export interface ValidationIssue {
  path: string;
  message: string;
  code?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network_error' | 'bad_response',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level problems of a 400 `validation_failed`, keyed by the body field name. */
  get fieldIssues(): Record<string, string> {
    const issues = (this.details.issues ?? []) as ValidationIssue[];
    const out: Record<string, string> = {};
    for (const i of Array.isArray(issues) ? issues : []) {
      const field = String(i.path ?? '')
        .replace(/^(body|querystring|params)/, '')
        .replace(/^\//, '')
        .split('/')[0];
      if (field && !out[field]) out[field] = i.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let acceptLanguage = 'vi';
type Listener = (e: ApiError) => void;
const listeners = new Set<Listener>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function setApiLanguage(lang: 'vi' | 'en'): void {
  acceptLanguage = lang === 'en' ? 'en, vi;q=0.5' : 'vi';
}
/** The app shell listens for `unauthenticated` and `mfa_setup_required`. */
export function onApiError(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

type QueryValue = string | number | boolean | null | undefined;
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage, ...opts.headers };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network_error', acceptLanguage === 'vi' ? 'Không kết nối được máy chủ.' : 'Cannot reach the server.');
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const b = (data ?? {}) as { code?: string; message?: string; details?: Record<string, unknown> };
    const err = new ApiError(
      res.status,
      (b.code as ErrorCode | undefined) ?? 'bad_response',
      b.message ?? `HTTP ${res.status}`,
      b.details ?? {},
    );
    for (const l of listeners) l(err);
    throw err;
  }
  return data as T;
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
