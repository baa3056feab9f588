/**
 * How a risk panel assesses a very large list, loaded the first time one
 * comes (background.ts): in a worker (with progress), and in
 * slices on the main thread when no worker can be started (a page whose CSP
 * forbids blob workers, or a runtime without Worker). Every path returns the
 * model's summary and invalid rows and the facets of the output rows (their
 * order, levels, signal bits and numbers as typed columns,
 * src/risk/engine.ts); no path keeps the row objects (rebuilt when read).
 * A worker that cannot be used is no error the user sees, but its reason is
 * kept: `fallback` on the result says why the page assessed the list.
 */
import { assessFacetsInSlices } from '../../../src/risk/slices.js';
import type { RiskAssessment, RiskJob } from '../../../src/risk/engine.js';
import { ModelInputError, rowsFromWire } from '../../../src/schemas/issues.js';
import type { FromWorker, ToWorker } from '../../../src/worker/risk-worker.js';
import { trustedWorker } from '../trusted-worker.js';
import { runWorkerJob, WorkerUnavailable } from '../worker-job.js';
import {
  Cancelled,
  injectedWorkerFactory,
  runInTasks,
  type BackgroundAssessment,
  type OnProgress,
  type WorkerFactory,
} from './background.js';

/** A worker to start, or why there is none. */
type WorkerChoice = { make: WorkerFactory } | { make: null; why: string };
let loaded: Promise<WorkerChoice> | null = null;

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

/**
 * Rows per message sent to the worker; as many messages go in one task as fit its time (runInTasks). Cloning
 * 2,500 churn accounts (each with its usage months) per message, one message a task, took 21–32 ms of CPU a task.
 */
export const SEND = 500;
/** Rows per model call on the main thread (about a millisecond each); as many run per task as fit its time. */
const MAIN_SLICE = 500;

function viaWorker(
  make: WorkerFactory,
  job: RiskJob & { list: unknown[] },
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  const total = job.list.length;
  return runWorkerJob<FromWorker, BackgroundAssessment>(
    make,
    {
      name: 'the assessment worker',
      async send(post: (m: ToWorker) => void, id) {
        post({ type: 'start', job: id, kind: job.kind, asOf: job.asOf, rules: job.rules, total, codes: [...codes] });
        function* rows(): Generator<void, void, void> {
          for (let s = 0; s < total; s += SEND) {
            post({ type: 'rows', job: id, rows: job.list.slice(s, s + SEND) });
            onProgress('send', Math.min(total, s + SEND), total);
            yield;
          }
        }
        if ((await runInTasks(rows(), () => signal.aborted)) && !signal.aborted) post({ type: 'run', job: id });
      },
      message(m, done, fail) {
        if (m.type === 'progress') onProgress('assess', m.done, m.total);
        else if (m.type === 'done') {
          onProgress('receive', total, total);
          done({
            summary: m.summary as RiskAssessment['summary'],
            invalid: rowsFromWire(m.invalid),
            facets: m.facets,
            where: 'worker',
          });
        } else if (m.type === 'error') fail(m.issues ? new ModelInputError(m.issues) : new Error(m.message));
      },
    },
    signal,
  );
}

async function onMainThread(
  job: RiskJob,
  codes: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<BackgroundAssessment> {
  // The rows become facets slice by slice: none is kept on the page (rebuilt when read, as with the worker).
  const slices = assessFacetsInSlices(job, codes, MAIN_SLICE);
  const assessed = await runInTasks(
    {
      next: () => {
        const step = slices.next();
        if (!step.done) onProgress('assess', step.value.done, step.value.total);
        return step;
      },
    },
    () => signal.aborted,
  );
  if (!assessed) throw new Cancelled();
  return { ...assessed.value, where: 'main' };
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
