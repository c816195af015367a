// Times the start of the import walk's worker thread (three legacy votes of a tiny file in a worker):
//   node --import tsx bench/registry/worker-start.mts FILE.csv
import { legacyVote } from '../../apps/api/src/modules/registry/registry.walk.js';
const f = process.argv[2]!;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  await legacyVote(f, 'csv', 1, true);
  console.log('worker vote', (performance.now() - t).toFixed(0), 'ms');
}
