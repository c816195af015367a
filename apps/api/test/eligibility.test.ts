import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFiles, readJson } from './cases.js';
import { createTestApp, loggedIn, type Client, type TestApp } from './harness.js';

let t: TestApp;
let c: Client;
beforeAll(async () => {
  t = await createTestApp();
  c = await loggedIn(t.app, 'chuyenvien');
});
afterAll(async () => t?.close());

interface EligibilityCase {
  name: string;
  request: unknown;
  expect: { verdict: string; unmetCodes?: string[] };
}
const cases = caseFiles('eligibility')
  .filter((f) => f.file.endsWith('.json'))
  .map((f) => ({ ...readJson<EligibilityCase>(f.file), source: `${f.source}/${f.file.split('/').pop()}` }));

describe('POST /api/v1/eligibility/evaluate — every case file', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases)('$source: $name', async (k) => {
    const res = await c.post('/api/v1/eligibility/evaluate', k.request);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.verdict).toBe(k.expect.verdict);
    for (const code of k.expect.unmetCodes ?? []) expect(body.unmet.map((u: { code: string }) => u.code)).toContain(code);
    expect(body.ruleSet).toMatch(/^law-20(13|22)$/);
    for (const u of body.unmet) {
      expect(u.basis.length).toBeGreaterThan(5);
      expect(u.message.normalize('NFC')).toBe(u.message);
    }
  });
});

describe('answers and errors', () => {
  const base = { award: 'lao_dong_tien_tien', asOf: '2026-01-20', year: 2025, subject: { kind: 'individual' } };
  it('names the rule set and the decree in force', async () => {
    expect((await c.post('/api/v1/eligibility/evaluate', { ...base, history: { ratings: [{ year: 2025, rating: 'tot' }] } })).json()).toMatchObject({ ruleSet: 'law-2022', decree: '152/2025/NĐ-CP', verdict: 'eligible' });
    expect((await c.post('/api/v1/eligibility/evaluate', { ...base, asOf: '2025-06-30', year: 2024, history: { ratings: [{ year: 2024, rating: 'tot' }] } })).json().decree).toBe('98/2023/NĐ-CP');
    expect((await c.post('/api/v1/eligibility/evaluate', { ...base, asOf: '2023-12-31', year: 2023, history: { ratings: [{ year: 2023, rating: 'tot' }] } })).json().ruleSet).toBe('law-2013');
  });
  it('lists every unmet condition with a Vietnamese message and the earliest year', async () => {
    const res = await c.post('/api/v1/eligibility/evaluate', { ...base, award: 'chien_si_thi_dua_tinh', history: { ratings: [{ year: 2025, rating: 'tot' }] } });
    const body = res.json();
    expect(body.verdict).toBe('ineligible');
    expect(body.unmet.length).toBeGreaterThanOrEqual(2);
    expect(body.unmet.some((u: { earliestYear?: number }) => typeof u.earliestYear === 'number')).toBe(true);
  });
  it('sends the figures of every condition, met and unmet, as params (additive, for other languages)', async () => {
    const body = (
      await c.post('/api/v1/eligibility/evaluate', {
        ...base,
        award: 'tap_the_lao_dong_tien_tien',
        subject: { kind: 'collective' },
        history: { ratings: [{ year: 2025, rating: 'tot' }], memberStats: [{ year: 2025, members: 1241, completedTasks: 1241, laoDongTienTien: 828, chienSiThiDuaCoSo: 0, disciplinedWarningOrAbove: 0 }] },
      })
    ).json();
    expect(body.unmet).toEqual([
      expect.objectContaining({
        code: 'members_ratio_too_low',
        message: 'Năm 2025: 828/1.241 cá nhân (66,7%) đạt “Lao động tiên tiến”, cần ít nhất 70%. Năm thành tích sớm nhất có thể đáp ứng: 2026.',
        params: { year: 2025, members: 1241, holders: 828, title: 'lao_dong_tien_tien', titleName: 'Lao động tiên tiến', percent: 66.7, threshold: 70, comparison: 'at_least', missingData: false },
      }),
    ]);
    expect(body.met.map((m: { code: string }) => m.code)).toEqual(['no_discipline_in_year', 'no_open_investigation', 'collective_rating', 'no_member_disciplined']);
    expect(body.met[2]).toEqual(expect.objectContaining({ params: { year: 2025, required: 'tot', actual: 'tot', subject: 'collective' } }));
    expect(body.toConfirm[0].params).toEqual(expect.objectContaining({ award: 'tap_the_lao_dong_tien_tien' }));
  });
  it.each([
    [{ ...base, award: 'huan_chuong_khong_co' }, 'unknown_award'],
    [{ ...base, asOf: '2017-06-01' }, 'rule_set_unknown'],
    [{ ...base, history: { ratings: [{ year: 2025, rating: 'gioi' }] } }, 'validation_failed'],
    [{ ...base, history: { ratings: [{ year: 2025, rating: 'tot' }, { year: 2025, rating: 'xuat_sac' }] } }, 'validation_failed'],
    [{ ...base, extra: true }, 'validation_failed'],
    [{ ...base, year: 'hai nghìn' }, 'validation_failed'],
    [{ ...base, subject: { kind: 'collective' } }, 'validation_failed'],
  ])('400 with a code, never 500: %j', async (body, code) => {
    const res = await c.post('/api/v1/eligibility/evaluate', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
  });
  it('answers review for an award without a machine-checkable ground', async () => {
    const res = await c.post('/api/v1/eligibility/evaluate', { ...base, award: 'giay_khen' });
    expect(res.json().verdict).toBe('review');
    expect(res.json().toConfirm.length).toBeGreaterThan(0);
  });
});

describe('the history store feeds the engine', () => {
  it('evaluates a stored person, explains what is missing, and a what-if changes the verdict without saving', async () => {
    const people = (await c.get('/api/v1/people?limit=1')).json();
    const id = people.items[0].id;
    for (const [y, r] of [[2023, 'xuat_sac'], [2024, 'xuat_sac'], [2025, 'tot']] as const) {
      expect((await c.request('PUT', `/api/v1/people/${id}/ratings/${y}`, { rating: r })).statusCode).toBe(200);
    }
    await c.post(`/api/v1/people/${id}/awards`, { award: 'chien_si_thi_dua_co_so', type: 'cong_trang', year: 2024, decisionNumber: '12/QĐ-UBND', decisionDate: '2025-01-10', decisionAuthority: 'UBND tỉnh Hưng Yên' });
    const ldtt = (await c.post('/api/v1/eligibility/evaluate-person', { personId: id, award: 'lao_dong_tien_tien', year: 2025, asOf: '2026-01-20' })).json();
    expect(ldtt.result.verdict).toBe('eligible');
    const bk = (await c.post('/api/v1/eligibility/evaluate-person', { personId: id, award: 'bang_khen_tinh', year: 2025, asOf: '2026-01-20' })).json();
    expect(bk.result.verdict).toBe('ineligible');
    const whatIf = (
      await c.post('/api/v1/eligibility/evaluate-person', {
        personId: id,
        award: 'bang_khen_tinh',
        year: 2025,
        asOf: '2026-03-20',
        whatIf: { awards: [{ award: 'chien_si_thi_dua_co_so', year: 2025, type: 'cong_trang', decisionDate: '2026-02-01' }], ratings: [{ year: 2025, rating: 'xuat_sac' }] },
      })
    ).json();
    expect(whatIf.result.verdict).toBe('eligible');
    expect((await c.post('/api/v1/eligibility/evaluate-person', { personId: id, award: 'bang_khen_tinh', year: 2025, asOf: '2026-03-20' })).json().result.verdict).toBe('ineligible');
    const overview = (await c.get(`/api/v1/people/${id}/eligibility?year=2025`)).json();
    expect(overview.items.find((i: { award: string }) => i.award === 'lao_dong_tien_tien').result.verdict).toBe('eligible');
    // one achievement, one award: a second CSTĐCS for 2024 conflicts with the stored one
    const dup = (await c.post('/api/v1/eligibility/evaluate-person', { personId: id, award: 'chien_si_thi_dua_co_so', year: 2024, asOf: '2025-02-01' })).json();
    expect(dup.conflicts[0]).toMatchObject({ reason: 'same_award', decisionNumber: '12/QĐ-UBND' });
    const audit = (await (await loggedIn(t.app, 'kiemtra')).get(`/api/v1/audit?entity=person&entityId=${id}`)).json();
    expect(audit.items.filter((e: { action: string }) => e.action === 'history.rating.set')).toHaveLength(3);
  });

  it('evaluates a whole unit in one call and keeps people of other units out of scope', async () => {
    const donvi = await loggedIn(t.app, 'donvi');
    const org = (await donvi.get('/api/auth/me')).json().user.roles[0].scopeOrgId;
    const res = await donvi.post('/api/v1/eligibility/bulk', { organisationId: org, year: 2025, awards: ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(10);
    expect(res.json().summary.lao_dong_tien_tien.ineligible).toBe(10 - res.json().summary.lao_dong_tien_tien.eligible);
    const board = (await (await loggedIn(t.app, 'admin')).get('/api/v1/organisations?q=Hồng Gai&asOf=2024-01-01')).json().items[0];
    expect((await donvi.post('/api/v1/eligibility/bulk', { organisationId: board.id, year: 2025, awards: ['lao_dong_tien_tien'] })).statusCode).toBe(404);
  });

  it('computes a unit’s CSTĐ cơ sở cap from an organisation parameter and refuses bad parameter values', async () => {
    const admin = await loggedIn(t.app, 'admin');
    const org = (await (await loggedIn(t.app, 'donvi')).get('/api/auth/me')).json().user.roles[0].scopeOrgId;
    expect((await c.get(`/api/v1/organisations/${org}/quota?year=2025`)).json()).toMatchObject({ capPercent: null, max: null });
    const bad = await admin.post('/api/v1/parameters/quota.cstdcs_cap_percent/overrides', { value: 150, effectiveFrom: '2025-01-01', organisationId: org, reason: 'Quy chế thi đua của phường' });
    expect(bad.statusCode).toBe(400);
    const ok = await admin.post('/api/v1/parameters/quota.cstdcs_cap_percent/overrides', { value: 15, effectiveFrom: '2025-01-01', organisationId: org, reason: 'Quy chế thi đua của phường' });
    expect(ok.statusCode, ok.body).toBe(201);
    const q = (await c.get(`/api/v1/organisations/${org}/quota?year=2025`)).json();
    expect(q.capPercent).toBe(15);
    expect(q.max).toBe(Math.floor((q.ldttHolders * 15) / 100));
    const params = (await c.get('/api/v1/parameters')).json();
    expect(params.items.find((p: { key: string }) => p.key === 'quota.cstdcs_cap_percent').overrides).toHaveLength(1);
    // The English texts are additive: the Vietnamese basis and description stay as they were.
    const flag = params.items.find((p: { key: string }) => p.key === 'quota.government_flag_percent');
    expect(flag).toMatchObject({ basis: 'khoản 1 Điều 7 Nghị định 152/2025/NĐ-CP', basisEn: 'Article 7(1) of Decree 152/2025/ND-CP' });
    expect(flag.description).toMatch(/^Cụm, khối thi đua/);
    expect(flag.descriptionEn).toMatch(/^Emulation clusters and groups/);
    for (const p of params.items) expect(p.descriptionEn, p.key).toMatch(/\S/);
    expect((await c.post('/api/v1/parameters/quota.cstdcs_cap_percent/overrides', { value: 10, effectiveFrom: '2025-01-01', organisationId: org, reason: 'không được phép' })).statusCode).toBe(403);
  });

  it('lets an administrator add an award as data, audited; others may not; codes never collide', async () => {
    const admin = await loggedIn(t.app, 'admin');
    const body = { code: 'ky_niem_chuong_vi_su_nghiep_thi_dua', name: 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng', kind: 'form', subjects: ['individual'], level: 'bo_tinh', authority: 'Bộ trưởng Bộ Nội vụ', allowedTypes: ['cong_hien'] };
    expect((await c.post('/api/v1/awards', body)).statusCode).toBe(403);
    const created = await admin.post('/api/v1/awards', body);
    expect(created.statusCode, created.body).toBe(201);
    expect((await admin.post('/api/v1/awards', body)).statusCode).toBe(409);
    expect((await admin.post('/api/v1/awards', { ...body, code: 'bang_khen_tinh' })).statusCode).toBe(409);
    const list = (await c.get('/api/v1/awards')).json();
    expect(list.items.find((a: { code: string }) => a.code === body.code)).toMatchObject({ source: 'extension', name: body.name });
    const ev = (await c.post('/api/v1/eligibility/evaluate', { award: body.code, asOf: '2026-01-20', year: 2025, subject: { kind: 'individual' } })).json();
    expect(ev).toMatchObject({ verdict: 'review', ruleSet: 'law-2022' });
    expect(ev.toConfirm[0].code).toBe('manual_review');
  });

  it('publishes the catalogue with the codes of award-codes.md', async () => {
    const list = (await c.get('/api/v1/awards')).json();
    const codes = list.items.map((a: { code: string }) => a.code);
    for (const code of ['lao_dong_tien_tien', 'bang_khen_thu_tuong', 'co_thi_dua_chinh_phu', 'huan_chuong_khang_chien_hang_nhat', 'gia_dinh_van_hoa']) expect(codes).toContain(code);
    expect(list.items.find((a: { code: string }) => a.code === 'bang_khen_tinh').name).toMatch(/^Bằng khen/);
  });
});

describe('annual ratings imported from Excel', () => {
  it('downloads the template, previews errors with row numbers, then writes the valid rows only', async () => {
    const { writeXlsx } = await import('@thidua/documents');
    const tpl = await c.get('/api/v1/history/ratings/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const donvi = await loggedIn(t.app, 'donvi');
    const people = (await donvi.get('/api/v1/people?limit=3')).json().items;
    const full = (await c.get(`/api/v1/people/${people[0].id}`)).json();
    const file = await writeXlsx([
      {
        name: 'Xếp loại',
        columns: [
          { header: 'HỌ TÊN', key: 'n' },
          { header: 'Năm sinh', key: 'b' },
          { header: 'CMND/CCCD', key: 'c', type: 'text' },
          { header: 'Năm đánh giá', key: 'y' },
          { header: 'Xếp loại', key: 'r' },
        ],
        rows: [
          { n: full.fullName, b: full.birthYear, c: full.citizenId, y: 2024, r: 'Hoàn thành xuất sắc nhiệm vụ' },
          { n: people[1].fullName.normalize('NFD'), b: people[1].birthYear, c: '', y: 2024, r: 'Hoàn thành tốt nhiệm vụ' },
          { n: 'Không Có Người Này', b: 1970, c: '', y: 2024, r: 'tot' },
          { n: people[2].fullName, b: people[2].birthYear, c: '', y: 2024, r: 'giỏi' },
        ],
      },
    ]);
    const upload = (dry: boolean) => {
      const boundary = '----thidua';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="xep-loai.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return donvi.request('POST', `/api/v1/history/ratings/import${dry ? '?dryRun=true' : ''}`, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    };
    const preview = (await upload(true)).json();
    expect(preview).toMatchObject({ rows: 4, valid: 2, invalid: 2, written: 0 });
    expect(preview.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [4, 'unknown_person'],
      [5, 'invalid_rating'],
    ]);
    expect((await donvi.get(`/api/v1/people/${people[0].id}/history`)).json().ratings).toEqual([]);
    const done = (await upload(false)).json();
    expect(done.written).toBe(2);
    expect((await donvi.get(`/api/v1/people/${people[0].id}/history`)).json().ratings).toEqual([{ year: 2024, rating: 'xuat_sac', source: 'import' }]);
    expect((await donvi.get(`/api/v1/people/${people[1].id}/history`)).json().ratings).toEqual([{ year: 2024, rating: 'tot', source: 'import' }]);
  });
});

describe('collective titles from stored member figures', () => {
  it('Tập thể lao động tiên tiến: 70% LĐTT under law-2022, figures validated', async () => {
    const donvi = await loggedIn(t.app, 'donvi');
    const org = (await donvi.get('/api/auth/me')).json().user.roles[0].scopeOrgId;
    const bad = await donvi.request('PUT', `/api/v1/organisations/${org}/collective-figures/2025`, { members: 10, completedTasks: 11, laoDongTienTien: 7, chienSiThiDuaCoSo: 1, disciplinedWarningOrAbove: 0 });
    expect(bad.statusCode).toBe(400);
    const low = (await donvi.request('PUT', `/api/v1/organisations/${org}/collective-figures/2025`, { rating: 'tot', members: 10, completedTasks: 10, laoDongTienTien: 6, chienSiThiDuaCoSo: 1, disciplinedWarningOrAbove: 0 })).json();
    expect(low.result.verdict).toBe('ineligible');
    expect(low.result.unmet.map((u: { code: string }) => u.code)).toContain('members_ratio_too_low');
    const ok = (await donvi.request('PUT', `/api/v1/organisations/${org}/collective-figures/2025`, { rating: 'tot', members: 10, completedTasks: 10, laoDongTienTien: 7, chienSiThiDuaCoSo: 1, disciplinedWarningOrAbove: 0 })).json();
    expect(ok.result.verdict).toBe('eligible');
    const xs = (await donvi.post('/api/v1/eligibility/evaluate-collective', { organisationId: org, award: 'tap_the_lao_dong_xuat_sac', year: 2025, asOf: '2026-02-01' })).json();
    expect(xs.result.verdict).toBe('ineligible'); // rated 'tot', not 'xuat_sac'
  });
});
