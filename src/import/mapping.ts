/**
 * The column mapping: which column (or constant) fills each field, the value
 * tables (pools, stages, sources, converted) and the date order. A plain
 * JSON object, so a UI can save and export it and a host can hand it over
 * as a `field-map`. Also: detect the preset of a file, build the default
 * mapping from its headers, and list the distinct values of a column for
 * the value-mapping step.
 */
import { FIELDS, takesFactors, type ImportKind, type TableKind, type UsageMeasure } from './fields.js';
import { lookup } from './keys.js';
import { FACTOR_HEADERS, PRESETS, PRESET_NAMES, headerKey, type PresetName } from './presets.js';
import type { DateOrder } from './values.js';
import { parseMonth } from './values.js';
import { codedIssue, colonIssuesOf, type Issue } from '../schemas/issues.js';
import { EN_IMPORT } from '../i18n/issues/en-import.js';
import type { FileIssue, ImportTable } from './table.js';
import { CLOSED_LOST, CLOSED_WON, channelOf, lifecycleConverted, poolOf, stageOf } from './value-maps.js';
import { parseFlag } from './values.js';
import { isObject } from '../models/guards.js';
import type { ColumnCounts } from './value-counts.js';

const issue = colonIssuesOf(EN_IMPORT);

/** Where a field's value comes from: a column header, a constant for every row, or nothing (not imported). */
export type FieldSource = string | { constant: string | number | boolean } | null;

/** CRM value → model key tables, applied before the built-in names. */
export interface ValueTables {
  /** Pool names → `private`, `line`, `company` or `blacklist`. */
  pool?: Record<string, string>;
  /** Stage names → a pipeline stage key, or `closed-won` / `closed-lost` (set apart). */
  stage?: Record<string, string>;
  /** Sources → the lead model's channel options. */
  source?: Record<string, string>;
  /** Converted-flag or lifecycle-stage values → converted or not. */
  converted?: Record<string, boolean>;
}

export interface ImportMapping {
  /** Field → column header (or constant). Wide usage months of accounts are `usage.YYYY-MM.usageRate` / `.activeUsers`. */
  fields: Record<string, FieldSource>;
  values?: ValueTables;
  /** How year-last dates (3/5/2026) are read; `auto` infers it from the file. */
  dateOrder?: 'auto' | DateOrder;
}

/** A tiering factor as the import reads it (the tiering model's factor, or its key and kind). */
export interface ImportFactor {
  key: string;
  kind: 'options' | 'multi' | 'bands';
  label?: string | null;
  options?: readonly { value: string; label?: string | null }[];
}

// ---- preset detection ---------------------------------------------------------------------

/** Normalised headers of a preset for a kind: fields first, then the other columns it exports. */
const presetKeys = (p: PresetName, kind: TableKind): Set<string> => {
  const pr = PRESETS[p];
  const s = new Set<string>();
  for (const hs of Object.values(pr.fields[kind] ?? {})) for (const h of hs) s.add(headerKey(h).key);
  for (const h of pr.other[kind] ?? []) s.add(headerKey(h).key);
  return s;
};

/**
 * The preset that explains the most of a file's headers for a kind, and the
 * count for each preset. On a tie the earlier preset of PRESET_NAMES wins
 * (the CRM presets come before the generic ones).
 */
export function detectPreset(
  header: readonly string[],
  kind: TableKind,
): { preset: PresetName; scores: Record<PresetName, number> } {
  const keys = [...new Set(header.map((h) => headerKey(h).key))];
  const scores = {} as Record<PresetName, number>;
  let best: PresetName = takesFactors(kind) ? 'generic-zh' : 'generic-en';
  let bestScore = 0;
  for (const p of PRESET_NAMES) {
    const known = presetKeys(p, kind);
    const n = keys.filter((k) => known.has(k)).length;
    scores[p] = n;
    if (n > bestScore) {
      best = p;
      bestScore = n;
    }
  }
  if (!bestScore) best = keys.some((k) => /[^\x00-\x7f]/.test(k)) ? 'generic-zh' : 'generic-en';
  return { preset: best, scores };
}

// ---- default mapping --------------------------------------------------------------------

/** The fields of a kind that can be mapped, in order: the kind's fields, then factor values (leads, history). */
export function mappableFields(kind: TableKind, factors: readonly ImportFactor[] = []): string[] {
  const keys = FIELDS[kind].map((f) => f.key);
  if (takesFactors(kind)) for (const f of factors) keys.push(`values.${f.key}`);
  return keys;
}

/** Header names for a factor column: the preset table for its key, its key, its label. */
const factorNames = (f: ImportFactor): string[] => [
  ...(FACTOR_HEADERS[f.key] ?? []),
  f.key,
  `values.${f.key}`,
  ...(f.label ? [f.label] : []),
];

/** A wide month column of an account export (`2026-01 使用率`, `Usage 2026-01`, `Active users 2026-02`): month and measure. */
export function monthColumn(header: string): { month: string; measure: UsageMeasure } | undefined {
  const h = header.trim().replace(/__c$/i, '');
  const m =
    /(?:^|[^\d])((?:19|20)\d{2})\s*[-/._年]\s*(\d{1,2})(?:\s*月)?(?!\d)/.exec(h) ??
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[\s_-]*((?:19|20)\d{2})\b/i.exec(h);
  if (!m) return undefined;
  const month = /^\d/.test(m[1]!) ? parseMonth(`${m[1]}-${m[2]}`) : parseMonth(`${m[1]} ${m[2]}`);
  if (!month) return undefined;
  const rest = (h.slice(0, m.index) + ' ' + h.slice(m.index + m[0].length)).toLowerCase();
  let measure: UsageMeasure;
  if (/active|活跃用户|活躍用戶|活跃人数|活跃账号|mau|dau|users?\b|用户数/.test(rest)) measure = 'activeUsers';
  else if (/usage|使用|utili[sz]ation|活跃率|rate|率|^[\s_\-.:：()（）]*$/.test(rest)) measure = 'usageRate';
  else return undefined;
  return { month, measure };
}

export interface DefaultMappingOptions {
  /** Tiering factors whose columns become `values.<key>` (leads, history). */
  factors?: readonly ImportFactor[];
}

/**
 * The mapping a preset gives a file's headers: for each field, the first
 * synonym of the preset (in the preset's order) that a header matches; then,
 * for fields still without a column, the other presets' synonyms; then the
 * factor columns; then (accounts) the wide month columns. Each header fills
 * at most one field. Fields without a column are absent (the import applies
 * its documented defaults).
 */
export function defaultMapping(
  header: readonly string[],
  kind: TableKind,
  preset: PresetName,
  opts: DefaultMappingOptions = {},
): ImportMapping {
  const byKey = new Map<string, number[]>();
  header.forEach((h, i) => {
    const k = headerKey(h).key;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const used = new Set<number>();
  const fields: Record<string, FieldSource> = {};
  const take = (field: string, names: readonly string[]): boolean => {
    for (const n of names) {
      const cols = byKey.get(headerKey(n).key);
      const c = cols?.find((i) => !used.has(i));
      if (c !== undefined) {
        used.add(c);
        fields[field] = header[c]!;
        return true;
      }
    }
    return false;
  };
  const keys = FIELDS[kind].map((f) => f.key);
  const order = [preset, ...PRESET_NAMES.filter((p) => p !== preset)];
  for (const p of order) for (const k of keys) if (!(k in fields)) take(k, PRESETS[p].fields[kind]?.[k] ?? []);
  if (takesFactors(kind)) {
    for (const f of opts.factors ?? []) {
      const field = `values.${f.key}`;
      if (field in fields) continue;
      for (const p of order) if (!(field in fields)) take(field, PRESETS[p].fields[kind]?.[field] ?? []);
      if (!(field in fields)) take(field, factorNames(f));
    }
  }
  if (kind === 'accounts')
    header.forEach((h, i) => {
      if (used.has(i)) return;
      const mc = monthColumn(h);
      if (!mc) return;
      const field = `usage.${mc.month}.${mc.measure}`;
      if (field in fields) return;
      used.add(i);
      fields[field] = h;
    });
  return { fields, values: {}, dateOrder: 'auto' };
}

// ---- user mappings -------------------------------------------------------------------------

const META = new Set(['fields', 'values', 'dateOrder', 'kind', 'preset']);
const DATE_ORDERS = new Set(['auto', 'mdy', 'dmy', 'ymd']);
const POOLS = new Set(['private', 'line', 'company', 'blacklist']);

/**
 * A mapping from JSON: the canonical `{ fields, values?, dateOrder? }`, or
 * a flat `{ field: header }` object (a host's `field-map`). Issues name what
 * is wrong (path and message); the parts that are right are kept.
 */
export function parseMapping(input: unknown): { mapping: ImportMapping; issues: Issue[] } {
  const issues: Issue[] = [];
  const mapping: ImportMapping = { fields: {} };
  if (!isObject(input)) {
    issues.push(codedIssue('', EN_IMPORT.mapping_object(), 'mapping_object', {}));
    return { mapping, issues };
  }
  const rawFields = isObject(input.fields)
    ? input.fields
    : Object.fromEntries(Object.entries(input).filter(([k]) => !META.has(k)));
  for (const [k, v] of Object.entries(rawFields)) {
    if (v === null || typeof v === 'string') mapping.fields[k] = v;
    else if (isObject(v) && 'constant' in v && ['string', 'number', 'boolean'].includes(typeof v.constant))
      mapping.fields[k] = { constant: v.constant as string | number | boolean };
    else issues.push(issue(`fields.${k}`, 'mapping_field', {}));
  }
  if (input.values !== undefined) {
    if (!isObject(input.values)) issues.push(issue('values', 'mapping_values', {}));
    else {
      const values: ValueTables = {};
      for (const t of ['pool', 'stage', 'source'] as const) {
        const tab = input.values[t];
        if (tab === undefined) continue;
        if (!isObject(tab)) {
          issues.push(issue(`values.${t}`, 'mapping_table', {}));
          continue;
        }
        const out: Record<string, string> = {};
        for (const [from, to] of Object.entries(tab)) {
          if (typeof to !== 'string' || (t === 'pool' && !POOLS.has(to)))
            issues.push(issue(`values.${t}.${from}`, t === 'pool' ? 'mapping_pool' : 'mapping_key', {}));
          else out[from] = to;
        }
        values[t] = out;
      }
      const conv = input.values.converted;
      if (conv !== undefined) {
        if (!isObject(conv)) issues.push(issue('values.converted', 'mapping_converted', {}));
        else {
          const out: Record<string, boolean> = {};
          for (const [from, to] of Object.entries(conv)) {
            if (typeof to !== 'boolean') issues.push(issue(`values.converted.${from}`, 'mapping_boolean', {}));
            else out[from] = to;
          }
          values.converted = out;
        }
      }
      mapping.values = values;
    }
  }
  if (input.dateOrder !== undefined) {
    if (typeof input.dateOrder === 'string' && DATE_ORDERS.has(input.dateOrder))
      mapping.dateOrder = input.dateOrder as ImportMapping['dateOrder'];
    else issues.push(issue('dateOrder', 'mapping_date_order', {}));
  }
  return { mapping, issues };
}

/** The user's mapping over a default one: the fields the user names replace the default's (null removes one); value tables merge entry by entry. */
export function mergeMapping(base: ImportMapping, user: Partial<ImportMapping> | undefined): ImportMapping {
  if (!user) return base;
  const values: ValueTables = {};
  for (const t of ['pool', 'stage', 'source', 'converted'] as const) {
    const merged = { ...(base.values?.[t] ?? {}), ...(user.values?.[t] ?? {}) };
    if (Object.keys(merged).length) (values as Record<string, unknown>)[t] = merged;
  }
  // Only the fields the user names change (a column may feed two fields, e.g. createdAt and stageEnteredAt).
  const fields = { ...base.fields, ...(user.fields ?? {}) };
  return { fields, values, dateOrder: user.dateOrder ?? base.dateOrder ?? 'auto' };
}

/** The column index a header names (exact text first, then compared as headers are), or -1. */
export function columnOf(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const t = name.trim();
  const trimmed = header.findIndex((h) => h.trim() === t);
  if (trimmed >= 0) return trimmed;
  const k = headerKey(t).key;
  return header.findIndex((h) => headerKey(h).key === k);
}

/** Mapping fields that name a header the file does not have (a saved mapping from another export). */
export function unknownColumns(table: ImportTable, mapping: ImportMapping): FileIssue[] {
  const out: FileIssue[] = [];
  for (const [field, src] of Object.entries(mapping.fields))
    if (typeof src === 'string' && columnOf(table.header, src) < 0)
      out.push({
        code: 'unknown-column',
        message: `${field}: the mapping names the column ${JSON.stringify(src)}, which this file does not have; its columns are ${table.header.map((h) => JSON.stringify(h)).join(', ')}`,
        fields: [field],
        headers: table.header,
        column: src,
      });
  return out;
}

// ---- distinct values ----------------------------------------------------------------------

/** A distinct value of a column, how many rows have it, and what it reads as now (undefined: not recognised). */
export interface DistinctValue {
  value: string;
  count: number;
  reading?: string | boolean;
}

/**
 * The distinct values (trimmed; blank as '') of the column a field is mapped
 * to, most frequent first (then by first appearance), with their current
 * reading for the value-mapping step: pools, stages and sources by the
 * mapping's tables and the built-in names, converted flags and lifecycle
 * stages as true/false. At most `limit` values (default 200). `counts`: the
 * value columns counted while a mapping of `table` ran (`valueCountsOf`), used
 * when they cover this column of this table; otherwise the rows are counted.
 */
export function distinctValues(
  table: ImportTable,
  mapping: ImportMapping,
  field: string,
  opts: { limit?: number; stages?: readonly { key: string; label?: string | null }[]; counts?: ColumnCounts } = {},
): DistinctValue[] {
  const src = mapping.fields[field];
  if (typeof src !== 'string') return [];
  const c = columnOf(table.header, src);
  if (c < 0) return [];
  const counts = opts.counts?.of(table, c) ?? countColumn(table, c);
  const values = mapping.values ?? {};
  const read = (v: string): string | boolean | undefined => {
    if (field === 'pool') return v ? poolOf(v, values.pool) : undefined;
    if (field === 'stage') return v ? stageOf(v, values.stage, opts.stages) : undefined;
    if (field === 'source' || field === 'values.channel') return channelOf(v, values.source);
    if (field === 'converted' || field === 'closed' || field === 'won' || field === 'keyAccount') {
      const own = values.converted && field === 'converted' ? lookup(values.converted, v) : undefined;
      if (own !== undefined) return own;
      const f = parseFlag(v);
      return f === null ? undefined : f;
    }
    if (field === 'lifecycleStage') return lifecycleConverted(v, values.converted);
    return undefined;
  };
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, opts.limit ?? 200)
    .map(([value, count]) => {
      const reading = read(value);
      return reading === undefined ? { value, count } : { value, count, reading };
    });
}

/** The trimmed cells of column `c` of every row, value → rows, in order of first appearance. */
function countColumn(table: ImportTable, c: number): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const v = row[c]!.trim();
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

export { CLOSED_WON, CLOSED_LOST };
/** The kinds a mapping can be for. */
export type { ImportKind };
