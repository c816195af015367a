// Malware scanning of uploads (FU-05 of security-requirements.md): every file is scanned before it is
// stored or becomes available. ClamAV's daemon (clamd) over TCP with the INSTREAM command; configured
// with CLAMD_HOST / CLAMD_PORT. A configured scanner fails closed: if clamd cannot be reached or
// answers anything but "OK" or "… FOUND", the upload is refused (503) and nothing is stored.
import net from 'node:net';
import { AppError } from '@thidua/contracts';

export type ScanResult = { clean: true } | { clean: false; signature: string };

export interface MalwareScanner {
  /** A short description for logs and the health page, e.g. "clamd 127.0.0.1:3310". */
  readonly name: string;
  scan(bytes: Buffer): Promise<ScanResult>;
}

/** No scanning (development, demo). The server warns at start when it runs like this outside demo mode. */
export const noScanner: MalwareScanner = { name: 'none', scan: async () => ({ clean: true }) };

const CHUNK = 64 * 1024;

/** clamd's INSTREAM protocol: `zINSTREAM\0`, then chunks of <uint32 BE length><bytes>, then a zero length. */
export class ClamdScanner implements MalwareScanner {
  readonly name: string;
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs = 30_000,
  ) {
    this.name = `clamd ${host}:${port}`;
  }

  scan(bytes: Buffer): Promise<ScanResult> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let settled = false;
      const fail = (why: string) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        reject(new AppError('file_scan_unavailable', { scanner: this.name, reason: why }));
      };
      const socket = net.connect({ host: this.host, port: this.port });
      socket.setTimeout(this.timeoutMs, () => fail('timeout'));
      socket.on('error', (e) => fail((e as NodeJS.ErrnoException).code ?? 'error'));
      socket.on('data', (d) => chunks.push(d));
      socket.on('end', () => {
        if (settled) return;
        settled = true;
        socket.end();
        const reply = Buffer.concat(chunks).toString('utf8').replace(/\0+$/, '').trim();
        // "stream: OK" | "stream: <signature> FOUND" | "INSTREAM size limit exceeded. ERROR" | "… ERROR"
        const m = /^stream: (.+) FOUND$/.exec(reply);
        if (reply === 'stream: OK') resolve({ clean: true });
        else if (m) resolve({ clean: false, signature: m[1]! });
        else reject(new AppError('file_scan_unavailable', { scanner: this.name, reason: reply.slice(0, 200) || 'empty_reply' }));
      });
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        for (let off = 0; off < bytes.length; off += CHUNK) {
          const part = bytes.subarray(off, Math.min(off + CHUNK, bytes.length));
          const len = Buffer.alloc(4);
          len.writeUInt32BE(part.length);
          socket.write(len);
          socket.write(part);
        }
        socket.write(Buffer.alloc(4));
      });
    });
  }
}

export function scannerFromConfig(c: { clamd: { host: string; port: number; timeoutMs: number } | null }): MalwareScanner {
  return c.clamd ? new ClamdScanner(c.clamd.host, c.clamd.port, c.clamd.timeoutMs) : noScanner;
}

/** Scan and refuse an infected file (422 `file_infected`, the signature in details). */
export async function assertClean(scanner: MalwareScanner, bytes: Buffer): Promise<void> {
  const r = await scanner.scan(bytes);
  if (!r.clean) throw new AppError('file_infected', { signature: r.signature });
}
