/**
 * A table and a mapping → model rows of one kind, with every row that was
 * not imported (and why) and every row imported with a note (a fallback, an
 * unknown amount, a value read as a default). Bad optional cells are left
 * out and noted, never a reason to drop a row; a row is skipped only when a
 * required field cannot be read, or when it is a closed deal (set apart
 * with code `closed`, not an error).
 */
import { FIELDS, takesFactors, type FieldSpec, type TableKind } from './fields.js';
import {
  accountBuilder,
  historyBuilder,
  leadBuilder,
  opportunityBuilder,
  specsOf,
  usageBuilder,
  type Builder,
} from './kinds.js';
import { listBuilder } from './list-kinds.js';
import { ownerHistoryBuilder } from './owner-history.js';
import { unknownColumns, type ImportFactor, type ImportMapping } from './mapping.js';
import type { PresetName } from './presets.js';
import { evidenceNeeds, Run, type ColumnEvidence, type Settled } from './run.js';
import type { FileIssue, ImportTable, RowIssue, TableSource } from './table.js';
import type { DateOrder } from './values.js';
import { ColumnCounts, keepValueCounts } from './value-counts.js';

export interface ApplyOptions {
  /** The preset the mapping came from (named in the result; its date order reads year-last dates nothing settles). */
  preset: PresetName;
  /** Tiering factors whose columns fill `values` (leads, history); default: none for leads, the lead preset's for history (given by the caller). */
  factors?: readonly ImportFactor[];
  /** Pipeline stages (opportunities; default the four of docs/models.md §2). */
  stages?: readonly { key: string; label?: string | null }[];
  /** Overrides the mapping's date order unless `auto`. */
  dateOrder?: 'auto' | DateOrder;
  /** Count the value fields' columns as the rows are mapped, kept with the result (`valueCountsOf`). */
  countValues?: boolean;
}

/** What an import produced. */
export interface ImportResult {
  kind: TableKind;
  preset: PresetName;
  /** The mapping in force (the default for the preset with the user's over it). */
  mapping: ImportMapping;
  /** Model rows, in file order, and the file line of each. */
  rows: Record<string, unknown>[];
  lines: number[];
  /** Rows read but not imported: closed deals (`closed`), unreadable rows, rows whose required field cannot be read. */
  skipped: RowIssue[];
  /** Rows imported with a note: a fallback used, an unknown amount, a default value, an optional cell left out. */
  warnings: RowIssue[];
  /** Problems with the file or the mapping as a whole (then no row is imported). */
  issues: FileIssue[];
  /** Remarks on the whole file: a field filled by a default for every row, the date order assumed. */
  notes: FileIssue[];
  summary: ImportSummary;
  source: TableSource;
  header: string[];
  headerLine: number;
  /** The order year-last dates were read in (undefined when the file has none). */
  dateOrder?: DateOrder;
}

export interface ImportSummary {
  /** Data rows read: every row below the header that is not blank, a title or a footer. */
  read: number;
  mapped: number;
  skipped: number;
  /** Of the skipped rows, the closed deals. */
  closed: number;
  /** Rows imported with a note. */
  warned: number;
  blank: number;
  titles: number;
  footers: number;
}

/** A group of row problems with the same code and field: how many, and the first lines (for "730 rows: pool not recognised"). */
export interface IssueGroup {
  code: string;
  field?: string;
  count: number;
  /** Up to `max` line numbers, in file order. */
  examples: number[];
  /** The message of the first row of the group. */
  message: string;
  /** Up to `max` distinct values of the group (what to map). */
  values?: string[];
}

/** Row problems grouped by code and field, largest group first (then first appearance). */
export function groupIssues(list: readonly RowIssue[], max = 5): IssueGroup[] {
  const groups = new Map<string, IssueGroup & { seen: Set<string> }>();
  for (const i of list) {
    const k = `${i.code}\u0000${i.field ?? ''}`;
    let g = groups.get(k);
    if (!g) {
      g = { code: i.code, count: 0, examples: [], message: i.message, seen: new Set() };
      if (i.field !== undefined) g.field = i.field;
      groups.set(k, g);
    }
    g.count++;
    if (g.examples.length < max) g.examples.push(i.line);
    if (i.value !== undefined && g.seen.size < max && !g.seen.has(i.value)) g.seen.add(i.value);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ seen, ...g }) => (seen.size ? { ...g, values: [...seen] } : g));
}

// ---- applying ---------------------------------------------------------------------------

/** The fields a kind cannot do without (after the documented defaults), each with the columns that can give it. */
function missingRequired(kind: TableKind, run: Run): string[] {
  const need = (k: string) => !run.has(k);
  switch (kind) {
    case 'leads':
      return ['id', 'createdAt'].filter(need);
    case 'history':
      return need('converted') && need('convertedAt') && need('lifecycleStage') ? ['converted'] : [];
    case 'opportunities':
      return ['id', 'stage'].filter(need).concat(need('stageEnteredAt') && need('createdAt') ? ['stageEnteredAt'] : []);
    case 'accounts':
    case 'lead-list':
    case 'customer-list':
      return need('id') ? ['id'] : [];
    case 'usage':
      return ['accountId', 'month'].filter(need);
    case 'owner-history':
      return ['leadId', 'at', 'to'].filter(need);
  }
}

/**
 * Apply a mapping to a table: the model rows of `kind`, the rows skipped
 * (with the file's line numbers) and the rows imported with a note. A file
 * issue (the table's, a mapping naming a column the file does not have, a
 * required field with no column) imports nothing.
 */
export function applyMapping(
  table: ImportTable,
  kind: TableKind,
  mapping: ImportMapping,
  opts: ApplyOptions,
): ImportResult {
  const steps = applyMappingInSteps(table, kind, mapping, opts, Infinity);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * `applyMapping` in steps: yields the share of rows done after every
 * `rowsPerStep` rows and returns the result, so a page can map a large
 * table in slices (the first step also reads the columns' date orders and
 * decimal marks). `rows` is given the result's rows at the first step: they
 * grow as the steps map them (a page can read them as they come).
 */
export function* applyMappingInSteps(
  table: ImportTable,
  kind: TableKind,
  mapping: ImportMapping,
  opts: ApplyOptions,
  rowsPerStep = 10_000,
  rows?: (rows: readonly unknown[]) => void,
): Generator<number, ImportResult> {
  const m = new TableMapping(table, kind, mapping, opts);
  rows?.(m.result.rows);
  if (m.blocked) return m.finish();
  m.use(m.settle());
  const n = table.rows.length;
  const step = Math.max(1, rowsPerStep);
  while (m.done < n) {
    const from = m.done;
    m.mapRows(Math.min(n, from + step));
    if (m.done - from === step) yield m.done / n;
  }
  return m.finish();
}

/**
 * One mapping of a table to model rows, row by row in file order: what
 * `applyMappingInSteps` runs, and what maps a file's rows while it is still
 * being read (`MappingAhead` in ./ahead.ts) — then the table grows between
 * calls (rows are only ever appended) and its end (blank, title and footer
 * rows, broken rows, issues) is read by `finish`.
 */
export class TableMapping {
  readonly run: Run;
  readonly result: ImportResult;
  /** Rows mapped so far. */
  done = 0;
  private readonly specs: { key: string; type: string }[] = [];
  private build?: Builder;
  /** The value fields' columns, counted as the rows are mapped (what the import view's value steps list). */
  private counts?: ColumnCounts;

  constructor(
    readonly table: ImportTable,
    readonly kind: TableKind,
    mapping: ImportMapping,
    opts: ApplyOptions,
  ) {
    const run = (this.run = new Run(table, mapping, opts));
    const factors = takesFactors(kind) ? (opts.factors ?? []) : [];
    const result: ImportResult = (this.result = {
      kind,
      preset: opts.preset,
      mapping,
      rows: [],
      lines: [],
      skipped: [],
      warnings: [],
      issues: [...table.issues],
      notes: run.notes,
      summary: {
        read: table.rows.length + table.broken.length,
        mapped: 0,
        skipped: 0,
        closed: 0,
        warned: 0,
        blank: table.blank,
        titles: table.titles.length,
        footers: table.footers.length,
      },
      source: table.source,
      header: table.header,
      headerLine: table.headerLine,
    });
    if (!result.issues.length && table.header.length) {
      result.issues.push(...unknownColumns(table, mapping));
      const missing = missingRequired(kind, run);
      if (missing.length)
        result.issues.push({
          code: 'missing-columns',
          message: `no column for ${missing.join(', ')}: map ${missing.length > 1 ? 'them' : 'it'} to one of the file's columns (${table.header.map((h) => JSON.stringify(h)).join(', ')})`,
          fields: missing,
          headers: table.header,
        });
    }
    if (result.issues.length) return;
    if (kind === 'leads') {
      if (!run.has('businessLine'))
        run.notes.push({
          code: 'default-value',
          message: 'no business line column: every lead is in business line "all" (map a column or give a constant)',
          fields: ['businessLine'],
        });
      if (!run.has('pool'))
        run.notes.push({
          code: 'pool-from-owner',
          message:
            "no pool column: a lead with an owner is in the owner's private pool; a lead without one (or owned by a queue) is in the business line's public pool",
          fields: ['pool'],
        });
      if (!run.has('source'))
        run.notes.push({
          code: 'default-value',
          message: 'no source column: every lead\'s source is "unknown"',
          fields: ['source'],
        });
    }
    this.specs = specsOf(kind, mapping, factors);
    if (opts.countValues) this.counts = ColumnCounts.forMapping(table, kind, mapping);
    this.build =
      kind === 'leads'
        ? leadBuilder(run, factors)
        : kind === 'history'
          ? historyBuilder(run, factors)
          : kind === 'opportunities'
            ? opportunityBuilder(run)
            : kind === 'accounts'
              ? accountBuilder(run)
              : kind === 'lead-list' || kind === 'customer-list'
                ? listBuilder(run, factors)
                : kind === 'usage'
                  ? usageBuilder(run)
                  : ownerHistoryBuilder(run);
  }

  /** A file or mapping issue: no row is mapped. */
  get blocked(): boolean {
    return !this.build;
  }

  /**
   * What `settle` counts, for each column (by index) it reads: 'date' and/or 'number'. Undefined when blocked
   * (nothing is read).
   */
  evidenceNeeds(): Map<number, Set<string>> | undefined {
    return this.build ? evidenceNeeds(this.run, this.specs) : undefined;
  }

  /** The columns' date orders and decimal marks, from evidence counted already or else from the rows so far. */
  settle(evidence?: readonly ColumnEvidence[]): Settled {
    return this.run.settle(this.specs, evidence);
  }

  /** Read the columns as settled (before the first row is mapped); `withNote`: note an assumed date order. */
  use(s: Settled, withNote = true): void {
    this.run.use(s, withNote);
  }

  /** Map the rows from the last one mapped up to `end` (exclusive); blocked, they are passed over. */
  mapRows(end: number): void {
    const build = this.build;
    if (!build) {
      this.done = Math.max(this.done, end);
      return;
    }
    const { run, table, result } = this;
    const rows = table.rows;
    const out = result.rows;
    const lines = result.lines;
    for (let r = this.done; r < end; r++) {
      run.line = table.lines[r]!;
      run.failed = false;
      const warned = run.warnings.length;
      const rec = build(rows[r]!);
      if (rec && !run.failed) {
        out.push(rec);
        lines.push(run.line);
        if (run.warnings.length > warned) result.summary.warned++;
      } else run.warnings.length = warned; // a skipped row's notes are moot
    }
    this.counts?.count(end);
    if (end > this.done) this.done = end;
  }

  /** The result, once every row is mapped; what it says of the table's end is read now. */
  finish(): ImportResult {
    const { table, result, run } = this;
    const summary = result.summary;
    summary.read = table.rows.length + table.broken.length;
    summary.blank = table.blank;
    summary.titles = table.titles.length;
    summary.footers = table.footers.length;
    if (!this.build) return result;
    if (this.counts) keepValueCounts(result, this.counts);
    result.skipped = [...table.broken, ...run.skipped].sort((a, b) => a.line - b.line);
    result.warnings = run.warnings;
    summary.mapped = result.rows.length;
    summary.skipped = result.skipped.length;
    summary.closed = run.skipped.filter((s) => s.code === 'closed').length;
    if (run.orderUsed) result.dateOrder = run.orderUsed;
    return result;
  }
}

/** The fields of a kind with their types (for a mapping UI), factor fields included. */
export function fieldSpecs(kind: TableKind, factors: readonly ImportFactor[] = []): FieldSpec[] {
  const specs = [...FIELDS[kind]];
  if (takesFactors(kind)) for (const f of factors) specs.push({ key: `values.${f.key}`, type: 'factor' });
  return specs;
}
