import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@thidua/db';
import { DEFAULT_JOB_RETENTION_DAYS } from '../config.js';

/**
 * The database-backed job runner (ARCHITECTURE.md): modules register handlers by kind and enqueue
 * jobs with `enqueueJob(tx, …)` inside the transaction of the change that causes them, so a job
 * exists exactly when its cause was committed. One job runs at a time per process (PGlite has one
 * connection; imports are chunked into short transactions). A job left `running` by a process that
 * died (kill -9) is taken up again: at start-up on the embedded database (one process holds its
 * lock), and on PostgreSQL when its heartbeat is older than the lease.
 */
export interface JobContext {
  id: number;
  db: Db;
  signal: AbortSignal;
  /** Call between chunks of work: extends the lease. */
  heartbeat(): Promise<void>;
}
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

/** Enqueues a job; pass the transaction of the change that causes it. */
export async function enqueueJob(db: DbOrTx, kind: string, payload: Record<string, unknown> = {}): Promise<number> {
  const [r] = rows<{ id: number }>(await db.execute(sql`INSERT INTO job (kind, payload) VALUES (${kind}, ${JSON.stringify(payload)}::jsonb) RETURNING id`));
  return Number(r!.id);
}

const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 5;
const PURGE_EVERY_MS = 3_600_000;
const PURGE_CHUNK = 5_000;

export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private stopped = false;
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly db: Db,
    private readonly opts: {
      pollMs?: number;
      singleProcess?: boolean;
      log?: (msg: string, extra?: unknown) => void;
      /** Finished (`done`) jobs older than this many days are deleted when the runner is idle; 0 keeps them. */
      retentionDays?: number;
      /** How often an idle runner purges, at most (milliseconds). */
      purgeEveryMs?: number;
    } = {},
  ) {}
  private lastPurge = 0;

  /** Registers the handler of a job kind (module start-up). */
  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  async start() {
    // A job `running` here was interrupted: on the embedded database no other process can hold it.
    if (this.opts.singleProcess) await this.db.execute(sql`UPDATE job SET status = 'queued' WHERE status = 'running'`);
    this.schedule(0);
  }

  /** Asks the loop to look for work now (after an enqueue). */
  poke() {
    if (this.stopped || this.running) return;
    this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.loop().finally(() => {
        this.running = undefined;
        this.schedule(this.opts.pollMs ?? 1000);
      });
    }, ms);
    this.timer.unref?.();
  }

  private async loop() {
    while (!this.stopped) {
      const job = await this.claim().catch((e: Error) => {
        this.opts.log?.('job claim failed', { err: e.message });
        return undefined;
      });
      if (!job) {
        await this.purgeIfDue();
        return;
      }
      await this.runOne(job);
    }
  }

  /**
   * Deletes `done` jobs finished more than `retentionDays` ago, a bounded chunk per statement (no long lock
   * on the queue). Failed jobs are kept for the operator. Runs when the queue is idle, at most every
   * `purgeEveryMs`; a failure is logged and retried at the next interval.
   */
  async purgeIfDue(now = Date.now()): Promise<number> {
    const days = this.opts.retentionDays ?? DEFAULT_JOB_RETENTION_DAYS;
    if (days <= 0 || now - this.lastPurge < (this.opts.purgeEveryMs ?? PURGE_EVERY_MS)) return 0;
    this.lastPurge = now;
    return this.purge(days).catch((e: Error) => {
      this.opts.log?.('job purge failed', { err: e.message });
      return 0;
    });
  }

  /** Deletes the `done` jobs finished more than `days` days ago; returns how many. */
  async purge(days: number): Promise<number> {
    let total = 0;
    for (;;) {
      const gone = rows<{ id: number }>(
        await this.db.execute(sql`DELETE FROM job WHERE id IN (SELECT id FROM job WHERE status = 'done' AND finished_at < now() - make_interval(days => ${days}) ORDER BY id LIMIT ${PURGE_CHUNK}) RETURNING id`),
      ).length;
      total += gone;
      if (gone < PURGE_CHUNK || this.stopped) return total;
    }
  }

  private async claim() {
    const [j] = rows<{ id: number; kind: string; payload: Record<string, unknown>; attempts: number }>(
      await this.db.execute(sql`
        UPDATE job SET status = 'running', locked_at = now(), heartbeat_at = now(), attempts = attempts + 1
         WHERE id = (SELECT id FROM job
                      WHERE (status = 'queued' AND run_at <= now())
                         OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => ${LEASE_SECONDS}))
                      ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, kind, payload, attempts`),
    );
    return j;
  }

  private async runOne(j: { id: number; kind: string; payload: Record<string, unknown>; attempts: number }) {
    const handler = this.handlers.get(j.kind);
    const id = Number(j.id);
    if (!handler) {
      await this.db.execute(sql`UPDATE job SET status = 'failed', last_error = 'no handler', finished_at = now() WHERE id = ${id}`);
      return;
    }
    try {
      await handler(j.payload, {
        id,
        db: this.db,
        signal: this.abort.signal,
        heartbeat: async () => {
          await this.db.execute(sql`UPDATE job SET heartbeat_at = now() WHERE id = ${id}`);
        },
      });
      if (this.abort.signal.aborted) return; // shutting down: left running, taken up at next start
      await this.db.execute(sql`UPDATE job SET status = 'done', finished_at = now() WHERE id = ${id}`);
    } catch (e) {
      if (this.abort.signal.aborted) return;
      const msg = (e as Error).message ?? String(e);
      this.opts.log?.('job failed', { id, kind: j.kind, err: msg });
      const retry = j.attempts < MAX_ATTEMPTS && !(e as { permanent?: boolean }).permanent;
      await this.db
        .execute(
          retry
            ? sql`UPDATE job SET status = 'queued', last_error = ${msg}, run_at = now() + make_interval(secs => ${2 ** j.attempts}) WHERE id = ${id}`
            : sql`UPDATE job SET status = 'failed', last_error = ${msg}, finished_at = now() WHERE id = ${id}`,
        )
        .catch(() => undefined);
    }
  }

  /** Stops polling and waits for the job in hand to reach a chunk boundary. */
  async stop() {
    this.stopped = true;
    this.abort.abort();
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}

/** A failure that retrying cannot fix. */
export class PermanentJobError extends Error {
  readonly permanent = true;
}

const runners = new WeakMap<object, JobRunner>();

/**
 * The job runner of an app instance, created on first use: it starts when the app is ready and
 * stops (waiting for the job in hand to reach a chunk boundary) when the app closes. Modules call this
 * from their route registration and `register` their handlers on it.
 */
export function jobRunnerOf(
  app: { addHook: (name: 'onReady' | 'onClose', fn: () => Promise<void>) => unknown; log: { error: (o: unknown, m: string) => void } },
  db: Db,
  dbKind: 'pglite' | 'postgres',
  opts: { retentionDays?: number } = {},
): JobRunner {
  let r = runners.get(app);
  if (!r) {
    const runner = new JobRunner(db, { singleProcess: dbKind === 'pglite', log: (m, extra) => app.log.error(extra, m), ...opts });
    runners.set(app, runner);
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());
    r = runner;
  }
  return r;
}
