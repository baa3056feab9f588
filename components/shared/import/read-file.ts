/**
 * Reading an export for the import view: large ones (any .xlsx, CSV above
 * about 2 MB) in the import worker with progress and its rows received in
 * slices; small ones, and every one when no worker can start, on the page in
 * slices that yield between steps. Cancelled through an AbortSignal. A
 * worker that cannot be used is no error the user sees; `fallback` says why.
 */
import type { ImportTable, ReadStep, TableKind } from '../../../src/views/import-core.js';
import type { ColumnEvidence } from '../../../src/import/run.js';
import type { FromImportWorker, ToImportWorker } from '../../../src/worker/import-worker.js';
import { Cancelled, runWorkerJob, WorkerUnavailable } from '../worker-job.js';
import { loadImportCore, startImportWorker } from './load-core.js';

export { Cancelled };

/** Where reading is (the worker's steps, then receiving the rows). */
export interface ReadProgress {
  phase: ReadStep['phase'] | 'receive';
  /** Share done (0–1), null while unknown (a workbook's sheet being parsed). */
  done: number | null;
}

/** A table read, and (read in the worker) the evidence of its columns over every row. */
interface Read {
  table: ImportTable;
  evidence?: ColumnEvidence[];
}

export interface ReadOutcome extends Read {
  where: 'worker' | 'page';
  /** Why a file meant for the worker was read on the page. */
  fallback?: string;
}

/**
 * Told of each slice of rows the worker sends: the table being read (header known, rows appended, its end not yet
 * known) and the evidence of its columns over every row received so far (the mapping's prepare pass counts).
 */
export type RowsWatcher = (table: ImportTable, evidence: readonly ColumnEvidence[]) => void;

/** What is read: bytes, text, or a file (a large one is read by the worker itself: the page never holds its bytes). */
export type ReadInput = { bytes: ArrayBuffer } | { text: string } | { file: Blob; name: string };

/** Text or bytes above this size go to the worker (smaller ones read faster than a worker starts). */
export const WORKER_BYTES = 2_000_000;

let injected: (() => Worker) | null | undefined;

/**
 * Replace how the import view starts its worker: a factory, `null` for none
 * (read on the page), `undefined` for the bundled one. For hosts with their
 * own worker URL, and for tests.
 */
export function setImportWorkerFactory(factory: (() => Worker) | null | undefined): void {
  injected = factory;
}

/** How a worker is started now (null: none can be). */
const workerFactory = (): (() => Worker) | null =>
  injected === undefined ? (typeof Worker === 'undefined' ? null : startImportWorker) : injected;

/** A worker started before it was needed, by the factory it came from; `failed` once it could not load. */
interface Spare {
  worker: Worker;
  make: () => Worker;
  failed: boolean;
}

let spare: Spare | undefined;
const warmers = new Set<object>();

/**
 * Start the import worker before a file is chosen (an import view is open and its picker could be used next), so
 * the worker's script is loaded and compiled by the time the user picks a file: the read then starts at once. One
 * worker for the page, kept while any `holder` wants it (see `releaseImportWorker`). A worker that cannot start
 * (a policy, no Worker) is no error here: the read finds out and reads on the page.
 */
export function warmImportWorker(holder: object): void {
  warmers.add(holder);
  if (spare) return;
  const make = workerFactory();
  if (!make) return;
  try {
    const s: Spare = { worker: make(), make, failed: false };
    s.worker.onerror = (e) => {
      e.preventDefault?.();
      s.failed = true;
    };
    spare = s;
  } catch {
    // It is started again with the read, which falls back to the page.
  }
}

/** `holder` no longer wants a worker ready (its view closed); the last one out stops it. */
export function releaseImportWorker(holder: object): void {
  warmers.delete(holder);
  if (warmers.size || !spare) return;
  spare.worker.terminate();
  spare = undefined;
}

/** The started worker for a read with `make` (once), or undefined: none, another factory's, or it failed to load. */
function takeSpare(make: () => Worker): Worker | undefined {
  const s = spare;
  spare = undefined;
  if (!s) return undefined;
  if (s.make === make && !s.failed) {
    s.worker.onerror = null;
    return s.worker;
  }
  s.worker.terminate();
  return undefined;
}

const isZip = (b: ArrayBuffer): boolean => {
  const u = new Uint8Array(b, 0, Math.min(4, b.byteLength));
  return u.length === 4 && u[0] === 0x50 && u[1] === 0x4b && u[2] === 0x03 && u[3] === 0x04;
};

/** Whether bytes or text are read in the worker (when one starts). */
export const wantsWorker = (input: { bytes: ArrayBuffer } | { text: string }): boolean =>
  'bytes' in input ? isZip(input.bytes) || input.bytes.byteLength > WORKER_BYTES : input.text.length > WORKER_BYTES;

/** A file the worker reads itself: a large one, or a workbook by its name (small ones read faster on the page). */
const workerFile = (input: { file: Blob; name: string }): boolean =>
  input.file.size > WORKER_BYTES || /\.xlsx$/i.test(input.name);

/** CSV records read between two yields on the page (a few milliseconds of work). */
const PAGE_ROWS_PER_STEP = 5_000;

function viaWorker(
  make: () => Worker,
  input: ReadInput,
  opts: { kind?: TableKind; sheet?: string | number },
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
  onRows?: RowsWatcher,
): Promise<Read> {
  let table: ImportTable | null = null;
  let total: number | undefined;
  let evidence: ColumnEvidence[] = [];
  return runWorkerJob<FromImportWorker, Read>(
    make,
    {
      name: 'the import worker',
      send(post: (m: ToImportWorker) => void, job) {
        const kind = opts.kind ? { kind: opts.kind } : {};
        const sheet = opts.sheet !== undefined ? { sheet: opts.sheet } : {};
        post(
          'bytes' in input
            ? { type: 'read', job, bytes: input.bytes, ...kind, ...sheet }
            : 'file' in input
              ? { type: 'file', job, file: input.file, ...kind, ...sheet }
              : { type: 'text', job, text: input.text, ...kind },
        );
      },
      message(m, done, fail) {
        if (m.type === 'progress') onProgress(m.step);
        else if (m.type === 'head') {
          table = m.table;
          total = m.total;
          // A workbook's rows come once it is read: receiving them is a phase of its own.
          if (total !== undefined) onProgress({ phase: 'receive', done: total ? 0 : 1 });
        } else if (m.type === 'rows' && table) {
          for (let i = 0; i < m.rows.length; i++) {
            table.rows.push(m.rows[i]!);
            table.lines.push(m.lines[i]!);
          }
          evidence = m.evidence;
          if (total) onProgress({ phase: 'receive', done: table.rows.length / total });
          onRows?.(table, evidence);
        } else if (m.type === 'done' && table) {
          Object.assign(table, m.end);
          done({ table, evidence });
        } else if (m.type === 'error') fail(new Error(m.message));
      },
    },
    signal,
  );
}

async function onPage(
  input: { bytes: ArrayBuffer } | { text: string },
  opts: { kind?: TableKind; sheet?: string | number },
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
): Promise<ImportTable> {
  const core = await loadImportCore();
  if (signal.aborted) throw new Cancelled();
  return core.readTableInSteps('bytes' in input ? input.bytes : input.text, {
    ...opts,
    rowsPerStep: PAGE_ROWS_PER_STEP,
    decodeChunk: core.BROWSER_DECODE_CHUNK,
    step: async (s) => {
      onProgress(s);
      // A timer, not scheduler.yield(): timers, input and painting all get their turn between slices.
      await new Promise((r) => setTimeout(r, 0));
      if (signal.aborted) throw new Cancelled();
    },
  });
}

/**
 * Read an export: in the worker when it is large and one starts (`onRows` told of each slice of rows as it comes),
 * else on the page in slices.
 */
export async function readImport(
  input: ReadInput,
  opts: { kind?: TableKind; sheet?: string | number },
  onProgress: (p: ReadProgress) => void,
  signal: AbortSignal,
  onRows?: RowsWatcher,
): Promise<ReadOutcome> {
  if ('file' in input && !workerFile(input)) input = { bytes: await bytesOf(input.file, signal) };
  if (!('file' in input) && !wantsWorker(input))
    return { table: await onPage(input, opts, onProgress, signal), where: 'page' };
  let fallback: string;
  const make = workerFactory();
  if (make) {
    const started = takeSpare(make);
    try {
      return {
        ...(await viaWorker(started ? () => started : make, input, opts, onProgress, signal, onRows)),
        where: 'worker',
      };
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      fallback = e.message;
    }
  } else fallback = injected === null ? 'no worker (setImportWorkerFactory(null))' : 'this runtime has no Worker';
  const onThePage = 'file' in input ? { bytes: await bytesOf(input.file, signal) } : input;
  return { table: await onPage(onThePage, opts, onProgress, signal), where: 'page', fallback };
}

async function bytesOf(file: Blob, signal: AbortSignal): Promise<ArrayBuffer> {
  const bytes = await file.arrayBuffer();
  if (signal.aborted) throw new Cancelled();
  return bytes;
}
