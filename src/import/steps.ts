/**
 * Reading a file in steps, for a page: the same table as `readTable` /
 * `readTextTable`, with the phase and share done reported after each step
 * and awaited, so a worker can post progress and a page without one can
 * yield to the event loop between slices of a large CSV. An .xlsx is read in
 * one pass of read-excel-file (it reports no progress inside), between its
 * coarse phases.
 */
import { decodeText, sniffFile } from './decode.js';
import { readTextTable, unreadableTable, type ReadOptions } from './index.js';
import { readCsvTableInSteps, type ImportTable, type TableStepOptions } from './table.js';
import { readXlsxTable } from './xlsx.js';

/** Where reading is: decoding text, opening a workbook, parsing its sheet, reading rows, done; `done` in 0–1, null when unknown. */
export interface ReadStep {
  phase: 'decode' | 'open' | 'parse' | 'rows' | 'done';
  done: number | null;
}

export interface StepOptions extends Omit<ReadOptions, 'onProgress'>, Pick<TableStepOptions, 'started'> {
  /** Called (and awaited) after each step. */
  step?: (s: ReadStep) => void | Promise<void>;
  /** CSV records per step (default 10,000). */
  rowsPerStep?: number;
  /** Decode UTF-8 bytes in pieces of this many bytes (faster in Chromium; see decodeText). */
  decodeChunk?: number;
}

/** The piece size the browser's readers decode UTF-8 in (decodeText). */
export const BROWSER_DECODE_CHUNK = 32_768;

/** Read bytes (a file) or text (pasted) as a table in steps. */
export async function readTableInSteps(
  input: ArrayBuffer | ArrayBufferView | string,
  opts: StepOptions = {},
): Promise<ImportTable> {
  const step = opts.step ?? (() => {});
  const { step: _s, rowsPerStep = 10_000, decodeChunk, ...read } = opts;
  let text: string;
  let encoding: ImportTable['source']['encoding'];
  if (typeof input === 'string') text = input;
  else {
    const kind = sniffFile(input);
    if (kind === 'xlsx') {
      // The phases are reported as they come (a worker posts them at once); the sheet's parse has no share.
      return readXlsxTable(input, {
        ...read,
        onProgress: (p) => void step({ phase: p.phase, done: p.phase === 'parse' ? null : p.done }),
      });
    }
    if (kind !== 'text') return unreadableTable(kind);
    await step({ phase: 'decode', done: 0 });
    ({ text, encoding } = decodeText(input, decodeChunk ? { chunk: decodeChunk } : {}));
  }
  if (!text.replace(/^\ufeff/, '').trim()) return readTextTable(text);
  const it = readCsvTableInSteps(text, encoding ? { ...read, encoding } : read, rowsPerStep);
  for (;;) {
    const s = it.next();
    if (s.done) {
      await step({ phase: 'done', done: 1 });
      return s.value;
    }
    await step({ phase: 'rows', done: s.value });
  }
}
