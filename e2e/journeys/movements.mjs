// Issue #5 in the browser: an emulation movement (phong trào thi đua) launched by the provincial board, a unit's
// and an individual's registrations, the return for a supplement, the resubmission, the approval with its
// roll-up, and the interim review — every step through the screens. Run by e2e/run.mjs, which passes its helpers.

const TITLE = 'Phong trào thi đua “Dân vận khéo” năm 2026 (thử nghiệm trình duyệt)';

export default async function movementJourney({ journey, newPage, login, shot, DESKTOP, searchPick, pickMany }) {
  let board;
  let unit;
  let movementPath;
  const row = (page, text) => page.getByRole('row').filter({ hasText: text });

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
        await unit.getByRole('radio', { name: 'Cá nhân' }).check();
        await searchPick(unit, 'Cá nhân đăng ký', p.fullName, p.fullName);
        await pickMany(unit, 'Danh hiệu, hình thức đăng ký', 'chien si', 'Chiến sĩ thi đua cơ sở');
        await unit.getByRole('button', { name: 'Gửi đăng ký' }).click();
        await row(unit, p.fullName).getByText('Chiến sĩ thi đua cơ sở').waitFor();
        await shot(unit, '51-dang-ky-thi-dua');
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
        await board.getByText('Đã duyệt: 1').waitFor();
        await board.getByText('Tập thể lao động xuất sắc: 1').waitFor();
      },
    ],
    [
      'chuyenvien: ghi nhận sơ kết 6 tháng',
      async () => {
        await board.getByLabel('Báo cáo sơ kết, tổng kết').fill('Sơ kết 6 tháng: 12 mô hình đăng ký, 5 mô hình được công nhận.');
        await board.getByRole('button', { name: 'Ghi nhận sơ kết, tổng kết' }).click();
        await board.getByText(/^Sơ kết ngày \d\d\/\d\d\/\d{4}$/).waitFor();
        await board.getByText('Sơ kết 6 tháng: 12 mô hình đăng ký, 5 mô hình được công nhận.').waitFor();
        await shot(board, '52-phong-trao-so-ket');
        for (const p of [board, unit]) await p.context().close();
      },
    ],
  ]);
}
