/**
 * A table and a mapping → model rows of one kind, with every row that was
 * not imported (and why) and every row imported with a note (a fallback, an
 * unknown amount, a value read as a default). Bad optional cells are left
 * out and noted, never a reason to drop a row; a row is skipped only when a
 * required field cannot be read, or when it is a closed deal (set apart
 * with code `closed`, not an error).
 */
import { FIELDS, USAGE_MEASURES, type FieldSpec, type TableKind } from './fields.js';
import {
  columnOf,
  mappableFields,
  unknownColumns,
  type ImportFactor,
  type ImportMapping,
  type ValueTables,
} from './mapping.js';
import { PRESETS, headerKey, type PresetName } from './presets.js';
import type { FileIssue, ImportTable, RowIssue, TableSource } from './table.js';
import {
  CHANNELS,
  CLOSED_LOST,
  CLOSED_WON,
  channelOf,
  isQueueOwner,
  lifecycleConverted,
  poolOf,
  stageOf,
} from './value-maps.js';
import {
  INVALID_DATE,
  dateEvidence,
  orderFromEvidence,
  parseDate,
  parseFlag,
  parseMonth,
  readNumber,
  type DateOrder,
  type NumberCell,
} from './values.js';

export interface ApplyOptions {
  /** The preset the mapping came from (named in the result; its date order reads year-last dates nothing settles). */
  preset: PresetName;
  /** Tiering factors whose columns fill `values` (leads, history); default: none for leads, the lead preset's for history (given by the caller). */
  factors?: readonly ImportFactor[];
  /** Pipeline stages (opportunities; default the four of MODELS.md §2). */
  stages?: readonly { key: string; label?: string | null }[];
  /** Overrides the mapping's date order unless `auto`. */
  dateOrder?: 'auto' | DateOrder;
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

// ---- column access ----------------------------------------------------------------------

type Getter = { col: number; unit: number; header: string } | { constant: string };

const DEFAULT_STAGES = ['qualify', 'solution', 'proposal', 'negotiation'].map((key) => ({ key }));

/** Everything the row builders share for one import. */
class Run {
  readonly skipped: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly notes: FileIssue[] = [];
  readonly getters = new Map<string, Getter>();
  readonly orders = new Map<string, DateOrder>();
  readonly numbers = new Map<string, (NumberCell | null | undefined)[]>();
  readonly marks = new Map<string, { mark: '.' | ','; mixed: boolean }>();
  readonly values: ValueTables;
  line = 0;
  index = 0;
  failed = false;
  fileOrder: DateOrder | undefined;
  /** Year-last date cells seen (3/5/2026): only then does a date order apply. */
  yearLast = 0;

  constructor(
    readonly table: ImportTable,
    readonly mapping: ImportMapping,
    readonly opts: ApplyOptions,
  ) {
    this.values = mapping.values ?? {};
    for (const [field, src] of Object.entries(mapping.fields)) {
      if (src === null || src === undefined) continue;
      if (typeof src === 'string') {
        const col = columnOf(table.header, src);
        if (col >= 0)
          this.getters.set(field, { col, unit: headerKey(table.header[col]!).unit, header: table.header[col]! });
      } else this.getters.set(field, { constant: String(src.constant) });
    }
  }

  has(field: string): boolean {
    return this.getters.has(field);
  }

  /** The header a field is read from, for messages. */
  where(field: string): string {
    const g = this.getters.get(field);
    return g && 'col' in g ? ` (column ${JSON.stringify(g.header)})` : '';
  }

  cell(row: readonly string[], field: string): string {
    const g = this.getters.get(field);
    if (!g) return '';
    return 'col' in g ? row[g.col]! : g.constant;
  }

  text(row: readonly string[], field: string): string | undefined {
    const t = this.cell(row, field).trim();
    return t ? t : undefined;
  }

  error(code: string, message: string, field?: string, value?: string): void {
    const i: RowIssue = { line: this.line, code, message: `line ${this.line}: ${message}` };
    if (field !== undefined) i.field = field;
    if (value !== undefined) i.value = value;
    this.skipped.push(i);
    this.failed = true;
  }

  warn(code: string, message: string, field?: string, value?: string): void {
    const i: RowIssue = { line: this.line, code, message: `line ${this.line}: ${message}` };
    if (field !== undefined) i.field = field;
    if (value !== undefined) i.value = value;
    this.warnings.push(i);
  }

  /** Settle the date order of each date column, and the decimal mark of each amount column, from every row. */
  prepare(specs: readonly { key: string; type: string }[]): void {
    const rows = this.table.rows;
    let fileMdy = 0;
    let fileDmy = 0;
    let either = 0;
    const colEvidence = new Map<string, [number, number]>();
    for (const s of specs) {
      const g = this.getters.get(s.key);
      if (!g || !('col' in g)) continue;
      if (s.type === 'date') {
        let mdy = 0;
        let dmy = 0;
        for (let r = 0; r < rows.length; r++) {
          const e = dateEvidence(rows[r]![g.col]!);
          if (e === 'mdy') mdy++;
          else if (e === 'dmy') dmy++;
          else if (e === 'either') either++;
        }
        colEvidence.set(s.key, [mdy, dmy]);
        this.yearLast += mdy + dmy;
        fileMdy += mdy;
        fileDmy += dmy;
      } else if (s.type === 'amount' || s.type === 'number' || s.type === 'rate') {
        const parsed = new Array<NumberCell | null | undefined>(rows.length);
        const seen = { '.': false, ',': false };
        for (let r = 0; r < rows.length; r++) {
          const n = readNumber(stripUnit(rows[r]![g.col]!));
          parsed[r] = n;
          if (n && (n.mark === '.' || n.mark === ',')) seen[n.mark] = true;
        }
        this.numbers.set(s.key, parsed);
        const mark = seen['.'] && !seen[','] ? '.' : seen[','] && !seen['.'] ? ',' : this.table.decimalMark;
        this.marks.set(s.key, { mark, mixed: seen['.'] && seen[','] });
      }
    }
    const forced = this.opts.dateOrder && this.opts.dateOrder !== 'auto' ? this.opts.dateOrder : undefined;
    const mapped = this.mapping.dateOrder && this.mapping.dateOrder !== 'auto' ? this.mapping.dateOrder : undefined;
    const user = forced ?? mapped;
    const preset = PRESETS[this.opts.preset].dateOrder;
    this.fileOrder = orderFromEvidence(fileMdy, fileDmy);
    for (const s of specs) {
      if (s.type !== 'date') continue;
      const ev = colEvidence.get(s.key);
      const own = ev ? orderFromEvidence(ev[0], ev[1]) : undefined;
      // A user's mdy/dmy wins; ymd (year-first files) still reads year-last cells by what the file shows.
      const order = user && user !== 'ymd' ? user : (own ?? this.fileOrder ?? (preset === 'ymd' ? 'mdy' : preset));
      this.orders.set(s.key, order);
    }
    this.yearLast += either;
    if (!user && !this.fileOrder && either > 0) {
      const order = preset === 'ymd' ? 'mdy' : preset;
      this.notes.push({
        code: 'date-order-assumed',
        message: `no date of the file settles whether 3/5/2026 is March 5 or 3 May; read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'} (set the date order to change it)`,
      });
    }
  }

  date(row: readonly string[], field: string, required = false): string | undefined {
    const g = this.getters.get(field);
    if (!g) return undefined;
    const cell = 'col' in g ? row[g.col]! : g.constant;
    const v = parseDate(cell, this.orders.get(field) ?? this.fileOrder ?? 'mdy');
    if (v !== INVALID_DATE) return v;
    const msg = `${field} ${JSON.stringify(cell.trim())} is not a date${this.where(field)}`;
    if (required) this.error('invalid-date', msg, field, cell.trim());
    else this.warn('invalid-value', `${msg}; left out`, field, cell.trim());
    return undefined;
  }

  /** A number cell (amounts, counts, rates before scaling): undefined when blank or unreadable (noted). */
  number(row: readonly string[], field: string, what = 'a number'): number | undefined {
    const g = this.getters.get(field);
    if (!g) return undefined;
    let n: NumberCell | null | undefined;
    let cell: string;
    if ('col' in g) {
      cell = row[g.col]!;
      n = this.numbers.get(field)?.[this.index] ?? readNumber(stripUnit(cell));
    } else {
      cell = g.constant;
      n = readNumber(cell);
    }
    if (n === null) return undefined;
    if (n === undefined) {
      this.warn(
        'invalid-value',
        `${field} ${JSON.stringify(cell.trim())} is not ${what}${this.where(field)}; left out`,
        field,
        cell.trim(),
      );
      return undefined;
    }
    const m = this.marks.get(field) ?? { mark: this.table.decimalMark, mixed: false };
    if (n.mark === '?' && m.mixed) {
      this.warn(
        'amount-ambiguous',
        `${field} ${JSON.stringify(cell.trim())} could be ${n.dot} or ${n.comma} (the column uses both decimal marks)${this.where(field)}; left out`,
        field,
        cell.trim(),
      );
      return undefined;
    }
    const v = m.mark === '.' ? n.dot : n.comma;
    const unit = 'col' in g ? g.unit : 1;
    return unit === 1 ? v : Number((v * unit).toPrecision(15));
  }

  amount(row: readonly string[], field: string): number | undefined {
    const v = this.number(row, field, 'an amount');
    if (v !== undefined && v < 0) {
      this.warn('invalid-value', `${field} ${v} is negative${this.where(field)}; left out`, field, String(v));
      return undefined;
    }
    return v;
  }

  /** A rate as a fraction: `85%` and `0.85` are 0.85; a plain number above 1 and up to 100 is read as per cent. */
  rate(row: readonly string[], field: string): number | undefined {
    let v = this.number(row, field, 'a rate');
    if (v === undefined) return undefined;
    if (v > 1 && v <= 100 && !this.cell(row, field).includes('%')) v = v / 100;
    if (v < 0 || v > 1) {
      this.warn(
        'invalid-value',
        `${field} ${this.cell(row, field).trim()} is not a rate from 0 to 100 %${this.where(field)}; left out`,
        field,
      );
      return undefined;
    }
    return v;
  }

  flag(row: readonly string[], field: string, table?: Readonly<Record<string, boolean>>): boolean | undefined {
    const cell = this.cell(row, field).trim();
    if (!cell) return undefined;
    if (table) {
      const own = lookupBool(table, cell);
      if (own !== undefined) return own;
    }
    const f = parseFlag(cell);
    if (f === null) {
      this.warn(
        'invalid-value',
        `${field} ${JSON.stringify(cell)} is not yes or no${this.where(field)}; left out`,
        field,
        cell,
      );
      return undefined;
    }
    return f;
  }
}

const lookupBool = (t: Readonly<Record<string, boolean>>, v: string): boolean | undefined => {
  if (Object.hasOwn(t, v)) return t[v];
  const k = v.toLowerCase();
  for (const [from, to] of Object.entries(t)) if (from.trim().toLowerCase() === k) return to;
  return undefined;
};

/** Units written after a count or score (`30天`, `4.5分`, `12 days`, `8人`). */
const stripUnit = (cell: string): string => {
  const t = cell.trim();
  const c = t.charCodeAt(t.length - 1);
  if (c < 128 && !/days?$/i.test(t)) return t;
  return t.replace(/\s*(天|日|分|人|个|個|次|件|days?)$/i, '');
};

// ---- the kinds -------------------------------------------------------------------------

/** Fields whose cells are read in the prepare pass (date order, decimal mark). */
const specsOf = (
  kind: TableKind,
  mapping: ImportMapping,
  factors: readonly ImportFactor[],
): { key: string; type: string }[] => {
  const out: { key: string; type: string }[] = FIELDS[kind].map((f) => ({ key: f.key, type: f.type }));
  for (const fac of factors) if (fac.kind === 'bands') out.push({ key: `values.${fac.key}`, type: 'amount' });
  if (kind === 'accounts')
    for (const k of Object.keys(mapping.fields)) {
      const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(k);
      if (m) out.push({ key: k, type: m[2] === 'usageRate' ? 'rate' : 'number' });
    }
  return out;
};

function factorValues(
  run: Run,
  row: readonly string[],
  factors: readonly ImportFactor[],
  into: Record<string, unknown>,
): void {
  for (const fac of factors) {
    const field = `values.${fac.key}`;
    if (!run.has(field)) continue;
    if (fac.kind === 'bands') {
      const v = run.number(row, field);
      if (v !== undefined) into[fac.key] = v;
      continue;
    }
    const t = run.text(row, field);
    if (!t) continue;
    const known = fac.options?.length ? fac.options : undefined;
    const match = (s: string): string | undefined => {
      if (!known) return s;
      const k = s.toLowerCase();
      const o = known.find((o) => o.value.toLowerCase() === k || (o.label && o.label.toLowerCase() === k));
      return o?.value;
    };
    if (fac.kind === 'multi') {
      const parts = t
        .split(/[|;,，、；]/)
        .map((s) => s.trim())
        .filter(Boolean);
      const vals: string[] = [];
      for (const p of parts) {
        const v = match(p);
        if (v === undefined)
          run.warn(
            'option-unknown',
            `${field} ${JSON.stringify(p)} is not an option of ${fac.key}; left out`,
            field,
            p,
          );
        else if (!vals.includes(v)) vals.push(v);
      }
      into[fac.key] = vals;
    } else {
      const v = match(t);
      if (v === undefined)
        run.warn('option-unknown', `${field} ${JSON.stringify(t)} is not an option of ${fac.key}; left out`, field, t);
      else into[fac.key] = v;
    }
  }
}

/** A lead of MODELS.md §7 (see docs/import.md for the defaults and fallbacks). */
function leadRow(
  run: Run,
  row: readonly string[],
  factors: readonly ImportFactor[],
): Record<string, unknown> | undefined {
  const id = run.text(row, 'id');
  if (!id) {
    run.error('missing-value', `id is blank${run.where('id')}`, 'id');
    return undefined;
  }
  let source = run.text(row, 'source');
  if (!source) {
    source = 'unknown';
    run.warn('source-blank', `source is blank${run.where('source')}; read as "unknown"`, 'source');
  }
  let businessLine = run.text(row, 'businessLine');
  if (!businessLine) {
    businessLine = 'all';
    if (run.has('businessLine'))
      run.warn('default-value', `businessLine is blank${run.where('businessLine')}; "all" is used`, 'businessLine');
  }
  const owner = run.text(row, 'owner');
  const poolCell = run.text(row, 'pool');
  let pool: string | undefined;
  if (poolCell) {
    pool = poolOf(poolCell, run.values.pool);
    if (!pool)
      run.error(
        'pool-unknown',
        `pool ${JSON.stringify(poolCell)} is not recognised${run.where('pool')}; map it to private, line, company or blacklist`,
        'pool',
        poolCell,
      );
  } else pool = owner && !isQueueOwner(owner) ? 'private' : 'line';
  const createdAt = run.date(row, 'createdAt', true);
  if (!createdAt && run.has('createdAt') && !run.failed)
    run.error('missing-value', `createdAt is blank${run.where('createdAt')}`, 'createdAt');
  const assignedAt = run.date(row, 'assignedAt');
  let poolEnteredAt = run.date(row, 'poolEnteredAt', true);
  if (!poolEnteredAt && !run.failed) {
    poolEnteredAt = assignedAt ?? createdAt;
    if (poolEnteredAt)
      run.warn(
        'fallback',
        `poolEnteredAt is ${run.has('poolEnteredAt') ? 'blank' : 'not in the file'}; ${assignedAt ? 'assignedAt' : 'createdAt'} is used`,
        'poolEnteredAt',
        assignedAt ? 'assignedAt' : 'createdAt',
      );
  }
  const firstFollowUpAt = run.date(row, 'firstFollowUpAt');
  const lastFollowUpAt = run.date(row, 'lastFollowUpAt');
  let convertedAt = run.date(row, 'convertedAt');
  if (!convertedAt && !run.failed) {
    const flagged =
      run.flag(row, 'converted', run.values.converted) === true ||
      (run.has('lifecycleStage') && lifecycleConverted(run.cell(row, 'lifecycleStage'), run.values.converted) === true);
    if (flagged) {
      convertedAt = lastFollowUpAt ?? createdAt;
      run.warn(
        'fallback',
        `the lead is converted but convertedAt is blank; ${lastFollowUpAt ? 'lastFollowUpAt' : 'createdAt'} is used`,
        'convertedAt',
        lastFollowUpAt ? 'lastFollowUpAt' : 'createdAt',
      );
    }
  }
  if (run.failed) return undefined;
  const lead: Record<string, unknown> = { id, source, businessLine, pool };
  if (owner) lead.owner = owner;
  lead.createdAt = createdAt;
  lead.poolEnteredAt = poolEnteredAt;
  if (assignedAt) lead.assignedAt = assignedAt;
  if (firstFollowUpAt) lead.firstFollowUpAt = firstFollowUpAt;
  if (lastFollowUpAt) lead.lastFollowUpAt = lastFollowUpAt;
  if (convertedAt) lead.convertedAt = convertedAt;
  const revenue = run.amount(row, 'revenue');
  if (revenue !== undefined) lead.revenue = revenue;
  const lastEngagementAt = run.date(row, 'lastEngagementAt');
  if (lastEngagementAt) lead.lastEngagementAt = lastEngagementAt;
  const industry = run.text(row, 'industry');
  if (industry) lead.industry = industry;
  const region = run.text(row, 'region');
  if (region) lead.region = region;
  if (factors.length) {
    const values: Record<string, unknown> = {};
    factorValues(run, row, factors, values);
    if (Object.keys(values).length) lead.values = values;
  }
  return lead;
}

/** A validity-check row of MODELS.md §1: `{ id?, values, converted, amount? }`. */
function historyRow(
  run: Run,
  row: readonly string[],
  factors: readonly ImportFactor[],
): Record<string, unknown> | undefined {
  const id = run.text(row, 'id');
  // Converted when any signal says so: the flag, a conversion date, a customer lifecycle stage.
  let converted = false;
  let known = false;
  let unknownCell: { field: string; cell: string } | undefined;
  if (run.has('converted')) {
    const cell = run.cell(row, 'converted').trim();
    const own = cell && run.values.converted ? lookupBool(run.values.converted, cell) : undefined;
    const f = own ?? (cell ? parseFlag(cell) : false);
    if (f === null || f === undefined) unknownCell = { field: 'converted', cell };
    else {
      known = true;
      converted ||= f;
    }
  }
  if (run.has('convertedAt')) {
    known = true;
    if (run.date(row, 'convertedAt')) converted = true;
  }
  if (run.has('lifecycleStage')) {
    const cell = run.cell(row, 'lifecycleStage').trim();
    const l = cell ? lifecycleConverted(cell, run.values.converted) : false;
    if (l === undefined) unknownCell ??= { field: 'lifecycleStage', cell };
    else {
      known = true;
      converted ||= l;
    }
  }
  if (!known && !converted && unknownCell) {
    run.error(
      'converted-unknown',
      `${unknownCell.field} ${JSON.stringify(unknownCell.cell)} does not say whether the lead converted${run.where(unknownCell.field)}; map it to converted or not`,
      unknownCell.field,
      unknownCell.cell,
    );
    return undefined;
  }
  const values: Record<string, unknown> = {};
  factorValues(run, row, factors, values);
  if (!run.has('values.channel') && run.has('source') && factors.some((f) => f.key === 'channel')) {
    const src = run.text(row, 'source');
    if (src) {
      const ch = channelOf(src, run.values.source);
      if (ch && (CHANNELS as readonly string[]).includes(ch)) values.channel = ch;
      else {
        values.channel = 'other';
        run.warn(
          'source-other',
          `source ${JSON.stringify(src)} is not a known channel${run.where('source')}; read as "other"`,
          'source',
          src,
        );
      }
    }
  } else if (typeof values.channel === 'string') {
    const ch = channelOf(values.channel, run.values.source);
    if (ch) values.channel = ch;
  }
  const out: Record<string, unknown> = {};
  if (id) out.id = id;
  out.values = values;
  out.converted = converted;
  const amount = run.amount(row, 'amount');
  if (amount !== undefined) out.amount = amount;
  return out;
}

/** An opportunity of MODELS.md §2, or undefined for a closed deal or an unreadable row. */
function opportunityRow(run: Run, row: readonly string[]): Record<string, unknown> | undefined {
  const id = run.text(row, 'id');
  if (!id) {
    run.error('missing-value', `id is blank${run.where('id')}`, 'id');
    return undefined;
  }
  const stageCell = run.text(row, 'stage');
  const stage = stageCell ? stageOf(stageCell, run.values.stage, run.opts.stages ?? DEFAULT_STAGES) : undefined;
  const closedCell = run.text(row, 'closed');
  const closedFlag = closedCell ? (parseFlag(closedCell) ?? stageOf(closedCell, run.values.stage)) : undefined;
  const won = run.has('won') ? parseFlag(run.cell(row, 'won')) : undefined;
  if (
    stage === CLOSED_WON ||
    stage === CLOSED_LOST ||
    closedFlag === true ||
    closedFlag === CLOSED_WON ||
    closedFlag === CLOSED_LOST ||
    won === true
  ) {
    const what = stage === CLOSED_WON || closedFlag === CLOSED_WON || won === true ? 'won' : 'closed';
    run.error(
      'closed',
      `the deal is ${what} (${stageCell ? `stage ${JSON.stringify(stageCell)}` : 'closed'}); set apart`,
      'stage',
      stageCell,
    );
    return undefined;
  }
  if (!stageCell) {
    run.error('missing-value', `stage is blank${run.where('stage')}`, 'stage');
    return undefined;
  }
  if (!stage) {
    const keys = (run.opts.stages ?? DEFAULT_STAGES).map((s) => s.key).join(', ');
    run.error(
      'stage-unknown',
      `stage ${JSON.stringify(stageCell)} is not a stage of the pipeline (${keys})${run.where('stage')}; map it`,
      'stage',
      stageCell,
    );
    return undefined;
  }
  const createdAt = run.date(row, 'createdAt');
  let stageEnteredAt = run.date(row, 'stageEnteredAt', true);
  if (run.failed) return undefined;
  if (!stageEnteredAt) {
    if (!createdAt) {
      run.error(
        'missing-value',
        `stageEnteredAt is ${run.has('stageEnteredAt') ? 'blank' : 'not in the file'} and there is no created date to use instead`,
        'stageEnteredAt',
      );
      return undefined;
    }
    stageEnteredAt = createdAt;
    run.warn(
      'fallback',
      `stageEnteredAt is ${run.has('stageEnteredAt') ? 'blank' : 'not in the file'}; createdAt is used`,
      'stageEnteredAt',
      'createdAt',
    );
  }
  const o: Record<string, unknown> = { id };
  const name = run.text(row, 'name');
  if (name) o.name = name;
  const owner = run.text(row, 'owner');
  if (owner) o.owner = owner;
  const amount = run.amount(row, 'amount');
  if (amount !== undefined) o.amount = amount;
  else
    run.warn(
      'amount-unknown',
      `amount is ${run.text(row, 'amount') ? 'unreadable' : 'blank'}${run.where('amount')}: unknown; the deal is kept, sorts as 0 and is not in the amount at risk`,
      'amount',
      run.text(row, 'amount'),
    );
  o.stage = stage;
  o.stageEnteredAt = stageEnteredAt;
  const close = run.date(row, 'expectedCloseDate');
  if (close) o.expectedCloseDate = close;
  const key = run.flag(row, 'keyAccount');
  if (key !== undefined) o.keyAccount = key;
  const fields: Record<string, unknown> = {};
  for (const [k] of run.getters)
    if (k.startsWith('fields.')) {
      const t = run.text(row, k);
      if (t) fields[k.slice(7)] = t;
    }
  if (Object.keys(fields).length) o.fields = fields;
  const last = run.date(row, 'lastActivityAt');
  if (last) o.activities = [{ type: 'activity', at: last }];
  return o;
}

/** An account of MODELS.md §5, with usage from wide month columns. */
function accountRow(
  run: Run,
  row: readonly string[],
  months: readonly { field: string; month: string; measure: string }[],
) {
  const id = run.text(row, 'id');
  if (!id) {
    run.error('missing-value', `id is blank${run.where('id')}`, 'id');
    return undefined;
  }
  const a: Record<string, unknown> = { id };
  const name = run.text(row, 'name');
  if (name) a.name = name;
  const arr = run.amount(row, 'arr');
  if (arr !== undefined) a.arr = arr;
  const renewal = run.date(row, 'renewalDate');
  if (renewal) a.renewalDate = renewal;
  const tier = run.text(row, 'tier');
  if (tier) a.tier = tier;
  if (months.length) {
    const byMonth = new Map<string, Record<string, unknown>>();
    for (const m of months) {
      const v = m.measure === 'usageRate' ? run.rate(row, m.field) : run.number(row, m.field);
      if (v === undefined) continue;
      let p = byMonth.get(m.month);
      if (!p) byMonth.set(m.month, (p = { month: m.month }));
      p[m.measure] = v;
    }
    if (byMonth.size) a.usage = [...byMonth.values()].sort((x, y) => (x.month! < y.month! ? -1 : 1));
  }
  const last30d = run.number(row, 'tickets.last30d');
  const baseline30d = run.number(row, 'tickets.baseline30d');
  if (last30d !== undefined && baseline30d !== undefined) {
    const t: Record<string, number> = { last30d, baseline30d };
    const esc = run.number(row, 'tickets.escalated');
    if (esc !== undefined) t.escalated = esc;
    a.tickets = t;
  }
  const range = (field: string, lo: number, hi: number): number | undefined => {
    const v = run.number(row, field);
    if (v === undefined) return undefined;
    if (v < lo || v > hi) {
      run.warn('invalid-value', `${field} ${v} is outside ${lo}–${hi}${run.where(field)}; left out`, field, String(v));
      return undefined;
    }
    return v;
  };
  const nps = range('nps', 0, 10);
  if (nps !== undefined) a.nps = nps;
  const csat = range('csat', 1, 5);
  if (csat !== undefined) a.csat = csat;
  const overdue = range('overdueDays', 0, Infinity);
  if (overdue !== undefined) a.overdueDays = overdue;
  const changed = run.flag(row, 'contactChanged');
  if (changed !== undefined) a.contactChanged = changed;
  return a;
}

/** A usage point of a usage-by-month file: `{ accountId, month, usageRate?, activeUsers? }`. */
function usageRow(run: Run, row: readonly string[]): Record<string, unknown> | undefined {
  const accountId = run.text(row, 'accountId');
  if (!accountId) {
    run.error('missing-value', `accountId is blank${run.where('accountId')}`, 'accountId');
    return undefined;
  }
  const cell = run.text(row, 'month');
  const month = cell ? parseMonth(cell) : undefined;
  if (!month) {
    run.error(
      cell ? 'invalid-date' : 'missing-value',
      `month ${JSON.stringify(cell ?? '')} is not a month${run.where('month')}`,
      'month',
      cell,
    );
    return undefined;
  }
  const p: Record<string, unknown> = { accountId, month };
  const rate = run.rate(row, 'usageRate');
  if (rate !== undefined) p.usageRate = rate;
  const users = run.number(row, 'activeUsers');
  if (users !== undefined) p.activeUsers = users;
  return p;
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
      return need('id') ? ['id'] : [];
    case 'usage':
      return ['accountId', 'month'].filter(need);
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
  const run = new Run(table, mapping, opts);
  const factors = kind === 'leads' || kind === 'history' ? (opts.factors ?? []) : [];
  const result: ImportResult = {
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
  };
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
  if (result.issues.length) {
    result.summary.read = table.rows.length + table.broken.length;
    return result;
  }
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
  run.prepare(specsOf(kind, mapping, factors));
  const months =
    kind === 'accounts'
      ? Object.keys(mapping.fields)
          .map((field) => {
            const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(field);
            return m && run.has(field) ? { field, month: m[1]!, measure: m[2]! } : undefined;
          })
          .filter((m): m is { field: string; month: string; measure: string } => !!m)
      : [];
  const rows = table.rows;
  const out = result.rows;
  const lines = result.lines;
  for (let r = 0; r < rows.length; r++) {
    run.line = table.lines[r]!;
    run.index = r;
    run.failed = false;
    const row = rows[r]!;
    const warned = run.warnings.length;
    let rec: Record<string, unknown> | undefined;
    switch (kind) {
      case 'leads':
        rec = leadRow(run, row, factors);
        break;
      case 'history':
        rec = historyRow(run, row, factors);
        break;
      case 'opportunities':
        rec = opportunityRow(run, row);
        break;
      case 'accounts':
        rec = accountRow(run, row, months);
        break;
      case 'usage':
        rec = usageRow(run, row);
        break;
    }
    if (rec && !run.failed) {
      out.push(rec);
      lines.push(run.line);
      if (run.warnings.length > warned) result.summary.warned++;
    } else run.warnings.length = warned; // a skipped row's notes are moot
  }
  result.skipped = [...table.broken, ...run.skipped].sort((a, b) => a.line - b.line);
  result.warnings = run.warnings;
  result.summary.mapped = out.length;
  result.summary.skipped = result.skipped.length;
  result.summary.closed = run.skipped.filter((s) => s.code === 'closed').length;
  if (run.yearLast) {
    const order = run.fileOrder ?? [...run.orders.values()][0];
    if (order) result.dateOrder = order;
  }
  return result;
}

/** The fields of a kind with their types (for a mapping UI), factor fields included. */
export function fieldSpecs(kind: TableKind, factors: readonly ImportFactor[] = []): FieldSpec[] {
  const specs = [...FIELDS[kind]];
  if (kind === 'leads' || kind === 'history')
    for (const f of factors) specs.push({ key: `values.${f.key}`, type: 'factor' });
  return specs;
}

export { mappableFields, USAGE_MEASURES };
