/**
 * How a risk panel gets its assessment: at once on the main thread for
 * ordinary lists, in a worker for very large ones (with progress), and in
 * slices on the main thread when no worker can be started (a page whose CSP
 * forbids blob workers, or a runtime without Worker). Every path returns the
 * model's summary and invalid rows and the facets of the output rows (their
 * order, levels, signal bits and numbers as typed columns,
 * src/worker/risk-engine.ts); the main-thread path also the rows themselves.
 */
import {
  assessInSlices,
  emptyFacets,
  fillFacets,
  signalShifts,
  type IndexedAssessment,
  type RiskAssessment,
  type RiskFacets,
  type RiskJob,
  type RiskRow,
} from '../../src/worker/risk-engine.js';
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
    (m: { default?: unknown }) =>
      typeof m.default === 'function' ? () => new (m.default as new () => Worker)() : null,
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

/** Rows per message sent to the worker (cloning them is a few milliseconds of the page's time). */
const SEND = 2_500;
/** Rows per main-thread slice (a few milliseconds each). */
const MAIN_SLICE = 2_500;

class WorkerUnavailable extends Error {}

/** A background assessment: the summary and invalid rows, the facets of the output rows, and the rows when they were built on the page. */
export interface BackgroundAssessment {
  summary: RiskAssessment['summary'];
  invalid: RiskAssessment['invalid'];
  facets: RiskFacets;
  rows?: RiskRow[];
  where: 'worker' | 'main';
}

function viaWorker(
  make: WorkerFactory,
  job: RiskJob & { list: unknown[] },
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  let worker: Worker;
  try {
    worker = make();
  } catch {
    return Promise.reject(new WorkerUnavailable());
  }
  const id = Math.floor(Math.random() * 2 ** 31);
  const total = job.list.length;
  return new Promise<BackgroundAssessment>((resolve, reject) => {
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
      else if (m.type === 'done') {
        finish();
        onProgress('receive', total, total);
        resolve({
          summary: m.summary as RiskAssessment['summary'],
          invalid: m.invalid,
          facets: m.facets,
          where: 'worker',
        });
      } else if (m.type === 'error') {
        finish();
        reject(m.issues ? new ModelInputError(m.issues) : new Error(m.message));
      }
    };
    const post = (m: ToWorker) => worker.postMessage(m);
    void (async () => {
      post({ type: 'start', job: id, kind: job.kind, asOf: job.asOf, rules: job.rules, total, codes: [...codes] });
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

async function onMainThread(
  job: RiskJob,
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  const it = assessInSlices(job, MAIN_SLICE);
  let a: IndexedAssessment;
  for (;;) {
    const step = it.next();
    if (step.done) {
      a = step.value;
      break;
    }
    onProgress('assess', step.value.done, step.value.total);
    await yieldToMain();
    if (signal.aborted) throw new Cancelled();
  }
  const rows = a.result.rows as RiskRow[];
  const list = Array.isArray(job.list) ? (job.list as unknown[]) : [];
  const facets = emptyFacets(job.kind, rows.length);
  const shifts = signalShifts(codes);
  for (let s = 0; s < rows.length; s += MAIN_SLICE * 4) {
    fillFacets(facets, job.kind, rows, a.index, list, shifts, s, Math.min(rows.length, s + MAIN_SLICE * 4));
    onProgress('receive', Math.min(rows.length, s + MAIN_SLICE * 4), rows.length);
    await yieldToMain();
    if (signal.aborted) throw new Cancelled();
  }
  return { summary: a.result.summary, invalid: a.result.invalid, facets, rows, where: 'main' };
}

/**
 * Assess a large list in the background: in a worker when one starts, else
 * in main-thread slices. Rejects with ModelInputError for bad input and with
 * Cancelled when `signal` aborts.
 */
export async function assessInBackground(
  job: RiskJob,
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  if (Array.isArray(job.list)) {
    const make = await workerFactory();
    if (signal.aborted) throw new Cancelled();
    if (make) {
      try {
        return await viaWorker(make, job as RiskJob & { list: unknown[] }, codes, onProgress, signal);
      } catch (e) {
        if (!(e instanceof WorkerUnavailable)) throw e;
      }
    }
  }
  return onMainThread(job, codes, onProgress, signal);
}
