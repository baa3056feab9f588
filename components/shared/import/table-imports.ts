/**
 * The import of the table in use under the mapping in force, as the import
 * controller keeps it: memoised by the table and the mapping; a large table
 * mapped in slices that yield to the page; a file's rows mapped as the import
 * worker sends them (map-ahead.ts). `progress` says how far a large mapping is.
 */
import type { ColumnEvidence, ImportResult, ImportTable, TableKind } from '../../../src/views/import-core.js';
import type { ImportCore } from './load-core.js';
import { AheadRun } from './map-ahead.js';

type Options = Parameters<ImportCore['importTable']>[2];

/** Tables with more rows than this are mapped in slices that yield to the page (no long task). */
const SLICE_ROWS = 50_000;
const ROWS_PER_SLICE = 10_000;

const sameKeys = (a: readonly unknown[], b: readonly unknown[]): boolean => a.every((k, i) => k === b[i]);

export class TableImports {
  /** How far a large table's mapping is (0–1); null when none is running. */
  progress: number | null = null;
  private memo?: { key: readonly unknown[]; result: ImportResult };
  private pendingKey?: readonly unknown[];
  /** The rows of a file being read, mapped as they come. */
  private ahead?: AheadRun;

  constructor(
    private readonly kind: TableKind,
    private readonly on: { update: () => void; changed: () => void; mapped?: (rows: readonly unknown[]) => void },
  ) {}

  /** A large table is being mapped (or a file's rows as they are read). */
  get busy(): boolean {
    return !!this.pendingKey || !!this.ahead;
  }

  /** Rows of the file being read mapped so far. */
  get mappedAhead(): number {
    return this.ahead?.job.done ?? 0;
  }

  /**
   * The import of `table` under `key` (the table and the mapping in force), mapped with `options()`: memoised;
   * undefined while a large table is mapped in slices or as it is read (`changed` is called when it is done).
   */
  result(
    core: ImportCore,
    table: ImportTable,
    key: readonly unknown[],
    options: () => Options,
  ): ImportResult | undefined {
    if (this.memo && sameKeys(key, this.memo.key)) return this.memo.result;
    const ahead = this.ahead;
    if (ahead?.job.table === table) {
      if (sameKeys(key, ahead.key)) return undefined;
      this.stopAhead(); // the mapping changed while the file was read: mapped again below
    }
    const opts = options();
    if (table.rows.length <= SLICE_ROWS) {
      this.memo = { key, result: core.importTable(table, this.kind, opts) };
      return this.memo.result;
    }
    if (!this.pendingKey || !sameKeys(key, this.pendingKey)) void this.inSlices(core, table, key, opts);
    return undefined;
  }

  /**
   * A slice of the rows of `table` came from the import worker (`evidence` over every row so far): map it while the
   * rest is read, with the mapping in force now (checked against the whole file's evidence at the end).
   */
  rowsRead(
    core: ImportCore,
    table: ImportTable,
    key: () => readonly unknown[],
    options: () => Options,
    evidence: readonly ColumnEvidence[],
  ): void {
    if (this.ahead?.job.table !== table) {
      this.stopAhead();
      const run: AheadRun = new AheadRun(key(), new core.MappingAhead(table, this.kind, options()), ROWS_PER_SLICE, {
        progress: (share) => {
          this.progress = share;
          this.on.update();
        },
        mapped: (rows) => {
          if (this.ahead === run) this.on.mapped?.(rows);
        },
        done: (result) => {
          if (this.ahead !== run) return;
          this.ahead = undefined;
          this.progress = null;
          if (result) this.memo = { key: run.key, result };
          this.on.changed();
        },
      });
      this.ahead = run;
    }
    this.ahead.rows(evidence);
  }

  /** `table` is read (`evidence` over all of it, when it came from the worker): its rows mapped so far go on to the end. */
  readDone(table: ImportTable, evidence: readonly ColumnEvidence[] | undefined): void {
    if (this.ahead?.job.table === table && evidence) this.ahead.end(evidence);
    else this.stopAhead();
  }

  /** Stop mapping the rows of a file being read. */
  stopAhead(): void {
    if (!this.ahead) return;
    this.ahead.stop();
    this.ahead = undefined;
    if (!this.pendingKey) this.progress = null;
  }

  /** Map a large table in slices, yielding to the page between them; a newer mapping supersedes it. */
  private async inSlices(core: ImportCore, table: ImportTable, key: readonly unknown[], opts: Options): Promise<void> {
    this.pendingKey = key;
    let rows: readonly unknown[] | undefined;
    const steps = core.importTableInSteps(table, this.kind, opts, ROWS_PER_SLICE, (r) => (rows = r));
    this.progress = 0;
    this.on.update();
    for (;;) {
      await new Promise((r) => setTimeout(r, 0));
      if (this.pendingKey !== key) return;
      const s = steps.next();
      if (s.done) {
        this.memo = { key, result: s.value };
        this.pendingKey = undefined;
        this.progress = null;
        this.on.changed();
        return;
      }
      this.progress = s.value;
      if (rows) this.on.mapped?.(rows);
      this.on.update();
    }
  }
}
