// The import walk (registry.walk.ts) in this thread and in a worker thread: the same events for the same
// file, the file's decoding error from the worker, and a worker that stops when its reader does. A walk that
// counts the legacy vote as it reads (legacyPrefer 'vote') gives the rows of a walk told the vote beforehand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRegistryRow, type RegistryColumnKey, type RegistryRowContext } from '@thidua/domain';
import { FileDecodeError } from '../src/modules/registry/registry.file.js';
import { legacyVoteOf, walk, walkRows, type WalkEvent, type WalkInput } from '../src/modules/registry/registry.walk.js';
import { caseFiles } from './cases.js';
import { HEADER } from './registry.helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-walk-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const input = (file: string, legacyPrefer: WalkInput['legacyPrefer'] = null): WalkInput => ({ file, format: 'csv', provinceCodes: ['33', '01'], today: '2026-12-07', legacyPrefer, names: true });
async function events(gen: AsyncGenerator<WalkEvent>) {
  const out: WalkEvent[] = [];
  for await (const ev of gen) out.push(ev);
  return out;
}
const rowsOf = (evs: WalkEvent[]) => evs.flatMap((e) => (e.kind === 'rows' ? e.rows : []));

describe('the import walk', () => {
  it('gives the same events in a worker thread as in this one, for every registry case file (legacy vote included)', async () => {
    const csvs = caseFiles('registry').filter((f) => f.file.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(0);
    for (const f of csvs) {
      const size = fs.statSync(f.file).size;
      const prefer = await legacyVoteOf(f.file, 'csv');
      const here = await events(walk(input(f.file, prefer), size, Infinity));
      const there = await events(walk(input(f.file, prefer), size, 0));
      expect(there).toEqual(here);
      // Counting the vote while walking: the same rows, in the same order, and the vote itself.
      for (const workerMin of [Infinity, 0]) {
        const voting = await events(walk(input(f.file, 'vote'), size, workerMin));
        expect(voting.filter((e) => e.kind === 'vote')).toEqual([{ kind: 'vote', prefer }]);
        expect(rowsOf(voting)).toEqual(rowsOf(here));
      }
      const rows = rowsOf(here);
      expect(rows.length).toBeGreaterThan(0);
      // The converted legacy cells are reported with their original text; valid rows carry their name keys.
      expect(rows.flatMap((r) => r.warnings).some((w) => w.code === 'legacy_encoding_converted' && w.original)).toBe(true);
      for (const r of rows) if (r.row) expect(r.names?.key).toBeTruthy();
    }
  });

  it('a large generated file: the worker sends it in order, in chunks, with the errors of its bad rows', async () => {
    const file = path.join(dir, 'large.csv');
    const lines = Array.from({ length: 12_000 }, (_, i) =>
      i % 1000 === 7 ? `Người Lỗi ${i},1975,Nam,,,không_có_hình_thức_này,,2020,${i}/QĐ,15/01/2021,,` : `Nguyễn Văn ${['An', 'Bình', 'Hoà'][i % 3]},${1950 + (i % 50)},Nam,"Tiên Lữ, Hưng Yên",Hưng Yên,bang_khen_tinh,,2020,${i}/QĐ-UBND,15/01/2021,UBND tỉnh,`,
    );
    fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
    const evs = await events(walk(input(file), fs.statSync(file).size, 0));
    expect(evs[0]!.kind).toBe('headers');
    expect(evs.filter((e) => e.kind === 'rows').length).toBeGreaterThan(1);
    const rows = rowsOf(evs);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 12_000 }, (_, i) => i + 2));
    const bad = rows.filter((r) => !r.row);
    expect(bad).toHaveLength(12);
    expect(bad[0]!.errors[0]).toMatchObject({ row: 9, column: 'Hình thức khen thưởng', code: 'unknown_award' });
    // Repeated names share the memoised keys' values; "Hoà" and "Hòa" are one identity key.
    expect(rows[2]!.names).toEqual(rows[5]!.names);
  });

  it.each<['vni' | 'tcvn3', string]>([
    ['vni', 'Thủ'],
    ['tcvn3', 'Thuỷ'],
  ])('a voting walk holds back from the first cell that reads validly in both encodings: a %s file reads "Thuû" as %j', async (majority, thuu) => {
    // Row 3 has the ambiguous hometown "Thuû" (VNI "Thủ", TCVN3 "Thuỷ"); the vote is decided by the file's
    // other legacy cells, most of them after it; rows after it are ambiguous too, or plain.
    const other = majority === 'vni' ? ['Khoång Thò Luïa', 'Caåm Giaøng, Haûi Döông'] : ['Khæng V¨n H¶i', 'Kinh M«n, H¶i D\u00AD¬ng'];
    const line = (name: string, home: string, i: number) => `${name},1975,Nam,"${home}",,bang_khen_tinh,,2020,${i}/QĐ-UBND,15/01/2021,UBND tỉnh,`;
    const lines = [
      line('Nguyễn Văn An', 'Tiên Lữ, Hưng Yên', 0),
      line('Trần Văn Bình', 'Thuû', 1),
      ...Array.from({ length: 1500 }, (_, i) => (i % 100 === 50 ? line('Lê Văn Cường', 'Thuû', i + 2) : line(i % 2 ? other[0]! : 'Phạm Thị Dung', i % 3 ? other[1]! : 'Hưng Yên', i + 2))),
    ];
    const file = path.join(dir, `ambiguous-${majority}.csv`);
    fs.writeFileSync(file, [HEADER, ...lines].join('\n'));
    const prefer = await legacyVoteOf(file, 'csv');
    expect(prefer).toBe(majority);
    const told = rowsOf(await events(walkRows(input(file, prefer))));
    expect(told).toHaveLength(lines.length);
    expect(told[1]!.row!.hometown).toBe(thuu);
    expect(told[1]!.warnings.some((w) => w.code === 'legacy_encoding_converted' && w.original === 'Thuû')).toBe(true);
    for (const workerMin of [Infinity, 0]) {
      const evs = await events(walk(input(file, 'vote'), fs.statSync(file).size, workerMin));
      // The one row before the ambiguous one, then the vote, then every row from the ambiguous one on, in order.
      const kinds = evs.map((e) => (e.kind === 'rows' ? `rows:${e.rows[0]!.rowNumber}` : e.kind));
      expect(kinds.slice(0, 3)).toEqual(['headers', 'rows:2', 'vote']);
      expect(evs[2]).toEqual({ kind: 'vote', prefer: majority });
      expect(rowsOf(evs)).toEqual(told);
    }
  });

  it('a file that is not UTF-8 fails with the same decoding error from the worker', async () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0x4e, 0xff, 0xfe, 0x41, 0x0a])]));
    await expect(events(walk(input(file), 1, 0))).rejects.toBeInstanceOf(FileDecodeError);
    await expect(events(walkRows(input(file)))).rejects.toBeInstanceOf(FileDecodeError);
    await expect(events(walk(input(file, 'vote'), 1, 0))).rejects.toBeInstanceOf(FileDecodeError);
    await expect(legacyVoteOf(file, 'csv')).rejects.toBeInstanceOf(FileDecodeError);
  });

  it('a reader that stops early stops the worker (no hang, nothing left running)', async () => {
    const file = path.join(dir, 'early.csv');
    fs.writeFileSync(file, [HEADER, ...Array.from({ length: 20_000 }, (_, i) => `Trần Thị Lan,1980,Nữ,,,giay_khen,,2020,${i}/QĐ,,,`)].join('\n'));
    let seen = 0;
    for await (const ev of walk(input(file), 1, 0)) {
      if (ev.kind === 'rows') seen += ev.rows.length;
      if (seen >= 1000) break;
    }
    expect(seen).toBeGreaterThanOrEqual(1000);
    expect(seen).toBeLessThan(20_000);
  });
});

describe('validateRegistryRow with a cell memo', () => {
  it('gives the same result as without it, row after row (warnings are copies, not shared)', () => {
    const base: RegistryRowContext = { provinceCodes: new Set(['33']), today: '2026-12-07' };
    const memo: RegistryRowContext = { ...base, legacyCache: new Map(), cellCache: new Map() };
    const cells: Partial<Record<RegistryColumnKey, string>>[] = [
      { fullName: 'NguyÔn V¨n An', birth: '1975', award: 'bang_khen_tinh', year: '2020' },
      { fullName: 'Nguye\u0303n Va\u0306n Hoa\u0300', birth: '1975', award: 'Bằng khen của Chủ tịch UBND tỉnh', year: '2020', hometown: 'Tiên  Lữ' },
      { fullName: '', award: 'x', year: '20' },
      { fullName: 'NguyÔn V¨n An', birth: '1975', award: 'bang_khen_tinh', year: '2020' },
    ];
    for (let round = 0; round < 2; round++) {
      for (const c of cells) {
        const a = validateRegistryRow(c, base);
        const b = validateRegistryRow(c, memo);
        expect(b).toEqual(a);
        for (const w of b.warnings) w.message = 'changed by a caller';
      }
    }
    expect(memo.cellCache!.size).toBeGreaterThan(0);
  });
});
