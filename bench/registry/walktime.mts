// Times the import walk alone (legacy vote, then parse + validate + name keys) in this thread, no database:
//   node --import tsx bench/registry/walktime.mts /tmp/thidua-bench-200000.csv
import { walkRows, legacyVoteOf } from '../../apps/api/src/modules/registry/registry.walk.js';
const file = process.argv[2]!;
let t = performance.now();
const prefer = await legacyVoteOf(file, 'csv');
console.log('vote', (performance.now() - t).toFixed(0), 'ms', prefer);
t = performance.now();
let n = 0;
for await (const ev of walkRows({ file, format: 'csv', provinceCodes: ['33'], today: '2026-12-07', legacyPrefer: prefer, names: true })) if (ev.kind === 'rows') n += ev.rows.length;
console.log('walk', (performance.now() - t).toFixed(0), 'ms', n);
