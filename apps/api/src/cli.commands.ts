import type { DbHandle } from '@thidua/db';
import type { Config } from './config.js';

/** Commands contributed by modules (eligibility, registry, …). */
export interface CliCommand {
  name: string;
  sub?: string;
  usage: string;
  help: string;
  run(ctx: { handle: DbHandle; config: Config; args: string[] }): Promise<number>;
}

export const cliCommands: CliCommand[] = [];

cliCommands.push({
  name: 'eligibility',
  sub: 'evaluate',
  usage: 'eligibility evaluate FILE',
  help: 'xét điều kiện khen thưởng từ tệp JSON (dạng yêu cầu của CONTRACT.md, hoặc một tệp ca kiểm thử)',
  async run({ handle, config, args }) {
    const fs = await import('node:fs');
    const { EvaluationRequest } = await import('@thidua/contracts');
    const { EligibilityService } = await import('./modules/eligibility/eligibility.service.js');
    const file = args[0];
    if (!file || !fs.existsSync(file)) {
      console.error('Cần đường dẫn tệp JSON: thidua eligibility evaluate FILE');
      return 1;
    }
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    // A case file ({name, request, expect}) or a bare request.
    const parsed = EvaluationRequest.safeParse('request' in raw ? raw.request : raw);
    if (!parsed.success) {
      console.error(`Yêu cầu không hợp lệ:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
      return 1;
    }
    const svc = new EligibilityService({ db: handle.db, config, now: () => new Date(), dbKind: handle.kind });
    try {
      console.log(JSON.stringify(await svc.evaluate(parsed.data as never), null, 2));
      return 0;
    } catch (e) {
      const err = e as { code?: string; details?: unknown };
      console.error(JSON.stringify({ code: err.code ?? 'internal_error', details: err.details ?? String(e) }));
      return 1;
    }
  },
});
// Registry (issue #6): `registry import FILE [--commit]`, `registry export --format csv|xlsx [--out F]`; loaded on use.
for (const [sub, usage, help] of [['import', 'registry import FILE [--commit] [--owner-code MÃ]', 'nhập sổ khen thưởng từ .xlsx/.csv (--commit để ghi)'], ['export', 'registry export --format csv|xlsx [--out F]', 'xuất sổ khen thưởng (ô công thức được vô hiệu hoá)']] as const) cliCommands.push({ name: 'registry', sub, usage, help, run: async (ctx) => (await import('./modules/registry/registry.cli.js')).registryCliCommands.find((c) => c.sub === sub)!.run(ctx) });
// Uploads (FU-05): scan every stored file again with the configured ClamAV (files stored before a scanner
// was configured, or before new signatures); infected or altered files are quarantined and audited.
cliCommands.push({
  name: 'files',
  sub: 'rescan',
  usage: 'files rescan [--dry-run]',
  help: 'quét lại mã độc mọi tệp đã lưu và đối chiếu SHA-256; tệp nhiễm hoặc bị sửa được cách ly (--dry-run: chỉ báo cáo)',
  async run({ handle, config, args }) {
    const { ClamdScanner } = await import('./files/scanner.js');
    const { storageFromConfig } = await import('./files/storage.js');
    const { rescanStoredFiles } = await import('./files/quarantine.js');
    if (!config.clamd) {
      console.error('Chưa cấu hình máy quét mã độc: đặt CLAMD_HOST (và CLAMD_PORT) rồi chạy lại.');
      return 1;
    }
    const scanner = new ClamdScanner(config.clamd.host, config.clamd.port, config.clamd.timeoutMs);
    try {
      const r = await rescanStoredFiles({ db: handle.db, now: () => new Date() }, storageFromConfig(config), scanner, { dryRun: args.includes('--dry-run') });
      const label = { infected: 'nhiễm mã độc', sha256_mismatch: 'nội dung khác SHA-256 đã lưu', missing: 'không còn trong kho lưu trữ' } as const;
      for (const f of r.findings) console.log(`${f.entity} ${f.entityId} "${f.fileName}": ${label[f.outcome]}${f.signature ? ` (${f.signature})` : ''}`);
      console.log(`Đã quét ${r.scanned} tệp: ${r.clean} sạch, ${r.findings.length} có vấn đề, ${r.alreadyQuarantined} đã cách ly từ trước.${args.includes('--dry-run') ? ' (chạy thử: không cách ly)' : ''}`);
      return r.findings.length ? 2 : 0;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      console.error(`Quét lại dừng: ${err.code ?? ''} ${err.message ?? String(e)}`);
      return 1;
    }
  },
});
