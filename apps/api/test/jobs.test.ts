import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { JobRunner, enqueueJob } from '../src/jobs/runner.js';
import { loadConfig } from '../src/config.js';
import { createTestApp, type TestApp } from './harness.js';

// The job queue's retention: finished jobs are deleted after JOB_RETENTION_DAYS, failed and pending ones are kept.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { JOB_RETENTION_DAYS: '0' } }); // the app's own runner must not purge meanwhile
});
afterAll(async () => t.close());

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function job(kind: string, status: string, finishedDaysAgo: number | null) {
  const id = await enqueueJob(t.handle.db, kind, {});
  await t.handle.db.execute(sql`UPDATE job SET status = ${status},
    finished_at = CASE WHEN ${finishedDaysAgo}::int IS NULL THEN NULL ELSE now() - make_interval(days => ${finishedDaysAgo}::int) END WHERE id = ${id}`);
  return id;
}
const kinds = async (prefix: string) =>
  rows<{ kind: string }>(await t.handle.db.execute(sql`SELECT kind FROM job WHERE kind LIKE ${prefix + '%'} ORDER BY id`)).map((r) => r.kind);

describe('job retention', () => {
  it('deletes done jobs finished before the retention, keeps recent, failed, queued and running ones', async () => {
    await job('t1.old-done', 'done', 40);
    await job('t1.old-done-2', 'done', 31);
    await job('t1.recent-done', 'done', 10);
    await job('t1.old-failed', 'failed', 90);
    await job('t1.queued', 'queued', null);
    await job('t1.running', 'running', null);
    const runner = new JobRunner(t.handle.db, { retentionDays: 30 });
    expect(await runner.purge(30)).toBe(2);
    expect(await kinds('t1.')).toEqual(['t1.recent-done', 't1.old-failed', 't1.queued', 't1.running']);
    expect(await runner.purge(30)).toBe(0);
  });

  it('purges in chunks until none is left', async () => {
    await t.handle.db.execute(sql`INSERT INTO job (kind, status, finished_at) SELECT 't2.bulk', 'done', now() - interval '60 days' FROM generate_series(1, 12000)`);
    const runner = new JobRunner(t.handle.db, {});
    expect(await runner.purge(30)).toBe(12000);
    expect(await kinds('t2.')).toEqual([]);
  });

  it('an idle runner purges at most once per interval, and not at all with retention 0', async () => {
    const runner = new JobRunner(t.handle.db, { retentionDays: 30, purgeEveryMs: 60_000 });
    await job('t3.a', 'done', 45);
    expect(await runner.purgeIfDue(1_000_000)).toBe(1);
    await job('t3.b', 'done', 45);
    expect(await runner.purgeIfDue(1_030_000)).toBe(0); // within the interval
    expect(await kinds('t3.')).toEqual(['t3.b']);
    expect(await runner.purgeIfDue(1_061_000)).toBe(1);
    const keeps = new JobRunner(t.handle.db, { retentionDays: 0 });
    await job('t3.c', 'done', 400);
    expect(await keeps.purgeIfDue(1_000_000_000)).toBe(0);
    expect(await kinds('t3.')).toEqual(['t3.c']);
  });

  it('JOB_RETENTION_DAYS is read from the environment with a default of 30 and refuses a negative value', () => {
    expect(loadConfig({} as NodeJS.ProcessEnv).jobRetentionDays).toBe(30);
    expect(loadConfig({ JOB_RETENTION_DAYS: '7' } as NodeJS.ProcessEnv).jobRetentionDays).toBe(7);
    expect(loadConfig({ JOB_RETENTION_DAYS: '0' } as NodeJS.ProcessEnv).jobRetentionDays).toBe(0);
    expect(() => loadConfig({ JOB_RETENTION_DAYS: '-1' } as NodeJS.ProcessEnv)).toThrow(/JOB_RETENTION_DAYS/);
  });
});
