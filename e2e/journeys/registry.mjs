// Issue #6 in the browser: the registry screens. A board officer searches without diacritics, opens an
// entry (award by name, source), narrows with the filters, exports exactly the filtered rows, reissues a
// lost certificate, imports a file with a bad row (preview → commit → found by search) and works the
// duplicates queue (merge, undo, "not the same person").

export default async function registryJourney({ journey, newPage, login, assert, eventually, shot, DESKTOP, pickOption }) {
  let page;
  const table = () => page.locator('.ant-table-tbody');
  const rowOf = (name) => table().locator('tr.ant-table-row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await journey('Sổ khen thưởng: tra cứu, bộ lọc, xuất, cấp lại, nhập tệp, rà soát trùng (issue #6)', [
    [
      'chuyenvien: "to van trung" tìm được cả hai cách viết; chi tiết hiện tên hình thức và nguồn',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'chuyenvien', '/so-khen-thuong');
        await page.getByRole('heading', { level: 1, name: 'Sổ khen thưởng' }).waitFor();
        await page.getByLabel('Họ tên hoặc tên tập thể', { exact: false }).fill('to van trung');
        await rowOf('Tô Văn Trùng').waitFor();
        await rowOf('To Van Trung').waitFor();
        assert(new URL(page.url()).searchParams.get('q') === 'to van trung', `the search is not in the address bar: ${page.url()}`);
        await rowOf('Tô Văn Trùng').click();
        const drawer = page.getByRole('dialog', { name: 'Chi tiết khen thưởng' });
        await drawer.getByText('Huy chương Kháng chiến chống Mỹ, cứu nước hạng Nhất').waitFor();
        await drawer.getByText('Nhập trong chiến dịch').waitFor();
        await drawer.getByText('Thành tích kháng chiến').waitFor();
        await shot(page, '70-so-khen-thuong-chi-tiet');
        await page.keyboard.press('Escape');
        await drawer.waitFor({ state: 'hidden' });
      },
    ],
    [
      'bộ lọc: loại hình và số quyết định thu hẹp kết quả; tệp xuất đúng các dòng đã lọc',
      async () => {
        await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
        await pickOption(page, 'Loại hình', 'Thành tích kháng chiến');
        await page.getByLabel('Số quyết định').fill('412/KT-CTN');
        await eventually(async () => (await table().locator('tr.ant-table-row').count()) === 1 && (await rowOf('Tô Văn Trùng').count()) === 1, 'the filters did not narrow to one row');
        const sp = new URL(page.url()).searchParams;
        assert(sp.get('type') === 'khang_chien' && sp.get('decisionNumber') === '412/KT-CTN', `filters not in the address bar: ${page.url()}`);
        const href = await page.getByRole('link', { name: /Xuất \.csv/ }).getAttribute('href');
        assert(href.startsWith('/api/v1/registry/export.csv?') && href.includes('decisionNumber=412'), `export link without the filters: ${href}`);
        const csv = await (await page.request.get(href)).text();
        assert(csv.includes('Tô Văn Trùng') && !csv.includes('To Van Trung'), `the export is not the filtered rows:\n${csv.slice(0, 400)}`);
        const xlsx = await page.request.get((await page.getByRole('link', { name: /Xuất Excel/ }).getAttribute('href')) ?? '');
        assert(xlsx.ok() && (xlsx.headers()['content-type'] ?? '').includes('spreadsheetml'), 'the .xlsx export failed');
        await shot(page, '71-so-khen-thuong-bo-loc');
      },
    ],
    [
      'cấp lại chứng nhận bị mất: mục cũ "Đã cấp lại", mục mới mang số hiệu mới',
      async () => {
        await rowOf('Tô Văn Trùng').click();
        const drawer = page.getByRole('dialog', { name: 'Chi tiết khen thưởng' });
        await drawer.getByRole('button', { name: 'Cấp lại' }).click();
        await drawer.getByText('Vui lòng nhập số hiệu chứng nhận mới.').waitFor();
        const code = `CL-${Date.now()}`;
        await drawer.getByLabel('Số hiệu chứng nhận mới').fill(code);
        await drawer.getByLabel('Lý do cấp lại').fill('Bằng bị hư hỏng do bão lũ, có đơn đề nghị của gia đình.');
        await drawer.getByRole('button', { name: 'Cấp lại' }).click();
        await drawer.getByText(`Đã cấp lại. Mục mới: số hiệu ${code}.`).waitFor();
        await drawer.getByText(code, { exact: true }).waitFor();
        await page.keyboard.press('Escape');
        await eventually(async () => (await rowOf('Tô Văn Trùng').getByText('Đã cấp lại').count()) === 1 && (await rowOf('Tô Văn Trùng').getByText('Còn hiệu lực').count()) === 1, 'the old entry is not shown as reissued beside the new one');
        await shot(page, '72-so-khen-thuong-cap-lai');
      },
    ],
    [
      'nhập tệp: xem trước báo dòng lỗi, ghi các dòng hợp lệ, tra cứu thấy ngay',
      async () => {
        await page.goto('/so-khen-thuong');
        await page.getByRole('tab', { name: 'Nhập từ tệp' }).click();
        const name = `Lê Thị Nhập Thử ${Date.now() % 100000}`;
        const csv = [
          'Họ và tên,Năm sinh,Giới tính,Quê quán,Đơn vị,Hình thức khen thưởng,Loại hình,Năm thành tích,Số quyết định,Ngày quyết định,Cơ quan ban hành,Số CCCD',
          `${name},1950,Nữ,"Tiên Lữ, Hưng Yên",,Huy chương Kháng chiến chống Mỹ hạng Nhì,kháng chiến,1986,77/KT-CTN,20/08/1986,Chủ tịch nước,`,
          `Trần Văn Sai,1950,Nam,,,Không có hình thức này,,1986,78/KT-CTN,31/02/1986,Chủ tịch nước,`,
        ].join('\r\n');
        await page.locator('input[type=file]').setInputFiles({ name: 'nhap-thu.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });
        const result = page.getByTestId('import-result');
        await result.getByText('Đã kiểm tra, chưa ghi', { exact: false }).waitFor({ timeout: 30_000 });
        await result.getByText('Số dòng: 2 · hợp lệ: 1 · lỗi: 1', { exact: false }).waitFor();
        const bad = result.locator('.ant-table-tbody tr').filter({ hasText: 'invalid_date' });
        await bad.filter({ hasText: '31/02/1986' }).waitFor();
        assert((await bad.locator('td').first().innerText()).trim() === '3', 'the bad date is not reported on line 3');
        await shot(page, '73-so-khen-thuong-nhap-xem-truoc');
        await result.getByRole('button', { name: 'Ghi 1 dòng hợp lệ' }).click();
        await result.getByText('Đã ghi xong', { exact: false }).waitFor({ timeout: 30_000 });
        await page.getByRole('tab', { name: 'Tra cứu' }).click();
        await page.getByLabel('Họ tên hoặc tên tập thể', { exact: false }).fill(name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase());
        await rowOf(name).waitFor();
      },
    ],
    [
      'rà soát trùng: lý do bằng tiếng Việt, gộp rồi hoàn tác, đánh dấu "không phải cùng một người"',
      async () => {
        await page.getByRole('tab', { name: 'Rà soát trùng' }).click();
        const pair = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'To Van Trung' }).filter({ hasText: 'Tô Văn Trùng' });
        await pair.waitFor();
        await pair.getByText('Cùng năm sinh').waitFor();
        await pair.getByText('Cùng quê quán').waitFor();
        await shot(page, '74-so-khen-thuong-trung');
        await pair.getByRole('button', { name: 'Giữ hồ sơ này, gộp hồ sơ kia vào' }).first().click();
        await page.getByText(/Đã gộp hai hồ sơ \(\d+ mục khen thưởng được chuyển\)\./).waitFor();
        await pair.waitFor({ state: 'detached' });
        await page.getByRole('button', { name: 'Hoàn tác' }).click();
        await page.getByText('Đã hoàn tác việc gộp.').waitFor();
        await pair.waitFor();
        await pair.getByRole('button', { name: 'Không phải cùng một người' }).click();
        await page.getByText('Đã ghi nhận: không phải cùng một người', { exact: false }).waitFor();
        await pair.waitFor({ state: 'detached' });
        await page.context().close();
      },
    ],
  ]);
}
