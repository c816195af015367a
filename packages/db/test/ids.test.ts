import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../src/ids.js';

const FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('is a version 7, variant 10 UUID whose first 48 bits are the Unix milliseconds', () => {
    const at = Date.UTC(2026, 11, 7, 18, 30);
    const id = uuidv7(at);
    expect(id).toMatch(FORM);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('strictly increases in text order (the order of PostgreSQL uuid), within one millisecond and past 4,096 of them', () => {
    const at = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => uuidv7(at));
    for (const id of ids) expect(id).toMatch(FORM);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // A clock that goes back does not make an id smaller than the last one.
    const back = uuidv7(at - 60_000);
    expect(back > ids[ids.length - 1]!).toBe(true);
  });
});
