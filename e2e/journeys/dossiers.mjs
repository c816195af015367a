// Issue #4 in the browser: from nomination to decision and revocation. Run by e2e/run.mjs, which passes
// its helpers. Set-up steps the UI has no screen for yet (creating the dossier, the council session,
// written votes, the revocation) go through the API with the signed-in user's cookie and CSRF token.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

async function apiCall(page, method, url, body, headers = {}) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.fetch(url, { method, data: body, headers: { 'X-CSRF-Token': me.csrfToken ?? '', ...headers } });
  const text = await res.text();
  if (!res.ok()) throw new Error(`${method} ${url} → ${res.status()} ${text}`);
  return JSON.parse(text);
}

async function pickKind(page, label) {
  await page.getByRole('combobox', { name: 'Loại thành phần' }).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
}

async function uploadFile(page, name, mimeType, buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('link', { name, exact: true }).waitFor();
}

export default async function dossierJourney({ journey, newPage, login, assert, shot, DESKTOP }) {
  let unit;
  let board;
  let member;
  let leader;
  let dossierId;
  let sessionId;
  let code;
  let decisionId;
  const status = (page, text) => page.locator('.page-header .ant-tag').filter({ hasText: text }).waitFor();

  await journey('Hồ sơ đề nghị khen thưởng → Hội đồng → quyết định → xác minh (issue #4)', [
    [
      'donvi: lập hồ sơ, tải đủ thành phần qua giao diện và gửi; hạn hiện theo ngày làm việc',
      async () => {
        unit = await newPage(DESKTOP);
        await login(unit, 'donvi', '/ho-so-khen-thuong');
        await unit.getByRole('heading', { level: 1, name: 'Hồ sơ đề nghị khen thưởng' }).waitFor();
        const people = await (await unit.request.get('/api/v1/people?limit=2')).json();
        const p = people.items[0];
        const d = await apiCall(
          unit,
          'POST',
          '/api/v1/dossiers',
          {
            ownerOrgId: p.ownerOrgId,
            title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (thử nghiệm trình duyệt)',
            award: 'bang_khen_tinh',
            achievementYear: 2025,
            subjects: [{ kind: 'individual', personId: p.id }],
          },
          { 'Idempotency-Key': `e2e-${Date.now()}` },
        );
        dossierId = d.id;
        await unit.goto(`/ho-so-khen-thuong/${dossierId}`);
        await status(unit, 'Nháp');
        await uploadFile(unit, 'to-trinh.pdf', 'application/pdf', PDF);
        await pickKind(unit, 'Báo cáo thành tích');
        await uploadFile(unit, 'bao-cao-thanh-tich.pdf', 'application/pdf', PDF);
        await pickKind(unit, 'Biên bản xét khen thưởng');
        await uploadFile(unit, 'bien-ban.pdf', 'application/pdf', PDF);
        await unit.getByRole('button', { name: 'Gửi hồ sơ' }).click();
        await status(unit, 'Đã gửi');
        await unit.getByTestId('countdown').first().waitFor();
        assert(/Còn \d+ ngày làm việc/.test(await unit.getByTestId('countdown').first().innerText()), 'no working-day countdown');
        await shot(unit, '40-ho-so-da-gui');
      },
    ],
    [
      'chuyenvien: tiếp nhận rồi trả lại để bổ sung, có lý do',
      async () => {
        board = await newPage(DESKTOP);
        await login(board, 'chuyenvien', '/ho-so-khen-thuong');
        await board.goto(`/ho-so-khen-thuong/${dossierId}`);
        await board.getByRole('button', { name: 'Tiếp nhận' }).click();
        await status(board, 'Đã tiếp nhận');
        await board.getByLabel('Lý do hoặc ý kiến thẩm định').fill('Thiếu giấy chứng nhận sáng kiến kèm báo cáo thành tích.');
        await board.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
        await status(board, 'Trả lại để bổ sung');
      },
    ],
    [
      'donvi: việc cần xử lý có hồ sơ bị trả lại; bổ sung và gửi lại',
      async () => {
        await unit.goto('/ho-so-khen-thuong');
        await unit.getByRole('link', { name: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (thử nghiệm trình duyệt)' }).first().click();
        await status(unit, 'Trả lại để bổ sung');
        await pickKind(unit, 'Chứng nhận sáng kiến, đề tài');
        await uploadFile(unit, 'sang-kien.png', 'image/png', PNG);
        await unit.getByRole('button', { name: 'Gửi lại sau bổ sung' }).click();
        await status(unit, 'Đã bổ sung, gửi lại');
      },
    ],
    [
      'chuyenvien: tiếp nhận, thẩm định; lập phiên họp Hội đồng',
      async () => {
        await board.reload();
        await board.getByRole('button', { name: 'Tiếp nhận' }).click();
        await status(board, 'Đã tiếp nhận');
        await board.getByLabel('Lý do hoặc ý kiến thẩm định').fill('Hồ sơ đầy đủ, đủ điều kiện trình Hội đồng.');
        await board.getByRole('button', { name: 'Thẩm định' }).click();
        await status(board, 'Đã thẩm định');
        member = await newPage(DESKTOP);
        await login(member, 'hoidong', '/ho-so-khen-thuong');
        const me = await (await member.request.get('/api/auth/me')).json();
        const orgs = await (await board.request.get('/api/v1/organisations?kind=province&limit=100')).json();
        const hy = orgs.items.find((o) => o.name === 'Hưng Yên');
        const s = await apiCall(board, 'POST', '/api/v1/council-sessions', {
          ownerOrgId: hy.id,
          title: 'Phiên họp thử nghiệm trình duyệt',
          councilName: 'Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên',
          meetingDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
          venue: 'Phòng họp số 2',
          chairName: 'Lê Minh Tuấn',
          secretaryName: 'Nguyễn Thị Thu Hà',
          memberUserIds: [me.user.id],
          namedMembers: [{ name: 'Đặng Văn Khoa', present: false }],
          dossierIds: [dossierId],
        });
        sessionId = s.id;
        const absent = s.members.find((m) => !m.present);
        await apiCall(board, 'POST', `/api/v1/council-sessions/${sessionId}/written-votes`, {
          memberId: absent.id,
          votes: s.agenda.map((a) => ({ itemId: a.id, choice: 'for' })),
        });
      },
    ],
    [
      'hoidong: bỏ phiếu kín trên giao diện, một lần',
      async () => {
        await member.goto('/ho-so-khen-thuong');
        await member.getByRole('link', { name: 'Phiên họp thử nghiệm trình duyệt' }).first().click();
        await member.getByRole('heading', { level: 1, name: 'Phiên họp thử nghiệm trình duyệt' }).waitFor();
        await member.getByRole('radio', { name: 'Tán thành', exact: true }).first().check();
        await member.getByRole('button', { name: 'Gửi phiếu bầu' }).click();
        await member.getByRole('button', { name: 'Gửi phiếu bầu' }).waitFor({ state: 'detached' });
        await shot(member, '41-hoi-dong-da-bo-phieu');
      },
    ],
    [
      'chuyenvien: kết thúc phiên họp; kết quả tính trên tổng số thành viên',
      async () => {
        await board.goto(`/hoi-dong/${sessionId}`);
        await board.getByRole('button', { name: 'Kết thúc phiên họp, kiểm phiếu' }).click();
        await board.getByText('Đã kết thúc, kết quả đã khóa').waitFor();
        await board.getByText('Đạt', { exact: true }).waitFor();
        await board.getByRole('cell', { name: '2/2', exact: true }).waitFor();
      },
    ],
    [
      'lanhdao: ban hành quyết định; trang quyết định có mã xác minh và tải về',
      async () => {
        leader = await newPage(DESKTOP);
        await login(leader, 'lanhdao', '/ho-so-khen-thuong');
        await leader.goto(`/ho-so-khen-thuong/${dossierId}`);
        await status(leader, 'Hội đồng tán thành');
        await leader.getByLabel('Lý do hoặc ý kiến thẩm định').fill('Lê Minh Tuấn');
        await leader.getByRole('button', { name: 'Ban hành quyết định' }).click();
        await leader.getByRole('heading', { level: 1, name: /^Quyết định số \d+\/QĐ-UBND$/ }).waitFor();
        decisionId = leader.url().split('/').pop();
        await leader.getByRole('link', { name: /Quyết định \(\.docx\)/ }).waitFor();
        await leader.getByRole('link', { name: /Bằng khen \(\.pdf\)/ }).waitFor();
        code = (await leader.locator('a[href^="/verify/"]').first().innerText()).trim();
        assert(code.length > 8, 'no verification code');
        await shot(leader, '42-quyet-dinh');
      },
    ],
    [
      'trang xác minh công khai: còn hiệu lực; sau quyết định hủy bỏ: đã bị hủy bỏ',
      async () => {
        const pub = await newPage(DESKTOP);
        await pub.goto(`/verify/${encodeURIComponent(code)}`);
        await pub.getByText('CÒN HIỆU LỰC').waitFor();
        await apiCall(leader, 'POST', `/api/v1/decisions/${decisionId}/revoke`, {
          date: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
          ground: 'b',
          reason: 'Thử nghiệm hủy bỏ',
          signerName: 'Lê Minh Tuấn',
        });
        await pub.reload();
        await pub.getByText('ĐÃ BỊ HỦY BỎ').waitFor();
        await shot(pub, '43-xac-minh-da-huy');
        for (const p of [unit, board, member, leader, pub]) await p.context().close();
      },
    ],
  ]);
}
