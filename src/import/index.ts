/**
 * The import pipeline: a CRM export (CSV / TSV / `;` in UTF-8, UTF-16 or
 * GB18030, or .xlsx) → model rows of one kind (leads, history,
 * opportunities, accounts, and the lead and customer lists a tiering model
 * scores), with the rows set apart and why. Pure: runs in
 * Node, on a page and in a Web Worker. See docs/import.md.
 *
 *   bytes ─ readTable ─▶ ImportTable ─ importTable(kind, { preset, mapping }) ─▶ ImportResult
 *                         (header found, blank/title/footer rows counted apart)
 */
import { CUSTOMER_PRESET, LEAD_PRESET } from '../models/presets.js';
import { applyMapping, applyMappingInSteps, type ImportResult } from './apply.js';
import { decodeText, sniffFile } from './decode.js';
import type { TableKind } from './fields.js';
import { defaultMapping, detectPreset, mergeMapping, type ImportFactor, type ImportMapping } from './mapping.js';
import type { PresetName } from './presets.js';
import { issueTable, readCsvTable, type ImportTable, type TableOptions } from './table.js';
import type { DateOrder } from './values.js';
import { readXlsxTable, type XlsxProgress } from './xlsx.js';

export * from './apply.js';
export * from './decode.js';
export * from './fields.js';
export * from './mapping.js';
export * from './owner-history.js';
export * from './presets.js';
export * from './records.js';
export * from './steps.js';
export * from './table.js';
export { ColumnCounts, VALUE_FIELDS, valueCountsOf, type ValueField } from './value-counts.js';
export * from './value-maps.js';
export { parseDate, parseMonth, readNumber, parseFlag, INVALID_DATE, type DateOrder } from './values.js';
export { listSheets, readXlsxTable, type XlsxOptions, type XlsxProgress } from './xlsx.js';

export interface ReadOptions extends TableOptions {
  /** .xlsx: the sheet to read (name, or number from 1; default the first). */
  sheet?: string | number;
  /** .xlsx: progress of the phases (open, parse, rows, done). */
  onProgress?: (p: XlsxProgress) => void;
}

/**
 * Read an export's bytes as a table: an .xlsx workbook (by its ZIP
 * signature) through `readXlsxTable`, text through `readCsvTable` after
 * decoding (UTF-8 ± BOM, UTF-16 by BOM or NUL pattern, else GB18030). An
 * empty, binary or legacy .xls file gives a table with one issue.
 */
export async function readTable(bytes: ArrayBuffer | ArrayBufferView, opts: ReadOptions = {}): Promise<ImportTable> {
  const kind = sniffFile(bytes);
  if (kind === 'xlsx') return readXlsxTable(bytes, opts);
  if (kind === 'text') {
    const { text, encoding } = decodeText(bytes);
    return readTextTable(text, { ...opts, encoding });
  }
  return unreadableTable(kind);
}

/** The table of a file that is no export: empty, binary, or a legacy .xls workbook (one issue, no rows). */
export function unreadableTable(kind: 'empty' | 'binary' | 'xls'): ImportTable {
  switch (kind) {
    case 'empty':
      return issueTable({ format: 'csv' }, { code: 'empty', message: 'the file is empty' });
    case 'binary':
      return issueTable(
        { format: 'csv' },
        {
          code: 'binary',
          message:
            'the file is not text (a binary file such as a PDF, an image or an archive): export the data as CSV or .xlsx',
        },
      );
    case 'xls':
      return issueTable(
        { format: 'xlsx' },
        { code: 'xls', message: 'the file is a legacy .xls workbook: save it as .xlsx or CSV' },
      );
  }
}

/** Read CSV / TSV / `;`-separated text (pasted, or already decoded) as a table. */
export function readTextTable(
  text: string,
  opts: TableOptions & { encoding?: ImportTable['source']['encoding'] } = {},
): ImportTable {
  if (!text.replace(/^\ufeff/, '').trim())
    return issueTable({ format: 'csv' }, { code: 'empty', message: 'the file is empty' });
  return readCsvTable(text, opts);
}

export interface ImportOptions {
  /** `auto` (default): the preset that explains the most headers. */
  preset?: 'auto' | PresetName;
  /** The user's mapping (or part of one), applied over the preset's default. */
  mapping?: Partial<ImportMapping>;
  /** How year-last dates are read; wins over the mapping's. Default `auto` (inferred from the file). */
  dateOrder?: 'auto' | DateOrder;
  /** Tiering factors read into `values` (leads, history, lead-list, customer-list). Default: the lead preset's (docs/models.md §1), the customer preset's for customer-list. */
  factors?: readonly ImportFactor[];
  /** Pipeline stages stage names map to (opportunities). Default: qualify, solution, proposal, negotiation. */
  stages?: readonly { key: string; label?: string | null }[];
  /**
   * Count the distinct values of the columns the import view's value steps list (pool, stage, source, converted,
   * lifecycle stage) while the rows are mapped, so the view reads no row for them (`valueCountsOf(result)`).
   */
  countValues?: boolean;
}

/** The factors a kind reads when none are given: the customer preset's for a customer list, else the lead preset's. */
export const defaultFactors = (kind: TableKind): readonly ImportFactor[] =>
  kind === 'customer-list' ? CUSTOMER_PRESET.factors : LEAD_PRESET.factors;

/** The preset and default mapping for a table, the user's mapping over it (what a mapping UI starts from). */
export function mappingFor(
  table: ImportTable,
  kind: TableKind,
  opts: Pick<ImportOptions, 'preset' | 'mapping' | 'factors' | 'dateOrder'> = {},
): { preset: PresetName; mapping: ImportMapping; scores: Record<PresetName, number> } {
  const detected = detectPreset(table.header, kind);
  const preset = opts.preset && opts.preset !== 'auto' ? opts.preset : detected.preset;
  const factors = opts.factors ?? defaultFactors(kind);
  const mapping = mergeMapping(defaultMapping(table.header, kind, preset, { factors }), opts.mapping);
  if (opts.dateOrder) mapping.dateOrder = opts.dateOrder;
  return { preset, mapping, scores: detected.scores };
}

/** Import a table as `kind`: preset (detected or given), default mapping with the user's over it, applied. */
export function importTable(table: ImportTable, kind: TableKind, opts: ImportOptions = {}): ImportResult {
  const steps = importTableInSteps(table, kind, opts, Infinity);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * `importTable` in steps of `rowsPerStep` rows, yielding the share done (a page maps a large table in slices);
 * `rows` is given the result's rows as they grow (its records so far after each step), once, at the first step.
 */
export function importTableInSteps(
  table: ImportTable,
  kind: TableKind,
  opts: ImportOptions = {},
  rowsPerStep = 10_000,
  rows?: (rows: readonly unknown[]) => void,
): Generator<number, ImportResult> {
  const factors = opts.factors ?? defaultFactors(kind);
  const { preset, mapping } = mappingFor(table, kind, { ...opts, factors });
  const apply: Parameters<typeof applyMapping>[3] = { preset, factors };
  if (opts.stages) apply.stages = opts.stages;
  if (opts.dateOrder) apply.dateOrder = opts.dateOrder;
  if (opts.countValues) apply.countValues = true;
  return applyMappingInSteps(table, kind, mapping, apply, rowsPerStep, rows);
}

/** Read and import an export's bytes in one step. */
export async function importFile(
  bytes: ArrayBuffer | ArrayBufferView,
  kind: TableKind,
  opts: ImportOptions & ReadOptions = {},
): Promise<ImportResult> {
  const table = await readTable(bytes, { ...opts, kind });
  return importTable(table, kind, opts);
}

/**
 * Accounts with the usage points of a usage-by-month import joined by
 * account id (the id as written, trimmed). A month the account already has
 * (from wide month columns) takes the usage file's measures over it. Usage
 * rows whose account is not in the account file are noted (`usage-unmatched`,
 * with their lines in the usage file). Returns a new result; the inputs are
 * not changed.
 */
export function joinUsage(accounts: ImportResult, usage: ImportResult): ImportResult {
  const byId = new Map<string, Record<string, unknown>>();
  const rows = accounts.rows.map((a) => {
    const copy: Record<string, unknown> = { ...a };
    if (Array.isArray(a.usage)) copy.usage = (a.usage as Record<string, unknown>[]).map((p) => ({ ...p }));
    byId.set(String(a.id), copy);
    return copy;
  });
  const unmatched: number[] = [];
  usage.rows.forEach((p, i) => {
    const a = byId.get(String(p.accountId));
    if (!a) {
      unmatched.push(usage.lines[i]!);
      return;
    }
    const list = (a.usage ??= []) as Record<string, unknown>[];
    let point = list.find((q) => q.month === p.month);
    if (!point) list.push((point = { month: p.month }));
    if (p.usageRate !== undefined) point.usageRate = p.usageRate;
    if (p.activeUsers !== undefined) point.activeUsers = p.activeUsers;
  });
  for (const a of rows)
    if (Array.isArray(a.usage))
      (a.usage as { month: string }[]).sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
  const notes = [...accounts.notes];
  if (unmatched.length)
    notes.push({
      code: 'usage-unmatched',
      count: unmatched.length,
      message: `${unmatched.length} usage row${unmatched.length > 1 ? 's name accounts' : ' names an account'} not in the account file (usage file lines ${unmatched.slice(0, 5).join(', ')}${unmatched.length > 5 ? ', …' : ''})`,
    });
  return { ...accounts, rows, notes };
}

/**
 * Imported rows as a model takes them. The contract (docs/models.md §2) requires
 * an opportunity's `amount`; a CRM deal with a blank Amount is imported without
 * one (warning `amount-unknown`) and reaches `assessOpportunities` as amount 0
 * with `amountUnknown: true` (a key the model ignores), so it is assessed, sorts
 * as 0 and adds nothing to the amount at risk; the panels show it as unknown.
 */
export function modelRows(kind: TableKind, rows: readonly unknown[]): unknown[] {
  if (kind !== 'opportunities') return rows.slice();
  return rows.map((r) =>
    r && typeof r === 'object' && (r as { amount?: unknown }).amount == null
      ? { ...r, amount: 0, amountUnknown: true }
      : r,
  );
}
