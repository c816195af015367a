import type { Writable } from 'node:stream';
import type { RegistrySearchQuery } from '@thidua/contracts';
import { parseQuery } from '@thidua/domain';
import { toCsvChunks, writeXlsxTo, type SheetColumn, type SheetRow } from '@thidua/documents';
import type { DbOrTx } from '@thidua/db';
import type { Actor } from '../../http/context.js';
import { registryRepository as repo } from './registry.repository.js';
import { RegistryService, awardName } from './registry.service.js';

export const EXPORT_MAX_ROWS = 1_000_000;
const STATUS_VI = { valid: 'Còn hiệu lực', revoked: 'Đã thu hồi', reissued: 'Đã cấp lại' } as const;
const SOURCE_VI: Record<string, string> = { decided: 'Quyết định trên thidua', imported: 'Nhập từ tệp', campaign: 'Chiến dịch nhập liệu', manual: 'Nhập tay' };

/** Export columns (no ID number, no date of birth). Text cells are formula-neutralised by the writers. */
export const EXPORT_COLUMNS: SheetColumn[] = [
  { header: 'Họ và tên', key: 'fullName', type: 'text', width: 28 },
  { header: 'Năm sinh', key: 'birthYear', type: 'number' },
  { header: 'Giới tính', key: 'gender', type: 'text' },
  { header: 'Quê quán', key: 'hometown', type: 'text', width: 30 },
  { header: 'Đơn vị', key: 'organisation', type: 'text', width: 30 },
  { header: 'Hình thức khen thưởng', key: 'award', type: 'text', width: 36 },
  { header: 'Mã hình thức', key: 'awardCode', type: 'text' },
  { header: 'Loại hình', key: 'type', type: 'text' },
  { header: 'Năm thành tích', key: 'year', type: 'number' },
  { header: 'Số quyết định', key: 'decisionNumber', type: 'text' },
  { header: 'Ngày quyết định', key: 'decisionDate', type: 'date' },
  { header: 'Cơ quan ban hành', key: 'authority', type: 'text', width: 30 },
  { header: 'Số chứng nhận', key: 'certificateCode', type: 'text' },
  { header: 'Trạng thái', key: 'status', type: 'text' },
  { header: 'Nguồn', key: 'source', type: 'text' },
];

/** The rows of an export with the search filters (a name query exports its ranked matches, capped). */
export async function* exportRows(db: DbOrTx, svc: RegistryService, actor: Actor | null, q: Omit<RegistrySearchQuery, 'limit' | 'offset'>): AsyncGenerator<SheetRow> {
  const f = await svc.filtersFor(db, actor, q);
  const parsed = parseQuery(q.q ?? '');
  const orgName = new Map<string, string>();
  const toRow = async (e: Awaited<ReturnType<typeof repo.entriesByIds>>[number]): Promise<SheetRow> => {
    let org = e.organisationText ?? '';
    if (e.organisationId) {
      const k = `${e.organisationId}|${e.decisionDate ?? ''}`;
      if (!orgName.has(k)) {
        const [p] = await svc.present(db, [e]);
        if (orgName.size > 10_000) orgName.clear();
        orgName.set(k, p?.organisation?.name ?? '');
      }
      org = orgName.get(k)!;
    }
    return {
      fullName: e.fullName ?? e.subjectName ?? '',
      birthYear: e.birthYear,
      gender: e.gender === 'nam' ? 'Nam' : e.gender === 'nu' ? 'Nữ' : '',
      hometown: e.hometown,
      organisation: org,
      award: awardName(e.awardCode),
      awardCode: e.awardCode,
      type: e.awardType,
      year: e.achievementYear,
      decisionNumber: e.decisionNumber,
      decisionDate: e.decisionDate,
      authority: e.decisionAuthority,
      certificateCode: e.certificateCode,
      status: STATUS_VI[e.status],
      source: SOURCE_VI[e.source] ?? e.source,
    };
  };
  if (parsed.words.length > 0) {
    const { ids } = await svc.rankedIds(db, parsed, f);
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const byId = new Map((await repo.entriesByIds(db, part)).map((e) => [e.id, e]));
      for (const id of part) {
        const e = byId.get(id);
        if (e) yield await toRow(e);
      }
    }
    return;
  }
  let after: string | null = null;
  let n = 0;
  while (n < EXPORT_MAX_ROWS) {
    const page = await repo.entriesAfter(db, f, after, 2000);
    if (page.length === 0) break;
    for (const e of page) yield await toRow(e);
    n += page.length;
    after = page[page.length - 1]!.id;
  }
}

export async function writeExport(format: 'csv' | 'xlsx', rows: AsyncIterable<SheetRow>, out: Writable) {
  if (format === 'xlsx') {
    await writeXlsxTo([{ name: 'Sổ khen thưởng', columns: EXPORT_COLUMNS, rows }], out);
    return;
  }
  for await (const chunk of toCsvChunks(EXPORT_COLUMNS, rows, { bom: true })) {
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  out.end();
}
