/**
 * Rates from a large stage history (docs/models.md §3c) off the main thread:
 * in the rates worker (src/worker/rates-worker.ts, a same-origin module
 * file) with progress, and in main-thread slices when no worker can be
 * started (a runtime without Worker, a page whose policy blocks it). Loaded
 * on first use by funnel-forecast's history view, only for a history too
 * large to learn in one task.
 */
import { historyEncoder, rateLearner, type FunnelHistoryResult } from '../../src/models/funnel-history.js';
import { ModelInputError, rowsFromWire } from '../../src/schemas/issues.js';
import type { FromRatesWorker, ToRatesWorker } from '../../src/worker/rates-worker.js';
import { trustedWorker } from './trusted-worker.js';
import { Cancelled, runWorkerJob, WorkerUnavailable } from './worker-job.js';

export { Cancelled };

export interface RatesInput {
  stages: string[];
  asOf: string;
  windowMonths?: number;
  minRecords?: number;
}

export interface LearnedInBackground {
  result: FunnelHistoryResult;
  where: 'worker' | 'main';
  /** Why the page learned the rates itself. */
  fallback?: string;
}

/** Rows encoded per message to the worker (a few milliseconds of the page's time; the buffers are transferred). */
const SEND = 10_000;
/** Rows per slice on the main thread (about 20 ms of work). */
const MAIN_SLICE = 20_000;

type Factory = (() => Worker) | null;
let factory: Factory | undefined;

/** Replace how the rates worker starts: a factory, `null` for none (main-thread slices), `undefined` for the bundled one. */
export function setRatesWorkerFactory(f: Factory | undefined): void {
  factory = f;
}

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (fn: () => void) => Promise<void>;
}
const scheduler = (): Scheduler | undefined => (globalThis as { scheduler?: Scheduler }).scheduler;

/** Yield to the page between slices: `scheduler.yield()` where there is one (setTimeout's nested 4 ms clamp is not). */
const pause = (): Promise<void> => {
  const s = scheduler();
  return s?.yield ? s.yield() : new Promise<void>((r) => setTimeout(r, 0));
};

/**
 * Between slices sent to the worker, let the page's other tasks run first: a
 * task of normal priority (`scheduler.postTask`), not `scheduler.yield()`,
 * whose continuation goes before them — it kept the worker from starting
 * (and its progress from arriving) until the last slice was sent.
 */
const nextTask = (): Promise<void> => {
  const s = scheduler();
  return s?.postTask ? s.postTask(() => undefined) : new Promise<void>((r) => setTimeout(r, 0));
};

function make(): Worker {
  if (factory) return factory();
  // The exact `new Worker(new URL(…, import.meta.url))` pattern bundlers emit as a file of its own.
  const Worker = trustedWorker();
  return new Worker(new URL('../../src/worker/rates-worker.ts', import.meta.url), { type: 'module' });
}

function viaWorker(
  input: RatesInput,
  rows: readonly unknown[],
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<FunnelHistoryResult> {
  const total = rows.length;
  return runWorkerJob<FromRatesWorker, FunnelHistoryResult>(
    make,
    {
      name: 'the rates worker',
      async send(post: (m: ToRatesWorker, transfer?: Transferable[]) => void, id) {
        post({ type: 'start', job: id, input, total });
        const encode = historyEncoder(input.stages);
        for (let s = 0; s < total; s += SEND) {
          if (signal.aborted) return;
          const e = encode(rows.slice(s, s + SEND), s);
          post({ type: 'rows', job: id, rows: e, count: Math.min(SEND, total - s) }, [
            e.starts.buffer,
            e.stages.buffer,
            e.days.buffer,
          ]);
          await nextTask();
        }
        if (!signal.aborted) post({ type: 'run', job: id });
      },
      message(m, done, fail) {
        if (m.type === 'progress') onProgress(m.done / total);
        else if (m.type === 'done') done({ ...m.result, invalid: rowsFromWire(m.result.invalid) });
        else fail(m.issues ? new ModelInputError(m.issues) : new Error(m.message));
      },
    },
    signal,
  );
}

async function onMainThread(
  input: RatesInput,
  rows: readonly unknown[],
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<FunnelHistoryResult> {
  const learner = rateLearner(input);
  for (let i = 0; i < rows.length; i += MAIN_SLICE) {
    onProgress(i / rows.length);
    await pause();
    if (signal.aborted) throw new Cancelled();
    learner.add(rows.slice(i, i + MAIN_SLICE), i);
  }
  return learner.result();
}

/**
 * Learn §3c's rates from `rows` in the background. Rejects with
 * ModelInputError for a bad input and with Cancelled when `signal` aborts.
 */
export async function learnRatesInBackground(
  input: RatesInput,
  rows: readonly unknown[],
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<LearnedInBackground> {
  let fallback = 'this runtime has no Worker';
  if (factory !== null && (factory || typeof Worker !== 'undefined')) {
    try {
      return { result: await viaWorker(input, rows, onProgress, signal), where: 'worker' };
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      fallback = e.message;
    }
  } else if (factory === null) fallback = 'no worker (setRatesWorkerFactory(null))';
  return { result: await onMainThread(input, rows, onProgress, signal), where: 'main', fallback };
}
