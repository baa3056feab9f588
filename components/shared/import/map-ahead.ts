/**
 * Mapping a file's rows on the page while the import worker still reads it
 * (src/import/ahead.ts): each slice of rows the worker sends is mapped in a
 * task of its own, a few thousand rows at a time, so the page maps while the
 * worker parses; once the read is done the rows left are mapped the same way
 * and the result handed over (undefined: the table must be mapped again).
 */
import type { ImportResult } from '../../../src/import/apply.js';
import type { MappingAhead } from '../../../src/import/ahead.js';
import type { ColumnEvidence } from '../../../src/import/run.js';

export class AheadRun {
  private evidence: readonly ColumnEvidence[] = [];
  private whole = false;
  private running = false;
  private stopped = false;

  constructor(
    /** What the result is memoised under (the table, the preset, the edits … as the controller keys a mapping). */
    readonly key: readonly unknown[],
    readonly job: MappingAhead,
    private readonly rowsPerSlice: number,
    private readonly on: {
      /** The share of the whole table mapped, once it is read. */
      progress: (share: number) => void;
      /**
       * Rows were mapped — every row read so far while the file is being read (the page waits for the worker), each
       * slice once it is read: the mapping's rows so far (a new array when the rows were mapped again).
       */
      mapped: (rows: readonly unknown[]) => void;
      done: (result: ImportResult | undefined) => void;
    },
  ) {}

  /** More rows were read: `evidence` is over every row read so far. */
  rows(evidence: readonly ColumnEvidence[]): void {
    this.evidence = evidence;
    void this.pump();
  }

  /** The table is whole (its end read): `evidence` is over every row. */
  end(evidence: readonly ColumnEvidence[]): void {
    this.evidence = evidence;
    this.whole = true;
    void this.pump();
  }

  stop(): void {
    this.stopped = true;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        // A timer, not a microtask: the worker's messages, input and painting get their turn between slices.
        await new Promise((r) => setTimeout(r, 0));
        if (this.stopped) return;
        const before = this.job.done;
        const left = this.job.step(this.evidence, this.rowsPerSlice);
        if (this.whole) {
          // The file is read (no worker to compete with for the cores): what the mapped rows need next is done with
          // each slice, in its task (a workbook's rows all come at once: it would all be left to one task).
          if (this.job.done > before) this.on.mapped(this.job.rows);
          if (!left) {
            this.stopped = true;
            this.on.done(this.job.finish(this.evidence));
            return;
          }
          this.on.progress(this.job.done / this.job.table.rows.length);
        } else if (!left) {
          // Caught up with the worker: the page would wait for its next rows, so what they need next is done now
          // (not after each slice: on a busy machine the page's work then slows the worker's read).
          this.on.mapped(this.job.rows);
          return;
        }
      }
    } finally {
      this.running = false;
    }
  }
}
