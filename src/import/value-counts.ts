/**
 * The distinct values of the value fields' columns (pool, stage, source,
 * converted, lifecycle stage: what the import view's value-mapping step
 * lists), counted while the rows are mapped, so that the view does not pass
 * over every row of a large table when it renders (docs/performance.md,
 * "The import view's value steps"). Each mapping of a table (`TableMapping`,
 * ./apply.ts) counts the trimmed cells of those columns row by row, in file
 * order, as it maps them; `distinctValues` (./mapping.ts) takes the counts
 * of a column only when they are of that very table and cover every one of
 * its rows, and otherwise counts the rows itself, as before.
 */
import type { TableKind } from './fields.js';
import type { ImportMapping } from './mapping.js';
import type { ImportResult } from './apply.js';
import type { ImportTable } from './table.js';
import { columnOf } from './mapping.js';

/** Fields whose values a user maps to the model's keys. */
export type ValueField = 'pool' | 'stage' | 'source' | 'converted' | 'lifecycleStage';

/** The value-mapped fields of each kind (a lead's source stays as the CRM wrote it: costs are keyed by it). */
export const VALUE_FIELDS: Readonly<Record<TableKind, readonly ValueField[]>> = {
  leads: ['pool', 'converted', 'lifecycleStage'],
  history: ['source', 'converted', 'lifecycleStage'],
  opportunities: ['stage'],
  accounts: [],
  'lead-list': ['source'],
  'customer-list': [],
  usage: [],
  'owner-history': [],
};

/**
 * Counts of the trimmed cells of some columns of one table, over its rows from the first, in row order (a Map
 * keeps first appearance, which breaks ties between equal counts).
 */
export class ColumnCounts {
  /** Rows counted so far, from the first. */
  private counted = 0;
  private readonly rows: readonly string[][];
  private readonly columns = new Map<number, Map<string, number>>();

  constructor(
    readonly table: ImportTable,
    columns: Iterable<number>,
  ) {
    this.rows = table.rows;
    for (const c of columns) this.columns.set(c, new Map());
  }

  /** The columns of the value fields `kind` shows that `mapping` maps to a column of `table`. */
  static forMapping(table: ImportTable, kind: TableKind, mapping: ImportMapping): ColumnCounts {
    const cols = new Set<number>();
    for (const field of VALUE_FIELDS[kind]) {
      const src = mapping.fields[field];
      if (typeof src !== 'string') continue;
      const c = columnOf(table.header, src);
      if (c >= 0) cols.add(c);
    }
    return new ColumnCounts(table, cols);
  }

  /** Count the rows from the last one counted up to `end` (exclusive; the table's rows are only ever appended). */
  count(end: number): void {
    const rows = this.rows;
    const from = this.counted;
    const to = Math.min(end, rows.length);
    if (to <= from) return;
    for (const [c, counts] of this.columns) {
      for (let r = from; r < to; r++) {
        const cell = rows[r]![c];
        if (typeof cell !== 'string') {
          // Not a cell of text (a restored table gone wrong): not counted, so distinctValues reads the rows as before.
          this.columns.delete(c);
          break;
        }
        const v = cell.trim();
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    }
    this.counted = to;
  }

  /**
   * The counts of column `c` over every row of `table` (value → rows, in order of first appearance); undefined
   * unless these counts are of that very table (its rows array, every row of it) and of that column.
   */
  of(table: ImportTable, c: number): ReadonlyMap<string, number> | undefined {
    if (table !== this.table || table.rows !== this.rows || this.counted !== table.rows.length) return undefined;
    return this.columns.get(c);
  }
}

/** The counts a mapping made of the table it mapped, by its result. */
const byResult = new WeakMap<ImportResult, ColumnCounts>();

/** Keep `counts` with the result of the mapping that made them. */
export function keepValueCounts(result: ImportResult, counts: ColumnCounts): void {
  byResult.set(result, counts);
}

/**
 * The value columns' counts made while `result` was mapped (for `valueSteps` / `distinctValues`), if it was
 * mapped here; they say themselves which table they are of.
 */
export function valueCountsOf(result: ImportResult): ColumnCounts | undefined {
  return byResult.get(result);
}
