import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Client } from './harness.js';

export const tmpDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-registry-'));

export function multipart(fileName: string, content: Buffer | string) {
  const boundary = `----thidua${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const HEADER = 'Họ và tên,Năm sinh,Giới tính,Quê quán,Đơn vị,Hình thức khen thưởng,Loại hình,Năm thành tích,Số quyết định,Ngày quyết định,Cơ quan ban hành,Số CCCD';

export async function upload(c: Client, fileName: string, content: Buffer | string, query = '') {
  const m = multipart(fileName, content);
  return c.request('POST', `/api/v1/registry/imports${query}`, m.body, m.headers);
}

export type ImportView = {
  id: string;
  status: string;
  counts: { rows: number; valid: number; invalid: number; created: number; existing: number };
  errors: { row: number; column: string; code: string; message: string }[];
  warnings: { row: number; column: string; code: string; message: string; original?: string }[];
  failure: string | null;
};

export async function waitImport(c: Client, id: string, until: string[] = ['previewed', 'committed', 'failed'], timeoutMs = 50_000): Promise<ImportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await c.get(`/api/v1/registry/imports/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json() as ImportView;
    if (until.includes(v.status)) return v;
    if (Date.now() > deadline) throw new Error(`import ${id} stuck in ${v.status}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

export async function importCsv(c: Client, csv: string | Buffer, commit = true, name = 'tep.csv') {
  const r = await upload(c, name, csv, commit ? '?commit=true' : '');
  expect(r.statusCode, r.body).toBe(202);
  return waitImport(c, r.json().id, commit ? ['committed', 'failed', 'previewed'] : ['previewed', 'failed']);
}

/** A resistance-war commendation record as a data-entry campaign keys it; `extra` overrides fields. */
export const record = (fullName: string, extra: Record<string, string> = {}) => ({
  fullName,
  birth: '1940',
  gender: 'Nam',
  hometown: 'Xã Tân Hưng, Hưng Yên',
  award: 'Huân chương Kháng chiến chống Mỹ, cứu nước hạng Nhì',
  year: '1986',
  decisionNumber: '250/KT-CTN',
  decisionDate: '05/03/1986',
  authority: 'Chủ tịch nước',
  ...extra,
});
