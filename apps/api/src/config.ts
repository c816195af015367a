import { z } from 'zod';

const Bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Finished background jobs are kept this many days unless JOB_RETENTION_DAYS says otherwise (jobs/runner.ts). */
export const DEFAULT_JOB_RETENTION_DAYS = 30;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DEMO: Bool.optional(),
  DEMO_PASSWORD: z.string().min(1).default('demo'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: Bool.optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  // Registry imports from this file size are read and validated in a worker thread (registry.walk.ts).
  IMPORT_WORKER_MIN_BYTES: z.coerce.number().int().min(0).default(8 * 1024 * 1024),
  PUBLIC_BASE_URL: z.string().url().optional(),
  // Finished background jobs (the `job` table) are deleted after this many days; 0 keeps them.
  JOB_RETENTION_DAYS: z.coerce.number().int().min(0).default(DEFAULT_JOB_RETENTION_DAYS),
  // Public endpoints (operational limits, per API process): registry lookups per address per minute;
  // comments on publicly posted dossiers per address per hour and per dossier per day.
  PUBLIC_LOOKUP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  PUBLIC_COMMENTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(5),
  PUBLIC_COMMENTS_PER_DOSSIER_PER_DAY: z.coerce.number().int().min(1).default(500),
  // Malware scanning of uploads by ClamAV's daemon (FU-05); unset = no scanning (warned at start).
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  // Where uploads are kept: the filesystem under DATA_DIR/uploads, or an S3-compatible object store.
  STORAGE_BACKEND: z.enum(['fs', 's3']).default('fs'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: Bool.optional(),
  S3_PREFIX: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/).default(''),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  database: 'pglite' | 'postgres';
  demo: boolean;
  demoPassword: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  cookieSecure: boolean;
  bodyLimit: number;
  importWorkerMinBytes: number;
  jobRetentionDays: number;
  publicBaseUrl: string;
  publicLimits: { lookupPerMinute: number; commentsPerIpPerHour: number; commentsPerDossierPerDay: number };
  clamd: { host: string; port: number; timeoutMs: number } | null;
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean; prefix: string } | null;
  version: string;
}

export const VERSION = '0.1.0';

/** Validated at start: a bad variable stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines}`);
  }
  const e = parsed.data;
  const s3Missing = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !e[k]);
  if (e.STORAGE_BACKEND === 's3' && s3Missing.length)
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n  STORAGE_BACKEND=s3 cần ${s3Missing.join(', ')}`);
  const database = e.DATABASE_URL && /^postgres(ql)?:\/\//.test(e.DATABASE_URL) ? 'postgres' : 'pglite';
  const demo = e.DEMO ?? database === 'pglite';
  // In demo mode the server listens on loopback only (CONTRACT.md): HOST is honoured outside it.
  const host = demo ? '127.0.0.1' : e.HOST;
  const port = e.PORT;
  return {
    port,
    host,
    dataDir: e.DATA_DIR,
    databaseUrl: database === 'postgres' ? e.DATABASE_URL : undefined,
    database,
    demo,
    demoPassword: e.DEMO_PASSWORD,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE ?? !demo,
    bodyLimit: e.BODY_LIMIT_BYTES,
    importWorkerMinBytes: e.IMPORT_WORKER_MIN_BYTES,
    jobRetentionDays: e.JOB_RETENTION_DAYS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    publicLimits: { lookupPerMinute: e.PUBLIC_LOOKUP_PER_MINUTE, commentsPerIpPerHour: e.PUBLIC_COMMENTS_PER_IP_PER_HOUR, commentsPerDossierPerDay: e.PUBLIC_COMMENTS_PER_DOSSIER_PER_DAY },
    clamd: e.CLAMD_HOST ? { host: e.CLAMD_HOST, port: e.CLAMD_PORT, timeoutMs: e.CLAMD_TIMEOUT_MS } : null,
    s3:
      e.STORAGE_BACKEND === 's3'
        ? { endpoint: e.S3_ENDPOINT!, bucket: e.S3_BUCKET!, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID!, secretAccessKey: e.S3_SECRET_ACCESS_KEY!, forcePathStyle: e.S3_FORCE_PATH_STYLE ?? true, prefix: e.S3_PREFIX }
        : null,
    version: VERSION,
  };
}
