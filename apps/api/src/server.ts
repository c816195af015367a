import { backupPglite, DatabaseStartError, openDb, seedReferenceData, type DbHandle } from '@thidua/db';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { ensureServerSecret } from './modules/system/secret.js';

const DAY = 24 * 3_600_000;

async function main() {
  const config = loadConfig();
  let handle: DbHandle;
  try {
    handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
  } catch (e) {
    if (e instanceof DatabaseStartError) {
      console.error(`\n[thidua] ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  // The embedded database backs itself up before migrating (CONTRACT.md), keeping the last seven.
  if (handle.pglite && handle.existed) {
    const file = await backupPglite(handle.pglite, config.dataDir);
    console.log(`[thidua] Đã sao lưu cơ sở dữ liệu: ${file}`);
  }
  await handle.migrate();
  await seedReferenceData(handle.db);
  if (config.demo) {
    const identity = new IdentityService({ db: handle.db, config, now: () => new Date(), dbKind: handle.kind }, await ensureServerSecret(handle.db));
    await seedDemo(handle.db, identity, config.demoPassword);
  }
  if (handle.pglite) await handle.exec('VACUUM ANALYZE'); // PGlite has no autovacuum.
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  if (!config.clamd && !config.demo)
    app.log.warn('CLAMD_HOST is not set: uploads are checked by content only, not scanned for malware (FU-05). Set CLAMD_HOST/CLAMD_PORT to a ClamAV daemon.');
  let timer: NodeJS.Timeout | undefined;
  if (handle.pglite) {
    timer = setInterval(() => {
      void backupPglite(handle.pglite!, config.dataDir).catch((e: Error) => app.log.error({ err: e.message }, 'backup failed'));
    }, DAY);
    timer.unref();
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(timer);
    try {
      await app.close();
      await handle.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(
    `[thidua] Đang chạy tại ${url} — cơ sở dữ liệu: ${handle.kind}${config.demo ? ' — CHẾ ĐỘ TRÌNH DIỄN (tài khoản admin / mật khẩu trong README)' : ''}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
