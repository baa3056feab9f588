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
import { BROWSER_DECODE_CHUNK, readTableInSteps, type ReadStep } from '../import/steps.js';
import { TableMapping } from '../import/apply.js';
import type { TableKind } from '../import/fields.js';
import { defaultFactors, mappingFor } from '../import/index.js';
import { countColumns, emptyEvidence, type ColumnEvidence } from '../import/run.js';
import type { ImportTable } from '../import/table.js';

export * from '../views/import-core.js';

/**
 * Page → worker: read these bytes (transferred), this text, or this file (a `File` the user chose: the worker reads
 * its bytes itself, so the page neither reads nor copies them).
 */
export type ToImportWorker =
  | { type: 'read'; job: number; bytes: ArrayBuffer; sheet?: string | number; kind?: TableKind }
  | { type: 'file'; job: number; file: Blob; sheet?: string | number; kind?: TableKind }
  | { type: 'text'; job: number; text: string; kind?: TableKind };

/** What a table's end adds to what was sent while it was read. */
export type TableEnd = Pick<ImportTable, 'broken' | 'blank' | 'titles' | 'footers' | 'issues'>;

/**
 * Worker → page: progress; the table without its rows as soon as its header is found (`total` when every row is
 * read already: a workbook); its rows in file order, in slices, each with the evidence of every column over every
 * row sent so far (what the mapping's prepare pass counts: the page maps rows while the file is still read); then
 * the table's end.
 */
export type FromImportWorker =
  | { type: 'progress'; job: number; step: ReadStep }
  | { type: 'head'; job: number; table: ImportTable; total?: number }
  | { type: 'rows'; job: number; rows: string[][]; lines: number[]; evidence: ColumnEvidence[] }
  | { type: 'done'; job: number; end: TableEnd }
  | { type: 'error'; job: number; message: string };

/** What a row sent to the page is replaced with in the worker's table (the table's end needs only their count). */
const SENT: string[] = [];

/** Rows per message back to the page once every row is read (cloning them is a few milliseconds of its time). */
export const ROWS_PER_MESSAGE = 20_000;

interface Scope {
  postMessage(message: FromImportWorker): void;
  addEventListener(type: 'message', fn: (e: { data: ToImportWorker }) => void): void;
}

const g = globalThis as unknown as { WorkerGlobalScope?: new () => unknown };
const inWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;

/**
 * One read, as the worker answers it (exported for tests, which run it with their own `post`): a CSV table's rows
 * are sent at each step of the parse (every `rowsPerStep` records) from the moment its header is found, so the
 * page maps them while the rest is parsed; a workbook's once its sheet is read.
 */
export function readForPage(
  m: ToImportWorker,
  post: (message: FromImportWorker) => void,
  rowsPerStep = 10_000,
): Promise<void> {
  const job = m.job;
  let table: ImportTable | undefined;
  let sent = 0;
  let evidence: ColumnEvidence[] = [];
  const head = (t: ImportTable, total?: number): void => {
    table = t;
    evidence = evidenceFor(t, m.kind);
    const message: FromImportWorker = { type: 'head', job, table: { ...t, rows: [], lines: [] } };
    if (total !== undefined) message.total = total;
    post(message);
  };
  const send = (t: ImportTable, end: number): void => {
    countColumns(t.rows, sent, end, evidence);
    post({ type: 'rows', job, rows: t.rows.slice(sent, end), lines: t.lines.slice(sent, end), evidence });
    // Sent rows are the page's now: this side lets go of them, so they die young (a collection copies only what
    // lives on; keeping 100,000 rows made every one copy them and move them to the old generation).
    for (let k = sent; k < end; k++) t.rows[k] = SENT;
    sent = end;
  };
  const opts = {
    ...(m.kind ? { kind: m.kind } : {}),
    ...(m.type !== 'text' && m.sheet !== undefined ? { sheet: m.sheet } : {}),
    rowsPerStep,
    decodeChunk: BROWSER_DECODE_CHUNK,
    started: (t: ImportTable) => head(t),
    step: (step: ReadStep) => {
      post({ type: 'progress', job, step });
      if (table && table.rows.length > sent) send(table, table.rows.length);
    },
  };
  // A file's bytes are read here (the page shows its first phase until the first progress).
  const input = m.type === 'file' ? m.file.arrayBuffer() : Promise.resolve(m.type === 'read' ? m.bytes : m.text);
  return input
    .then((data) => readTableInSteps(data, opts))
    .then(
      (whole) => {
        // A workbook (or a file with no header) was not started: all of it now.
        if (table !== whole) head(whole, whole.rows.length);
        const { rows } = whole;
        while (sent < rows.length) send(whole, Math.min(rows.length, sent + ROWS_PER_MESSAGE));
        const { broken, blank, titles, footers, issues } = whole;
        post({ type: 'done', job, end: { broken, blank, titles, footers, issues } });
      },
      (err: unknown) => post({ type: 'error', job, message: err instanceof Error ? err.message : String(err) }),
    );
}

/**
 * Empty evidence for each column of `t`, marking what the file's default mapping for `kind` does not read: a date
 * column's decimal marks, a text column's dates and marks are not counted here (most of the counting, as most of a
 * file's cells are in columns read one way or none). A mapping that reads such a column otherwise (the user's, or
 * other factors) counts it from the page's rows (`Run.settle`). Without a kind, everything is counted.
 */
export function evidenceFor(t: ImportTable, kind: TableKind | undefined): ColumnEvidence[] {
  const all = t.header.map(emptyEvidence);
  if (!kind) return all;
  const factors = defaultFactors(kind);
  const { preset, mapping } = mappingFor(t, kind, { factors });
  const needs = new TableMapping(t, kind, mapping, { preset, factors }).evidenceNeeds();
  if (!needs) return all;
  all.forEach((e, i) => {
    const n = needs.get(i);
    const skip = !n ? 'both' : !n.has('date') ? 'date' : !n.has('number') ? 'number' : undefined;
    if (skip) e.skip = skip;
  });
  return all;
}

if (inWorker) {
  const scope = globalThis as unknown as Scope;
  scope.addEventListener('message', (e) => void readForPage(e.data, (message) => scope.postMessage(message)));
}
