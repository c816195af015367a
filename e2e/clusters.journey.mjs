// Browser journey of issue #5 (clusters), run by e2e/run.mjs with its helpers:
// the secretariat opens the 2026 round of the demo Red River Delta cluster, three members self-assess
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
      'cumthidua: mở đợt chấm điểm năm 2026',
      async () => {
        await page.goto(url);
        await tab('Chấm điểm');
        await page.getByRole('button', { name: 'Mở đợt chấm điểm' }).click();
        await page.getByText('Đang chấm').waitFor();
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
}
