import fs from 'node:fs';
import path from 'node:path';
import { DatabaseStartError } from './errors.js';

export interface DirLock {
  release(): void;
}

/**
 * PGlite does not lock its data directory: two processes on one directory silently lose or corrupt
 * data (tech spike §Gotchas 2). We take an exclusive lock file holding our PID; a stale file (its
 * process is gone, e.g. after kill -9) is taken over.
 */
export function acquireDirLock(dataDir: string): DirLock {
  const file = path.join(dataDir, 'thidua.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const cur = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
          if (cur.pid === process.pid) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: { pid?: number } = {};
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number };
      } catch {
        /* unreadable: treat as stale */
      }
      if (holder.pid && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DatabaseStartError(
          'data_dir_locked',
          `Thư mục dữ liệu ${dataDir} đang được tiến trình khác sử dụng (PID ${holder.pid}). ` +
            `Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình: dừng tiến trình đó trước, hoặc dùng DATA_DIR khác.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseStartError('data_dir_locked', `Không lấy được khóa ${file}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
