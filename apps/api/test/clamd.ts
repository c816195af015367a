// A real ClamAV daemon for the upload tests (FU-05). Offline, freshclam cannot fetch signatures, so the
// daemon loads one local signature for the EICAR test string (security-requirements.md, tool table).
// Missing clamd: the suite fails under CI=true and is skipped loudly elsewhere.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';

export const CLAMD = process.env.CLAMD_PATH ?? '/usr/sbin/clamd';
export const CLAMD_INSTALL = 'apt-get install -y --no-install-recommends clamav-daemon';
/** The EICAR anti-virus test file (68 bytes; harmless by design, detected by every scanner). */
export const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');

export function describeWithClamd(name: string, fn: () => void) {
  if (fs.existsSync(CLAMD)) return describe(name, fn);
  const message = `${name}: missing clamd (${CLAMD}) — install with: ${CLAMD_INSTALL}`;
  if (process.env.CI === 'true') return describe(name, () => it('has clamd', () => { throw new Error(message); }));
  console.warn(`\n${'!'.repeat(100)}\n!!! SKIPPED ${message}\n${'!'.repeat(100)}\n`);
  return describe.skip(name, fn);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

const ping = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let out = '';
    s.on('data', (d) => (out += d.toString()));
    s.on('end', () => resolve(out.startsWith('PONG')));
    s.on('error', () => resolve(false));
    s.on('connect', () => s.write('zPING\0'));
  });

export interface Clamd {
  port: number;
  stop(): Promise<void>;
}

export async function startClamd(): Promise<Clamd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-clamd-'));
  fs.mkdirSync(path.join(dir, 'db'));
  // An .ndb body signature: any file containing the EICAR marker, anywhere (also inside a PDF).
  fs.writeFileSync(path.join(dir, 'db', 'thidua-test.ndb'), `Thidua.Test.EICAR:0:*:${Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE').toString('hex')}\n`);
  const port = await freePort();
  const conf = path.join(dir, 'clamd.conf');
  fs.writeFileSync(conf, [`Foreground yes`, `TCPSocket ${port}`, `TCPAddr 127.0.0.1`, `DatabaseDirectory ${path.join(dir, 'db')}`, `LogFile ${path.join(dir, 'clamd.log')}`, `PidFile ${path.join(dir, 'clamd.pid')}`, ...(process.getuid?.() === 0 ? ['User root'] : [])].join('\n'));
  const child: ChildProcess = spawn(CLAMD, ['-c', conf], { stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if (await ping(port)) break;
    if (child.exitCode !== null) throw new Error(`clamd exited (${child.exitCode}); see ${path.join(dir, 'clamd.log')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await ping(port))) throw new Error('clamd did not answer PING within 20 s');
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
