/**
 * The import worker: reads an export (an .xlsx workbook, or CSV bytes or
 * text) off the main thread and sends the table back with its rows in
 * slices, so the page never clones 360,000 rows in one task. It runs as a
 * same-origin module worker (no blob: or data: URL): the ES build bundles it
 * as an asset next to the chunk that starts it; the IIFE starts
 * `dist/revops-import.js`, this module built on its own. read-excel-file's
 * `fflate` is resolved to its synchronous `unzip` in every build
 * (src/import/fflate-sync.ts), so nothing here starts a worker of its own.
 * Imported on a page (the IIFE's lazily loaded pipeline), it only exports.
 */
import { readTableInSteps, type ReadStep } from '../import/steps.js';
import type { TableKind } from '../import/fields.js';
import type { ImportTable } from '../import/table.js';

export * from '../views/import-core.js';

/** Page → worker: read these bytes (transferred) or this text. */
export type ToImportWorker =
  | { type: 'read'; job: number; bytes: ArrayBuffer; sheet?: string | number; kind?: TableKind }
  | { type: 'text'; job: number; text: string; kind?: TableKind };

/** Worker → page: progress, then the table without its rows, the rows in slices, done. */
export type FromImportWorker =
  | { type: 'progress'; job: number; step: ReadStep }
  | { type: 'head'; job: number; table: ImportTable; total: number }
  | { type: 'rows'; job: number; rows: string[][]; lines: number[] }
  | { type: 'done'; job: number }
  | { type: 'error'; job: number; message: string };

/** Rows per message back to the page (cloning them is a few milliseconds of its time). */
export const ROWS_PER_MESSAGE = 20_000;

interface Scope {
  postMessage(message: FromImportWorker): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<ToImportWorker>) => void): void;
}

const g = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
const inWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;

if (inWorker) {
  const scope = globalThis as unknown as Scope;
  scope.addEventListener('message', (e) => {
    const m = e.data;
    const job = m.job;
    const opts = {
      ...(m.kind ? { kind: m.kind } : {}),
      ...(m.type === 'read' && m.sheet !== undefined ? { sheet: m.sheet } : {}),
      step: (step: ReadStep) => scope.postMessage({ type: 'progress', job, step }),
    };
    readTableInSteps(m.type === 'read' ? m.bytes : m.text, opts).then(
      (table) => {
        const { rows, lines } = table;
        scope.postMessage({ type: 'head', job, table: { ...table, rows: [], lines: [] }, total: rows.length });
        for (let s = 0; s < rows.length; s += ROWS_PER_MESSAGE)
          scope.postMessage({
            type: 'rows',
            job,
            rows: rows.slice(s, s + ROWS_PER_MESSAGE),
            lines: lines.slice(s, s + ROWS_PER_MESSAGE),
          });
        scope.postMessage({ type: 'done', job });
      },
      (err: unknown) =>
        scope.postMessage({ type: 'error', job, message: err instanceof Error ? err.message : String(err) }),
    );
  });
}
