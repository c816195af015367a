import { AppError } from '@thidua/contracts';

/**
 * A fixed-window counter per key (an address, a dossier) for the public endpoints. In memory, per
 * process: behind several API processes each has its own window (documented limit). The clock is the
 * app's (`deps.now`), so tests can move time. Over the limit → `too_many_attempts` (429, Retry-After).
 */
export class FixedWindowLimiter {
  private readonly hits = new Map<string, { start: number; n: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => Date,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one hit for `key`; throws when the window already holds `limit` hits. */
  hit(key: string, details: Record<string, unknown> = {}): void {
    const now = this.now().getTime();
    const h = this.hits.get(key);
    if (!h || now - h.start >= this.windowMs) {
      if (this.hits.size >= this.maxKeys) this.hits.clear();
      this.hits.set(key, { start: now, n: 1 });
      return;
    }
    if (h.n >= this.limit) throw new AppError('too_many_attempts', { ...details, retryAfterSeconds: Math.max(1, Math.ceil((h.start + this.windowMs - now) / 1000)) });
    h.n++;
  }
}
