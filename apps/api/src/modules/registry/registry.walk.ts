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
  type LegacyCellConversion,
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
  /**
   * The file's legacy vote (`legacyVoteOf`) when known; `'vote'` when not: the walk then counts it as it goes
   * (one read of the file instead of two). Its rows are final except those with a cell that reads validly in
   * both TCVN3 and VNI (their text depends on the vote): at the first such row the walk reads the rest of the
   * file for the vote only, then walks again from that row with the result. Either way it sends the vote
   * (`{kind: 'vote'}`) before any row from the ambiguous one on, and the rows are those a walk given the vote
   * would send.
   */
  legacyPrefer: LegacyEncoding | null | 'vote';
  /** Compute the name keys of valid rows (the commit pass needs them; the preview does not). */
  names: boolean;
}

export type WalkEvent =
  | { kind: 'headers'; mapping: RegistryHeaderMapping }
  | { kind: 'rows'; rows: WalkedRow[] }
  /** In `legacyPrefer: 'vote'` walks: the file's vote. */
  | { kind: 'vote'; prefer: LegacyEncoding | null };

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

/**
 * The legacy vote of a file (RULES.md §8): the majority, over the file's distinct cells with Latin-1
 * characters (every column), of the encoding each converts from (`dominantLegacyEncoding`, streamed).
 */
class LegacyVoteCounter {
  private tcvn3 = 0;
  private vni = 0;
  private readonly cache = new Map<string, LegacyCellConversion>();
  private readonly seen = new Set<string>();
  add(values: Record<string, string>) {
    for (const v of Object.values(values)) {
      if (v === '' || !/[\u00A0-\u00FF]/.test(v)) continue;
      if (this.seen.has(v)) continue;
      if (this.seen.size > 50_000) this.seen.clear();
      this.seen.add(v);
      const r = convertRegistryLegacyCell(v, { legacyCache: this.cache });
      if (r.converted === 'vni') this.vni++;
      else if (r.converted === 'tcvn3') this.tcvn3++;
    }
  }
  result(): LegacyEncoding | null {
    // Ambiguous cells voted by the heuristic as well; with counts this is the same majority rule.
    if (this.tcvn3 === 0 && this.vni === 0) return null;
    return this.vni > this.tcvn3 ? 'vni' : 'tcvn3';
  }
}

/** Walks the file in this thread: the header mapping first (the walk stops there if a required column is missing), then chunks of rows. */
export async function* walkRows(input: WalkInput): AsyncGenerator<WalkEvent> {
  const voting = input.legacyPrefer === 'vote';
  const counter = voting ? new LegacyVoteCounter() : null;
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
  // The memos hold texts converted under one vote: new ones when the vote changes.
  const contextFor = (prefer: LegacyEncoding | null): RegistryRowContext => ({
    provinceCodes: new Set(input.provinceCodes),
    today: input.today,
    legacyPrefer: prefer,
    legacyCache: new Map(),
    cellCache: new Map(),
  });
  let rctx = contextFor(voting ? null : (input.legacyPrefer as LegacyEncoding | null));
  let mapping: RegistryHeaderMapping | null = null;
  let chunk: WalkedRow[] = [];
  const walked = (fr: { rowNumber: number; values: Record<string, string> }, res: ReturnType<typeof validateRegistryRow>): WalkedRow => {
    const cols = mapping!.columns;
    return {
      rowNumber: fr.rowNumber,
      row: res.row ?? null,
      names: res.row && input.names ? nameKeys(res.row.fullName) : null,
      errors: res.errors.map((e) => ({ row: fr.rowNumber, column: issueLabel(e.column, cols), code: e.code, message: e.message })),
      warnings: res.warnings.map((w) => ({ row: fr.rowNumber, column: issueLabel(w.column, cols), code: w.code, message: w.message, ...(w.original !== undefined ? { original: w.original } : {}) })),
    };
  };
  const cellsOf = (values: Record<string, string>) => {
    const cells: Partial<Record<RegistryColumnKey, string>> = {};
    for (const [k, h] of Object.entries(mapping!.columns) as [RegistryColumnKey, string][]) cells[k] = values[h] ?? '';
    return cells;
  };
  // In a voting walk: the first row whose text depends on the vote (from there on, only the vote is counted).
  let waitFrom: number | null = null;
  for await (const fr of readImportRows(input.file, input.format)) {
    if (!mapping) {
      mapping = mapRegistryHeaders(Object.keys(fr.values));
      yield { kind: 'headers', mapping };
      if (mapping.missing.length) return;
    }
    counter?.add(fr.values);
    if (waitFrom !== null) continue;
    const res = validateRegistryRow(cellsOf(fr.values), rctx);
    if (voting && res.legacyAmbiguous) {
      waitFrom = fr.rowNumber;
      continue;
    }
    chunk.push(walked(fr, res));
    if (chunk.length >= CHUNK) {
      yield { kind: 'rows', rows: chunk };
      chunk = [];
    }
  }
  if (chunk.length) yield { kind: 'rows', rows: chunk };
  chunk = [];
  if (!counter || !mapping) return;
  const prefer = counter.result();
  yield { kind: 'vote', prefer };
  if (waitFrom === null) return;
  // Again from the first row that waited for the vote, with the vote (the rows before it do not depend on it).
  rctx = contextFor(prefer);
  for await (const fr of readImportRows(input.file, input.format)) {
    if (fr.rowNumber < waitFrom) continue;
    chunk.push(walked(fr, validateRegistryRow(cellsOf(fr.values), rctx)));
    if (chunk.length >= CHUNK) {
      yield { kind: 'rows', rows: chunk };
      chunk = [];
    }
  }
  if (chunk.length) yield { kind: 'rows', rows: chunk };
}

/** The file's legacy encoding by majority of its cells (`LegacyVoteCounter`). */
export async function legacyVoteOf(file: string, format: ImportFormat): Promise<LegacyEncoding | null> {
  const counter = new LegacyVoteCounter();
  for await (const fr of readImportRows(file, format)) counter.add(fr.values);
  return counter.result();
}

// ---------------------------------------------------------------------------------------------
// The worker transport. Messages: worker → main {t:'ev', ev} | {t:'end'} | {t:'error', decode, message};
// main → worker {t:'ack'} after each event it has taken.

export type WorkerJob = { mode: 'walk'; input: WalkInput };
type FromWorker = { t: 'ev'; ev: WalkEvent } | { t: 'end' } | { t: 'error'; decode: boolean; message: string };

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

/** The worker's side: runs the job, sending at most WINDOW events ahead of the acknowledgements. */
export async function runWorkerJob(job: WorkerJob, send: (m: FromWorker) => void, onAck: (f: () => void) => void): Promise<void> {
  try {
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
