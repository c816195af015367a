// Helpers of the nomination-to-decision tests (issue #4): fixtures, multipart bodies, the journey steps.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { renderAchievementReportTemplateDocx } from '@thidua/documents';
import type { Db } from '@thidua/db';
import type { Client } from './harness.js';

export const tmpDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-dossiers-'));

/** A tiny valid PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
/** A PNG header (the magic bytes are what is checked). */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
/** A Windows executable's first bytes. */
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256, 0)]);
export const docx = () => renderAchievementReportTemplateDocx('individual', { awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' });

export function multipart(fields: Record<string, string>, fileName: string, content: Buffer) {
  const boundary = `----thidua${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function attach(c: Client, dossierId: string, kind: string, fileName: string, content: Buffer) {
  const m = multipart({ kind }, fileName, content);
  return c.request('POST', `/api/v1/dossiers/${dossierId}/attachments`, m.body, m.headers);
}

export interface DemoIds {
  newHungYen: string;
  board: string;
  communeHienNam: string;
  communeVuPhuc: string;
}

export async function demoIds(db: Db): Promise<DemoIds> {
  const r = await db.execute(sql`SELECT value FROM app_setting WHERE key = 'demo.seeded'`);
  return (r as unknown as { rows: { value: DemoIds }[] }).rows[0]!.value;
}

export async function peopleOf(db: Db, orgId: string, n: number): Promise<{ id: string; fullName: string }[]> {
  const r = await db.execute(
    sql`SELECT id, full_name AS "fullName" FROM person WHERE owner_org_id = ${orgId}::uuid ORDER BY full_name, id LIMIT ${n}`,
  );
  return (r as unknown as { rows: { id: string; fullName: string }[] }).rows;
}

export async function userId(db: Db, username: string): Promise<string> {
  const r = await db.execute(sql`SELECT id FROM app_user WHERE username = ${username}`);
  return (r as unknown as { rows: { id: string }[] }).rows[0]!.id;
}

export async function count(db: Db, table: string, where = 'true'): Promise<number> {
  const r = await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`));
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

export async function createDossier(c: Client, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return c.request(
    'POST',
    '/api/v1/dossiers',
    { award: 'bang_khen_tinh', awardType: 'cong_trang', achievementYear: 2025, ...body },
    headers,
  );
}

export async function transition(c: Client, id: string, action: string, extra: Record<string, unknown> = {}) {
  return c.post(`/api/v1/dossiers/${id}/transitions`, { action, ...extra });
}

export async function expectOk(res: { statusCode: number; body: string }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return JSON.parse(res.body);
}

/** Attaches the three documents a Bằng khen tỉnh needs (Law 2022 Art. 84(2)). */
export async function attachRequired(c: Client, id: string) {
  await expectOk(await attach(c, id, 'to_trinh', 'to-trinh.pdf', PDF), 201);
  await expectOk(await attach(c, id, 'bao_cao_thanh_tich', 'báo cáo thành tích.docx', await docx()), 201);
  await expectOk(await attach(c, id, 'bien_ban_xet_khen_thuong', 'bien-ban.pdf', PDF), 201);
}

/** Factory: an approved dossier (as after a council session) with one approved nominee per person. */
export async function approvedDossier(
  db: Db,
  ownerOrgId: string,
  people: { id: string; fullName: string }[],
  award = 'bang_khen_tinh',
): Promise<string> {
  const r =
    await db.execute(sql`INSERT INTO dossier (owner_org_id, title, award_code, achievement_year, status, state_entered_on, created_by)
    VALUES (${ownerOrgId}::uuid, 'Hồ sơ thử nghiệm', ${award}, 2025, 'approved', '2026-11-25', 'test') RETURNING id`);
  const id = (r as unknown as { rows: { id: string }[] }).rows[0]!.id;
  for (const [i, p] of people.entries()) {
    await db.execute(
      sql`INSERT INTO dossier_subject (dossier_id, position, kind, person_id, subject_name, result) VALUES (${id}::uuid, ${i}, 'individual', ${p.id}::uuid, ${p.fullName}, 'approved')`,
    );
  }
  return id;
}
