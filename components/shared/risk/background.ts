/**
 * The always-loaded side of a risk panel's background assessment: how the
 * panels start their worker (`setRiskWorkerFactory`), yielding to the page
 * between slices, cancellation, and `assessInBackground`, which loads the
 * rest (assess-background.ts: the worker protocol and the main-thread
 * slices) the first time a list is long enough to need it. A page that
 * only shows ordinary lists never loads it.
 */
import type { RiskAssessment, RiskFacets, RiskJob, RiskRow } from '../../../src/risk/engine.js';
import { Cancelled } from '../cancelled.js';

export type Phase = 'send' | 'assess' | 'receive';
export type OnProgress = (phase: Phase, done: number, total: number) => void;
export type WorkerFactory = () => Worker;

/** A background assessment: the summary and invalid rows, the facets of the output rows, and the rows when they were built on the page. */
export interface BackgroundAssessment {
  summary: RiskAssessment['summary'];
  invalid: RiskAssessment['invalid'];
  facets: RiskFacets;
  rows?: RiskRow[];
  where: 'worker' | 'main';
  /** Why a list meant for the worker was assessed on the page (no worker, or it failed before answering). */
  fallback?: string;
}

let injected: WorkerFactory | null | undefined;

/**
 * Replace how the panels start their worker: a factory, `null` for no worker
 * (main-thread slices), `undefined` for the bundled one. For hosts with their
 * own worker URL and for tests.
 */
export function setRiskWorkerFactory(factory: WorkerFactory | null | undefined): void {
  injected = factory;
}

/** The factory set with setRiskWorkerFactory (undefined: the bundled worker). */
export const injectedWorkerFactory = (): WorkerFactory | null | undefined => injected;

/** Let the page paint and handle input between slices. */
export const yieldToMain = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

/**
 * A cold page's first update after tasks of its own — the module's definition, then each of `warms` (the page's
 * first locale data, number and date formats: ICU data) — where they were one task of 50–60 ms. The first
 * `Intl` object of a page loads most of it: 25–39 ms of CPU for a currency format alone, 13–14 then 16–20 ms
 * with an `Intl.Locale` made (and maximized) in a task before it.
 */
export const afterColdStart = (
  warms: readonly (() => unknown)[],
  update: () => void | Promise<unknown>,
): Promise<unknown> =>
  warms
    .reduce<Promise<unknown>>((p, warm) => p.then(yieldToMain).then(warm), Promise.resolve())
    .then(yieldToMain)
    .then(update);

/** Main-thread work per task before yielding to the page: well under a long task's 50 ms, on a slow machine too. */
export const TASK_MS = 8;

/**
 * Run a step generator to its end on the main thread in tasks of about
 * TASK_MS (as many steps as fit, then a yield to the page for input and
 * paint), starting with a yield. Resolves with `{ value }`, or null when
 * `stop()` turns true between tasks (a newer job, the element left the page).
 * Steps are small (a few hundred to a few thousand rows) so that a slow or
 * busy machine still ends its task near the budget; a step is not started
 * when one as long as the last would end past the budget (a task that went on
 * while it had time left ran up to the budget plus a whole step: a step of
 * cold code, or one the collector paused, then made a long task).
 */
export async function runInTasks<T>(it: Iterator<unknown, T, void>, stop: () => boolean): Promise<{ value: T } | null> {
  for (;;) {
    await yieldToMain();
    if (stop()) return null;
    let now = performance.now();
    const end = now + TASK_MS;
    for (;;) {
      const s = it.next();
      if (s.done) return { value: s.value };
      const was = now;
      now = performance.now();
      if (now + (now - was) >= end) break;
    }
  }
}

export { Cancelled };

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
  const run = await import('./assess-background.js');
  if (signal.aborted) throw new Cancelled();
  return run.assessInBackground(job, codes, onProgress, signal, worker);
}
