/**
 * What the import view shows, as pure functions of a table, a mapping and
 * an import result (src/import): the mapping step (each field with its
 * column, constant or nothing, and the column's first value), the value
 * mapping (the distinct values of the mapped pool / stage / source /
 * converted columns with the key each reads as), a preview of the first
 * rows, the row problems grouped with the fix each points at, the
 * fallbacks used, the skipped rows as CSV, and the user's mapping as it is
 * saved, exported and edited. No DOM: the elements only render this.
 */
import {
  CHANNELS,
  CLOSED_LOST,
  CLOSED_WON,
  PRESET_NAMES,
  columnOf,
  distinctValues,
  fieldSpecs,
  groupIssues,
  parseMapping,
  type FieldSource,
  type FieldType,
  type FileIssue,
  type ImportFactor,
  type ImportMapping,
  type ImportResult,
  type ImportTable,
  type IssueGroup,
  type PresetName,
  type RowIssue,
  type TableKind,
  type ValueTables,
} from '../import/index.js';
import { VALUE_FIELDS, valueCountsOf, type ColumnCounts, type ValueField } from '../import/value-counts.js';
import { toCsv } from '../parse/csv.js';

// The value fields live with the import, which counts their columns' values as it maps the rows.
export { VALUE_FIELDS, type ValueField };

/** The value table of the mapping a field's values go in (a lifecycle stage says converted or not). */
export const valueTableOf = (f: ValueField): keyof ValueTables => (f === 'lifecycleStage' ? 'converted' : f);

export const POOL_KEYS = ['private', 'line', 'company', 'blacklist'] as const;

export interface Stage {
  key: string;
  label?: string | null;
}

/** The keys a value of a field can be mapped to (flags as `true` / `false`). */
export function valueTargets(field: ValueField, stages: readonly Stage[]): string[] {
  switch (field) {
    case 'pool':
      return [...POOL_KEYS];
    case 'stage':
      return [...stages.map((s) => s.key), CLOSED_WON, CLOSED_LOST];
    case 'source':
      return [...CHANNELS];
    default:
      return ['true', 'false'];
  }
}

/** Where a field's value comes from, as the mapping step offers it. */
export type FieldChoice = { kind: 'none' } | { kind: 'column'; column: string } | { kind: 'constant'; value: string };

export const choiceOf = (src: FieldSource | undefined): FieldChoice =>
  src == null
    ? { kind: 'none' }
    : typeof src === 'string'
      ? { kind: 'column', column: src }
      : { kind: 'constant', value: String(src.constant) };

/** One field of the mapping step. */
export interface FieldRow {
  key: string;
  type: FieldType;
  required: boolean;
  choice: FieldChoice;
  /** The column's first value (empty for none or a constant). */
  sample: string;
}

/** One value-mapped field: its column's distinct values, how many rows have each, and the key each reads as now. */
export interface ValueStep {
  field: ValueField;
  column: string;
  values: { value: string; count: number; target?: string }[];
  /** Rows with a blank cell (read by the kind's rule, e.g. a blank pool by the owner). */
  blank: number;
  /** The keys a value can be mapped to. */
  targets: string[];
}

/** A row problem group with what fixes it: a value to map, or a field's column to choose. */
export interface ProblemGroup extends IssueGroup {
  fix?: { step: 'value' | 'field'; field: string; value?: string };
}

/** A fallback used: a field filled from another for some rows. */
export interface Fallback {
  field: string;
  from: { field: string; count: number }[];
}

/** Everything the import view shows for a table and its import. */
export interface ImportView {
  presets: readonly PresetName[];
  fields: FieldRow[];
  values: ValueStep[];
  preview: { columns: string[]; rows: string[][] };
  /** Rows not imported (closed deals apart), largest group first. */
  errors: ProblemGroup[];
  /** Rows imported with a note (fallbacks apart). */
  warnings: ProblemGroup[];
  fallbacks: Fallback[];
  /** The file (or mapping) cannot be used at all. */
  problem?: FileIssue;
}

const PREVIEW_ROWS = 5;
const VALUES_SHOWN = 100;
const SAMPLE_SCAN = 50;

/** The first non-blank value of a column among the first rows. */
function sampleOf(table: ImportTable, column: string): string {
  const c = columnOf(table.header, column);
  if (c < 0) return '';
  const n = Math.min(table.rows.length, SAMPLE_SCAN);
  for (let i = 0; i < n; i++) {
    const v = table.rows[i]![c]!.trim();
    if (v) return v;
  }
  return '';
}

/** The fields of the mapping step: the kind's (and factors'), then the wide usage months the mapping names. */
export function fieldRows(
  table: ImportTable,
  kind: TableKind,
  mapping: ImportMapping,
  factors: readonly ImportFactor[] = [],
): FieldRow[] {
  const specs: { key: string; type: FieldType; required?: boolean }[] = fieldSpecs(kind, factors);
  if (kind === 'accounts')
    for (const k of Object.keys(mapping.fields)) {
      const m = /^usage\.\d{4}-\d{2}\.(usageRate|activeUsers)$/.exec(k);
      if (m) specs.push({ key: k, type: m[1] === 'usageRate' ? 'rate' : 'number' });
    }
  return specs.map((s) => {
    const choice = choiceOf(mapping.fields[s.key]);
    return {
      key: s.key,
      type: s.type,
      required: !!s.required,
      choice,
      sample: choice.kind === 'column' ? sampleOf(table, choice.column) : '',
    };
  });
}

/**
 * The value-mapping steps of the kind's value fields that have a column. `counts`: the value columns counted
 * while a mapping of `table` ran (`valueCountsOf(result)`): the columns they cover are not read again.
 */
export function valueSteps(
  table: ImportTable,
  kind: TableKind,
  mapping: ImportMapping,
  stages: readonly Stage[],
  counts?: ColumnCounts,
): ValueStep[] {
  const out: ValueStep[] = [];
  for (const field of VALUE_FIELDS[kind]) {
    const src = mapping.fields[field];
    if (typeof src !== 'string' || columnOf(table.header, src) < 0) continue;
    const opts = counts ? { stages, limit: VALUES_SHOWN + 1, counts } : { stages, limit: VALUES_SHOWN + 1 };
    const all = distinctValues(table, mapping, field, opts);
    let blank = 0;
    const values: ValueStep['values'] = [];
    for (const v of all) {
      if (!v.value) blank = v.count;
      else if (values.length < VALUES_SHOWN)
        values.push(v.reading === undefined ? { value: v.value, count: v.count } : { ...v, target: String(v.reading) });
    }
    out.push({ field, column: src, values, blank, targets: valueTargets(field, stages) });
  }
  return out;
}

const previewCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v))
    return v.every((x) => typeof x !== 'object' || x === null) ? v.join(' | ') : `${v.length} × ${typeOfList(v)}`;
  if (typeof v === 'object') return JSON.stringify(v);
  // Objects returned above: v is a primitive or a function, whose String() is its text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
  return String(v);
};
const typeOfList = (v: unknown[]): string => {
  const first = v[0] as Record<string, unknown> | undefined;
  return first && 'month' in first ? 'month' : 'item';
};

/** The first imported rows as text, one column per (flattened) key, in the order the rows have them. */
export function previewTable(result: ImportResult, n = PREVIEW_ROWS): { columns: string[]; rows: string[][] } {
  const rows = result.rows.slice(0, n);
  const columns: string[] = [];
  const flat = rows.map((r) => {
    const m = new Map<string, string>();
    for (const [k, v] of Object.entries(r)) {
      if (v && typeof v === 'object' && !Array.isArray(v))
        for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) m.set(`${k}.${k2}`, previewCell(v2));
      else m.set(k, previewCell(v));
    }
    for (const k of m.keys()) if (!columns.includes(k)) columns.push(k);
    return m;
  });
  return { columns, rows: flat.map((m) => columns.map((c) => m.get(c) ?? '')) };
}

const VALUE_CODES: Record<string, ValueField> = {
  'pool-unknown': 'pool',
  'stage-unknown': 'stage',
  'converted-unknown': 'converted',
  'source-other': 'source',
};

/** What fixes a group of row problems: map a value, or choose a field's column. */
export function fixOf(g: IssueGroup, kind: TableKind): ProblemGroup['fix'] {
  const vf = VALUE_CODES[g.code];
  if (vf && VALUE_FIELDS[kind].includes(vf)) {
    const fix: NonNullable<ProblemGroup['fix']> = { step: 'value', field: vf };
    if (g.values?.[0] !== undefined) fix.value = g.values[0];
    return fix;
  }
  if (g.field && ['missing-value', 'invalid-date', 'invalid-value', 'amount-ambiguous'].includes(g.code))
    return { step: 'field', field: g.field };
  return undefined;
}

/** The fallbacks an import used, per field, most used source first. */
export function fallbacks(result: ImportResult): Fallback[] {
  const by = new Map<string, Map<string, number>>();
  for (const w of result.warnings) {
    if (w.code !== 'fallback' || !w.field || !w.value) continue;
    let m = by.get(w.field);
    if (!m) by.set(w.field, (m = new Map<string, number>()));
    m.set(w.value, (m.get(w.value) ?? 0) + 1);
  }
  return [...by].map(([field, m]) => ({
    field,
    from: [...m].map(([f, count]) => ({ field: f, count })).sort((a, b) => b.count - a.count),
  }));
}

/**
 * The problem with a file as a whole, as the view words it. A sheet whose
 * only row is one cell (a title in merged cells, nothing under it) reads as
 * a header with no data; it is told apart as `title-only`.
 */
export function fileProblem(table: ImportTable, result?: ImportResult): FileIssue | undefined {
  const first = table.issues[0] ?? result?.issues[0];
  if (!first) return undefined;
  if (first.code === 'header-only' && table.header.length === 1 && table.source.format !== 'records') {
    const out: FileIssue = {
      code: 'title-only',
      message: `line ${table.headerLine} holds only a title (${JSON.stringify(table.header[0])}), no column headers and no data`,
      headers: table.header,
      line: table.headerLine,
    };
    if (table.source.sheets) out.sheets = table.source.sheets;
    return out;
  }
  return first;
}

/** The whole view of an import. */
export function importView(
  table: ImportTable,
  result: ImportResult,
  kind: TableKind,
  opts: { factors?: readonly ImportFactor[]; stages?: readonly Stage[] } = {},
): ImportView {
  const view: ImportView = {
    presets: PRESET_NAMES,
    fields: fieldRows(table, kind, result.mapping, opts.factors),
    values: valueSteps(table, kind, result.mapping, opts.stages ?? [], valueCountsOf(result)),
    preview: previewTable(result),
    errors: groupIssues(result.skipped.filter((s) => s.code !== 'closed')).map((g) => withFix(g, kind)),
    warnings: groupIssues(result.warnings.filter((w) => w.code !== 'fallback')).map((g) => withFix(g, kind)),
    fallbacks: fallbacks(result),
  };
  const problem = fileProblem(table, result);
  if (problem) view.problem = problem;
  return view;
}

const withFix = (g: IssueGroup, kind: TableKind): ProblemGroup => {
  const fix = fixOf(g, kind);
  return fix ? { ...g, fix } : g;
};

/**
 * The skipped rows as CSV, to fix in a spreadsheet: the file's line, the
 * problem (worded by `word`), the field and value at fault, then the row's
 * own cells under the file's header (none for a row that could not be read).
 * Closed deals are left out: they are set apart, not errors.
 */
export function skippedRowsCsv(
  table: ImportTable,
  result: ImportResult,
  word: (issue: RowIssue) => string,
  head: { line: string; problem: string; field: string; value: string },
): string {
  const byLine = new Map<number, number>();
  table.lines.forEach((l, i) => byLine.set(l, i));
  const rows = result.skipped
    .filter((s) => s.code !== 'closed')
    .map((s) => {
      const i = byLine.get(s.line);
      const cells = i === undefined ? [] : table.rows[i]!;
      return [s.line, word(s), s.field ?? '', s.value ?? '', ...cells];
    });
  return toCsv([head.line, head.problem, head.field, head.value, ...table.header], rows);
}

// ---- the user's mapping ------------------------------------------------------------------

/** The user's mapping edits: fields, value tables and date order over the preset's default. */
export type MappingEdits = Partial<ImportMapping>;

/** Set where one field comes from (`none`: not imported, even when the preset would map it). */
export function withField(edits: MappingEdits, field: string, choice: FieldChoice): MappingEdits {
  const src: FieldSource =
    choice.kind === 'none' ? null : choice.kind === 'column' ? choice.column : { constant: choice.value };
  return { ...edits, fields: { ...(edits.fields ?? {}), [field]: src } };
}

/** Map one value of a field to a key (`undefined`: back to the built-in reading). */
export function withValue(
  edits: MappingEdits,
  field: ValueField,
  value: string,
  target: string | undefined,
): MappingEdits {
  const t = valueTableOf(field);
  const table: Record<string, unknown> = { ...(edits.values?.[t] ?? {}) };
  if (target === undefined) delete table[value];
  else table[value] = t === 'converted' ? target === 'true' : target;
  return { ...edits, values: { ...(edits.values ?? {}), [t]: table } };
}

/**
 * The edits a table can take: a column a saved mapping names that this
 * file does not have is dropped (the preset's default applies), so a
 * mapping kept from another export never blocks this one; constants, value
 * tables and the date order stay.
 */
export function editsForTable(table: ImportTable, edits: MappingEdits): MappingEdits {
  if (!edits.fields) return edits;
  const fields: Record<string, FieldSource> = {};
  for (const [k, v] of Object.entries(edits.fields))
    if (typeof v !== 'string' || columnOf(table.header, v) >= 0) fields[k] = v;
  return { ...edits, fields };
}

/** Two mapping edits, the second over the first (fields replace, value tables merge entry by entry). */
export function layerEdits(base: MappingEdits | undefined, top: MappingEdits | undefined): MappingEdits {
  if (!base) return top ?? {};
  if (!top) return base;
  const values: ValueTables = {};
  for (const t of ['pool', 'stage', 'source', 'converted'] as const) {
    const merged = { ...(base.values?.[t] ?? {}), ...(top.values?.[t] ?? {}) };
    if (Object.keys(merged).length) (values as Record<string, unknown>)[t] = merged;
  }
  const out: MappingEdits = { fields: { ...(base.fields ?? {}), ...(top.fields ?? {}) }, values };
  const order = top.dateOrder ?? base.dateOrder;
  if (order) out.dateOrder = order;
  return out;
}

/** What is saved under the element's storage-key for one kind of import. */
export interface SavedMapping {
  v: 1;
  preset: 'auto' | PresetName;
  edits: MappingEdits;
}

const isPreset = (p: unknown): p is PresetName =>
  typeof p === 'string' && (PRESET_NAMES as readonly string[]).includes(p);

/** Saved mapping state, checked (undefined for none or an unknown version; bad entries dropped). */
export function readSavedMapping(s: unknown): SavedMapping | undefined {
  if (!s || typeof s !== 'object' || (s as { v?: unknown }).v !== 1) return undefined;
  const o = s as Record<string, unknown>;
  const { mapping } = parseMapping(o.edits ?? {});
  return { v: 1, preset: isPreset(o.preset) ? o.preset : 'auto', edits: mapping };
}

/** A mapping file as exported (and read back, or handed to an element as `field-map`). */
export function mappingFile(kind: TableKind, preset: PresetName, mapping: ImportMapping): Record<string, unknown> {
  const out: Record<string, unknown> = { kind, preset, fields: mapping.fields };
  if (mapping.values && Object.keys(mapping.values).length) out.values = mapping.values;
  if (mapping.dateOrder && mapping.dateOrder !== 'auto') out.dateOrder = mapping.dateOrder;
  return out;
}

/** A mapping file read back: the edits, the preset it names, and what is wrong with it. */
export function readMappingFile(json: unknown): {
  edits: MappingEdits;
  preset?: PresetName;
  issues: { path: string; message: string }[];
} {
  const { mapping, issues } = parseMapping(json);
  const out: ReturnType<typeof readMappingFile> = { edits: mapping, issues };
  const p = json && typeof json === 'object' ? (json as { preset?: unknown }).preset : undefined;
  if (isPreset(p)) out.preset = p;
  return out;
}
