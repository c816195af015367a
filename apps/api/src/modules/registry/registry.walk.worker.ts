// The import walk's worker thread (started by registry.walk.ts through registry.walk.worker.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { runWorkerJob, type WorkerJob } from './registry.walk.js';

const port = parentPort!;
let ack: (() => void) | null = null;
port.on('message', (m: { t: string }) => {
  if (m.t === 'ack') ack?.();
});
await runWorkerJob(
  workerData as WorkerJob,
  (m) => port.postMessage(m),
  (f) => (ack = f),
);
// Nothing more to send: let the thread end once the last messages are out.
port.unref();
