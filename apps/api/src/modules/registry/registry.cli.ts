import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { CliCommand } from '../../cli.commands.js';
import { exportRows, writeExport } from './registry.export.js';
import { RegistryImportService, getImport, processImport, storeUpload } from './registry.import.service.js';
import { RegistryService } from './registry.service.js';

const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `thidua registry import FILE [--commit] [--owner-code MÃ]` and `thidua registry export --format csv|xlsx [--out F]`. */
export const registryCliCommands: CliCommand[] = [
  {
    name: 'registry',
    sub: 'import',
    usage: 'registry import FILE [--commit] [--owner-code MÃ]',
    help: 'nhập sổ khen thưởng từ .xlsx/.csv (kiểm tra; --commit để ghi)',
    async run({ handle, config, args }) {
      const file = args.find((a) => !a.startsWith('--') && a !== argValue(args, '--owner-code'));
      if (!file || !fs.existsSync(file)) {
        console.error('Cần đường dẫn tệp .xlsx hoặc .csv.');
        return 1;
      }
      const code = argValue(args, '--owner-code');
      const [owner] = rows<{ id: string }>(
        await handle.db.execute(
          code
            ? sql`SELECT id FROM organisation WHERE code = ${code} AND valid_to IS NULL ORDER BY valid_from DESC NULLS LAST LIMIT 1`
            : sql`SELECT id FROM organisation WHERE kind = 'central' ORDER BY created_at LIMIT 1`,
        ),
      );
      if (!owner) {
        console.error('Không tìm thấy đơn vị quản lý dữ liệu.');
        return 1;
      }
      const deps = { db: handle.db, config, now: () => new Date(), dbKind: handle.kind };
      const stored = await storeUpload(config.dataDir, fs.createReadStream(file));
      const { id } = await new RegistryImportService(deps).create(null, { ...stored, fileName: path.basename(file), commit: args.includes('--commit'), ownerOrgId: owner.id }, null);
      // The CLI runs the job itself (no server); the queued job row is marked done afterwards.
      await processImport(id, { db: handle.db, now: deps.now });
      await handle.db.execute(sql`UPDATE job SET status = 'done', finished_at = now() WHERE status = 'queued' AND payload->>'importId' = ${id}`);
      const r = (await getImport(handle.db, id))!;
      console.log(JSON.stringify({ id, status: r.status, counts: { rows: r.rows, valid: r.valid, invalid: r.invalid, created: r.created, existing: r.existing }, errors: (r.errors as unknown[]).slice(0, 20), failure: r.failure }, null, 2));
      return r.status === 'failed' ? 1 : 0;
    },
  },
  {
    name: 'registry',
    sub: 'export',
    usage: 'registry export --format csv|xlsx [--out F]',
    help: 'xuất toàn bộ sổ khen thưởng (ô công thức được vô hiệu hoá)',
    async run({ handle, config, args }) {
      const format = argValue(args, '--format') ?? 'csv';
      if (format !== 'csv' && format !== 'xlsx') {
        console.error('--format csv hoặc xlsx');
        return 1;
      }
      const outFile = argValue(args, '--out');
      const out = (outFile ? fs.createWriteStream(outFile) : process.stdout) as fs.WriteStream;
      const svc = new RegistryService({ db: handle.db, config, now: () => new Date(), dbKind: handle.kind });
      const done = outFile ? new Promise<void>((r) => out.once('finish', () => r())) : Promise.resolve();
      await writeExport(format, exportRows(handle.db, svc, null, {}), out);
      await done;
      return 0;
    },
  },
];
