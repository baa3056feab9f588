/**
 * How a risk panel gets its assessment: at once on the main thread for
 * ordinary lists, in a worker for very large ones (with progress), and in
 * slices on the main thread when no worker can be started (a page whose CSP
 * forbids blob workers, or a runtime without Worker). Every path returns the
 * model's own output plus the input index of each row (src/worker/risk-engine.ts).
 */
import { assessInSlices, type IndexedAssessment, type RiskAssessment, type RiskJob } from '../../src/worker/risk-engine.js';
import { ModelInputError } from '../../src/schemas/issues.js';
import type { FromWorker, ToWorker } from '../../src/worker/risk-worker.js';

export type Phase = 'send' | 'assess' | 'receive';
export type OnProgress = (phase: Phase, done: number, total: number) => void;

type WorkerFactory = () => Worker;
let injected: WorkerFactory | null | undefined;
let loaded: Promise<WorkerFactory | null> | null = null;

/**
 * Replace how the panels start their worker: a factory, `null` for no worker
 * (main-thread slices), `undefined` for the bundled one. For hosts with their
 * own worker URL and for tests.
 */
export function setRiskWorkerFactory(factory: WorkerFactory | null | undefined): void {
  injected = factory;
}

function workerFactory(): Promise<WorkerFactory | null> {
  if (injected !== undefined) return Promise.resolve(injected);
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  // Vite bundles the worker inline (`?worker&inline`): a lazily loaded chunk in
  // the ES build, part of the one file in the IIFE. Unbundled (dev server,
  // tests) the import is the plain module, with no constructor: no worker.
  loaded ??= import(
    // @ts-expect-error Vite's worker import query has no type declaration here.
    '../../src/worker/risk-worker.js?worker&inline'
  ).then(
    (m: { default?: unknown }) => (typeof m.default === 'function' ? () => new (m.default as new () => Worker)() : null),
    () => null,
  );
  return loaded;
}

/** Let the page paint and handle input between slices. */
export const yieldToMain = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Rows per message sent to the worker. */
const SEND = 5_000;
/** Rows per main-thread slice (a few milliseconds each). */
const MAIN_SLICE = 2_500;

class WorkerUnavailable extends Error {}

function viaWorker(make: WorkerFactory, job: RiskJob & { list: unknown[] }, onProgress: OnProgress, signal: AbortSignal): Promise<IndexedAssessment> {
  let worker: Worker;
  try {
    worker = make();
  } catch {
    return Promise.reject(new WorkerUnavailable());
  }
  const id = Math.floor(Math.random() * 2 ** 31);
  const total = job.list.length;
  return new Promise<IndexedAssessment>((resolve, reject) => {
    const rows: unknown[] = [];
    const parts: Int32Array[] = [];
    let answered = false;
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new Cancelled());
    };
    signal.addEventListener('abort', abort);
    worker.onerror = (e) => {
      e.preventDefault?.();
      finish();
      // Before any answer the worker could not start (blocked, failed to load): fall back.
      reject(answered ? new Error(e.message || 'the assessment worker failed') : new WorkerUnavailable());
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.job !== id) return;
      answered = true;
      if (m.type === 'progress') onProgress('assess', m.done, m.total);
      else if (m.type === 'rows') {
        for (let i = 0; i < m.rows.length; i++) rows.push(m.rows[i]);
        parts.push(m.index);
        onProgress('receive', rows.length, total);
      } else if (m.type === 'done') {
        finish();
        const index = new Int32Array(rows.length);
        let k = 0;
        for (const p of parts) {
          index.set(p, k);
          k += p.length;
        }
        resolve({ result: { rows, summary: m.summary, invalid: m.invalid } as RiskAssessment, index });
      } else if (m.type === 'error') {
        finish();
        reject(m.issues ? new ModelInputError(m.issues) : new Error(m.message));
      }
    };
    const post = (m: ToWorker) => worker.postMessage(m);
    void (async () => {
      post({ type: 'start', job: id, kind: job.kind, asOf: job.asOf, rules: job.rules, total });
      for (let s = 0; s < total; s += SEND) {
        if (signal.aborted) return;
        post({ type: 'rows', job: id, rows: job.list.slice(s, s + SEND) });
        onProgress('send', Math.min(total, s + SEND), total);
        await yieldToMain();
      }
      if (!signal.aborted) post({ type: 'run', job: id });
    })().catch((e: unknown) => {
      // Rows that cannot be cloned (functions, DOM nodes): assess on the main thread instead.
      finish();
      reject(e instanceof DOMException && e.name === 'DataCloneError' ? new WorkerUnavailable() : e);
    });
  });
}

async function onMainThread(job: RiskJob, onProgress: OnProgress, signal: AbortSignal): Promise<IndexedAssessment> {
  const it = assessInSlices(job, MAIN_SLICE);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
    onProgress('assess', step.value.done, step.value.total);
    await yieldToMain();
    if (signal.aborted) throw new Cancelled();
  }
}

/**
 * Assess a large list in the background: in a worker when one starts, else
 * in main-thread slices. Rejects with ModelInputError for bad input and with
 * Cancelled when `signal` aborts.
 */
export async function assessInBackground(job: RiskJob, onProgress: OnProgress, signal: AbortSignal): Promise<IndexedAssessment & { where: 'worker' | 'main' }> {
  if (Array.isArray(job.list)) {
    const make = await workerFactory();
    if (signal.aborted) throw new Cancelled();
    if (make) {
      try {
        return { ...(await viaWorker(make, job as RiskJob & { list: unknown[] }, onProgress, signal)), where: 'worker' };
      } catch (e) {
        if (!(e instanceof WorkerUnavailable)) throw e;
      }
    }
  }
  return { ...(await onMainThread(job, onProgress, signal)), where: 'main' };
}
