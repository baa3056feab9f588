/**
 * One job in a fresh worker, as the risk panels' assessment and the import
 * view's reading run them: the job is sent (in slices if it likes), the
 * worker's messages for it handled until it settles, the worker terminated
 * then or when the signal aborts (`Cancelled`). A worker that cannot be used
 * — it does not start, fails before its first answer (blocked by a policy,
 * not found), or the input cannot be cloned — rejects with
 * `WorkerUnavailable`, so the caller works on the page instead.
 */

import { Cancelled } from './cancelled.js';

// In a file of its own: the risk panels' slices on the page throw it without loading the worker code.
export { Cancelled };

export class WorkerUnavailable extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'WorkerUnavailable';
  }
}

export interface WorkerJob<M, T> {
  /** Send the job with this id (may send it in slices, awaiting between them; buffers in `transfer` are moved, not copied). */
  send(post: (message: unknown, transfer?: Transferable[]) => void, id: number): void | Promise<void>;
  /** A message of this job: settle with `done` or `fail`, or let it go on. */
  message(m: M, done: (value: T) => void, fail: (error: Error) => void): void;
  /** What a worker that fails after answering is called in the error (“the import worker”). */
  name: string;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function runWorkerJob<M extends { job: number }, T>(
  make: () => Worker,
  job: WorkerJob<M, T>,
  signal: AbortSignal,
): Promise<T> {
  let worker: Worker;
  try {
    worker = make();
  } catch (e) {
    return Promise.reject(new WorkerUnavailable(`the worker did not start: ${reason(e)}`));
  }
  const id = Math.floor(Math.random() * 2 ** 31);
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    let settled = false;
    const finish = () => {
      settled = true;
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
          ? new Error(e.message || `${job.name} failed`)
          : new WorkerUnavailable(`the worker failed to load: ${e.message || 'no message'}`),
      );
    };
    worker.onmessage = (e: MessageEvent<M>) => {
      const m = e.data;
      if (settled || m.job !== id) return;
      answered = true;
      job.message(
        m,
        (v) => {
          finish();
          resolve(v);
        },
        (err) => {
          finish();
          reject(err);
        },
      );
    };
    Promise.resolve()
      .then(() => job.send((m, transfer) => worker.postMessage(m, transfer ?? []), id))
      .catch((e: unknown) => {
        if (settled) return;
        // Input that cannot be cloned (functions, DOM nodes): work on the page instead.
        finish();
        // Anything else send threw passes on as it is, for the caller to tell apart.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
        reject(
          e instanceof DOMException && e.name === 'DataCloneError'
            ? new WorkerUnavailable(`the input cannot be sent to a worker: ${e.message}`)
            : e,
        );
      });
  });
}
