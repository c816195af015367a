#!/usr/bin/env node
// Browser journeys of the staff web app, in Debian's Chromium through playwright-core.
//
// It builds nothing: apps/web/dist must exist (the npm script builds it first). It starts the real
// server (`node --import tsx apps/api/src/server.ts`) on a fresh temporary DATA_DIR and a free port in
// demo mode — or on PostgreSQL when E2E_DATABASE_URL is set — waits for /api/health, runs the
// journeys, writes screenshots to e2e/out/, prints "N passed, M failed" and exits non-zero on any
// failure. The server is killed in every case.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_DATABASE_URL (optional), CI=true (a
// missing browser is then a failure, not a skip), E2E_KEEP_DATA=1 (keep the temporary data dir).

import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'e2e', 'out');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const INSTALL = 'apt-get install -y chromium';
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

// ---------------------------------------------------------------------------------------------------
// Preconditions

if (!fs.existsSync(chromiumPath)) {
  if (isCI) {
    console.error(`\n✗ Chromium not found at ${chromiumPath}. Install it with:\n    ${INSTALL}\n`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const bar = '='.repeat(78);
  console.log(
    `\n${bar}\n  SKIPPED: browser journeys not run — Chromium not found at ${chromiumPath}.\n  Install it with:  ${INSTALL}\n  (or set CHROMIUM_PATH). Under CI=true this is a failure.\n${bar}\n`,
  );
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
  console.error('\n✗ apps/web/dist/index.html is missing: build the web app first (npm run build:web).\n');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const { chromium } = await import('playwright-core');

// ---------------------------------------------------------------------------------------------------
// Server

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const serverLog = [];
let server = null;
let dataDir = null;

async function startServer() {
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  // Detached: its own process group, so tsx's helper processes die with it.
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk) => {
    serverLog.push(...String(chunk).split('\n').filter(Boolean));
    if (serverLog.length > 400) serverLog.splice(0, serverLog.length - 400);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  let exited = null;
  server.on('exit', (code, signal) => (exited = { code, signal }));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited during start-up (${JSON.stringify(exited)})`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        const h = await res.json();
        return { base, health: h };
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer /api/health within 180 s');
}

async function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) {
    const gone = new Promise((r) => server.once('exit', r));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 8000);
    await gone;
    clearTimeout(timer);
  }
  if (dataDir && !process.env.E2E_KEEP_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
}

// Kill the server however this process ends.
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    process.exit(130);
  });
}
process.on('exit', () => {
  if (server?.pid && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

// ---------------------------------------------------------------------------------------------------
// A tiny runner: journeys are sequences of steps; a failed step skips the rest of its journey.

const results = [];
/** The page a failing step is screenshotted from (set by the journeys). */
let current = null;

// E2E_ONLY=<text>: a developer's filter that runs only the journeys whose name contains <text> (never set in CI).
const only = process.env.E2E_ONLY;
async function journey(name, steps) {
  if (only && !name.includes(only) && name !== 'Toàn bộ hành trình') {
    console.log(`\n${name} (not run: E2E_ONLY=${only})`);
    return;
  }
  console.log(`\n${name}`);
  let broken = null;
  for (const [title, fn] of steps) {
    if (broken) {
      results.push({ title, ok: false, skipped: true });
      console.log(`  - ${title} (not run: an earlier step failed)`);
      continue;
    }
    const t0 = Date.now();
    try {
      await fn();
      results.push({ title, ok: true });
      console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
    } catch (e) {
      broken = e;
      results.push({ title, ok: false });
      console.log(
        `  ✗ ${title}\n      ${String(e?.message ?? e)
          .split('\n')
          .join('\n      ')}`,
      );
      const file = path.join(outDir, `FAILED-${results.length}.png`);
      await current
        ?.screenshot({ path: file })
        .then(() => console.log(`      screenshot: ${path.relative(root, file)}`))
        .catch(() => {});
    }
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function eventually(check, message, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${message}${last ? ` (${last.message})` : ''}`);
}

async function shot(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: false });
}

/** Nothing may be wider than the viewport (no horizontal scrolling of the page). */
async function assertNoOverflow(page, where) {
  const { scroll, inner, culprits } = await page.evaluate(() => {
    const inner = window.innerWidth;
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (
        r.width > 0 &&
        r.right > inner + 1 &&
        !el.closest('.ant-table-content, .ant-table-body, .ant-table-container, .ant-picker-dropdown, .ant-select-dropdown, .ant-dropdown')
      ) {
        culprits.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} → ${Math.round(r.right)}px`);
      }
      if (culprits.length > 4) break;
    }
    return { scroll: document.documentElement.scrollWidth, inner, culprits };
  });
  assert(
    scroll <= inner + 1 && culprits.length === 0,
    `${where}: content wider than the ${inner}px viewport (scrollWidth ${scroll}); ${culprits.join('; ')}`,
  );
}

/** Types a date into the "Tại ngày" picker as a user would (dd/mm/yyyy, Enter) and waits for the URL to follow. */
async function setAsOf(page, ddmmyyyy, iso) {
  await page.waitForLoadState('networkidle').catch(() => {});
  const input = page.getByLabel('Tại ngày', { exact: true });
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await input.fill(ddmmyyyy);
    await input.press('Enter');
    try {
      await page.waitForURL((u) => u.searchParams.get('ngay') === iso, { timeout: 5_000 });
      break;
    } catch {
      if (attempt >= 2)
        throw new Error(`typing ${ddmmyyyy} into "Tại ngày" did not change the date (input shows "${await input.inputValue()}")`);
      console.log(`      (the date entry did not take on attempt ${attempt}; typing it again)`);
    }
  }
  await page.keyboard.press('Escape');
}

/** Chooses an option of an antd Select with the keyboard (arrows, Enter), as a keyboard user would. */
/**
 * Waits until no Select dropdown is showing (closing ones included). Counted in the page: a strict
 * ':visible' locator fails while two dropdowns are both closing (fresh-clone CI runs of 2026-12-07).
 */
async function dropdownsClosed(page) {
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.ant-select-dropdown')].some((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      }),
    null,
    { timeout: 10_000 },
  );
}

async function pickOption(page, comboboxName, optionTitle) {
  const box = page.getByRole('combobox', { name: comboboxName });
  await box.focus();
  await box.press('ArrowDown');
  // Another Select's dropdown may still be showing (closing, or chosen by a click): the one this
  // combobox opens is the last in the document.
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').last();
  for (let i = 0; i < 12; i++) {
    await active.waitFor();
    if ((await active.getAttribute('title')) === optionTitle) {
      await box.press('Enter');
      // Let every dropdown finish closing: a next Select opened during an exit animation would show two.
      // (A locator for ":visible" dropdowns is strict and fails while two are still closing; count them.)
      await dropdownsClosed(page);
      return;
    }
    await box.press('ArrowDown');
  }
  throw new Error(`no option "${optionTitle}" in "${comboboxName}"`);
}

/** Types into a searchable Select and chooses, with the keyboard, the first option whose title starts with `prefix`. */
async function searchPick(page, label, text, prefix) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="${prefix}"]`).first();
  await option.waitFor();
  for (let i = 0; i < 12; i++) {
    const active = await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
      .getAttribute('title')
      .catch(() => null);
    if (active?.startsWith(prefix)) {
      await box.press('Enter');
      await dropdownsClosed(page);
      return;
    }
    await box.press('ArrowDown');
  }
  throw new Error(`no option starting "${prefix}" under "${label}"`);
}

/** Chooses one option of a multiple Select (the list stays open after a pick in that mode), then closes it. */
async function pickMany(page, label, text, title) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
  await box.press('Escape');
  await dropdownsClosed(page);
}

/** Signs in through the form, starting from `path` (the app sends the visitor there afterwards). */
async function login(page, username, path, password = 'demo') {
  await page.goto(path);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor({ state: 'detached' });
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret, as an authenticator app computes it. */
function totpCode(secretBase32, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secretBase32.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const h = createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function rowWithLink(page, tableTestId, name) {
  return page.locator(`[data-testid="${tableTestId}"] tbody tr`).filter({ has: page.getByRole('link', { name, exact: true }) });
}

// ---------------------------------------------------------------------------------------------------
// The journeys

fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) if (f.startsWith('FAILED-')) fs.rmSync(path.join(outDir, f));
let browser = null;
let exitCode = 1;
try {
  const { base, health } = await startServer();
  console.log(`server: ${base} — database ${health.database}, demo ${health.demo}`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pageErrors = [];
  const newPage = async (viewport, storageState) => {
    const context = await browser.newContext({
      viewport,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      baseURL: base,
      ...(storageState ? { storageState } : {}),
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    current = page;
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  };

  let page;
  let adminState;
  let personName = '';
  let personUrl = '';
  const newUser = `kiemthu${Date.now().toString(36)}`;
  const newAdmin = `quantri${Date.now().toString(36)}`;
  const tempPassword = 'Tam-thoi-2026-e2e';
  const newPassword = 'Rieng-cua-toi-2026';
  let totpSecret = '';
  await journey('Quản trị viên (admin), màn hình 1366×768', [
    [
      'trang đăng nhập tiếng Việt, có biểu ngữ "Chế độ trình diễn"',
      async () => {
        page = await newPage(DESKTOP);
        await page.goto('/');
        await page.waitForURL(/\/dang-nhap/);
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
        await page.getByTestId('demo-banner').filter({ hasText: 'Chế độ trình diễn' }).waitFor();
        await shot(page, '01-dang-nhap');
        await assertNoOverflow(page, 'login 1366');
      },
    ],
    [
      'sai mật khẩu: thông báo lỗi của API hiện ra',
      async () => {
        await page.getByLabel('Tên đăng nhập').fill('admin');
        await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
        await page.getByLabel('Mật khẩu').press('Enter');
        await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' }).waitFor();
      },
    ],
    [
      'đăng nhập bằng biểu mẫu (Enter để gửi), thấy tên và vai trò, biểu ngữ trình diễn',
      async () => {
        await page.getByLabel('Mật khẩu').fill('demo');
        await page.getByLabel('Mật khẩu').press('Enter');
        await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
        const header = page.locator('header');
        await header.getByText('Quản trị hệ thống (trình diễn)').waitFor();
        await header.getByText(/Quản trị hệ thống – Toàn quốc/).waitFor();
        await page.getByTestId('demo-banner').filter({ hasText: 'Chế độ trình diễn' }).waitFor();
        const nav = page.getByRole('navigation', { name: 'Danh mục chức năng' });
        for (const item of ['Tổ chức', 'Cá nhân', 'Lịch làm việc', 'Người dùng', 'Nhật ký'])
          await nav.getByRole('link', { name: item, exact: true }).waitFor();
        await shot(page, '02-trang-chu');
        await assertNoOverflow(page, 'home 1366');
      },
    ],
    [
      'Tổ chức tại ngày 01/06/2024: Thái Bình và Hưng Yên là tỉnh',
      async () => {
        await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Tổ chức', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
        await setAsOf(page, '01/06/2024', '2024-06-01');
        await page.getByText('Tổng số: 63').waitFor();
        for (const name of ['Thái Bình', 'Hưng Yên']) {
          const row = rowWithLink(page, 'org-table', name);
          await row.waitFor();
          const text = await row.innerText();
          assert(text.includes('Tỉnh, thành phố'), `${name} is not listed as a province: "${text.replace(/\s+/g, ' ')}"`);
        }
        await shot(page, '03-to-chuc-2024');
        await assertNoOverflow(page, 'organisations 1366');
      },
    ],
    [
      'trang đơn vị Thái Bình (2024): mã 34, hiệu lực đến 30/06/2025, kế thừa là Hưng Yên',
      async () => {
        await rowWithLink(page, 'org-table', 'Thái Bình').getByRole('link', { name: 'Thái Bình', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Thái Bình' }).waitFor();
        await page.getByTestId('org-validity').filter({ hasText: '30/06/2025' }).waitFor();
        const succ = rowWithLink(page, 'successors', 'Hưng Yên');
        await succ.waitFor();
        const text = await succ.innerText();
        assert(text.includes('01/07/2025') && text.includes('Hợp nhất'), `successor row: "${text.replace(/\s+/g, ' ')}"`);
        await shot(page, '04-don-vi-thai-binh-2024');
        await assertNoOverflow(page, 'Thái Bình 1366');
      },
    ],
    [
      'Tổ chức tại ngày 01/01/2026: Thái Bình không còn trong danh sách',
      async () => {
        await page
          .getByRole('navigation', { name: 'Vị trí trong cây tổ chức' })
          .getByRole('link', { name: 'Tổ chức', exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
        await setAsOf(page, '01/01/2026', '2026-01-01');
        await page.getByText('Tổng số: 34').waitFor();
        await rowWithLink(page, 'org-table', 'Hưng Yên').waitFor();
        const tb = await rowWithLink(page, 'org-table', 'Thái Bình').count();
        assert(tb === 0, 'Thái Bình is still listed on 01/01/2026');
        await shot(page, '05-to-chuc-2026');
      },
    ],
    [
      'trang đơn vị Hưng Yên (2026): tiền thân gồm Thái Bình, ngày 01/07/2025',
      async () => {
        await rowWithLink(page, 'org-table', 'Hưng Yên').getByRole('link', { name: 'Hưng Yên', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Hưng Yên' }).waitFor();
        const pred = rowWithLink(page, 'predecessors', 'Thái Bình');
        await pred.waitFor();
        const text = await pred.innerText();
        assert(text.includes('01/07/2025'), `predecessor row lacks 01/07/2025: "${text.replace(/\s+/g, ' ')}"`);
        await rowWithLink(page, 'predecessors', 'Hưng Yên').waitFor();
        await page.getByText('Nghị quyết 202/2025/QH15', { exact: false }).first().waitFor();
        await shot(page, '06-don-vi-hung-yen-2026');
        await page.screenshot({ path: path.join(outDir, '06b-don-vi-hung-yen-2026-full.png'), fullPage: true });
        await assertNoOverflow(page, 'Hưng Yên 1366');
        adminState = await page.context().storageState();
      },
    ],
    [
      'chuyển sang English và quay lại Tiếng Việt',
      async () => {
        await pickOption(page, 'Ngôn ngữ', 'English');
        await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations', exact: true }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Predecessors' }).waitFor();
        await shot(page, '07-english');
        // The eligibility engine's conditions and a decision's summary are worded in English from their data.
        const nav = page.getByRole('navigation', { name: 'Main menu' });
        await nav.getByRole('link', { name: 'Eligibility check', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Eligibility check' }).waitFor();
        // The award picker shows the English names and finds them from the Vietnamese typed without marks.
        await searchPick(page, 'Proposed title or form', 'lao dong tien tien', 'Advanced Worker');
        await page.getByRole('button', { name: 'Check eligibility' }).click();
        const met = page.getByTestId('met');
        await met.getByText(/^\d{4}: rated “Good”, meeting “Good” or better\.$/).waitFor();
        await met.getByText('Article 24 of the Law on Emulation and Commendation No. 06/2022/QH15; Decree 152/2025/ND-CP').first().waitFor();
        await shot(page, '07b-english-eligibility');
        await nav.getByRole('link', { name: 'Award decisions', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Award decisions' }).waitFor();
        await page.getByRole('cell', { name: 'Conferring “Certificate of Merit of a Ministry, Sector or Province”' }).first().waitFor();
        // The registry search shows an award's English name; the parameters page its English description and basis.
        await nav.getByRole('link', { name: 'Award registry', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Award registry' }).waitFor();
        await page.locator('#reg-q').fill('to van trung');
        await page.getByRole('cell', { name: 'Medal of the Resistance War against America for National Salvation, First Class', exact: true }).first().waitFor();
        assert((await page.getByRole('cell', { name: /^Huy chương/ }).count()) === 0, 'a registry award name is still in Vietnamese');
        await nav.getByRole('link', { name: 'Parameters', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Parameters' }).waitFor();
        const params = page.getByTestId('parameters');
        await params.getByText(/^The list is posted on the media of the ministry or province for at least 10 working days/).waitFor();
        assert((await params.getByText('Công khai danh sách', { exact: false }).count()) === 0, 'a parameter description is still in Vietnamese');
        await shot(page, '07c-english-parameters');
        await pickOption(page, 'Language', 'Tiếng Việt');
        await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Tổ chức', exact: true }).waitFor();
      },
    ],
    [
      'điện thoại 390×844: trang chủ, danh sách và trang đơn vị không tràn ngang; danh mục mở được',
      async () => {
        const phone = await newPage(PHONE, adminState);
        await phone.goto('/');
        await phone.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
        await assertNoOverflow(phone, 'home 390');
        await shot(phone, '08-dien-thoai-trang-chu');
        await phone.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
        await phone.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Tổ chức', exact: true }).click();
        await phone.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
        await phone.getByText('Tổng số: 34').waitFor();
        await assertNoOverflow(phone, 'organisations 390');
        await shot(phone, '09-dien-thoai-to-chuc');
        await rowWithLink(phone, 'org-table', 'Hưng Yên').getByRole('link', { name: 'Hưng Yên', exact: true }).click();
        await rowWithLink(phone, 'predecessors', 'Thái Bình').waitFor();
        await assertNoOverflow(phone, 'Hưng Yên 390');
        await shot(phone, '10-dien-thoai-hung-yen');
        await phone.context().close();
      },
    ],
    [
      'đăng xuất về trang đăng nhập',
      async () => {
        await page.getByRole('button', { name: 'Đăng xuất' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
        await page.context().close();
      },
    ],
  ]);

  await journey('Các trang khác (admin)', [
    [
      'Cá nhân: danh sách phân trang trên máy chủ, tìm kiếm, trang chi tiết có chức vụ và CCCD',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'admin', '/ca-nhan');
        await page.getByRole('heading', { level: 1, name: 'Cá nhân' }).waitFor();
        await page.getByText(/^Tổng số: [\d.]+$/).waitFor();
        await shot(page, '13-ca-nhan');
        await assertNoOverflow(page, 'people 1366');
        const first = page.locator('.ant-table tbody tr a').first();
        personName = (await first.innerText()).trim();
        const family = personName.split(' ')[0];
        await page.getByLabel('Tìm theo họ tên').fill(family);
        await page.getByLabel('Tìm theo họ tên').press('Enter');
        await page.waitForURL((u) => u.searchParams.get('q') === family);
        await page.getByRole('link', { name: personName, exact: true }).first().click();
        await page.getByRole('heading', { level: 1, name: personName }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Quá trình công tác, chức vụ' }).waitFor();
        personUrl = page.url();
        await shot(page, '14-ca-nhan-chi-tiet');
      },
    ],
    [
      'Cá nhân: sửa khi người khác vừa lưu → báo 412, tải lại bản mới rồi lưu được',
      async () => {
        await page.getByRole('button', { name: 'Sửa' }).click();
        await page.getByRole('heading', { level: 1, name: /^Sửa hồ sơ/ }).waitFor();
        // Someone else saves the record meanwhile (same API, same version the form was loaded from).
        const other = await page.evaluate(async (url) => {
          const id = url.split('/').pop();
          const me = await (await fetch('/api/auth/me')).json();
          const p = await (await fetch(`/api/v1/people/${id}`)).json();
          const res = await fetch(`/api/v1/people/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken, 'if-match': `"${p.version}"` },
            body: JSON.stringify({ ethnicity: 'Tày' }),
          });
          return res.status;
        }, personUrl);
        assert(other === 200, `the concurrent PATCH answered ${other}`);
        await page.getByLabel('Quê quán').fill('Xã Vũ Phúc, tỉnh Hưng Yên');
        await page.getByRole('button', { name: 'Lưu' }).click();
        await page.getByRole('alert').filter({ hasText: 'người khác' }).waitFor();
        await shot(page, '15-ca-nhan-412');
        await page.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
        await eventually(
          async () => (await page.getByLabel('Dân tộc').inputValue()) === 'Tày',
          'the reloaded form does not show the other change',
        );
        await page.getByLabel('Quê quán').fill('Xã Vũ Phúc, tỉnh Hưng Yên');
        await page.getByRole('button', { name: 'Lưu' }).click();
        await page.getByRole('heading', { level: 1, name: personName }).waitFor();
        await page.getByText('Xã Vũ Phúc, tỉnh Hưng Yên').waitFor();
      },
    ],
    [
      'Người dùng: tạo tài khoản có vai trò và phạm vi (chọn đơn vị bằng tìm kiếm)',
      async () => {
        await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Người dùng', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
        await page.getByRole('button', { name: 'Thêm người dùng' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Tên đăng nhập').fill(newUser);
        await dialog.getByLabel('Họ tên hiển thị').fill('Nguyễn Thị Kiểm Thử');
        await dialog.getByRole('button', { name: /Tạo ngẫu nhiên/ }).click();
        await searchPick(page, 'Phạm vi', 'hung yen', 'Hưng Yên (33)');
        await shot(page, '16-nguoi-dung-tao');
        await dialog.getByRole('button', { name: 'Tạo mới' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').fill(newUser);
        await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên').press('Enter');
        const row = page.locator('.ant-table tbody tr').filter({ hasText: newUser });
        await row.waitFor();
        const text = await row.innerText();
        assert(
          text.includes('Cán bộ làm công tác thi đua của đơn vị') && text.includes('Hưng Yên') && text.includes('Chờ đổi mật khẩu'),
          `new user row: "${text.replace(/\s+/g, ' ')}"`,
        );
        await shot(page, '17-nguoi-dung');
        await assertNoOverflow(page, 'users 1366');
      },
    ],
    [
      'Nhật ký: có dòng "Tạo tài khoản" của admin',
      async () => {
        await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Nhật ký', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Nhật ký' }).waitFor();
        await page.locator('.ant-table tbody tr').filter({ hasText: 'Tạo tài khoản' }).filter({ hasText: 'admin' }).first().waitFor();
        await shot(page, '18-nhat-ky');
      },
    ],
    [
      'Lịch làm việc: 5 ngày làm việc sau 24/04/2026 là 06/05/2026; danh sách ngày nghỉ 2026',
      async () => {
        await page
          .getByRole('navigation', { name: 'Danh mục chức năng' })
          .getByRole('link', { name: 'Lịch làm việc', exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
        const from = page.getByLabel('Từ ngày');
        await from.click();
        await from.fill('24/04/2026');
        await from.press('Enter');
        await page.getByLabel('Số ngày làm việc').fill('5');
        await page.getByRole('button', { name: /Tính/ }).click();
        await page.getByTestId('working-day-result').filter({ hasText: '06/05/2026' }).waitFor();
        const year = page.getByLabel('Năm', { exact: true });
        await year.fill('2026');
        await year.press('Enter');
        await page.getByRole('heading', { level: 2, name: 'Ngày nghỉ lễ, Tết năm 2026' }).waitFor();
        await page.getByText('Giỗ Tổ Hùng Vương').first().waitFor();
        await shot(page, '19-lich-lam-viec');
      },
    ],
    [
      'Xét điều kiện khen thưởng: Lao động tiên tiến đủ điều kiện với "Hoàn thành tốt"; chưa đủ với "Hoàn thành nhiệm vụ"',
      async () => {
        await page
          .getByRole('navigation', { name: 'Danh mục chức năng' })
          .getByRole('link', { name: 'Xét điều kiện khen thưởng', exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Xét điều kiện khen thưởng' }).waitFor();
        await searchPick(page, 'Danh hiệu, hình thức đề nghị', 'lao dong tien tien', 'Lao động tiên tiến');
        await page.getByRole('button', { name: 'Xét điều kiện' }).click();
        const result = page.getByTestId('eligibility-result');
        await result.getByText('Đủ điều kiện', { exact: true }).waitFor();
        await result
          .getByText(/Luật Thi đua, khen thưởng số 06\/2022\/QH15/)
          .first()
          .waitFor();
        await shot(page, '19b-xet-dieu-kien');
        await pickOption(page, 'Kết quả xếp loại', 'Hoàn thành nhiệm vụ');
        await page.getByRole('button', { name: 'Xét điều kiện' }).click();
        await result.getByText('Chưa đủ điều kiện', { exact: true }).waitFor();
        const unmet = await page.getByTestId('unmet').innerText();
        assert(/Điều kiện chưa đạt \([1-9]/.test(unmet), `unmet list: ${unmet.replace(/\s+/g, ' ').slice(0, 200)}`);
        await assertNoOverflow(page, 'eligibility 1366');
      },
    ],
    [
      'Tài khoản của tôi: thiết lập xác thực hai lớp hiện khóa bí mật và địa chỉ otpauth',
      async () => {
        await page
          .getByRole('navigation', { name: 'Danh mục chức năng' })
          .getByRole('link', { name: 'Tài khoản của tôi', exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
        await page.getByRole('button', { name: 'Bắt đầu thiết lập' }).click();
        const url = await page.getByTestId('totp-url').innerText();
        assert(url.startsWith('otpauth://totp/'), `otpauth URL: ${url}`);
        await page.getByTestId('totp-secret').waitFor();
        await assertNoOverflow(page, 'account 1366');
        await page.getByTestId('totp-url').scrollIntoViewIfNeeded();
        await shot(page, '20-tai-khoan-2fa');
        await page.context().close();
      },
    ],
  ]);

  await journey('Quản trị viên mới (không phải tài khoản trình diễn): bắt buộc bật xác thực hai lớp rồi đổi mật khẩu tạm thời', [
    [
      'admin tạo một quản trị viên mới (qua API, với mã CSRF)',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'admin', '/');
        const status = await page.evaluate(
          async ({ username, password }) => {
            const me = await (await fetch('/api/auth/me')).json();
            const res = await fetch('/api/v1/users', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
              body: JSON.stringify({ username, displayName: 'Lê Văn Quản Trị', password, roles: [{ role: 'admin', scopeOrgId: null }] }),
            });
            return res.status;
          },
          { username: newAdmin, password: tempPassword },
        );
        assert(status === 201, `POST /api/v1/users answered ${status}`);
        await page.context().close();
      },
    ],
    [
      'lần đăng nhập đầu: quản trị viên chưa có 2 lớp phải bật xác thực hai lớp trước (nhập khóa, xác nhận mã)',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, newAdmin, '/', tempPassword);
        await page.getByRole('heading', { level: 1, name: 'Bật xác thực hai lớp' }).waitFor();
        await page.getByRole('button', { name: 'Bắt đầu thiết lập' }).click();
        const secret = (await page.getByTestId('totp-secret').innerText()).trim();
        await shot(page, '21-bat-xac-thuc-hai-lop');
        await page.getByLabel('Mã xác thực (6 chữ số)').fill(totpCode(secret));
        await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
        totpSecret = secret;
      },
    ],
    [
      'rồi phải đổi mật khẩu tạm thời do quản trị viên đặt; sau đó vào được hệ thống',
      async () => {
        await page.getByRole('heading', { level: 1, name: 'Cần đổi mật khẩu' }).waitFor();
        await page.getByLabel('Mật khẩu hiện tại').fill(tempPassword);
        await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword);
        await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword);
        await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
        await page.getByRole('heading', { level: 1, name: /^Xin chào, Lê Văn Quản Trị/ }).waitFor();
      },
    ],
    [
      'đăng nhập lại: mật khẩu mới rồi mã 6 chữ số',
      async () => {
        await page.getByRole('button', { name: 'Đăng xuất' }).click();
        await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
        await page.getByLabel('Tên đăng nhập').fill(newAdmin);
        await page.getByLabel('Mật khẩu').fill(newPassword);
        await page.getByLabel('Mật khẩu').press('Enter');
        const code = page.getByLabel('Mã xác thực (6 chữ số)');
        await code.fill(totpCode(totpSecret));
        await code.press('Enter');
        await page.getByRole('heading', { level: 1, name: /^Xin chào, Lê Văn Quản Trị/ }).waitFor();
        await page.context().close();
      },
    ],
  ]);

  await journey('Cán bộ thi đua đơn vị (donvi)', [
    [
      'đăng nhập donvi: không có mục "Người dùng" và "Nhật ký"; mở thẳng /nguoi-dung bị từ chối',
      async () => {
        page = await newPage(DESKTOP);
        await login(page, 'donvi', '/');
        await page.getByRole('heading', { level: 1, name: /^Xin chào/ }).waitFor();
        const nav = page.getByRole('navigation', { name: 'Danh mục chức năng' });
        await nav.getByRole('link', { name: 'Tổ chức', exact: true }).waitFor();
        await nav.getByRole('link', { name: 'Cá nhân', exact: true }).waitFor();
        assert((await nav.getByRole('link', { name: 'Người dùng', exact: true }).count()) === 0, 'donvi sees the user-administration menu');
        assert((await nav.getByRole('link', { name: 'Nhật ký', exact: true }).count()) === 0, 'donvi sees the audit menu');
        await shot(page, '11-donvi-trang-chu');
        await page.goto('/nguoi-dung');
        await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
      },
    ],
    [
      'donvi: trang không tồn tại hiện trang 404',
      async () => {
        await page.goto('/khong-co-trang-nay');
        await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
        await shot(page, '12-404');
        await page.context().close();
      },
    ],
  ]);

  // Module journeys in e2e/journeys/*.mjs: each default-exports async (helpers) => { await helpers.journey(…) }.
  const journeysDir = path.join(root, 'e2e', 'journeys');
  for (const f of fs.existsSync(journeysDir) ? fs.readdirSync(journeysDir).filter((x) => x.endsWith('.mjs')).sort() : []) {
    await (await import(path.join(journeysDir, f))).default({ journey, newPage, login, assert, eventually, shot, base, DESKTOP, PHONE, searchPick, pickOption, pickMany, dropdownsClosed });
  }

  await (await import('./clusters.journey.mjs')).default({ journey, newPage, login, assert, eventually, shot, viewport: DESKTOP });
  await (await import('./campaigns.journey.mjs')).default({ journey, newPage, login, assert, eventually, shot, pickOption, searchPick, viewport: DESKTOP, phone: PHONE, assertNoOverflow });

  await journey('Toàn bộ hành trình', [
    [
      'không có lỗi JavaScript trên trang',
      async () => {
        assert(pageErrors.length === 0, pageErrors.join('\n'));
      },
    ],
  ]);
} catch (e) {
  results.push({ title: 'set-up', ok: false });
  console.error(`\n✗ ${e?.stack ?? e}`);
} finally {
  await browser?.close().catch(() => {});
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0 && serverLog.length) console.log(`\n--- last server output ---\n${serverLog.slice(-40).join('\n')}\n---`);
  await stopServer();
  const passed = results.filter((r) => r.ok).length;
  console.log(`\nscreenshots: ${path.relative(process.cwd(), outDir) || outDir}`);
  console.log(`${passed} passed, ${failed} failed`);
  // npm test (scripts/test.mjs) adds these counts to its summary.
  if (process.env.E2E_RESULT_FILE) fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify({ passed, failed, skipped: 0 }));
  exitCode = failed === 0 && passed > 0 ? 0 : 1;
}
process.exit(exitCode);
