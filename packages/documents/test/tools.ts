// External tools the document tests drive: LibreOffice (docx → pdf) and poppler (pdftotext, pdfinfo,
// pdfimages). Missing tools fail the suite on CI (CI=true) and skip it, loudly, elsewhere.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

const run = promisify(execFile);

export const INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui poppler-utils';

export function which(tool: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* keep looking */
    }
  }
  return undefined;
}

export function missingTools(tools: string[]): string[] {
  return tools.filter((t) => !which(t));
}

/**
 * `describe` that needs external tools. All present → a normal describe. Missing → on CI a failing test
 * naming the install command; elsewhere the block is skipped and a banner printed.
 */
export function describeWithTools(tools: string[], name: string, fn: () => void): void {
  const missing = missingTools(tools);
  if (missing.length === 0) {
    describe(name, fn);
    return;
  }
  const message = `${name}: missing ${missing.join(', ')} — install with: ${INSTALL_HINT}`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the external tools it needs', () => {
        throw new Error(message);
      });
    });
    return;
  }
  const bar = '!'.repeat(Math.min(120, message.length + 8));
  console.warn(`\n${bar}\n!!! SKIPPED ${message}\n${bar}\n`);
  describe.skip(name, fn);
}

export async function tempDir(prefix = 'thidua-docs-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * Converts .docx buffers to PDF with one headless LibreOffice run and a throw-away profile
 * (-env:UserInstallation) so parallel runs do not fight over the profile lock. Returns name → pdf path.
 */
export async function docxToPdf(files: Record<string, Buffer>, dir: string): Promise<Record<string, string>> {
  const profile = path.join(tmpdir(), `lo-${randomUUID()}`);
  const inputs: string[] = [];
  for (const [name, buf] of Object.entries(files)) {
    const p = path.join(dir, `${name}.docx`);
    await writeFile(p, buf);
    inputs.push(p);
  }
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...inputs],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const out: Record<string, string> = {};
  for (const name of Object.keys(files)) {
    const pdf = path.join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice produced no PDF for ${name}.docx`);
    out[name] = pdf;
  }
  return out;
}

/** `pdftotext -layout`, NFC-normalised. */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.normalize('NFC');
}

/** Whitespace runs → one space, for substring checks that should not care about -layout spacing. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

export async function pdfInfo(pdfPath: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const info: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

export async function writeTemp(dir: string, name: string, buf: Buffer): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, buf);
  return p;
}

/** Extracts the images of one page with `pdfimages` (PPM/PBM output); returns their paths in order. */
export async function pdfImages(pdfPath: string, page: number, dir: string): Promise<string[]> {
  const root = path.join(dir, `img-${page}`);
  await run('pdfimages', ['-f', String(page), '-l', String(page), pdfPath, root]);
  const { stdout } = await run('ls', [dir]);
  return stdout
    .split('\n')
    .filter((f) => f.startsWith(`img-${page}-`))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads a binary PPM (P6) or PGM (P5) file as grey values. */
export async function readPnm(file: string): Promise<{ width: number; height: number; grey: (x: number, y: number) => number }> {
  const buf = await readFile(file);
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    if (buf[pos] === 0x23) {
      while (buf[pos] !== 0x0a) pos++;
      continue;
    }
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) tok += String.fromCharCode(buf[pos++]!);
    header.push(tok);
  }
  pos++; // single whitespace after maxval
  const [magic, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const channels = magic === 'P6' ? 3 : magic === 'P5' ? 1 : 0;
  if (!channels) throw new Error(`unsupported PNM ${magic}`);
  const data = buf.subarray(pos);
  return {
    width,
    height,
    grey: (x, y) => {
      const i = (y * width + x) * channels;
      return channels === 3 ? (data[i]! + data[i + 1]! + data[i + 2]!) / 3 : data[i]!;
    },
  };
}

export async function cleanup(dir: string): Promise<void> {
  if (!process.env.KEEP_TEST_OUTPUT) await rm(dir, { recursive: true, force: true });
}
