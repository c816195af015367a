// Times the start of the import walk's worker thread (three walks of a tiny file in a worker):
//   node --import tsx bench/registry/worker-start.mts FILE.csv
import { walk } from '../../apps/api/src/modules/registry/registry.walk.js';
const f = process.argv[2]!;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  for await (const ev of walk({ file: f, format: 'csv', provinceCodes: ['33'], today: '2026-12-07', legacyPrefer: 'vote', names: true }, 1, 0)) void ev;
  console.log('worker walk', (performance.now() - t).toFixed(0), 'ms');
}
