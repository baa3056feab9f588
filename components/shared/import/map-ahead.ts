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
      /** A slice was mapped: the mapping's rows so far (a new array when the rows were mapped again). */
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
        // What the mapped rows need next is done with each slice (in the slice's task: a table read whole, as a
        // workbook is, would leave all of it to the end).
        if (this.job.done > before) this.on.mapped(this.job.rows);
        if (this.whole) {
          if (!left) {
            this.stopped = true;
            this.on.done(this.job.finish(this.evidence));
            return;
          }
          this.on.progress(this.job.done / this.job.table.rows.length);
        } else if (!left) return; // caught up with the worker: its next rows start the next slice
      }
    } finally {
      this.running = false;
    }
  }
}
