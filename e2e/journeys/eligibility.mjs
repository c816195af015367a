// Issue #3 in the browser: a person's award eligibility, a rating entered on the person's page, the
// what-if panel (nothing saved), and an administrator's dated parameter override. Run by e2e/run.mjs,
// which passes its helpers.

/** Types into a searchable antd Select and takes the first option whose title starts with `prefix`. */
async function searchPick(page, scope, label, text, prefix) {
  const box = scope.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  // The organisation picker searches on the server after a pause: wait until the list is the filtered one.
  const first = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  for (let i = 0; ; i++) {
    await first.waitFor();
    if ((await first.getAttribute('title'))?.startsWith(prefix)) break;
    if (i > 60) throw new Error(`no option starting "${prefix}" under "${label}"`);
    await page.waitForTimeout(150);
  }
  await box.press('Enter');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Chooses an option of a (non-searchable) antd Select with the keyboard. */
async function pickWithKeyboard(page, box, optionTitle) {
  await box.focus();
  await box.press('ArrowDown');
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  for (let i = 0; i < 12; i++) {
    await active.waitFor();
    if ((await active.getAttribute('title')) === optionTitle) {
      await box.press('Enter');
      // Let the dropdown finish closing: a next Select opened during its exit animation would show two.
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
      return;
    }
    await box.press('ArrowDown');
  }
  throw new Error(`no option "${optionTitle}"`);
}

export default async function eligibilityJourney({ journey, newPage, login, assert, eventually, shot, DESKTOP, PHONE }) {
  let page;
  let personId;
  // Last year as the browser (Asia/Ho_Chi_Minh) sees it: the section's default year.
  let year = new Date().getFullYear() - 1;
  const verdictOf = (award) => page.getByTestId(`elig-award-${award}`).locator('[data-verdict]').getAttribute('data-verdict');

  await journey('Điều kiện khen thưởng trên trang cá nhân, thử "nếu … thì", tham số (issue #3)', [
    [
      'chuyenvien: mở một cá nhân, mục "Điều kiện khen thưởng" cho năm trước; Lao động tiên tiến chưa đủ điều kiện khi chưa có xếp loại',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'chuyenvien', '/ca-nhan');
        year = await page.evaluate(() => new Date().getFullYear() - 1);
        const people = await (await page.request.get('/api/v1/people?limit=50')).json();
        // Someone without a rating for last year (other journeys use the first people of the list).
        for (const p of people.items.slice().reverse()) {
          const h = await (await page.request.get(`/api/v1/people/${p.id}/history`)).json();
          if (!h.ratings.some((r) => r.year === year)) {
            personId = p.id;
            break;
          }
        }
        assert(personId, 'no person without a rating for last year');
        await page.goto(`/ca-nhan/${personId}`);
        await page.getByRole('heading', { level: 2, name: 'Điều kiện khen thưởng' }).waitFor();
        await page.getByTestId('elig-award-lao_dong_tien_tien').waitFor();
        assert((await verdictOf('lao_dong_tien_tien')) === 'ineligible', 'LĐTT should be ineligible before the rating');
        await page.getByTestId('person-eligibility').getByText(`Có thể đạt từ năm ${year}`).first().waitFor();
        await shot(page, '60-dieu-kien-ca-nhan');
      },
    ],
    [
      `chuyenvien: thêm xếp loại "Hoàn thành tốt nhiệm vụ" năm ${year} → Lao động tiên tiến "Đủ điều kiện"`,
      async () => {
        await page.getByRole('heading', { level: 2, name: 'Quá trình thi đua, khen thưởng' }).scrollIntoViewIfNeeded();
        await page.getByRole('button', { name: 'Thêm xếp loại' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Năm', { exact: true }).fill(String(year));
        await pickWithKeyboard(page, dialog.getByRole('combobox', { name: 'Kết quả xếp loại' }), 'Hoàn thành tốt nhiệm vụ');
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByTestId('history-ratings').getByText('Hoàn thành tốt nhiệm vụ').waitFor();
        await eventually(async () => (await verdictOf('lao_dong_tien_tien')) === 'eligible', 'LĐTT did not become eligible');
        const tag = await page.getByTestId('elig-award-lao_dong_tien_tien').innerText();
        assert(tag.includes('Đủ điều kiện'), `LĐTT row: ${tag}`);
        await page
          .getByTestId('person-eligibility')
          .getByRole('heading', { level: 2, name: 'Điều kiện khen thưởng' })
          .scrollIntoViewIfNeeded();
        await shot(page, '61-dieu-kien-ldtt-du');
      },
    ],
    [
      'chuyenvien: thử "nếu … thì" Chiến sĩ thi đua cơ sở — thêm giả định xếp loại xuất sắc và một sáng kiến → "Đủ điều kiện"; không lưu gì',
      async () => {
        const panel = page.getByTestId('what-if');
        await panel.scrollIntoViewIfNeeded();
        await panel.getByText('không có gì được lưu').waitFor();
        await searchPick(page, panel, 'Danh hiệu, hình thức', 'chien si thi dua co so', 'Chiến sĩ thi đua cơ sở');
        const result = page.getByTestId('what-if-result');
        await eventually(
          async () => (await result.locator('[data-verdict]').getAttribute('data-verdict')) === 'ineligible',
          'what-if: CSTĐ cơ sở should start ineligible',
        );
        await panel.getByRole('button', { name: 'Thêm năm' }).click();
        await pickWithKeyboard(page, panel.getByRole('combobox', { name: 'Kết quả xếp loại' }), 'Hoàn thành xuất sắc nhiệm vụ');
        await panel.getByRole('button', { name: 'Thêm sáng kiến' }).click();
        await eventually(
          async () => (await result.locator('[data-verdict]').getAttribute('data-verdict')) === 'eligible',
          'what-if: CSTĐ cơ sở did not become eligible',
          15_000,
        );
        await shot(page, '62-thu-neu-thi');
        const h = await (await page.request.get(`/api/v1/people/${personId}/history`)).json();
        assert(
          h.ratings.length === 1 && h.ratings[0].rating === 'tot' && h.initiatives.length === 0,
          `the what-if saved something: ${JSON.stringify(h)}`,
        );
      },
    ],
    [
      'chuyenvien trên điện thoại (390×844): mục điều kiện khen thưởng không tràn ngang',
      async () => {
        await page.setViewportSize(PHONE);
        await page.goto(`/ca-nhan/${personId}`);
        await page.getByTestId('elig-award-lao_dong_tien_tien').waitFor();
        const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
        assert(scroll <= inner + 1, `person page at 390px: scrollWidth ${scroll}`);
        await page.getByTestId('person-eligibility').scrollIntoViewIfNeeded();
        await shot(page, '63-dieu-kien-dien-thoai');
        await page.context().close();
      },
    ],
    [
      'admin: Tham số — điều chỉnh tỷ lệ CSTĐ cơ sở cho Xã Vũ Phúc từ hôm nay; lịch sử điều chỉnh hiện dòng mới; thước chỉ tiêu của đơn vị có giới hạn',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'admin', '/tham-so');
        await page.getByRole('heading', { level: 1, name: 'Tham số' }).waitFor();
        await page.getByTestId('parameters').getByText('chưa chắc chắn').first().waitFor();
        await page.getByRole('button', { name: 'Điều chỉnh tham số quota.cstdcs_cap_percent' }).first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(/^Giá trị mới/).fill('20');
        await searchPick(page, dialog, 'Áp dụng cho', 'vu phuc', 'Xã Vũ Phúc');
        await dialog
          .getByText(/^Xã Vũ Phúc \(/)
          .filter({ visible: true })
          .first()
          .waitFor();
        const reason = `Quy chế thi đua của xã (thử nghiệm trình duyệt ${Date.now().toString(36)})`;
        await dialog.getByLabel('Lý do, căn cứ điều chỉnh').fill(reason);
        await shot(page, '64-tham-so-dieu-chinh');
        await dialog.getByRole('button', { name: 'Lưu' }).click();
        await dialog.waitFor({ state: 'hidden' });
        const row = page.getByTestId('parameters').locator('tbody tr').filter({ hasText: 'quota.cstdcs_cap_percent' }).first();
        await row.getByRole('button', { name: /Mở rộng|Expand/ }).click();
        await page
          .getByText(/Lịch sử điều chỉnh \([1-9]/)
          .first()
          .waitFor();
        // The innermost row of the override history (the parameter's expanded row contains it too).
        const entry = page.locator('tr').filter({ hasText: reason }).last();
        await entry.getByText('Xã Vũ Phúc').waitFor();
        await shot(page, '65-tham-so-lich-su');
        const orgs = await (await page.request.get('/api/v1/organisations?q=vu%20phuc&limit=5')).json();
        const unit = orgs.items.find((o) => o.name === 'Xã Vũ Phúc');
        assert(unit, 'Xã Vũ Phúc not found');
        await page.goto(`/to-chuc/${unit.id}`);
        const meter = page.getByTestId('quota-meter');
        await meter.waitFor();
        const text = await meter.innerText();
        assert(text.includes('Tối đa 20%'), `quota meter: ${text}`);
        await page.getByRole('heading', { level: 2, name: /^Danh sách xét danh hiệu/ }).scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 200));
        await shot(page, '66-don-vi-chi-tieu');
        await page.context().close();
      },
    ],
  ]);
}
