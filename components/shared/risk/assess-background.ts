/**
 * How a risk panel assesses a very large list, loaded the first time one
 * comes (background.ts): in a worker (with progress), and in
 * slices on the main thread when no worker can be started (a page whose CSP
 * forbids blob workers, or a runtime without Worker). Every path returns the
 * model's summary and invalid rows and the facets of the output rows (their
 * order, levels, signal bits and numbers as typed columns,
 * src/risk/engine.ts); the main-thread path also the rows themselves.
 * A worker that cannot be used is no error the user sees, but its reason is
 * kept: `fallback` on the result says why the page assessed the list.
 */
import { assessInSlices } from '../../../src/risk/slices.js';
import {
  emptyFacets,
  fillFacets,
  signalShifts,
  type IndexedAssessment,
  type RiskAssessment,
  type RiskJob,
  type RiskRow,
} from '../../../src/risk/engine.js';
import { ModelInputError } from '../../../src/schemas/issues.js';
import type { FromWorker, ToWorker } from '../../../src/worker/risk-worker.js';
import {
  Cancelled,
  injectedWorkerFactory,
  runInTasks,
  yieldToMain,
  type BackgroundAssessment,
  type OnProgress,
  type WorkerFactory,
} from './background.js';

/** A worker to start, or why there is none. */
type WorkerChoice = { make: WorkerFactory } | { make: null; why: string };
let loaded: Promise<WorkerChoice> | null = null;

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function workerFactory(): Promise<WorkerChoice> {
  const injected = injectedWorkerFactory();
  if (injected !== undefined)
    return Promise.resolve(
      injected ? { make: injected } : { make: null, why: 'no worker (setRiskWorkerFactory(null))' },
    );
  if (typeof Worker === 'undefined') return Promise.resolve({ make: null, why: 'this runtime has no Worker' });
  // A same-origin module file, never a blob: or data: URL (a strict CSP's worker-src 'self' blocks
  // those). Bundlers (Vite, webpack 5, Parcel) recognise this exact `new Worker(new URL(…))` pattern
  // and emit the worker as a file of its own; the IIFE build emits it beside the script. `Worker`
  // here is the Trusted-Types-aware constructor below.
  loaded ??= Promise.resolve({
    make: () => {
      const Worker = trustedWorker();
      return new Worker(new URL('../../../src/worker/risk-worker.ts', import.meta.url), { type: 'module' });
    },
  });
  return loaded;
}

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | null | undefined;

/**
 * `Worker`, taking its URL through a Trusted Types policy named `revops-elements` where the page
 * requires Trusted Types (`require-trusted-types-for 'script'`), so the worker starts there too.
 * The policy passes only same-origin URLs: the one URL it is given is our own worker file.
 */
function trustedWorker(): new (url: URL, options: WorkerOptions) => Worker {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } })
    .trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt
        ? tt.createPolicy('revops-elements', {
            createScriptURL: (url: string) => {
              if (new URL(url, location.href).origin !== location.origin)
                throw new TypeError(`revops-elements: not a same-origin worker URL: ${url}`);
              return url;
            },
          })
        : null;
    } catch {
      policy = null; // the page's `trusted-types` directive does not allow the name: plain URLs
    }
  }
  const p = policy;
  return class extends globalThis.Worker {
    constructor(url: URL, options: WorkerOptions) {
      super((p ? p.createScriptURL(url.href) : url) as string | URL, options);
    }
  };
}

/** Rows per message sent to the worker (cloning them is a few milliseconds of the page's time). */
const SEND = 2_500;
/** Rows per model call on the main thread (about a millisecond each); as many run per task as fit its time. */
const MAIN_SLICE = 500;
/** Rows whose facets are filled per step on the main thread. */
const FACET_STEP = 2_000;

/** The worker could not be used (not started, blocked, rows not cloneable): the page assesses instead. */
class WorkerUnavailable extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'WorkerUnavailable';
  }
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
  } catch (e) {
    return Promise.reject(new WorkerUnavailable(`the worker did not start: ${reason(e)}`));
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
      reject(
        answered
          ? new Error(e.message || 'the assessment worker failed')
          : new WorkerUnavailable(`the worker failed to load: ${e.message || 'no message'}`),
      );
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
      reject(
        e instanceof DOMException && e.name === 'DataCloneError'
          ? new WorkerUnavailable(`the rows cannot be sent to a worker: ${e.message}`)
          : e,
      );
    });
  });
}

async function onMainThread(
  job: RiskJob,
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  const stopped = () => signal.aborted;
  const slices = assessInSlices(job, MAIN_SLICE);
  const assessed = await runInTasks(
    {
      next: () => {
        const step = slices.next();
        if (!step.done) onProgress('assess', step.value.done, step.value.total);
        return step;
      },
    },
    stopped,
  );
  if (!assessed) throw new Cancelled();
  const a: IndexedAssessment = assessed.value;
  const rows = a.result.rows as RiskRow[];
  const list = Array.isArray(job.list) ? (job.list as unknown[]) : [];
  const facets = emptyFacets(job.kind, rows.length);
  const shifts = signalShifts(codes);
  function* fill(): Generator<void, void, void> {
    for (let s = 0; s < rows.length; s += FACET_STEP) {
      const e = Math.min(rows.length, s + FACET_STEP);
      fillFacets(facets, job.kind, rows, a.index, list, shifts, s, e);
      onProgress('receive', e, rows.length);
      yield;
    }
  }
  if (!(await runInTasks(fill(), stopped))) throw new Cancelled();
  return { summary: a.result.summary, invalid: a.result.invalid, facets, rows, where: 'main' };
}

/**
 * Assess a large list in the background: in a worker when one starts (and
 * `worker` is true), else in main-thread slices. Rejects with
 * ModelInputError for bad input and with Cancelled when `signal` aborts.
 */
export async function assessInBackground(
  job: RiskJob,
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
  worker = true,
): Promise<BackgroundAssessment> {
  // A list short enough for the page, assessed in slices so its first screenful paints first: no worker meant.
  if (!worker) return onMainThread(job, codes, onProgress, signal);
  let fallback = 'the data is not a list';
  if (Array.isArray(job.list)) {
    const choice = await workerFactory();
    if (signal.aborted) throw new Cancelled();
    if (choice.make) {
      try {
        return await viaWorker(choice.make, job as RiskJob & { list: unknown[] }, codes, onProgress, signal);
      } catch (e) {
        if (!(e instanceof WorkerUnavailable)) throw e;
        fallback = e.message;
      }
    } else fallback = choice.why;
  }
  return { ...(await onMainThread(job, codes, onProgress, signal)), fallback };
}
