// The file walk of an import: parse, convert legacy encodings, validate, compute the name keys. Pure CPU and
// no database, so that for a large file it runs in a worker thread (registry.walk.worker.ts): while the
// import's batch is written by the main thread and the database, the next rows are read on the other core
// instead of taking turns with the batch's statements on one thread (bench/RESULTS.md, 2026-12-07 fourth
// session). A small file is walked in this thread: starting a worker costs more than the walk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  REGISTRY_COLUMNS,
  convertRegistryLegacyCell,
  mapRegistryHeaders,
  validateRegistryRow,
  type LegacyEncoding,
  type RegistryColumnKey,
  type RegistryHeaderMapping,
  type RegistryRowContext,
  type ValidRegistryRow,
} from '@thidua/domain';
import { personNameKeys, type PersonNameKeys } from './name-keys.js';
import { FileDecodeError, readImportRows, type ImportFormat } from './registry.file.js';

export type RowIssue = { row: number | null; column: string | null; code: string; message: string; original?: string };

/** One row of the file as the walk leaves it: valid (with its name keys when asked for) or its errors. */
export interface WalkedRow {
  rowNumber: number;
  row: ValidRegistryRow | null;
  names: PersonNameKeys | null;
  errors: RowIssue[];
  warnings: RowIssue[];
}

export interface WalkInput {
  file: string;
  format: ImportFormat;
  provinceCodes: string[];
  today: string;
  legacyPrefer: LegacyEncoding | null;
  /** Compute the name keys of valid rows (the commit pass needs them; the preview does not). */
  names: boolean;
}

export type WalkEvent = { kind: 'headers'; mapping: RegistryHeaderMapping } | { kind: 'rows'; rows: WalkedRow[] };

/** Rows per event: one structured clone per chunk, not per row. */
const CHUNK = 500;
/** Events a worker may send ahead of the reader (memory bound: a few chunks, not the file). */
const WINDOW = 4;
/**
 * Files from this size (about 60,000 rows) are walked in a worker thread: its start (0.3–0.8 s, tsx and the
 * domain loaded again) is then small beside the walk it takes off this thread.
 */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

export const issueLabel = (k: RegistryColumnKey | null, mapping: Partial<Record<RegistryColumnKey, string>>) =>
  k === null ? null : (mapping[k] ?? REGISTRY_COLUMNS.find((c) => c.key === k)!.header);

/** Walks the file in this thread: the header mapping first (the walk stops there if a required column is missing), then chunks of rows. */
export async function* walkRows(input: WalkInput): AsyncGenerator<WalkEvent> {
  const rctx: RegistryRowContext = { provinceCodes: new Set(input.provinceCodes), today: input.today, legacyPrefer: input.legacyPrefer, legacyCache: new Map(), cellCache: new Map() };
  // Name keys by name: a file repeats its names (thousands of "Nguyễn Văn An"); bounded like the cell memo.
  const keysOf = new Map<string, PersonNameKeys>();
  const nameKeys = (fullName: string) => {
    let k = keysOf.get(fullName);
    if (!k) {
      if (keysOf.size > 50_000) keysOf.clear();
      keysOf.set(fullName, (k = personNameKeys(fullName)));
    }
    return k;
  };
  let mapping: RegistryHeaderMapping | null = null;
  let chunk: WalkedRow[] = [];
  for await (const fr of readImportRows(input.file, input.format)) {
    if (!mapping) {
      mapping = mapRegistryHeaders(Object.keys(fr.values));
      yield { kind: 'headers', mapping };
      if (mapping.missing.length) return;
    }
    const cells: Partial<Record<RegistryColumnKey, string>> = {};
    for (const [k, h] of Object.entries(mapping.columns) as [RegistryColumnKey, string][]) cells[k] = fr.values[h] ?? '';
    const res = validateRegistryRow(cells, rctx);
    const cols = mapping.columns;
    chunk.push({
      rowNumber: fr.rowNumber,
      row: res.row ?? null,
      names: res.row && input.names ? nameKeys(res.row.fullName) : null,
      errors: res.errors.map((e) => ({ row: fr.rowNumber, column: issueLabel(e.column, cols), code: e.code, message: e.message })),
      warnings: res.warnings.map((w) => ({ row: fr.rowNumber, column: issueLabel(w.column, cols), code: w.code, message: w.message, ...(w.original !== undefined ? { original: w.original } : {}) })),
    });
    if (chunk.length >= CHUNK) {
      yield { kind: 'rows', rows: chunk };
      chunk = [];
    }
  }
  if (chunk.length) yield { kind: 'rows', rows: chunk };
}

/** The file's legacy encoding by majority of its unambiguous cells (dominantLegacyEncoding, streamed). */
export async function legacyVoteOf(file: string, format: ImportFormat): Promise<LegacyEncoding | null> {
  let tcvn3 = 0;
  let vni = 0;
  const cache = new Map<string, { text: string; converted: LegacyEncoding | null }>();
  const seen = new Set<string>();
  for await (const fr of readImportRows(file, format)) {
    for (const v of Object.values(fr.values)) {
      if (v === '' || !/[\u00A0-\u00FF]/.test(v)) continue;
      if (seen.has(v)) continue;
      if (seen.size > 50_000) seen.clear();
      seen.add(v);
      const r = convertRegistryLegacyCell(v, { legacyCache: cache });
      if (r.converted === 'vni') vni++;
      else if (r.converted === 'tcvn3') tcvn3++;
    }
  }
  // Ambiguous cells voted by the heuristic as well; with counts this is the same majority rule.
  if (tcvn3 === 0 && vni === 0) return null;
  return vni > tcvn3 ? 'vni' : 'tcvn3';
}

// ---------------------------------------------------------------------------------------------
// The worker transport. Messages: worker → main {t:'ev', ev} | {t:'vote', prefer} | {t:'error', decode, message};
// main → worker {t:'ack'} after each event it has taken.

export type WorkerJob = { mode: 'walk'; input: WalkInput } | { mode: 'vote'; file: string; format: ImportFormat };
type FromWorker = { t: 'ev'; ev: WalkEvent } | { t: 'vote'; prefer: LegacyEncoding | null } | { t: 'end' } | { t: 'error'; decode: boolean; message: string };

const here = path.dirname(fileURLToPath(import.meta.url));

function startWorker(job: WorkerJob): Worker {
  // The bootstrap registers tsx in the worker (the sources are TypeScript in every way thidua runs: npm start,
  // the CLI, the tests), whatever flags the parent process was started with.
  return new Worker(path.join(here, 'registry.walk.worker.mjs'), { workerData: job, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 } });
}

/** The events of a walk done by a worker thread; returning early (or throwing) stops the worker. */
export async function* walkInWorker(input: WalkInput): AsyncGenerator<WalkEvent> {
  const worker = startWorker({ mode: 'walk', input });
  const queue: FromWorker[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let exited = false;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: FromWorker) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (e) => {
    failure = e;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      if (queue.length === 0) {
        if (failure) throw failure;
        if (exited) throw new Error('registry walk worker stopped before the end of the file');
        await new Promise<void>((res) => (wake = res));
        continue;
      }
      const m = queue.shift()!;
      if (m.t === 'end') return;
      if (m.t === 'error') throw m.decode ? new FileDecodeError(m.message) : new Error(m.message);
      if (m.t === 'ev') {
        yield m.ev;
        worker.postMessage({ t: 'ack' });
      }
    }
  } finally {
    if (!exited) await worker.terminate();
  }
}

/** The legacy vote done by a worker thread (the server's event loop stays free meanwhile). */
export async function legacyVoteInWorker(file: string, format: ImportFormat): Promise<LegacyEncoding | null> {
  const worker = startWorker({ mode: 'vote', file, format });
  try {
    return await new Promise<LegacyEncoding | null>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.t === 'vote') resolve(m.prefer);
        else if (m.t === 'error') reject(m.decode ? new FileDecodeError(m.message) : new Error(m.message));
      });
      worker.on('error', reject);
      worker.on('exit', () => reject(new Error('registry walk worker stopped before its answer')));
    });
  } finally {
    await worker.terminate();
  }
}

/** The worker's side: runs the job, sending at most WINDOW events ahead of the acknowledgements. */
export async function runWorkerJob(job: WorkerJob, send: (m: FromWorker) => void, onAck: (f: () => void) => void): Promise<void> {
  try {
    if (job.mode === 'vote') {
      send({ t: 'vote', prefer: await legacyVoteOf(job.file, job.format) });
      return;
    }
    let outstanding = 0;
    let resume: (() => void) | null = null;
    onAck(() => {
      outstanding--;
      const r = resume;
      resume = null;
      r?.();
    });
    for await (const ev of walkRows(job.input)) {
      while (outstanding >= WINDOW) await new Promise<void>((res) => (resume = res));
      outstanding++;
      send({ t: 'ev', ev });
    }
    send({ t: 'end' });
  } catch (e) {
    send({ t: 'error', decode: e instanceof FileDecodeError, message: (e as Error).message });
  }
}

/** A walk in this thread or in a worker thread, by the file's size. */
export function walk(input: WalkInput, size: number, workerMinBytes = WORKER_MIN_BYTES): AsyncGenerator<WalkEvent> {
  return size >= workerMinBytes ? walkInWorker(input) : walkRows(input);
}

export function legacyVote(file: string, format: ImportFormat, size: number, workerMinBytes = WORKER_MIN_BYTES): Promise<LegacyEncoding | null> {
  return size >= workerMinBytes ? legacyVoteInWorker(file, format) : legacyVoteOf(file, format);
}
