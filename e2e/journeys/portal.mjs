// Issue #6 point 6 in the browser: the public award lookup page of the portal (no session, no script), found
// from a demo registry entry; shows name, birth year, award and decision and nothing private.

export default async function portalJourney({ journey, newPage, login, assert, shot, DESKTOP }) {
  await journey('Cổng thông tin: tra cứu khen thưởng công khai (issue #6)', [
    [
      'khách: tra cứu theo họ tên không dấu và năm sinh; không hiện số định danh, ngày sinh',
      async () => {
        // A demo awardee with a birth year, read by an officer (the visitor knows the name and the year).
        const staff = await newPage(DESKTOP);
        await login(staff, 'chuyenvien', '/so-khen-thuong');
        const res = await (await staff.request.get('/api/v1/registry/search?status=valid&limit=50')).json();
        const hit = res.items.find((i) => i.subjectKind === 'individual' && i.person?.birthYear && i.person.fullName.trim().split(/\s+/).length >= 2);
        assert(hit, 'no demo registry entry of an individual with a birth year');
        await staff.context().close();

        const pub = await newPage(DESKTOP);
        await pub.goto('/tra-cuu-khen-thuong');
        await pub.getByRole('heading', { level: 1, name: 'Tra cứu khen thưởng' }).waitFor();
        const folded = hit.person.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
        await pub.getByLabel('Họ và tên').fill(folded);
        await pub.getByLabel('Năm sinh').fill(String(hit.person.birthYear));
        await pub.getByRole('button', { name: 'Tra cứu' }).click();
        await pub.getByRole('table', { name: 'Kết quả tra cứu' }).getByRole('cell', { name: hit.person.fullName, exact: true }).first().waitFor();
        const text = await pub.locator('main').innerText();
        assert(!/\b\d{9}(\d{3})?\b/.test(text), 'an ID number is shown on the public page');
        const headers = await pub.getByRole('columnheader').allInnerTexts();
        assert(headers.join('|') === 'Họ và tên|Năm sinh|Hình thức khen thưởng|Năm thành tích|Quyết định', `unexpected columns: ${headers.join('|')}`);
        await shot(pub, '60-tra-cuu-cong-khai');
        await pub.getByLabel('Năm sinh').fill('12');
        await pub.getByLabel('Năm sinh').evaluate((el) => el.removeAttribute('pattern'));
        await pub.getByRole('button', { name: 'Tra cứu' }).click();
        await pub.getByRole('alert').filter({ hasText: 'Năm sinh gồm 4 chữ số' }).waitFor();
        await pub.context().close();
      },
    ],
  ]);
}
