// Issue #5 in the browser: an emulation movement (phong trào thi đua) launched by the provincial board, its plan
// uploaded, a unit's and an individual's registrations, the board's queue ("Đăng ký chờ duyệt") where the
// individual is approved, the return of the unit's registration for a supplement, the resubmission, the
// approval with its roll-up by state and per unit directly below the province, and the interim review with
// its report file — every step through the screens. Run by e2e/run.mjs, which passes its helpers.
import { createHash } from 'node:crypto';

const TITLE = 'Phong trào thi đua “Dân vận khéo” năm 2026 (thử nghiệm trình duyệt)';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
const sha = (b) => createHash('sha256').update(b).digest('hex');

export default async function movementJourney({ journey, newPage, login, shot, assert, DESKTOP, searchPick, pickMany }) {
  let board;
  let unit;
  let movementPath;
  let person;
  const row = (page, text) => page.getByRole('row').filter({ hasText: text });
  const card = (page, heading) => page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: heading }) });
  const rollUpRow = (page, name) => card(page, /^Tổng hợp đăng ký theo cấp: /).getByRole('row').filter({ hasText: name });

  await journey('Phong trào thi đua: phát động, đăng ký, duyệt, sơ kết (issue #5)', [
    [
      'chuyenvien: danh sách phong trào có dữ liệu mẫu; phát động phong trào mới tới một phường',
      async () => {
        board = await newPage(DESKTOP);
        await login(board, 'chuyenvien', '/phong-trao-thi-dua');
        await board.getByRole('heading', { level: 1, name: 'Phong trào thi đua' }).waitFor();
        await board.getByRole('link', { name: /Chung sức xây dựng chính quyền số/ }).waitFor();
        await board.getByRole('button', { name: 'Phát động phong trào' }).click();
        await board.getByRole('heading', { level: 1, name: 'Phát động phong trào thi đua' }).waitFor();
        await board.getByLabel('Tên phong trào').fill(TITLE);
        await board.getByLabel('Cấp phát động (ghi trên văn bản)').fill('Ủy ban nhân dân tỉnh Hưng Yên');
        await board.getByRole('radio', { name: 'Theo chuyên đề' }).check();
        await board.getByLabel('Mục tiêu').fill('Mỗi xã, phường có ít nhất một mô hình “Dân vận khéo” được công nhận.');
        await searchPick(board, 'Thêm đơn vị hưởng ứng', 'Hiến Nam', 'Phường Hiến Nam');
        await board.getByRole('cell', { name: 'Phường Hiến Nam' }).waitFor();
        await shot(board, '50-phat-dong-phong-trao');
        await board.getByRole('button', { name: 'Phát động', exact: true }).click();
        await board.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        movementPath = new URL(board.url()).pathname;
        await board.getByText('Phường Hiến Nam', { exact: true }).first().waitFor();
      },
    ],
    [
      'chuyenvien: tải lên kế hoạch phát động (PDF); phường tải về đúng tệp (cùng SHA-256)',
      async () => {
        const docs = card(board, 'Văn bản của phong trào');
        await docs.getByText('Chưa có văn bản nào được tải lên.').waitFor();
        await docs.getByLabel('Số, ký hiệu, trích yếu (không bắt buộc)').fill('Kế hoạch số 15/KH-UBND');
        await docs.locator('input[type=file]').setInputFiles({ name: 'ke-hoach-phat-dong.pdf', mimeType: 'application/pdf', buffer: PDF });
        await docs.getByText('Đã tải lên ke-hoach-phat-dong.pdf.').waitFor();
        await row(board, 'Kế hoạch số 15/KH-UBND').getByRole('cell', { name: 'Kế hoạch', exact: true }).waitFor();
        const href = await docs.getByRole('link', { name: 'ke-hoach-phat-dong.pdf' }).getAttribute('href');
        const res = await board.request.get(href);
        assert(res.status() === 200, `tải về: HTTP ${res.status()}`);
        assert(sha(await res.body()) === sha(PDF), 'tệp tải về khác tệp tải lên');
        movementPath = new URL(board.url()).pathname;
      },
    ],
    [
      'donvi: phường đăng ký danh hiệu tập thể và một cá nhân đăng ký qua phường',
      async () => {
        unit = await newPage(DESKTOP);
        await login(unit, 'donvi', movementPath);
        await unit.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await pickMany(unit, 'Danh hiệu, hình thức đăng ký', 'lao dong xuat', 'Tập thể lao động xuất sắc');
        await unit.getByLabel('Ghi chú (chỉ tiêu, cam kết)').fill('Xây dựng 3 mô hình dân vận khéo.');
        await unit.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await unit.getByText('Đã gửi bản đăng ký thi đua.').waitFor();
        await row(unit, 'Tập thể lao động xuất sắc').getByText('Chờ duyệt').waitFor();
        const people = await (await unit.request.get('/api/v1/people?limit=1')).json();
        const p = people.items[0];
        person = p;
        await unit.getByRole('radio', { name: 'Cá nhân' }).check();
        await searchPick(unit, 'Cá nhân đăng ký', p.fullName, p.fullName);
        await pickMany(unit, 'Danh hiệu, hình thức đăng ký', 'chien si', 'Chiến sĩ thi đua cơ sở');
        await unit.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await row(unit, p.fullName).getByText('Chiến sĩ thi đua cơ sở').waitFor();
        const year = String(new Date().getFullYear());
        await row(unit, p.fullName).getByRole('cell', { name: year, exact: true }).waitFor();
        await shot(unit, '51-dang-ky-thi-dua');
        // The same person again for the same year: refused with the server's reason, nothing added.
        await searchPick(unit, 'Cá nhân đăng ký', p.fullName, p.fullName);
        await pickMany(unit, 'Danh hiệu, hình thức đăng ký', 'lao dong tien', 'Lao động tiên tiến');
        await unit.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await unit.getByText(`đã đăng ký thi đua phong trào này cho năm ${year}`, { exact: false }).waitFor();
        assert((await row(unit, p.fullName).count()) === 1, 'a second registration of the same person appeared');
        // The unit sees the plan too; it may not approve its own registrations.
        await card(unit, 'Văn bản của phong trào').getByRole('link', { name: 'ke-hoach-phat-dong.pdf' }).waitFor();
        assert((await unit.getByRole('button', { name: /^Duyệt đăng ký của/ }).count()) === 0, 'phường không được duyệt đăng ký của mình');
      },
    ],
    [
      'chuyenvien: "Đăng ký chờ duyệt" có hai bản đăng ký của phường; duyệt bản của cá nhân ngay tại hàng chờ; tổng hợp theo cấp',
      async () => {
        await board.goto(new URL('/phong-trao-thi-dua/cho-duyet', board.url()).href);
        await board.getByRole('heading', { level: 1, name: 'Đăng ký chờ duyệt' }).waitFor();
        await board.getByText(/^Cấp xét duyệt: Hưng Yên/).waitFor();
        await row(board, TITLE).first().waitFor();
        assert((await row(board, TITLE).count()) === 2, `hàng chờ: ${await row(board, TITLE).count()} dòng của phong trào`);
        await shot(board, '53-dang-ky-cho-duyet');
        await board.getByRole('button', { name: `Duyệt đăng ký của ${person.fullName}` }).click();
        await board.getByText(`Đã duyệt bản đăng ký của ${person.fullName}.`).waitFor();
        await row(board, person.fullName).filter({ hasText: TITLE }).waitFor({ state: 'detached' });
        assert((await row(board, TITLE).count()) === 1, 'bản đã duyệt vẫn còn trong hàng chờ');
        await row(board, TITLE).getByRole('link', { name: TITLE }).click();
        await board.getByRole('heading', { level: 1, name: TITLE }).waitFor();
        await card(board, 'Tổng hợp đăng ký theo cấp: Hưng Yên').waitFor();
        await rollUpRow(board, 'Phường Hiến Nam').getByText('Chiến sĩ thi đua cơ sở (1)').waitFor();
      },
    ],
    [
      'chuyenvien: trả lại bản đăng ký của phường có lý do; donvi gửi lại; chuyenvien duyệt; tổng hợp cập nhật',
      async () => {
        await board.reload();
        await board.getByRole('button', { name: 'Trả lại đăng ký của Phường Hiến Nam' }).click();
        await board.getByLabel('Lý do trả lại').fill('Bổ sung chỉ tiêu cụ thể theo quý.');
        await board.getByRole('dialog').getByRole('button', { name: 'Trả lại', exact: true }).click();
        await row(board, 'Tập thể lao động xuất sắc').getByText('Trả lại', { exact: true }).waitFor();
        await unit.reload();
        await row(unit, 'Bổ sung chỉ tiêu cụ thể theo quý.').getByRole('button', { name: /^Gửi lại/ }).click();
        await row(unit, 'Tập thể lao động xuất sắc').getByText('Chờ duyệt').waitFor();
        await board.reload();
        await board.getByRole('button', { name: 'Duyệt đăng ký của Phường Hiến Nam' }).click();
        await row(board, 'Tập thể lao động xuất sắc').getByText('Đã duyệt').waitFor();
        await board.getByText('Đã duyệt: 2').waitFor();
        await board.getByText('Tập thể lao động xuất sắc: 1').waitFor();
        // Per unit directly below the province: Phường Hiến Nam has its two approved registrations.
        const hn = rollUpRow(board, 'Phường Hiến Nam');
        await hn.getByText('Tập thể lao động xuất sắc (1); Chiến sĩ thi đua cơ sở (1)').waitFor();
        assert((await hn.getByRole('cell').allInnerTexts()).slice(1, 5).join(' ') === '0 2 0 2', `tổng hợp Phường Hiến Nam: ${(await hn.getByRole('cell').allInnerTexts()).join(' | ')}`);
        await card(board, /^Tổng hợp đăng ký theo cấp: /).scrollIntoViewIfNeeded();
        await shot(board, '54-tong-hop-theo-cap');
      },
    ],
    [
      'chuyenvien: ghi nhận sơ kết 6 tháng',
      async () => {
        await board.getByLabel('Báo cáo sơ kết, tổng kết').fill('Sơ kết 6 tháng: 12 mô hình đăng ký, 5 mô hình được công nhận.');
        await board.getByRole('button', { name: 'Ghi nhận sơ kết, tổng kết' }).click();
        await board.getByText(/^Sơ kết ngày \d\d\/\d\d\/\d{4}$/).waitFor();
        await board.getByText('Sơ kết 6 tháng: 12 mô hình đăng ký, 5 mô hình được công nhận.').waitFor();
        const upload = board.getByRole('group', { name: /^Tải tệp lên cho lần sơ kết ngày / });
        await upload.locator('input[type=file]').setInputFiles({ name: 'bao-cao-so-ket.pdf', mimeType: 'application/pdf', buffer: PDF });
        await upload.getByText('Đã tải lên bao-cao-so-ket.pdf.').waitFor();
        await row(board, 'bao-cao-so-ket.pdf').getByRole('cell', { name: 'Báo cáo sơ kết', exact: true }).waitFor();
        await shot(board, '52-phong-trao-so-ket');
        for (const p of [board, unit]) await p.context().close();
      },
    ],
  ]);
}
