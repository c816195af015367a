// Issue #4 in the browser: from nomination to decision, correction and revocation, every step through the
// screens a user has (creating the dossier, the council session, the written vote of an absent member, the
// correction and the revocation included). Run by e2e/run.mjs, which passes its helpers.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

async function pickKind(page, label) {
  await page.getByRole('combobox', { name: 'Loại thành phần' }).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
}

async function uploadFile(page, name, mimeType, buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('link', { name, exact: true }).waitFor();
}

const TITLE = 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh (thử nghiệm trình duyệt)';
const AWARD = 'Bằng khen của bộ, ban, ngành, tỉnh';

export default async function dossierJourney({ journey, newPage, login, assert, shot, DESKTOP, searchPick, pickOption, pickMany }) {
  let unit;
  let board;
  let member;
  let leader;
  let dossierId;
  let sessionId;
  let code;
  let decisionId;
  let decisionNumber;
  let awardee;
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
        awardee = p.fullName;
        await unit.getByRole('button', { name: 'Tạo hồ sơ' }).click();
        await unit.getByRole('heading', { level: 1, name: 'Tạo hồ sơ đề nghị khen thưởng' }).waitFor();
        await searchPick(unit, 'Danh hiệu / hình thức khen thưởng', 'Bằng khen của bộ', AWARD);
        await unit.getByLabel('Năm thành tích').fill('2025');
        await searchPick(unit, 'Tìm cá nhân theo họ tên', p.fullName, p.fullName);
        await unit.getByRole('cell', { name: p.fullName, exact: true }).waitFor();
        await unit.getByLabel('Tên hồ sơ').fill(TITLE);
        await unit.getByRole('button', { name: 'Tạo hồ sơ' }).click();
        await unit.waitForURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/);
        dossierId = unit.url().split('/').pop();
        await status(unit, 'Nháp');
        await unit.getByRole('heading', { level: 1, name: TITLE }).waitFor();
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
      'donvi: hồ sơ cho hộ gia đình, thành tích theo giai đoạn',
      async () => {
        await unit.goto('/ho-so-khen-thuong/moi');
        await unit.getByRole('heading', { level: 1, name: 'Tạo hồ sơ đề nghị khen thưởng' }).waitFor();
        await searchPick(unit, 'Danh hiệu / hình thức khen thưởng', 'Bằng khen của bộ', AWARD);
        await unit.getByText('Giai đoạn', { exact: true }).click();
        await unit.getByLabel('Từ năm').fill('2021');
        await unit.getByLabel('Đến năm').fill('2025');
        await unit.getByLabel('Tên hộ gia đình').fill('Hộ ông Nguyễn Văn Thành');
        await unit.getByLabel('Địa chỉ hộ gia đình').fill('Khu phố Đông, phường Hiến Nam');
        await unit.getByRole('button', { name: 'Thêm hộ' }).click();
        await unit.getByRole('cell', { name: 'Hộ ông Nguyễn Văn Thành — Khu phố Đông, phường Hiến Nam' }).waitFor();
        await unit.getByRole('button', { name: 'Tạo hồ sơ' }).click();
        await unit.waitForURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/);
        await unit.getByRole('heading', { level: 1, name: `Đề nghị tặng ${AWARD} giai đoạn 2021–2025` }).waitFor();
        await unit.getByRole('cell', { name: 'Hộ ông Nguyễn Văn Thành', exact: true }).waitFor();
        await unit.getByRole('cell', { name: 'Hộ gia đình', exact: true }).waitFor();
        await unit.getByText('Giai đoạn thành tích').waitFor();
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
        await unit.getByRole('link', { name: TITLE }).first().click();
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
        await board.goto('/ho-so-khen-thuong');
        await board.getByRole('tab', { name: 'Phiên họp Hội đồng' }).click();
        await board.getByRole('button', { name: 'Lập phiên họp' }).click();
        await board.getByRole('heading', { level: 1, name: 'Lập phiên họp Hội đồng Thi đua – Khen thưởng' }).waitFor();
        await board.getByLabel('Tên phiên họp').fill('Phiên họp thử nghiệm trình duyệt');
        await board.getByLabel('Tên Hội đồng').fill('Hội đồng Thi đua – Khen thưởng tỉnh Hưng Yên');
        await board.getByLabel('Địa điểm').fill('Phòng họp số 2');
        await board.getByLabel('Chủ trì').fill('Lê Minh Tuấn');
        await board.getByLabel('Thư ký').fill('Nguyễn Thị Thu Hà');
        await pickMany(board, 'Thành viên có tài khoản', 'Phạm Quốc', 'Phạm Quốc Hùng – Thành viên Hội đồng TĐKT');
        await board.getByRole('button', { name: 'Thêm thành viên' }).click();
        await board.getByLabel('Họ tên thành viên 1').fill('Đặng Văn Khoa');
        await board.getByLabel('Chức vụ thành viên 1').fill('Ủy viên Hội đồng');
        await board.getByLabel('Thành viên 1 có mặt').uncheck();
        await board.getByRole('checkbox', { name: `Chọn hồ sơ ${TITLE}` }).check();
        await board.getByRole('button', { name: 'Lập phiên họp' }).click();
        await board.getByRole('heading', { level: 1, name: 'Phiên họp thử nghiệm trình duyệt' }).waitFor();
        sessionId = board.url().split('/').pop();
        await board.getByText('Đặng Văn Khoa (vắng, phiếu văn bản)').waitFor();
        // Before the first ballot a member's conflicts of interest can be declared: a reason is required.
        await board.getByRole('button', { name: 'Xung đột lợi ích của Đặng Văn Khoa' }).click();
        const recusals = board.getByRole('dialog', { name: 'Xung đột lợi ích của Đặng Văn Khoa' });
        await recusals.getByRole('checkbox').first().check();
        await recusals.getByRole('button', { name: 'Lưu' }).click();
        await recusals.getByText('Nêu lý do cho mỗi trường hợp đã chọn.').waitFor();
        await recusals.getByRole('button', { name: 'Hủy' }).click();
        await recusals.waitFor({ state: 'hidden' });
        // The organisation a member represents (had a collective of that organisation been nominated, he would not vote on it).
        await searchPick(board, 'Cơ quan, đơn vị mà thành viên Đặng Văn Khoa đại diện', 'Sở Y tế', 'Sở Y tế tỉnh Hưng Yên (33-SYT)');
        await board.locator('.ant-select').filter({ hasText: 'Sở Y tế tỉnh Hưng Yên (33-SYT)' }).first().waitFor();
        // The secretary records the absent member's written ballot paper.
        await pickOption(board, 'Thành viên gửi phiếu bằng văn bản', 'Đặng Văn Khoa – Ủy viên Hội đồng');
        await board.getByRole('radio', { name: 'Tán thành', exact: true }).first().check();
        await board.getByRole('button', { name: 'Ghi nhận phiếu văn bản' }).click();
        await board.getByText('Đã ghi nhận phiếu của Đặng Văn Khoa.').waitFor();
        await board.getByText('Đặng Văn Khoa (vắng, phiếu văn bản) ✓').waitFor();
        // Once a ballot is in, links are shown, no longer edited.
        await board.getByText('Đại diện: Sở Y tế tỉnh Hưng Yên').waitFor();
        await shot(board, '40b-phien-hop-phieu-van-ban');
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
        decisionNumber = (await leader.getByRole('heading', { level: 1 }).innerText()).replace(/^Quyết định số /, '').trim();
        await leader.getByRole('link', { name: /Quyết định \(\.docx\)/ }).waitFor();
        await leader.getByRole('link', { name: /Bằng khen \(\.pdf\)/ }).waitFor();
        code = (await leader.locator('a[href^="/verify/"]').first().innerText()).trim();
        assert(code.length > 8, 'no verification code');
        await shot(leader, '42-quyet-dinh');
      },
    ],
    [
      'lanhdao: đính chính quyết định bằng một quyết định mới; quyết định cũ giữ nguyên, dẫn tới bản đính chính',
      async () => {
        // The line names the registry entry and its field: "Đã ghi" takes what the entry reads now.
        await pickOption(leader, 'Mục sổ khen thưởng được đính chính 1', `${awardee} – 2025`);
        await pickOption(leader, 'Nội dung của mục được đính chính 1', 'Đơn vị');
        const wrong = await leader.getByLabel('Nội dung đã ghi 1').inputValue();
        assert(wrong === 'Phường Hiến Nam', `"Đã ghi" was not filled from the entry: "${wrong}"`);
        await leader.getByLabel('Nội dung đúng 1').fill('Phường Hiến Nam, tỉnh Hưng Yên');
        await leader.getByLabel('Vị trí đính chính 1').fill('Điều 1');
        await leader.getByRole('button', { name: 'Đính chính', exact: true }).click();
        await leader.getByRole('dialog').getByRole('button', { name: 'Ban hành quyết định đính chính' }).click();
        // Issuing writes the decision and its documents: slower on a loaded machine than the default 15 s.
        await leader.waitForURL((u) => !u.pathname.endsWith(decisionId), { timeout: 60_000 });
        await leader.getByRole('link', { name: 'Xem quyết định được đính chính' }).click();
        await leader.waitForURL((u) => u.pathname.endsWith(decisionId));
        await leader.getByText('Được đính chính bởi').waitFor();
        await shot(leader, '42b-quyet-dinh-dinh-chinh');
        // The registry entry changed with the decision, and its drawer lists the correction.
        await leader.goto(`/so-khen-thuong?decisionNumber=${encodeURIComponent(decisionNumber)}`);
        await leader.locator('.ant-table-tbody').getByRole('cell', { name: awardee, exact: true }).click();
        const drawer = leader.getByRole('dialog', { name: 'Chi tiết khen thưởng' });
        const corr = drawer.locator('.ant-table-row').filter({ hasText: 'Phường Hiến Nam, tỉnh Hưng Yên' });
        await corr.getByRole('cell', { name: 'Đơn vị', exact: true }).waitFor();
        await corr.getByRole('cell', { name: 'Phường Hiến Nam', exact: true }).waitFor();
        await shot(leader, '42c-so-khen-thuong-dinh-chinh');
      },
    ],
    [
      'trang xác minh công khai: còn hiệu lực; sau quyết định hủy bỏ: đã bị hủy bỏ',
      async () => {
        const pub = await newPage(DESKTOP);
        await pub.goto(`/verify/${encodeURIComponent(code)}`);
        await pub.getByText('CÒN HIỆU LỰC').waitFor();
        // The leader revokes it on the decision page: a new revocation decision, after a confirmation.
        await leader.goto(`/quyet-dinh/${decisionId}`);
        await leader.getByRole('radio', { name: /^Điểm b:/ }).check();
        await leader.getByLabel('Lý do cụ thể').fill('Thử nghiệm hủy bỏ: giấy tờ kê khai không đúng sự thật.');
        await leader.getByRole('button', { name: 'Thu hồi', exact: true }).click();
        await leader.getByRole('dialog').getByRole('button', { name: 'Ban hành quyết định hủy bỏ' }).click();
        await leader.waitForURL((u) => !u.pathname.endsWith(decisionId));
        await leader.getByRole('link', { name: 'Xem quyết định bị hủy bỏ' }).waitFor();
        await pub.reload();
        await pub.getByText('ĐÃ BỊ HỦY BỎ').waitFor();
        await shot(pub, '43-xac-minh-da-huy');
        for (const p of [unit, board, member, leader, pub]) await p.context().close();
      },
    ],
  ]);
}
