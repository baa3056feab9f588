/**
 * Worker entry for the risk panels: assesses a large list off the main
 * thread. The page sends the rows in slices (so no single postMessage clones
 * 100,000 rows at once), the worker assesses them in slices reporting
 * progress (each slice's rows reduced to facets as they are made), and sends back the order and the facets (typed columns: level,
 * risk score, money, signal bits, flags, numbers; src/risk/engine.ts) as
 * transferred buffers, with the summary and the invalid rows. No row object
 * crosses back: the page rebuilds the rows it shows (src/risk/rows.ts), so
 * receiving 100,000 results costs it neither a clone nor a garbage
 * collection. The panels start it from a same-origin module file (never a
 * blob: URL, which a strict CSP blocks): a chunk of its own in the ES build,
 * a file beside the IIFE. Loaded as a plain module on the page, it does nothing.
 */
import { assessFacetsInSlices } from '../risk/slices.js';
import { facetBuffers, type RiskFacets, type RiskKind, type RiskModel } from '../risk/engine.js';
import { assessOpportunities } from '../models/opportunities.js';
import { assessChurn } from '../models/churn.js';
import { isModelInputError, issuesToWire, rowsToWire, type InvalidRow, type Issue } from '../schemas/issues.js';

/** Page → worker. */
export type ToWorker =
  | { type: 'start'; job: number; kind: RiskKind; asOf: unknown; rules: unknown; total: number; codes: string[] }
  | { type: 'rows'; job: number; rows: unknown[] }
  | { type: 'run'; job: number };

/** Worker → page. */
export type FromWorker =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'done'; job: number; facets: RiskFacets; summary: unknown; invalid: InvalidRow[] }
  | { type: 'error'; job: number; issues?: Issue[]; message: string };

/** Rows per assessment slice (one progress step). */
export const WORKER_SLICE = 10_000;

interface Scope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<ToWorker>) => void): void;
}

const g = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
const inWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;

if (inWorker) {
  const scope = globalThis as unknown as Scope;
  let current: { job: number; kind: RiskKind; asOf: unknown; rules: unknown; codes: string[]; list: unknown[] } | null =
    null;

  const run = (c: NonNullable<typeof current>): void => {
    const { job } = c;
    try {
      const model: RiskModel = c.kind === 'opportunities' ? assessOpportunities : assessChurn;
      const it = assessFacetsInSlices(
        { kind: c.kind, model, asOf: c.asOf, rules: c.rules, list: c.list },
        c.codes,
        WORKER_SLICE,
      );
      let step = it.next();
      let told = -1;
      while (!step.done) {
        // The merge's steps repeat the last figure: one message per figure.
        if (step.value.done !== told) {
          told = step.value.done;
          scope.postMessage({ type: 'progress', job, done: step.value.done, total: step.value.total });
        }
        step = it.next();
      }
      const { facets, summary, invalid } = step.value;
      // Issue codes are not enumerable (off the issues' JSON): send them as data.
      scope.postMessage({ type: 'done', job, facets, summary, invalid: rowsToWire(invalid) }, facetBuffers(facets));
    } catch (e) {
      if (isModelInputError(e))
        scope.postMessage({ type: 'error', job, issues: issuesToWire(e.issues), message: e.message });
      else scope.postMessage({ type: 'error', job, message: e instanceof Error ? e.message : String(e) });
    }
  };

  scope.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'start')
      current = { job: m.job, kind: m.kind, asOf: m.asOf, rules: m.rules, codes: m.codes, list: [] };
    else if (current?.job === m.job) {
      if (m.type === 'rows') for (const row of m.rows) current.list.push(row);
      else if (m.type === 'run') {
        const c = current;
        current = null;
        run(c);
      }
    }
  });
}
