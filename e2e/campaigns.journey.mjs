// Browser journey of issue #6 point 5 (registry data-entry campaigns), run by e2e/run.mjs with its helpers:
// the board officer (chuyenvien) opens a double-entry resistance-war campaign, sets a target for Phường
// Hiến Nam and assigns its two officers; donvi keys a paper record with the keyboard only, donvi2 keys
// the same record with another birth year; the board officer adjudicates it and the progress shows it
// written. Then a single-entry campaign: a bad decision date is shown beside its field (and blocks the
// save), a CCCD mismatch is only a warning, the fixed record is written. Last, the unit asks for the
// record's damaged certificate and medal to be reissued and the board approves and issues it.

const UNIT = 'Phường Hiến Nam';
const OFFICER_1 = 'Trần Văn Bình – Cán bộ thi đua phường Hiến Nam (donvi)';
const OFFICER_2 = 'Lê Thị Hoa – Cán bộ nhập liệu phường Hiến Nam (donvi2)';
const AWARD = 'Huy chương Kháng chiến chống Mỹ, cứu nước hạng Nhất';
const SYLLABLES = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lâm', 'Minh', 'Nga'];

export default async function campaignsJourney({ journey, newPage, login, assert, eventually, shot, pickOption, searchPick, viewport, phone, assertNoOverflow }) {
  const stamp = String(Date.now()).slice(-4);
  // People of this run get names of their own (digits in a name would be odd): 4821 → "Khánh Bình Cường An".
  const suffix = [...stamp].map((d) => SYLLABLES[Number(d)]).join(' ');
  const doubleName = `Đợt nhập hai lần ${stamp}`;
  const singleName = `Đợt nhập một lần ${stamp}`;
  const person = `Phạm Văn ${suffix}`;
  const single = `Ngô Thị ${suffix}`;
  const ref = `E2E-${stamp}-0001`;
  let page;
  let doubleUrl = '';
  const openAs = async (username, path) => {
    await page?.context().close();
    page = await newPage(viewport);
    await login(page, username, path);
  };
  const tab = (name) => page.getByRole('tab', { name, exact: true }).click();
  const field = (label) => page.getByLabel(label, { exact: true });
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Types a value into the focused field and presses Enter (an empty value: Enter only), checking the focus moved on. */
  const typeAndEnter = async (value) => {
    const from = await focusedId();
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Enter');
    await eventually(async () => (await focusedId()) !== from, `Enter did not leave ${from}`);
  };
  /** Keys one record with the keyboard from "Họ và tên" to "Số CCCD" (template order), ending on the save button. */
  const keyRecord = async (v) => {
    await eventually(
      async () => (await focusedId()) === 'campaign-entry-fullName',
      `the focus is not on "Họ và tên" but on ${await focusedId()}`,
    );
    for (const k of [
      'fullName',
      'birth',
      'gender',
      'hometown',
      'organisation',
      'award',
      'type',
      'year',
      'decisionNumber',
      'decisionDate',
      'authority',
      'citizenId',
    ]) {
      assert((await focusedId()) === `campaign-entry-${k}`, `expected the focus on ${k}, it is on ${await focusedId()}`);
      // Sticky fields already hold the value of the previous record: select all and type over it.
      await page.keyboard.press('Control+A');
      if (!v[k]) await page.keyboard.press('Delete');
      await typeAndEnter(v[k] ?? '');
    }
    assert(
      (await page.evaluate(() => document.activeElement?.textContent ?? '')).includes('Lưu bản ghi'),
      'Enter after "Số CCCD" did not reach the save button',
    );
  };
  const record = (birth) => ({
    fullName: person,
    birth,
    gender: 'Nam',
    hometown: 'Xã Tân Hưng, Hưng Yên',
    award: AWARD,
    year: '1985',
    decisionNumber: '412/KT-CTN',
    decisionDate: '20/08/1985',
    authority: 'Chủ tịch nước',
  });
  const createCampaign = async (name, doubleEntry) => {
    await page.goto('/dot-nhap-lieu');
    await page.getByRole('heading', { level: 1, name: 'Đợt nhập liệu' }).waitFor();
    await page.getByRole('button', { name: /Tạo đợt$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo đợt nhập liệu' });
    await dialog.getByTestId('campaign-default-awards').getByText(AWARD, { exact: true }).waitFor();
    await dialog.getByText('Kháng chiến chống Mỹ, cứu nước (kể cả tại Lào đến 12/1975)').waitFor();
    await dialog.getByText('21/07/1954').waitFor();
    await dialog.getByLabel('Tên đợt', { exact: true }).fill(name);
    if (doubleEntry) await dialog.getByRole('switch', { name: 'Nhập hai lần' }).click();
    await dialog.getByRole('button', { name: 'Tạo đợt', exact: true }).click();
    await page.waitForURL(/\/dot-nhap-lieu\/[0-9a-f-]{36}\?tab=units/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    return new URL(page.url()).pathname;
  };
  const setTarget = async (expected) => {
    await searchPick(page, 'Thêm đơn vị', 'Hiến Nam', UNIT);
    await field('Số bản ghi dự kiến').fill(String(expected));
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await page.getByTestId('campaign-targets').getByText(UNIT).waitFor();
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await page.getByText('Đã lưu chỉ tiêu.').waitFor();
  };

  await journey('Đợt nhập liệu: nhập hai lần, đối chiếu, tiến độ; nhập một lần, lỗi bên cạnh ô; đề nghị cấp lại (issue #6)', [
    [
      'chuyenvien: tạo đợt nhập hai lần (khen thưởng kháng chiến), chỉ tiêu Phường Hiến Nam, phân công hai cán bộ',
      async () => {
        page = await newPage(viewport);
        await login(page, 'chuyenvien', '/dot-nhap-lieu');
        await page.getByRole('heading', { level: 1, name: 'Đợt nhập liệu' }).waitFor();
        // The demo campaign is listed with its progress.
        await page.getByRole('link', { name: '40 ngày hoàn thành nhập dữ liệu khen thưởng kháng chiến (trình diễn)' }).waitFor();
        await shot(page, 'dot-01-danh-sach');
        doubleUrl = await createCampaign(doubleName, true);
        await setTarget(5);
        await pickOption(page, 'Đơn vị được phân công', UNIT);
        for (const [n, officer] of [
          [1, OFFICER_1],
          [2, OFFICER_2],
        ]) {
          await pickOption(page, 'Cán bộ nhập liệu', officer);
          // While the previous assignment is saving the button shows a spinner (its name then starts with
          // "loading") and ignores clicks: wait for it to settle before clicking.
          const assignButton = page.getByRole('button', { name: /^(loading )?Phân công$/ });
          await assignButton.and(page.locator(':not(.ant-btn-loading)')).waitFor();
          await assignButton.click();
          await eventually(
            async () => (await page.locator('[data-testid="campaign-assignments"] tbody tr.ant-table-row').count()) === n,
            `${n} assignment(s) not shown`,
          );
        }
        const rows = page.locator('[data-testid="campaign-assignments"] tbody tr.ant-table-row');
        assert(
          (await rows.filter({ hasText: '(donvi)' }).count()) === 1 && (await rows.filter({ hasText: '(donvi2)' }).count()) === 1,
          'the two officers are not both assigned',
        );
        await shot(page, 'dot-02-phan-cong');
      },
    ],
    [
      'donvi: nhập bản ghi chỉ bằng bàn phím (Enter sang ô sau, Ctrl+Enter lưu), chờ nhập lần hai; ô lặp lại được giữ',
      async () => {
        await openAs('donvi', `${doubleUrl}?tab=entry`);
        await page.getByRole('heading', { level: 1, name: doubleName }).waitFor();
        await eventually(
          async () => (await page.getByRole('tab', { name: 'Nhập liệu', selected: true }).count()) === 1,
          'the entry tab is not open',
        );
        await page.getByTestId('entry-form').getByText(UNIT).waitFor(); // the only unit assigned is already chosen
        await field('Số hiệu bản ghi trên giấy').click();
        await typeAndEnter(ref);
        await keyRecord(record('1948'));
        await page.keyboard.press('Control+Enter');
        await page.getByTestId('entry-saved').getByText(`Đã lưu bản ghi “${person}”: chờ nhập lần hai.`).waitFor();
        await eventually(
          async () => (await focusedId()) === 'campaign-entry-fullName',
          'after the save the focus is not back on "Họ và tên"',
        );
        assert(
          (await field('Họ và tên').inputValue()) === '' && (await field('Năm sinh').inputValue()) === '',
          'the person’s fields were not emptied',
        );
        assert(
          (await field('Hình thức khen thưởng').inputValue()) === AWARD &&
            (await field('Số quyết định').inputValue()) === '412/KT-CTN' &&
            (await field('Ngày quyết định').inputValue()) === '20/08/1985',
          'the sticky fields were not kept',
        );
        assert(
          (await field('Số hiệu bản ghi trên giấy').inputValue()) === ref.replace(/0001$/, '0002'),
          'the next paper reference is not proposed',
        );
        await eventually(async () => (await page.getByTestId('entries-today').innerText()).includes('1'), 'my entries today is not 1');
        await page.getByTestId('entries-recent').getByText('Chờ nhập lần hai').waitFor();
        await shot(page, 'dot-03-nhap-lan-1');
      },
    ],
    [
      'donvi2: nhập lại cùng bản ghi, khác năm sinh: chờ đối chiếu',
      async () => {
        await openAs('donvi2', `${doubleUrl}?tab=entry`);
        await page.getByRole('heading', { level: 1, name: doubleName }).waitFor();
        await field('Số hiệu bản ghi trên giấy').click();
        await typeAndEnter(ref);
        await keyRecord(record('1949'));
        await page.getByRole('button', { name: 'Lưu bản ghi' }).click();
        await page.getByTestId('entry-saved').getByText(`Đã lưu bản ghi “${person}”: hai lần nhập khác nhau, chờ đối chiếu.`).waitFor();
        await page.getByTestId('entries-recent').getByText('Chờ đối chiếu').waitFor();
      },
    ],
    [
      'chuyenvien: đối chiếu — hai lần nhập cạnh nhau, chỉ "Năm sinh" được tô, chọn lần 2, ghi vào sổ; tiến độ 1 bản ghi',
      async () => {
        await openAs('chuyenvien', `${doubleUrl}?tab=adjudication`);
        const card = page.getByTestId(`adjudication-${ref}`);
        await card.getByText(`Bản ghi ${ref} — ${UNIT}`).waitFor();
        // The list's search: a word that is nowhere hides the card; the name typed without marks finds it.
        const search = page.getByLabel('Tìm bản ghi chờ đối chiếu');
        await search.fill('khongcoai');
        await card.waitFor({ state: 'detached' });
        await search.fill(person.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').toLowerCase());
        await card.getByText(`Bản ghi ${ref} — ${UNIT}`).waitFor();
        await card.getByText('Lần 1 do donvi nhập, lần 2 do donvi2 nhập.').waitFor();
        const differing = card.locator('tr[data-differs="true"]');
        await eventually(async () => (await differing.count()) === 1, 'not exactly one field is highlighted');
        assert(
          (await differing.innerText()).includes('Năm sinh') &&
            (await differing.innerText()).includes('1948') &&
            (await differing.innerText()).includes('1949'),
          'the highlighted field is not the birth year with both values',
        );
        const resolve = card.getByRole('button', { name: 'Đối chiếu xong, ghi vào sổ' });
        assert(await resolve.isDisabled(), 'resolving is possible before a value is chosen');
        await shot(page, 'dot-04-doi-chieu');
        await differing.getByText('Lần 2', { exact: true }).click();
        await resolve.click();
        await page.getByText(`Đã đối chiếu bản ghi ${ref} và ghi vào sổ.`).waitFor();
        await page.getByText('Không có bản ghi nào chờ đối chiếu').waitFor();

        await tab('Tiến độ');
        const totals = page.getByTestId('campaign-totals');
        await eventually(
          async () => (await totals.innerText()).includes('Đã ghi vào sổ') && /\b1\s*\/ 5\b/.test(await totals.innerText()),
          'the totals do not show 1 / 5 written',
        );
        const unitRow = page.locator('[data-testid="campaign-units-progress"] tbody tr.ant-table-row').filter({ hasText: UNIT });
        await eventually(
          async () => (await unitRow.locator('td').nth(3).innerText()).trim() === '1',
          'the unit row does not show 1 written',
        );
        await unitRow.getByText('20%').waitFor();
        const projection = page.getByTestId('campaign-projection');
        assert(/Đúng tiến độ|Chậm tiến độ/.test(await projection.innerText()), 'no on-track / behind verdict');
        const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }));
        await page.getByTestId('campaign-day-chart').getByLabel(`${today}: 2 lượt nhập, 1 bản ghi vào sổ`).waitFor();
        await shot(page, 'dot-05-tien-do');
      },
    ],
    [
      'chuyenvien, in English: the campaign page is translated, dates stay dd/mm/yyyy',
      async () => {
        await page.evaluate(() => localStorage.setItem('thidua.locale', 'en'));
        await page.goto(`${doubleUrl}?tab=progress`);
        await page.getByRole('tab', { name: 'Units & assignments', exact: true }).waitFor();
        await page.getByRole('tab', { name: 'Data entry', exact: true }).waitFor();
        await page.getByRole('tab', { name: 'Adjudication', exact: true }).waitFor();
        await page.getByText(/^Resistance-war awards · from \d{2}\/\d{2}\/\d{4} to \d{2}\/\d{2}\/\d{4}$/).waitFor();
        assert(
          /On track|Behind schedule/.test(await page.getByTestId('campaign-projection').innerText()),
          'the projection is not in English',
        );
        await page.getByTestId('campaign-totals').getByText('Written to the registry').waitFor();
        await shot(page, 'dot-05b-english');
        await page.evaluate(() => localStorage.removeItem('thidua.locale'));
      },
    ],
    [
      'chuyenvien: đợt nhập một lần — ngày quyết định sai hiện bên cạnh ô và chặn việc lưu, CCCD lệch chỉ cảnh báo; sửa rồi ghi vào sổ',
      async () => {
        await createCampaign(singleName, false);
        await setTarget(3);
        await tab('Nhập liệu');
        await page.getByTestId('entry-form').getByText(UNIT).waitFor();
        await field('Họ và tên').click();
        await keyRecord({
          ...record('1950'),
          fullName: single,
          gender: 'Nữ',
          decisionDate: '31/02/1986',
          year: '1986',
          citizenId: '033149001234',
        });
        const dateIssue = page.getByTestId('entry-issue-decisionDate');
        await dateIssue.getByText('Ngày quyết định "31/02/1986" không hợp lệ (dd/mm/yyyy)').waitFor();
        await page.getByTestId('entry-issue-citizenId').getByText('Năm sinh theo CCCD (1949) không khớp năm sinh 1950').waitFor();
        await page.keyboard.press('Control+Enter');
        await eventually(
          async () => (await focusedId()) === 'campaign-entry-decisionDate',
          'the refused save did not bring the focus to the bad date',
        );
        assert((await page.getByTestId('entry-saved').innerText()).trim() === '', 'a record was reported saved despite the error');
        await shot(page, 'dot-06-loi-ngay');
        await page.keyboard.type('20/08/1986');
        await page.keyboard.press('Control+Enter');
        await page.getByTestId('entry-saved').getByText(`Đã lưu bản ghi “${single}”: đã ghi vào sổ.`).waitFor();
        await page.getByTestId('entry-saved').getByText('Năm sinh theo CCCD (1949) không khớp năm sinh 1950', { exact: false }).waitFor();
        await dateIssue.waitFor({ state: 'detached' });
        await page.getByTestId('entries-recent').getByText('Đã ghi vào sổ').waitFor();
      },
    ],
    [
      'donvi: đề nghị cấp lại bằng và hiện vật bị hư hỏng của bản ghi vừa ghi vào sổ',
      async () => {
        await openAs('donvi', '/so-khen-thuong');
        await page.getByLabel('Họ tên hoặc tên tập thể', { exact: false }).fill(single);
        const row = page
          .locator('.ant-table-tbody tr.ant-table-row')
          .filter({ has: page.getByRole('cell', { name: single, exact: true }) });
        await row.click();
        const drawer = page.getByRole('dialog', { name: 'Chi tiết khen thưởng' });
        await drawer.getByText('Chưa có đề nghị nào cho mục này.').waitFor();
        await drawer.getByRole('button', { name: 'Lập đề nghị' }).click();
        await drawer.getByText('Bị hư hỏng', { exact: true }).click();
        await drawer.getByText('Cả bằng và hiện vật', { exact: true }).click();
        await drawer.getByRole('button', { name: 'Gửi đề nghị' }).click();
        await drawer.getByText('Trình bày lý do (ít nhất 3 ký tự).').waitFor();
        await drawer.getByLabel('Trình bày', { exact: true }).fill('Bằng và huân chương bị hư hỏng do ngập lụt, có đơn của gia đình.');
        await drawer.getByRole('button', { name: 'Gửi đề nghị' }).click();
        const item = drawer.getByTestId('reissue-request-requested');
        await item.getByText('Chờ xem xét').waitFor();
        await item.getByText('Bị hư hỏng · Cả bằng và hiện vật').waitFor();
        assert((await drawer.getByRole('button', { name: 'Đồng ý' }).count()) === 0, 'a unit officer is offered to approve');
        await shot(page, 'dot-07-de-nghi-cap-lai');
      },
    ],
    [
      'chuyenvien: đồng ý đề nghị rồi cấp với số hiệu mới; mục mới mở ra',
      async () => {
        await openAs('chuyenvien', '/so-khen-thuong');
        await page.getByLabel('Họ tên hoặc tên tập thể', { exact: false }).fill(single);
        const row = page
          .locator('.ant-table-tbody tr.ant-table-row')
          .filter({ has: page.getByRole('cell', { name: single, exact: true }) });
        await row.click();
        const drawer = page.getByRole('dialog', { name: 'Chi tiết khen thưởng' });
        await drawer.getByTestId('reissue-request-requested').waitFor();
        assert((await drawer.getByLabel('Lý do cấp lại').count()) === 0, 'the direct reissue form is offered beside a request under way');
        await drawer.getByLabel('Ý kiến', { exact: true }).fill('Đủ điều kiện cấp lại.');
        await drawer.getByRole('button', { name: 'Đồng ý', exact: true }).click();
        const approved = drawer.getByTestId('reissue-request-approved');
        await approved.getByText('Đã đồng ý, chờ cấp').waitFor();
        await approved.getByText('Xem xét: chuyenvien — Đủ điều kiện cấp lại.').waitFor();
        const code = `CL-${stamp}-2`;
        await approved.getByRole('button', { name: 'Cấp với số hiệu mới' }).click();
        await approved.getByText('Nhập số hiệu chứng nhận mới.').waitFor();
        await approved.getByLabel('Số hiệu chứng nhận mới', { exact: true }).fill(code);
        await approved.getByRole('button', { name: 'Cấp với số hiệu mới' }).click();
        await drawer.getByText(`Đã cấp lại. Mục mới: số hiệu ${code}.`).waitFor();
        await drawer.getByText(code, { exact: true }).waitFor();
        await page.keyboard.press('Escape');
        const old = row.filter({ hasText: 'Đã cấp lại' });
        await eventually(
          async () => (await old.count()) === 1 && (await row.count()) === 2,
          'the old entry is not shown as reissued beside the new one',
        );
        await old.click();
        await drawer.getByTestId('reissue-request-reissued').getByText(`Đã cấp, số hiệu mới ${code}`).waitFor();
        await page.waitForTimeout(400); // the drawer's opening animation, for the screenshot
        await shot(page, 'dot-08-da-cap-lai');
        await page.context().close();
      },
    ],
    [
      'donvi, điện thoại 390×844: danh sách đợt, nhập liệu và tiến độ không tràn ngang; ô nhập liệu dùng được',
      async () => {
        page = await newPage(phone);
        await login(page, 'donvi', `${doubleUrl}?tab=entry`);
        await page.getByRole('heading', { level: 1, name: doubleName }).waitFor();
        await page.getByTestId('entry-form').getByText(UNIT).waitFor();
        await assertNoOverflow(page, 'campaign entry 390');
        await field('Họ và tên').fill(person);
        assert((await field('Họ và tên').inputValue()) === person, 'the name field does not take input at phone width');
        await tab('Tiến độ');
        await page.getByRole('tabpanel').getByText(UNIT).first().waitFor();
        await assertNoOverflow(page, 'campaign progress 390');
        await shot(page, 'dot-09-dien-thoai');
        await page.goto('/dot-nhap-lieu');
        await page.getByRole('link', { name: doubleName }).waitFor();
        await assertNoOverflow(page, 'campaign list 390');
        await page.context().close();
      },
    ],
  ]);
}
