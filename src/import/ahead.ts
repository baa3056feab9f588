/**
 * Mapping a file's rows while it is still being read (docs/performance.md,
 * "lead-flow-monitor: 100,000 leads"): the import worker sends the rows as it
 * parses them, with the prepare pass's evidence of every column so far
 * (`countColumns`), and the page maps each slice as it arrives, reading date
 * and number columns as the evidence so far settles them. The reading is
 * speculative: when the evidence read so far settles a column otherwise, the
 * rows are mapped again from the first; at the end, with the whole file's
 * evidence and the table's end (blank, title, footer and broken rows,
 * issues), `finish` gives exactly what `importTable` gives for the whole
 * table, or undefined when the whole file reads a column otherwise than the
 * rows were mapped with (the caller maps the table again, as without this).
 */
import { TableMapping, type ApplyOptions, type ImportResult } from './apply.js';
import type { TableKind } from './fields.js';
import { defaultFactors, mappingFor, type ImportOptions } from './index.js';
import type { ImportMapping } from './mapping.js';
import { sameReading, type ColumnEvidence, type Settled } from './run.js';
import type { ImportTable } from './table.js';

export class MappingAhead {
  /** How many times the rows were mapped again from the first (the evidence read a column otherwise). */
  restarts = 0;
  private readonly mapping: ImportMapping;
  private readonly apply: ApplyOptions;
  private m: TableMapping;
  /** How the rows mapped so far read their columns (unset before the first step). */
  private reading?: Settled;

  /** `table`: the table being read (its header known, rows only ever appended); `opts` as `importTable` takes them. */
  constructor(
    readonly table: ImportTable,
    readonly kind: TableKind,
    opts: ImportOptions = {},
  ) {
    const factors = opts.factors ?? defaultFactors(kind);
    const { preset, mapping } = mappingFor(table, kind, { ...opts, factors });
    this.mapping = mapping;
    this.apply = { preset, factors };
    if (opts.stages) this.apply.stages = opts.stages;
    if (opts.dateOrder) this.apply.dateOrder = opts.dateOrder;
    if (opts.countValues) this.apply.countValues = true;
    this.m = new TableMapping(table, kind, mapping, this.apply);
  }

  /** Rows mapped so far. */
  get done(): number {
    return this.m.done;
  }

  /** The records mapped so far (the result's `rows` once finished; a new array when the rows are mapped again). */
  get rows(): readonly unknown[] {
    return this.m.result.rows;
  }

  /**
   * Map up to `max` more of the rows read so far; `evidence` is of every row read so far (per column index).
   * Returns how many of the rows read so far are still to map.
   */
  step(evidence: readonly ColumnEvidence[], max: number): number {
    const m = this.current(evidence);
    m.mapRows(Math.min(this.table.rows.length, m.done + Math.max(1, max)));
    return this.table.rows.length - m.done;
  }

  /**
   * The result, once the table is whole (`evidence` of every row): maps the rows not mapped yet. Undefined when
   * the whole file reads a column otherwise than the rows were mapped with, or the table has a file issue.
   */
  finish(evidence: readonly ColumnEvidence[]): ImportResult | undefined {
    if (this.table.issues.length) return undefined;
    const m = this.m;
    if (!m.blocked) {
      const whole = m.settle(evidence);
      if (this.reading && !sameReading(whole, this.reading)) return undefined;
      // What the file shows as a whole (year-last dates, an assumed order) is the whole file's.
      m.use(whole);
    }
    m.mapRows(this.table.rows.length);
    return m.finish();
  }

  /** The mapping to go on with: this one, or a new one when the evidence so far reads a column otherwise. */
  private current(evidence: readonly ColumnEvidence[]): TableMapping {
    if (this.m.blocked) return this.m;
    let now = this.m.settle(evidence);
    if (this.reading && sameReading(now, this.reading)) return this.m;
    if (this.reading) {
      this.m = new TableMapping(this.table, this.kind, this.mapping, this.apply);
      now = this.m.settle(evidence); // the same reading, of the new mapping's columns
      this.restarts++;
    }
    this.reading = now;
    this.m.use(now, false);
    return this.m;
  }
}
