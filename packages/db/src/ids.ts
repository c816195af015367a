import { randomFillSync } from 'node:crypto';

// Time-ordered identifiers (UUID version 7, RFC 9562 §5.7) for rows written in bulk. A random (version 4)
// primary key puts every new row on a random page of its index; at a registry's size the index no longer
// fits in memory and each insert reads and dirties a page of its own. Version 7 ids of one import fall on
// the index's last pages (an import of 100,000 entries into 1,000,000: 4.6 s → 3.5 s, bench/RESULTS.md
// 2026-12-07). 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids generated within one
// millisecond in order (method 1 of §6.2), then 62 random bits. The creation time can be read from such an id.

const pool = Buffer.alloc(8 * 1024);
let poolAt = pool.length;
let lastMs = -1;
let counter = 0;
const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function random8(): Buffer {
  if (poolAt + 8 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const b = pool.subarray(poolAt, poolAt + 8);
  poolAt += 8;
  return b;
}

/** A new UUID version 7 (time-ordered; strictly increasing within this process). */
export function uuidv7(now = Date.now()): string {
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      // 4,096 ids in one millisecond: borrow the next one (stays increasing).
      ms = lastMs + 1;
      counter = 0;
    }
  } else counter = 0;
  lastMs = ms;
  const r = random8();
  const t = ms.toString(16).padStart(12, '0');
  const a = (0x7000 | counter).toString(16);
  const v = hex[(r[0]! & 0x3f) | 0x80]! + hex[r[1]!]!;
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${a}-${v}-${hex[r[2]!]}${hex[r[3]!]}${hex[r[4]!]}${hex[r[5]!]}${hex[r[6]!]}${hex[r[7]!]}`;
}
