/**
 * Worker entry for funnel-forecast's rates from history (docs/models.md §3c):
 * the page sends the stage histories in slices, encoded as typed columns
 * whose buffers are transferred (src/models/funnel-history.ts
 * `historyEncoder`: no structured clone of 200,000 objects), and the worker
 * learns each slice as it comes (so sending and learning overlap), reporting progress,
 * then sends back the result — the rates, a few hundred numbers, never the
 * rows. Started from a same-origin module file (never a blob: or data: URL,
 * which a strict CSP blocks): a chunk of its own in the ES build, a file
 * beside the IIFE. Loaded as a plain module on the page, it does nothing.
 */
import {
  rateLearner,
  type EncodedHistories,
  type FunnelHistoryResult,
  type RateLearner,
} from '../models/funnel-history.js';
import { isModelInputError, issuesToWire, rowsToWire, type Issue } from '../schemas/issues.js';

/** Page → worker: the input without its rows, the rows in encoded slices (transferred buffers), then run. */
export type ToRatesWorker =
  | {
      type: 'start';
      job: number;
      input: { stages: unknown; asOf: unknown; windowMonths?: unknown; minRecords?: unknown };
      total: number;
    }
  | { type: 'rows'; job: number; rows: EncodedHistories; count: number }
  | { type: 'run'; job: number };

/** Worker → page. */
export type FromRatesWorker =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'done'; job: number; result: FunnelHistoryResult }
  | { type: 'error'; job: number; issues?: Issue[]; message: string };

interface Scope {
  postMessage(message: FromRatesWorker): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<ToRatesWorker>) => void): void;
}

const g = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
const inWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;

if (inWorker) {
  const scope = globalThis as unknown as Scope;
  let current: { job: number; learner: RateLearner; done: number; total: number } | null = null;
  const fail = (job: number, e: unknown) =>
    scope.postMessage(
      isModelInputError(e)
        ? { type: 'error', job, issues: issuesToWire(e.issues), message: e.message }
        : { type: 'error', job, message: e instanceof Error ? e.message : String(e) },
    );

  scope.addEventListener('message', (e) => {
    const m = e.data;
    try {
      if (m.type === 'start') {
        current = null;
        current = { job: m.job, learner: rateLearner(m.input), done: 0, total: m.total };
      } else if (current?.job === m.job) {
        const c = current;
        if (m.type === 'rows') {
          c.learner.addEncoded(m.rows);
          c.done += m.count;
          scope.postMessage({ type: 'progress', job: c.job, done: c.done, total: c.total });
        } else {
          current = null;
          const result = c.learner.result();
          // Issue codes are not enumerable (off the issues' JSON): send them as data.
          scope.postMessage({ type: 'done', job: c.job, result: { ...result, invalid: rowsToWire(result.invalid) } });
        }
      }
    } catch (err) {
      current = null;
      fail(m.job, err);
    }
  });
}
