import { sql } from 'drizzle-orm';
import { AppError } from '@thidua/contracts';
import { foldTonePlacement, normalizeName, stripDiacritics } from '@thidua/domain';
import { readXlsxRows, writeXlsx } from '@thidua/documents';
import type { Actor, AppDeps, RequestMeta } from '../../http/context.js';
import { auditRepository } from '../audit/audit.repository.js';
import { ScopeService } from '../organisations/scope.service.js';
import { historyRepository } from './history.repository.js';

/**
 * Annual ratings imported from Excel (the documented template below). Each row names a person by
 * citizen ID or by full name + birth year inside the importer's scope; valid rows are written in one
 * transaction, invalid rows are reported with their spreadsheet row number and nothing of them is kept.
 */
export const RATING_TEMPLATE_COLUMNS = [
  { header: 'Họ và tên', key: 'fullName', width: 30 },
  { header: 'Năm sinh', key: 'birthYear', width: 10 },
  { header: 'Số CCCD', key: 'citizenId', width: 16, type: 'text' as const },
  { header: 'Năm đánh giá', key: 'year', width: 14 },
  { header: 'Xếp loại', key: 'rating', width: 34 },
];

const RATING_WORDS: Record<string, string> = {
  xuatsac: 'xuat_sac', hoanthanhxuatsacnhiemvu: 'xuat_sac', htxsnv: 'xuat_sac',
  tot: 'tot', hoanthanhtotnhiemvu: 'tot', httnv: 'tot',
  hoanthanh: 'hoan_thanh', hoanthanhnhiemvu: 'hoan_thanh', htnv: 'hoan_thanh',
  khonghoanthanh: 'khong_hoan_thanh', khonghoanthanhnhiemvu: 'khong_hoan_thanh', khtnv: 'khong_hoan_thanh',
};

const key = (s: string) => stripDiacritics(s).replace(/[^a-z0-9]/g, '');
const HEADERS: Record<string, string> = {
  hovaten: 'fullName', hoten: 'fullName', namsinh: 'birthYear', socccd: 'citizenId', cccd: 'citizenId', cmndcccd: 'citizenId', sodinhdanh: 'citizenId',
  namdanhgia: 'year', nam: 'year', xeploai: 'rating', ketquadanhgia: 'rating', mucdohoanthanh: 'rating',
};

export async function ratingTemplate(): Promise<Buffer> {
  return writeXlsx([
    {
      name: 'Xếp loại hằng năm',
      columns: RATING_TEMPLATE_COLUMNS,
      rows: [{ fullName: 'Nguyễn Văn An', birthYear: 1980, citizenId: '033080001234', year: 2025, rating: 'Hoàn thành xuất sắc nhiệm vụ' }],
    },
  ]);
}

interface RowError {
  row: number;
  column: string;
  code: string;
  message: string;
}

export async function importRatings(deps: AppDeps, actor: Actor, file: Buffer, dryRun: boolean, meta: RequestMeta) {
  const scope = await new ScopeService(deps.db).idsFor(actor, 'person.write');
  if (scope !== null && scope.length === 0) throw new AppError('forbidden');
  const people = (await deps.db.execute(
    scope === null
      ? sql`SELECT id, full_name AS "fullName", birth_year AS "birthYear", citizen_id AS "citizenId", owner_org_id AS "ownerOrgId" FROM person`
      : sql`SELECT id, full_name AS "fullName", birth_year AS "birthYear", citizen_id AS "citizenId", owner_org_id AS "ownerOrgId" FROM person WHERE owner_org_id = ANY(${`{${scope.join(',')}}`}::uuid[])`,
  )) as unknown as { rows: { id: string; fullName: string; birthYear: number | null; citizenId: string | null; ownerOrgId: string }[] };
  const byCid = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const p of people.rows) {
    if (p.citizenId) byCid.set(p.citizenId, p.id);
    const k = `${foldTonePlacement(normalizeName(p.fullName)).toLowerCase()}|${p.birthYear ?? ''}`;
    byName.set(k, [...(byName.get(k) ?? []), p.id]);
  }
  const errors: RowError[] = [];
  const valid: { row: number; personId: string; year: number; rating: string }[] = [];
  let rows = 0;
  let headerMap: Record<string, string> | null = null;
  try {
    for await (const r of readXlsxRows(file)) {
      if (!headerMap) {
        headerMap = {};
        for (const h of Object.keys(r.values)) if (HEADERS[key(h)]) headerMap[h] = HEADERS[key(h)]!;
        const have = new Set(Object.values(headerMap));
        for (const need of ['fullName', 'year', 'rating']) {
          if (!have.has(need)) throw new AppError('validation_failed', { issues: [{ path: 'file', message: `Thiếu cột “${RATING_TEMPLATE_COLUMNS.find((c) => c.key === need)!.header}”` }] });
        }
      }
      rows++;
      const v: Record<string, string> = {};
      const col: Record<string, string> = {};
      for (const [h, field] of Object.entries(headerMap)) {
        v[field] = String(r.values[h] ?? '').trim();
        col[field] = h;
      }
      const before = errors.length;
      const year = Number(v.year);
      if (!Number.isInteger(year) || year < 1945 || year > 2200) errors.push({ row: r.rowNumber, column: col.year!, code: 'invalid_year', message: 'Năm đánh giá không hợp lệ' });
      const rating = RATING_WORDS[key(v.rating ?? '')] ?? (['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'].includes(v.rating ?? '') ? v.rating : undefined);
      if (!rating) errors.push({ row: r.rowNumber, column: col.rating!, code: 'invalid_rating', message: 'Xếp loại không hợp lệ (Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ)' });
      let personId: string | undefined;
      if (v.citizenId) personId = byCid.get(v.citizenId);
      if (!personId) {
        const ids = byName.get(`${foldTonePlacement(normalizeName(v.fullName ?? '')).toLowerCase()}|${v.birthYear ?? ''}`) ?? [];
        if (ids.length === 1) personId = ids[0];
        else errors.push({ row: r.rowNumber, column: col.fullName!, code: ids.length ? 'ambiguous_person' : 'unknown_person', message: ids.length ? 'Nhiều người trùng họ tên và năm sinh: ghi thêm số CCCD' : 'Không tìm thấy người này trong phạm vi của bạn' });
      }
      if (errors.length === before) valid.push({ row: r.rowNumber, personId: personId!, year, rating: rating! });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('unsupported_media_type', {}, 'Tệp không phải bảng tính Excel (.xlsx) đọc được.');
  }
  if (!dryRun && valid.length) {
    await deps.db.transaction(async (tx) => {
      for (const x of valid) await historyRepository.upsertRating(tx, x.personId, x.year, x.rating, 'import');
      await auditRepository.append(tx, { at: deps.now(), actorUserId: actor.userId, actorUsername: actor.username, action: 'history.rating.import', entity: 'annual_rating', after: { rows, written: valid.length, invalid: errors.length }, ip: meta.ip, requestId: meta.requestId });
    });
  }
  return { rows, valid: valid.length, invalid: rows - valid.length, written: dryRun ? 0 : valid.length, errors };
}
