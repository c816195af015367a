// `npm test`: every suite. Domain, document and API suites on PGlite; the API suites again on
// PostgreSQL; the browser journeys in Debian's Chromium. A suite whose tool is missing is skipped
// loudly with the install line — and under CI=true a missing tool fails the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canConnect, ensureWebBuilt, root, run, which } from './lib.mjs';

const CI = process.env.CI === 'true';
const only = process.argv.slice(2); // e.g. `npm test -- pglite`
const want = (s) => only.length === 0 || only.includes(s);
const problems = [];
const results = [];

function loud(msg) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n${msg}\n${bar}\n`);
}

function tool(name, cmd, install) {
  const found = which(cmd);
  if (!found) {
    loud(`THIẾU CÔNG CỤ / MISSING TOOL: ${name} (${cmd}).\nCài đặt / install: ${install}`);
    problems.push(`${name}: ${install}`);
  }
  return Boolean(found);
}

tool('LibreOffice', 'soffice', 'apt-get install -y libreoffice-writer-nogui');
tool('poppler', 'pdftotext', 'apt-get install -y poppler-utils');
if (!fs.existsSync(process.env.CLAMD_PATH ?? '/usr/sbin/clamd')) {
  loud('THIẾU CÔNG CỤ / MISSING TOOL: ClamAV daemon (clamd).\nCài đặt / install: apt-get install -y --no-install-recommends clamav-daemon');
  problems.push('clamd: apt-get install -y --no-install-recommends clamav-daemon');
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(chromium) || Boolean(which('chromium'));
if (!hasChromium) {
  loud(`THIẾU CÔNG CỤ / MISSING TOOL: Chromium.\nCài đặt / install: apt-get install -y chromium fonts-noto-core fonts-croscore`);
  problems.push('chromium: apt-get install -y chromium');
}
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgUp = await canConnect(new URL(pgUrl).hostname, Number(new URL(pgUrl).port || 5432));
if (!pgUp) {
  loud(`POSTGRESQL KHÔNG CHẠY / NOT RUNNING at ${pgUrl}.\nCài đặt / install: apt-get install -y postgresql postgresql-contrib && pg_ctlcluster 15 main start\n(or set TEST_DATABASE_URL)`);
  problems.push('postgresql: apt-get install -y postgresql postgresql-contrib');
}
if (CI && problems.length) {
  console.error(`CI=true: missing tools fail the run:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

async function vitest(label, args, env = {}) {
  const out = path.join(os.tmpdir(), `thidua-vitest-${label}-${process.pid}.json`);
  const code = await run(path.join(root, 'node_modules/.bin/vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...args], {
    env: { ...process.env, ...env },
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = j.numPassedTests;
    failed = j.numFailedTests;
    skipped = j.numPendingTests + j.numTodoTests;
    fs.rmSync(out, { force: true });
  } catch {
    failed = Math.max(failed, 1);
  }
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ label, passed, failed, skipped });
}

// Static checks: types of every workspace and the lint rules (including the dependency direction).
if (want('static')) {
  const projects = ['packages/domain', 'packages/contracts', 'packages/i18n', 'packages/db', 'packages/documents', 'apps/api', 'apps/web'].filter((p) =>
    fs.existsSync(path.join(root, p, 'tsconfig.json')),
  );
  let passed = 0;
  let failed = 0;
  for (const p of projects) {
    const code = await run(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', p]);
    if (code === 0) passed++;
    else {
      failed++;
      console.error(`typecheck failed: ${p}`);
    }
  }
  const lint = await run(path.join(root, 'node_modules/.bin/eslint'), ['--max-warnings=0', '.']);
  if (lint === 0) passed++;
  else failed++;
  results.push({ label: 'static', passed, failed, skipped: 0 });
}
// The embedded pass must not inherit TEST_DATABASE_URL (CI exports it for the PostgreSQL pass).
if (want('pglite')) await vitest('pglite', [], { TEST_DATABASE_URL: '' });
if (want('postgres') && pgUp) await vitest('postgres', ['apps/api/test'], { TEST_DATABASE_URL: pgUrl });
if (want('browser') && hasChromium) {
  await ensureWebBuilt();
  const out = path.join(os.tmpdir(), `thidua-e2e-${process.pid}.json`);
  const code = await run(process.execPath, [path.join(root, 'e2e/run.mjs')], { env: { ...process.env, E2E_RESULT_FILE: out } });
  let r = { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  try {
    r = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out, { force: true });
  } catch {
    /* the runner printed its own summary */
  }
  if (code !== 0 && r.failed === 0) r.failed = 1;
  results.push({ label: 'browser', ...r });
}

const tot = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log('\nthidua test summary:');
for (const r of results) console.log(`  ${r.label.padEnd(9)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
if (problems.length) console.log(`  NOT RUN (missing tools): ${problems.join('; ')}`);
console.log(`${tot.passed} passed, ${tot.failed} failed, ${tot.skipped} skipped`);
process.exit(tot.failed > 0 || results.length === 0 ? 1 : 0);
