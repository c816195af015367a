import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { ROLES } from '@thidua/contracts';
import { appSetting, backupPglite, DatabaseStartError, listBackups, openDb, restorePglite, seedReferenceData, type DbHandle } from '@thidua/db';
import { loadConfig } from './config.js';
import { IdentityService } from './modules/identity/identity.service.js';
import { ensureServerSecret } from './modules/system/secret.js';
import { newTotpSecret, totpUrl } from './modules/identity/totp.js';
import { randomBytes } from 'node:crypto';
import { cliCommands as extraCommands } from './cli.commands.js';

const HELP = `thidua — công cụ dòng lệnh cho người vận hành

Cách dùng: npx thidua <lệnh> [tuỳ chọn]      (DATA_DIR / DATABASE_URL như khi chạy máy chủ)

  migrate                              áp dụng các migration và dữ liệu tham chiếu
  user create --username U --name "Họ tên" --role R [--scope-code MÃ] [--password P]
                                       tạo người dùng (vai trò: ${ROLES.join(', ')});
                                       quản trị viên được tạo kèm khoá TOTP (in ra để quét)
  backup                               sao lưu cơ sở dữ liệu nhúng vào DATA_DIR/backups
  restore --latest | --file F          khôi phục cơ sở dữ liệu nhúng từ bản sao lưu
  backups                              liệt kê các bản sao lưu
  demo remove                          xoá dữ liệu trình diễn (tổ chức, cá nhân, tài khoản trình diễn)
${extraCommands.map((c) => `  ${c.usage.padEnd(37)}${c.help}`).join('\n')}
  help                                 hướng dẫn này
`;

async function open(migrate = true): Promise<DbHandle> {
  const config = loadConfig();
  try {
    const h = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate });
    if (migrate) await seedReferenceData(h.db);
    return h;
  } catch (e) {
    if (e instanceof DatabaseStartError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}

async function main(argv: string[]) {
  const [cmd, sub, ...rest] = argv;
  const config = loadConfig();
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    case 'migrate': {
      const h = await open(true);
      await h.close();
      console.log('Đã áp dụng migration và dữ liệu tham chiếu.');
      return 0;
    }
    case 'backup': {
      const h = await open(false);
      if (!h.pglite) {
        console.error('PostgreSQL: dùng pg_dump hoặc sao lưu WAL (docs/operations.md).');
        await h.close();
        return 1;
      }
      console.log(await backupPglite(h.pglite, config.dataDir));
      await h.close();
      return 0;
    }
    case 'backups':
      for (const f of listBackups(config.dataDir)) console.log(f);
      return 0;
    case 'restore': {
      const { values } = parseArgs({ args: [sub ?? '', ...rest].filter(Boolean), options: { latest: { type: 'boolean' }, file: { type: 'string' }, 'data-dir': { type: 'string' } } });
      const dir = values['data-dir'] ?? config.dataDir;
      if (!values.latest && !values.file) {
        console.error('Chỉ rõ --latest hoặc --file <tệp>.');
        return 1;
      }
      const r = await restorePglite(dir, values.file);
      console.log(`Đã khôi phục từ ${r.restoredFrom}.${r.movedAside ? ` Thư mục hỏng được giữ lại tại ${r.movedAside}.` : ''}`);
      return 0;
    }
    case 'user': {
      if (sub !== 'create') break;
      const { values } = parseArgs({
        args: rest,
        options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'scope-code': { type: 'string' }, password: { type: 'string' } },
      });
      if (!values.username || !values.name || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
        console.error(`Thiếu --username, --name hoặc --role hợp lệ (${ROLES.join(', ')}).`);
        return 1;
      }
      const h = await open(true);
      let scopeOrgId: string | null = null;
      if (values['scope-code']) {
        const r = await h.db.execute(sql`SELECT id FROM organisation WHERE code = ${values['scope-code']} AND valid_to IS NULL ORDER BY valid_from DESC NULLS LAST LIMIT 1`);
        scopeOrgId = (r.rows as { id: string }[])[0]?.id ?? null;
        if (!scopeOrgId) {
          console.error(`Không tìm thấy tổ chức mã ${values['scope-code']} đang có hiệu lực.`);
          await h.close();
          return 1;
        }
      }
      const password = values.password ?? randomBytes(12).toString('base64url');
      const totpSecret = values.role === 'admin' ? newTotpSecret() : undefined;
      const identity = new IdentityService({ db: h.db, config, now: () => new Date(), dbKind: h.kind }, await ensureServerSecret(h.db));
      await identity.createUser(null, { username: values.username, displayName: values.name, password, roles: [{ role: values.role, scopeOrgId }], ...(totpSecret ? { totpSecret } : {}) });
      console.log(`Đã tạo người dùng ${values.username} (${values.role}).`);
      if (!values.password) console.log(`Mật khẩu tạm thời: ${password}`);
      if (totpSecret) console.log(`Xác thực hai lớp (quét bằng ứng dụng TOTP): ${totpUrl(totpSecret, values.username)}`);
      await h.close();
      return 0;
    }
    case 'demo': {
      if (sub !== 'remove') break;
      const h = await open(true);
      await h.db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM app_user WHERE is_demo`);
        await tx.execute(sql`DELETE FROM person WHERE is_demo = 1`);
        await tx.execute(sql`DELETE FROM organisation_link WHERE predecessor_id IN (SELECT id FROM organisation WHERE is_demo) OR successor_id IN (SELECT id FROM organisation WHERE is_demo)`);
        await tx.execute(sql`DELETE FROM organisation_parent WHERE parent_id IN (SELECT id FROM organisation WHERE is_demo)`);
        await tx.execute(sql`DELETE FROM organisation WHERE is_demo`);
        await tx.delete(appSetting).where(eq(appSetting.key, 'demo.seeded'));
      });
      console.log('Đã xoá dữ liệu trình diễn. Đặt DEMO=0 để không tạo lại khi khởi động.');
      await h.close();
      return 0;
    }
    default: {
      const extra = extraCommands.find((c) => c.name === cmd && (c.sub === undefined || c.sub === sub));
      if (extra) {
        const h = await open(true);
        try {
          return await extra.run({ handle: h, config, args: extra.sub === undefined ? [sub ?? '', ...rest].filter(Boolean) : rest });
        } finally {
          await h.close();
        }
      }
    }
  }
  console.error(`Lệnh không hợp lệ: ${argv.join(' ')}\n`);
  console.log(HELP);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
