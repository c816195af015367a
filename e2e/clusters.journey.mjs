// Browser journey of issue #5 (clusters), run by e2e/run.mjs with its helpers:
// the secretariat writes the 2026 pledge, reports GRDP figures (chart), builds the scoring table (its
// checks, adding, reordering, removing rows) and opens the 2026 round of the demo Red River Delta cluster, three members self-assess
// and score the others, the round closes, the ranking appears, the members vote, the proposals appear.
// Members act through the demo users cum.<province> (board officers whose scope covers the member).

const MEMBERS = [
  { user: 'cum.quangninh', name: 'Quảng Ninh' },
  { user: 'cum.ninhbinh', name: 'Ninh Bình' },
  { user: 'cum.hungyen', name: 'Hưng Yên' },
];
const VOTERS = ['cum.quangninh', 'cum.ninhbinh', 'cum.hungyen', 'cum.haiphong', 'cum.bacninh', 'cum.phutho'];
const CRITERIA = [
  ['I.1', 40],
  ['I.2', 20],
  ['II.1', 30],
  ['III.1', 10],
  ['T', 5],
];

/** Types into an organisation picker (labelled `label`) and picks the first option whose title starts with `prefix`. */
async function searchPick(page, label, text, prefix) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="${prefix}"]`).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

export default async function clustersJourney({ journey, newPage, login, assert, eventually, shot, viewport }) {
  let page;
  let url = '';
  const year = 2026;
  const openAs = async (username) => {
    await page?.context().close();
    page = await newPage(viewport);
    await login(page, username, url);
  };
  const tab = (name) => page.getByRole('tab', { name, exact: true }).click();

  await journey('Cụm thi đua: chấm điểm, xếp hạng, bỏ phiếu suy tôn, đề nghị khen thưởng', [
    [
      'cumthidua: bảng điều khiển cụm năm 2020 theo bài viết (cụm trưởng Quảng Ninh, GRDP, giao ước năm 2021)',
      async () => {
        page = await newPage(viewport);
        await login(page, 'cumthidua', '/cum-thi-dua');
        await page.getByRole('heading', { level: 1, name: 'Cụm, khối thi đua' }).waitFor();
        await page.getByRole('link', { name: 'Cụm thi đua các tỉnh Đồng bằng sông Hồng' }).click();
        await page.waitForURL(/\/cum-thi-dua\/[0-9a-f-]{36}/);
        url = new URL(page.url()).pathname;
        await page.goto(`${url}?nam=2020`);
        await page.getByText('Cụm trưởng').first().waitFor();
        await eventually(async () => (await page.locator('.ant-descriptions-item-content').first().innerText()).trim() === 'Quảng Ninh', 'the 2020 leader is not Quảng Ninh');
        await eventually(async () => (await page.getByText('10,05%').count()) > 0, 'GRDP 10,05% not shown');
        await shot(page, 'cum-01-tong-quan-2020');
        await page.goto(`${url}?nam=2021`);
        await eventually(async () => (await page.getByText(/^5\. Nâng cao chất lượng/).count()) > 0, 'pledge commitment 5 not shown');
        url = `${url}?nam=${year}`;
      },
    ],
    [
      'cumthidua: giao ước thi đua và chỉ tiêu GRDP năm 2026 (biểu đồ)',
      async () => {
        await page.goto(url);
        await page.getByRole('button', { name: 'Soạn, sửa giao ước' }).click();
        await page.getByLabel('Nội dung giao ước 1', { exact: true }).fill('Thực hiện thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2026');
        await page.getByRole('button', { name: 'Thêm nội dung' }).click();
        await page.getByLabel('Nội dung giao ước 2', { exact: true }).fill('Đẩy mạnh cải cách hành chính, chuyển đổi số');
        await page.getByLabel('Người ký của Quảng Ninh', { exact: true }).fill('Chủ tịch UBND tỉnh');
        await page.getByRole('button', { name: 'Lưu giao ước' }).click();
        await page.getByText('Đã lưu giao ước thi đua').waitFor();
        const pledge = page.getByTestId('pledge-commitments');
        await eventually(async () => (await pledge.getByText('2. Đẩy mạnh cải cách hành chính, chuyển đổi số').count()) === 1, 'commitment 2 not shown');
        await eventually(async () => (await page.getByText(/Quảng Ninh \(Chủ tịch UBND tỉnh\)/).count()) === 1, 'signatory not shown');

        await page.getByRole('button', { name: 'Báo cáo chỉ tiêu' }).click();
        await page.getByLabel('Giá trị của Quảng Ninh', { exact: true }).fill('8,5');
        await page.getByLabel('Giá trị của Hải Phòng', { exact: true }).fill('11,2');
        await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
        await page.getByText('Đã lưu 2 số liệu').waitFor();
        const chart = page.getByTestId('indicator-chart');
        await eventually(async () => (await chart.getByRole('listitem').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim()).join('|') === 'Hải Phòng 11,2%|Quảng Ninh 8,5%', 'GRDP chart not sorted 11,2% then 8,5%');
        assert((await chart.getByRole('listitem', { name: 'Hải Phòng: 11,2%' }).count()) === 1, 'chart bar has no accessible name');
        await shot(page, 'cum-02a-giao-uoc-chi-tieu');
      },
    ],
    [
      'cumthidua: lập bảng điểm (kiểm tra lỗi, thêm, sắp xếp, xóa) và mở đợt chấm điểm năm 2026',
      async () => {
        await page.goto(url);
        await tab('Chấm điểm');
        const builder = page.getByTestId('scoring-table-builder');
        await builder.waitFor();
        // a duplicate code and an unnamed empty group are refused before anything is sent
        await page.getByLabel('Mã, nhóm 1 dòng 2', { exact: true }).fill('I.1');
        await page.getByRole('button', { name: 'Thêm nhóm' }).click();
        await page.getByLabel('Xóa dòng 1 của nhóm 5', { exact: true }).click();
        await page.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
        const problems = page.getByTestId('scoring-table-problems');
        await problems.waitFor();
        const texts = await problems.getByRole('listitem').allInnerTexts();
        assert(texts.includes('Nhóm 1, dòng 2: mã “I.1” bị trùng.'), `problems: ${texts.join(' / ')}`);
        assert(texts.includes('Nhóm 5: chưa nhập tên nhóm.') && texts.includes('Nhóm 5: chưa có tiêu chí nào.'), `problems: ${texts.join(' / ')}`);
        assert((await page.getByText('Đang chấm').count()) === 0, 'the round opened with a bad table');
        await shot(page, 'cum-02b-bang-diem-loi');
        await page.getByLabel('Xóa nhóm 5', { exact: true }).click();
        await page.getByLabel('Mã, nhóm 1 dòng 2', { exact: true }).fill('I.2');
        // a penalty line added to the last group, moved above the bonus line; it cannot be mandatory
        await page.getByRole('button', { name: 'Thêm tiêu chí vào nhóm 4' }).click();
        await page.getByLabel('Mã, nhóm 4 dòng 2', { exact: true }).fill('P');
        await page.getByLabel('Nội dung, nhóm 4 dòng 2', { exact: true }).fill('Điểm trừ: vi phạm trong thực hiện nhiệm vụ');
        await page.getByLabel('Loại, nhóm 4 dòng 2', { exact: true }).click();
        await page.locator('.ant-select-dropdown:visible').getByText('Điểm trừ', { exact: true }).click();
        await page.getByLabel('Điểm tối đa, nhóm 4 dòng 2', { exact: true }).fill('3');
        assert(await page.getByLabel('Bắt buộc, nhóm 4 dòng 2', { exact: true }).isDisabled(), 'a penalty line can be marked mandatory');
        await page.getByLabel('Chuyển dòng 2 của nhóm 4 lên', { exact: true }).click();
        assert((await page.getByLabel('Mã, nhóm 4 dòng 1', { exact: true }).inputValue()) === 'P', 'the penalty line did not move up');
        await eventually(async () => (await page.getByText('Tổng điểm tối đa các tiêu chí: 100').count()) === 1, 'total of the criteria is not 100');
        await page.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
        await page.getByText('Đang chấm').waitFor();
        await page.getByRole('button', { name: /^Bảng điểm \(6 tiêu chí\)/ }).click();
        await page.getByRole('cell', { name: 'Điểm trừ: vi phạm trong thực hiện nhiệm vụ' }).waitFor();
        await shot(page, 'cum-02-mo-dot-cham');
      },
    ],
    ...MEMBERS.map((m, k) => [
      `${m.user}: tự chấm (có minh chứng) và chấm các thành viên khác`,
      async () => {
        await openAs(m.user);
        await tab('Chấm điểm');
        const sheet = page.getByTestId('score-sheet');
        await sheet.waitFor();
        for (const [code, max] of CRITERIA) await page.getByLabel(`Tự chấm – ${code}`, { exact: true }).fill(String(max));
        await page.getByLabel('Minh chứng I.1', { exact: true }).fill(`Báo cáo tổng kết năm ${year} của ${m.name}`);
        await page.getByLabel('Tệp minh chứng I.1', { exact: true }).setInputFiles({ name: 'bao-cao-tong-ket.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
        await page.getByText('Đã tải lên bao-cao-tong-ket.pdf').waitFor();
        await page.getByRole('button', { name: 'Gửi phần tự chấm' }).click();
        await page.getByText('Đã gửi phần tự chấm').waitFor();
        const heads = await sheet.locator('thead th').allInnerTexts();
        const others = heads.filter((h) => h && !['Tiêu chí', 'Tự chấm', 'Minh chứng (tự chấm)'].includes(h.trim())).map((h) => h.trim());
        assert(others.length >= 2 && !others.includes(m.name), `score sheet columns: ${others.join(', ')}`);
        for (const [i, other] of others.entries()) {
          for (const [code, max] of CRITERIA) {
            const pts = Math.max(0, max - ((i + k) % 4) - (code === 'T' ? 3 : 1));
            await page.getByLabel(`${other} – ${code}`, { exact: true }).fill(String(pts));
          }
        }
        await page.getByRole('button', { name: 'Gửi điểm chấm các đơn vị khác' }).click();
        await page.getByText('Đã gửi điểm chấm').waitFor();
        await shot(page, `cum-03-cham-diem-${k + 1}`);
      },
    ]),
    [
      'cumthidua: theo dõi ai đã nộp, khóa điểm; bảng xếp hạng hiện ra',
      async () => {
        await openAs('cumthidua');
        await tab('Chấm điểm');
        const progress = page.getByTestId('cluster-progress');
        await progress.waitFor();
        await eventually(async () => (await progress.getByText('Đã nộp').count()) === 3, 'three self-assessments not shown as submitted');
        await page.getByRole('button', { name: 'Khóa điểm' }).click();
        await page.getByText('Đã khóa điểm').first().waitFor();
        const ranking = page.getByTestId('cluster-ranking');
        await ranking.waitFor();
        await eventually(async () => (await ranking.locator('tbody tr').count()) === 6, 'ranking of six members not shown');
        await shot(page, 'cum-04-xep-hang');
        await page.getByRole('button', { name: 'Xem lịch sử chấm điểm' }).click();
        const history = page.getByTestId('score-history');
        await eventually(async () => (await history.getByRole('cell', { name: 'cum.hungyen', exact: true }).count()) > 0, 'score history (newest first) does not name who entered the last scores');
        await tab('Bỏ phiếu suy tôn');
        await page.getByRole('button', { name: 'Mở bỏ phiếu suy tôn' }).click();
        await page.getByText('Đang bỏ phiếu').waitFor();
      },
    ],
    ...VOTERS.map((u) => [
      `${u}: bỏ phiếu kín một lần, không bỏ phiếu cho chính mình`,
      async () => {
        await openAs(u);
        await tab('Bỏ phiếu suy tôn');
        const table = page.getByTestId('ballot-nominees');
        await table.waitFor();
        const groups = page.getByRole('radiogroup');
        await eventually(async () => (await groups.count()) > 0, 'no ballot paper');
        const n = await groups.count();
        for (let i = 0; i < n; i++) await groups.nth(i).getByText('Đồng ý', { exact: true }).click();
        await page.getByRole('button', { name: 'Gửi phiếu' }).click();
        await page.getByText('Đơn vị đã bỏ phiếu.').waitFor();
        assert((await page.getByRole('button', { name: 'Gửi phiếu' }).count()) === 0, 'the ballot paper is still offered after voting');
      },
    ]),
    [
      'cumthidua: kết thúc bỏ phiếu; đề nghị Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng hiện ra',
      async () => {
        await openAs('cumthidua');
        await tab('Bỏ phiếu suy tôn');
        await page.getByText('Đã bỏ phiếu: 6/6').waitFor();
        await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
        await page.getByText('Đã kiểm phiếu và lập đề nghị').waitFor();
        await tab('Đề nghị khen thưởng');
        const proposals = page.getByTestId('cluster-proposals');
        await eventually(async () => (await proposals.getByText('Cờ thi đua của Chính phủ').count()) === 1, 'flag proposal not shown');
        await eventually(async () => (await proposals.getByText('Bằng khen của Thủ tướng Chính phủ').count()) === 2, 'two Bằng khen proposals not shown');
        await shot(page, 'cum-05-de-nghi');
        await page.context().close();
      },
    ],
  ]);

  // A cluster created in the UI whose leader and secretariat score (assessment mode leader_secretariat).
  const USER = { 'Quảng Ninh': 'cum.quangninh', 'Ninh Bình': 'cum.ninhbinh', 'Hưng Yên': 'cum.hungyen' };
  const SCORED = ['I.1', 'I.2', 'II.1', 'III.1'];
  let leader = '';
  await journey('Cụm thi đua mới: tạo cụm, thêm thành viên, cụm trưởng và thư ký cụm chấm điểm', [
    [
      'cumthidua: tạo khối thi đua (cụm trưởng và thư ký chấm), thêm ba thành viên, ghi nhận cụm trưởng',
      async () => {
        await openAs('cumthidua');
        await page.goto('/cum-thi-dua');
        await page.getByRole('button', { name: 'Thêm cụm, khối thi đua' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Tạo cụm, khối' }).click();
        await dialog.getByText('Nhập mã cụm, khối.').waitFor();
        await dialog.getByLabel('Mã', { exact: true }).fill('KHOI-E2E');
        await dialog.getByLabel('Tên cụm, khối', { exact: true }).fill('Khối thi đua thử nghiệm trên trình duyệt');
        await dialog.getByText('Khối thi đua', { exact: true }).click();
        await searchPick(page, 'Cơ quan tổ chức', 'Trung', 'Trung ương (VN)');
        await dialog.getByText('Cụm trưởng và thư ký cụm chấm', { exact: true }).click();
        await shot(page, 'cum-10-tao-cum');
        await dialog.getByRole('button', { name: 'Tạo cụm, khối' }).click();
        await page.waitForURL(/\/cum-thi-dua\/[0-9a-f-]{36}/);
        await page.getByRole('heading', { level: 1, name: 'Khối thi đua thử nghiệm trên trình duyệt' }).waitFor();
        await page.goto(`${new URL(page.url()).pathname}?nam=${year}`);
        await page.getByRole('button', { name: 'Thành viên của cụm' }).click();
        for (const name of Object.keys(USER)) {
          await searchPick(page, 'Đơn vị thành viên', name, `${name} (`);
          await page.getByRole('button', { name: 'Thêm thành viên' }).click();
          await eventually(async () => (await page.getByTestId('cluster-members').getByRole('cell', { name, exact: true }).count()) === 1, `${name} not in the members`);
        }
        await eventually(async () => (await page.getByTestId('cluster-members').getByText(`01/01/${year}`).count()) === 3, 'membership dates not dd/mm/yyyy');
        await page.getByRole('button', { name: 'Ghi nhận kết quả bầu theo đề xuất' }).click();
        await page.getByText('Đã ghi nhận kết quả bầu').waitFor();
        await eventually(async () => {
          leader = (await page.locator('.ant-descriptions-item-content').first().innerText()).trim();
          return leader in USER;
        }, 'no leader recorded');
        await eventually(async () => (await page.getByText('Cụm trưởng và thư ký cụm chấm').count()) > 0, 'assessment mode not shown');
        url = `${new URL(page.url()).pathname}?nam=${year}`;
        await tab('Chấm điểm');
        await page.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
        await page.getByText('Đang chấm').waitFor();
      },
    ],
    [
      'cumthidua: thư ký cụm chấm điểm tất cả thành viên, có lý do',
      async () => {
        const sheet = page.getByTestId('secretariat-sheet');
        await sheet.waitFor();
        for (const [i, name] of Object.keys(USER).entries()) for (const code of SCORED) await sheet.getByLabel(`${name} – ${code}`, { exact: true }).fill(String(5 + i));
        await page.getByLabel('Lý do (khi sửa điểm)', { exact: true }).fill('Chấm theo báo cáo tổng kết');
        await page.getByRole('button', { name: 'Gửi điểm của thư ký cụm' }).click();
        await page.getByText('Đã gửi điểm chấm').waitFor();
        const n = Object.keys(USER).length;
        await page.getByTestId('cluster-secretariat-progress').getByText(`Thư ký cụm đã chấm ${n}/${n} thành viên`).waitFor();
        await shot(page, 'cum-11-thu-ky-cham');
      },
    ],
    [
      'cụm trưởng chấm các thành viên khác; thành viên khác chỉ tự chấm',
      async () => {
        await openAs(USER[leader]);
        await page.goto(url);
        await tab('Chấm điểm');
        await page.getByText('Phiếu chấm điểm của cụm trưởng').waitFor();
        const others = Object.keys(USER).filter((n) => n !== leader);
        for (const name of others) for (const code of SCORED) await page.getByLabel(`${name} – ${code}`, { exact: true }).fill('7');
        await page.getByRole('button', { name: 'Gửi điểm chấm các đơn vị khác' }).click();
        await page.getByText('Đã gửi điểm chấm').waitFor();
        // Progress: only the leader has others to score in this mode.
        const progress = page.getByTestId('cluster-progress');
        await eventually(async () => (await progress.getByRole('row', { name: new RegExp(`^${leader}`) }).getByText(`${others.length}/${others.length}`).count()) === 1, 'the leader progress is not n−1/n−1');
        await eventually(async () => (await progress.getByRole('row', { name: new RegExp(`^${others[0]}`) }).getByText('0/0').count()) === 1, 'a non-leader member should have nothing to score');
        await openAs(USER[others[0]]);
        await page.goto(url);
        await tab('Chấm điểm');
        await page.getByTestId('score-sheet').waitFor();
        await page.getByText(/thành viên chỉ tự chấm/).waitFor();
        assert((await page.getByRole('button', { name: 'Gửi điểm chấm các đơn vị khác' }).count()) === 0, 'a member who is not the leader may score the others');
        await page.context().close();
      },
    ],
    [
      'cumthidua: lịch sử chấm điểm ghi cụm trưởng và thư ký cụm, với lý do',
      async () => {
        await openAs('cumthidua');
        await page.goto(url);
        await tab('Chấm điểm');
        await page.getByRole('button', { name: 'Xem lịch sử chấm điểm' }).click();
        const history = page.getByTestId('score-history');
        await eventually(async () => (await history.getByRole('cell', { name: `Cụm trưởng: ${leader}`, exact: true }).count()) > 0, 'leader scores not in the history');
        await page.getByLabel('Lọc theo đơn vị được chấm', { exact: true }).click();
        await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${leader}"]`).click();
        await eventually(async () => (await history.getByRole('cell', { name: 'Thư ký cụm', exact: true }).count()) === SCORED.length, 'the secretariat scores of the leader not listed');
        assert((await history.getByRole('cell', { name: 'Chấm theo báo cáo tổng kết', exact: true }).count()) === SCORED.length, 'the reason is not shown');
        await shot(page, 'cum-12-lich-su');
      },
    ],
    [
      'cumthidua: sửa tư cách thành viên (ghi chú, ngày rời cụm) với lý do',
      async () => {
        await page.goto(url);
        const name = Object.keys(USER).find((n) => n !== leader);
        await page.getByRole('button', { name: `Sửa ${name}`, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
        await dialog.getByText('Nhập lý do (ít nhất 3 ký tự).').waitFor();
        await dialog.getByLabel('Rời cụm từ sau ngày', { exact: true }).fill(`30/06/${year + 1}`);
        // Leaving the date field by Tab keeps the typed date and closes its calendar.
        await dialog.getByLabel('Rời cụm từ sau ngày', { exact: true }).press('Tab');
        await dialog.getByLabel('Ghi chú', { exact: true }).fill('Chuyển sang khối khác từ giữa năm sau');
        await dialog.getByLabel('Lý do thay đổi', { exact: true }).fill('Theo quyết định điều chỉnh khối thi đua');
        await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
        await page.getByText('Đã cập nhật thành viên').waitFor();
        const row = page.getByTestId('cluster-members').getByRole('row', { name: new RegExp(`^${name}`) });
        await row.getByText(`30/06/${year + 1}`).waitFor();
        await row.getByText('Chuyển sang khối khác từ giữa năm sau').waitFor();
      },
    ],
    [
      'cumthidua, in English: the cluster screens are translated; a year-end conference is recorded (dd/mm/yyyy)',
      async () => {
        await page.evaluate(() => localStorage.setItem('thidua.locale', 'en'));
        await page.goto(url);
        for (const name of ['Overview', 'Scoring', 'Honouring ballot', 'Award proposals']) await page.getByRole('tab', { name, exact: true }).waitFor();
        await page.getByText('The leader and the secretariat score', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Record a conference' }).click();
        await page.getByLabel('Held on', { exact: true }).fill('15/12/2026');
        // Enter in a date field would submit the form: leaving the field keeps the typed date
        await page.getByLabel('Place', { exact: true }).click();
        await page.getByLabel('Place', { exact: true }).fill('Hạ Long');
        await page.getByLabel('Participants', { exact: true }).fill('Lãnh đạo các tỉnh thành viên\nBan Thi đua – Khen thưởng Trung ương');
        await page.getByLabel('Minutes, main points', { exact: true }).fill('Tổng kết năm 2026, bầu cụm trưởng năm 2027.');
        await page.getByRole('button', { name: 'Add a document' }).click();
        await page.getByLabel('Document title 1', { exact: true }).fill('Biên bản hội nghị tổng kết');
        await page.getByLabel('Number 1', { exact: true }).fill('01/BB-KTĐ');
        await page.getByLabel('Link 1', { exact: true }).fill('ftp://x');
        await page.getByRole('button', { name: 'Record the conference' }).click();
        await page.getByText('The link must start with http:// or https://').waitFor();
        await page.getByLabel('Link 1', { exact: true }).fill('https://thiduakhenthuong.example.vn/bien-ban.pdf');
        await page.getByRole('button', { name: 'Record the conference' }).click();
        await page.getByText('Conference recorded').waitFor();
        const list = page.getByTestId('cluster-conferences');
        await eventually(async () => (await list.getByText('Year-end review conference – 15/12/2026, Hạ Long').count()) === 1, 'conference not listed with its dd/mm/yyyy date');
        await list.getByText('Participants: Lãnh đạo các tỉnh thành viên; Ban Thi đua – Khen thưởng Trung ương').waitFor();
        const doc = list.getByTestId('conference-documents').getByRole('link', { name: 'Biên bản hội nghị tổng kết, no. 01/BB-KTĐ' });
        await doc.waitFor();
        assert((await doc.getAttribute('href')) === 'https://thiduakhenthuong.example.vn/bien-ban.pdf', 'the document link is wrong');
        await tab('Scoring');
        await page.getByRole('button', { name: 'Show the score history' }).waitFor();
        await shot(page, 'cum-13-english');
        await page.evaluate(() => localStorage.removeItem('thidua.locale'));
        await page.context().close();
      },
    ],
  ]);
}
