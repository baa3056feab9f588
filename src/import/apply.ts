/**
 * A table and a mapping → model rows of one kind, with every row that was
 * not imported (and why) and every row imported with a note (a fallback, an
 * unknown amount, a value read as a default). Bad optional cells are left
 * out and noted, never a reason to drop a row; a row is skipped only when a
 * required field cannot be read, or when it is a closed deal (set apart
 * with code `closed`, not an error).
 */
import { DEAL_FIELD_KEYS, FIELDS, USAGE_MEASURES, type FieldSpec, type TableKind } from './fields.js';
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

// ---- columns ----------------------------------------------------------------------------

/** A field as this import reads it: its column (or constant), resolved once, with what the prepare pass found. */
interface Col {
  field: string;
  /** Column index, or -1 (a constant, or absent). */
  col: number;
  present: boolean;
  constant: string;
  /** The multiplier of a unit in the header (`金额(万元)`). */
  unit: number;
  /** ` (column "X")` for messages. */
  where: string;
  /** Date columns: the order of year-last dates. */
  order: DateOrder;
  /** Number columns: the decimal mark, and whether the column shows both marks. */
  mark: '.' | ',';
  mixed: boolean;
}

const DEFAULT_STAGES = ['qualify', 'solution', 'proposal', 'negotiation'].map((key) => ({ key }));

/** Everything the row builders share for one import. */
class Run {
  readonly skipped: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly notes: FileIssue[] = [];
  readonly values: ValueTables;
  private readonly cols = new Map<string, Col>();
  line = 0;
  failed = false;
  fileOrder: DateOrder | undefined;
  /** Year-last date cells seen (3/5/2026): only then does a date order apply. */
  yearLast = 0;
  /** The order year-last dates were read in (undefined when the file has none). */
  orderUsed: DateOrder | undefined;

  constructor(
    readonly table: ImportTable,
    readonly mapping: ImportMapping,
    readonly opts: ApplyOptions,
  ) {
    this.values = mapping.values ?? {};
  }

  /** The column of a field (resolved once). */
  col(field: string): Col {
    let c = this.cols.get(field);
    if (c) return c;
    c = {
      field,
      col: -1,
      present: false,
      constant: '',
      unit: 1,
      where: '',
      order: 'mdy',
      mark: this.table.decimalMark,
      mixed: false,
    };
    const src = this.mapping.fields[field];
    if (typeof src === 'string') {
      const i = columnOf(this.table.header, src);
      if (i >= 0) {
        const h = this.table.header[i]!;
        Object.assign(c, { col: i, present: true, unit: headerKey(h).unit, where: ` (column ${JSON.stringify(h)})` });
      }
    } else if (src && typeof src === 'object') Object.assign(c, { present: true, constant: String(src.constant) });
    this.cols.set(field, c);
    return c;
  }

  has(field: string): boolean {
    return this.col(field).present;
  }

  cell(row: readonly string[], c: Col): string {
    return c.col >= 0 ? row[c.col]! : c.constant;
  }

  text(row: readonly string[], c: Col): string | undefined {
    const v = c.col >= 0 ? row[c.col]! : c.constant;
    if (!v) return undefined;
    const t = v.charCodeAt(0) > 32 && v.charCodeAt(v.length - 1) > 32 ? v : v.trim();
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

  /** Settle the date order of each date column, and the decimal mark of each number column, from every row. */
  prepare(specs: readonly { key: string; type: string }[]): void {
    const rows = this.table.rows;
    let fileMdy = 0;
    let fileDmy = 0;
    let either = 0;
    const evidence = new Map<Col, [number, number]>();
    for (const s of specs) {
      const c = this.col(s.key);
      if (c.col < 0) continue;
      const i = c.col;
      if (s.type === 'date') {
        let mdy = 0;
        let dmy = 0;
        for (let r = 0; r < rows.length; r++) {
          const e = dateEvidence(rows[r]![i]!);
          if (e === undefined) continue;
          if (e === 'mdy') mdy++;
          else if (e === 'dmy') dmy++;
          else either++;
        }
        evidence.set(c, [mdy, dmy]);
        fileMdy += mdy;
        fileDmy += dmy;
      } else if (s.type === 'amount' || s.type === 'number' || s.type === 'rate') {
        let dot = false;
        let comma = false;
        for (let r = 0; r < rows.length; r++) {
          const m = numberMark(rows[r]![i]!);
          if (m === '.') dot = true;
          else if (m === ',') comma = true;
        }
        c.mark = dot && !comma ? '.' : comma && !dot ? ',' : this.table.decimalMark;
        c.mixed = dot && comma;
      }
    }
    this.yearLast = fileMdy + fileDmy + either;
    const forced = this.opts.dateOrder && this.opts.dateOrder !== 'auto' ? this.opts.dateOrder : undefined;
    const mapped = this.mapping.dateOrder && this.mapping.dateOrder !== 'auto' ? this.mapping.dateOrder : undefined;
    const user = forced ?? mapped;
    const preset = PRESETS[this.opts.preset].dateOrder;
    const fallback: DateOrder = preset === 'ymd' ? 'mdy' : preset;
    this.fileOrder = orderFromEvidence(fileMdy, fileDmy);
    for (const [c, ev] of evidence) {
      // A user's mdy/dmy wins; ymd (year-first files) still reads year-last cells by what the file shows.
      c.order = user && user !== 'ymd' ? user : (orderFromEvidence(ev[0], ev[1]) ?? this.fileOrder ?? fallback);
    }
    if (this.yearLast) this.orderUsed = user && user !== 'ymd' ? user : (this.fileOrder ?? fallback);
    if (!user && !this.fileOrder && either > 0)
      this.notes.push({
        code: 'date-order-assumed',
        message: `no date of the file settles whether 3/5/2026 is March 5 or 3 May; read as ${fallback === 'mdy' ? 'month/day/year' : 'day/month/year'} (set the date order to change it)`,
      });
  }

  date(row: readonly string[], c: Col, required = false): string | undefined {
    if (!c.present) return undefined;
    const cell = c.col >= 0 ? row[c.col]! : c.constant;
    const v = parseDate(cell, c.order);
    if (v !== INVALID_DATE) return v;
    const msg = `${c.field} ${JSON.stringify(cell.trim())} is not a date${c.where}`;
    if (required) this.error('invalid-date', msg, c.field, cell.trim());
    else this.warn('invalid-value', `${msg}; left out`, c.field, cell.trim());
    return undefined;
  }

  /** A number cell (amounts, counts, rates before scaling): undefined when blank or unreadable (noted). */
  number(row: readonly string[], c: Col, what = 'a number'): number | undefined {
    if (!c.present) return undefined;
    const cell = c.col >= 0 ? row[c.col]! : c.constant;
    if (!cell) return undefined;
    const n = readNumber(stripUnit(cell));
    if (n === null) return undefined;
    if (n === undefined) {
      this.warn(
        'invalid-value',
        `${c.field} ${JSON.stringify(cell.trim())} is not ${what}${c.where}; left out`,
        c.field,
        cell.trim(),
      );
      return undefined;
    }
    if (n.mark === '?' && c.mixed) {
      this.warn(
        'amount-ambiguous',
        `${c.field} ${JSON.stringify(cell.trim())} could be ${n.dot} or ${n.comma} (the column uses both decimal marks)${c.where}; left out`,
        c.field,
        cell.trim(),
      );
      return undefined;
    }
    const v = c.mark === '.' ? n.dot : n.comma;
    return c.unit === 1 ? v : Number((v * c.unit).toPrecision(15));
  }

  amount(row: readonly string[], c: Col): number | undefined {
    const v = this.number(row, c, 'an amount');
    if (v !== undefined && v < 0) {
      this.warn('invalid-value', `${c.field} ${v} is negative${c.where}; left out`, c.field, String(v));
      return undefined;
    }
    return v;
  }

  /** A rate as a fraction: `85%` and `0.85` are 0.85; a plain number above 1 and up to 100 is read as per cent. */
  rate(row: readonly string[], c: Col): number | undefined {
    let v = this.number(row, c, 'a rate');
    if (v === undefined) return undefined;
    if (v > 1 && v <= 100 && !this.cell(row, c).includes('%')) v = Number((v / 100).toPrecision(15));
    if (v < 0 || v > 1) {
      this.warn(
        'invalid-value',
        `${c.field} ${this.cell(row, c).trim()} is not a rate from 0 to 100 %${c.where}; left out`,
        c.field,
      );
      return undefined;
    }
    return v;
  }

  flag(row: readonly string[], c: Col, table?: Readonly<Record<string, boolean>>): boolean | undefined {
    const cell = this.text(row, c);
    if (!cell) return undefined;
    if (table) {
      const own = lookupBool(table, cell);
      if (own !== undefined) return own;
    }
    const f = parseFlag(cell);
    if (f === null) {
      this.warn(
        'invalid-value',
        `${c.field} ${JSON.stringify(cell)} is not yes or no${c.where}; left out`,
        c.field,
        cell,
      );
      return undefined;
    }
    return f;
  }

  /** A value read through a value map, cached by the cell's text (a column has few distinct values). */
  cached<T>(cache: Map<string, T>, key: string, read: (k: string) => T): T {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) cache.set(key, (v = read(key)));
    return v as T;
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
  const c = cell.charCodeAt(cell.length - 1);
  if (c < 128 && c !== 32 && c !== 115 && c !== 83) return cell; // not a space, not "days"
  return cell.trim().replace(/\s*(天|日|分|人|个|個|次|件|days?)$/i, '');
};

/** The decimal mark a number cell shows ('' for plain digits or none), for the prepare pass. */
const numberMark = (cell: string): string => {
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 46 || ch === 44) return readNumber(stripUnit(cell))?.mark ?? '';
  }
  return '';
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

type Builder = (row: readonly string[]) => Record<string, unknown> | undefined;

/** Reads the mapped factor columns of a row into `values` (options checked against the factor's options). */
function factorReader(run: Run, factors: readonly ImportFactor[]) {
  const mapped = factors.map((fac) => ({ fac, c: run.col(`values.${fac.key}`) })).filter((x) => x.c.present);
  const matchers = mapped.map(({ fac }) => {
    const known = fac.options?.length ? fac.options : undefined;
    const cache = new Map<string, string | undefined>();
    return (s: string): string | undefined => {
      if (!known) return s;
      return run.cached(cache, s, (t) => {
        const k = t.toLowerCase();
        return known.find((o) => o.value.toLowerCase() === k || (o.label && o.label.toLowerCase() === k))?.value;
      });
    };
  });
  return (row: readonly string[], into: Record<string, unknown>): void => {
    for (let i = 0; i < mapped.length; i++) {
      const { fac, c } = mapped[i]!;
      if (fac.kind === 'bands') {
        const v = run.number(row, c);
        if (v !== undefined) into[fac.key] = v;
        continue;
      }
      const t = run.text(row, c);
      if (!t) continue;
      const match = matchers[i]!;
      const unknown = (p: string) =>
        run.warn(
          'option-unknown',
          `${c.field} ${JSON.stringify(p)} is not an option of ${fac.key}; left out`,
          c.field,
          p,
        );
      if (fac.kind === 'multi') {
        const vals: string[] = [];
        for (const p of t.split(/[|;,，、；]/)) {
          const part = p.trim();
          if (!part) continue;
          const v = match(part);
          if (v === undefined) unknown(part);
          else if (!vals.includes(v)) vals.push(v);
        }
        into[fac.key] = vals;
      } else {
        const v = match(t);
        if (v === undefined) unknown(t);
        else into[fac.key] = v;
      }
    }
  };
}

/** Leads of MODELS.md §7 (see docs/import.md for the defaults and fallbacks). */
function leadBuilder(run: Run, factors: readonly ImportFactor[]): Builder {
  const C = {
    id: run.col('id'),
    source: run.col('source'),
    businessLine: run.col('businessLine'),
    pool: run.col('pool'),
    owner: run.col('owner'),
    createdAt: run.col('createdAt'),
    poolEnteredAt: run.col('poolEnteredAt'),
    assignedAt: run.col('assignedAt'),
    firstFollowUpAt: run.col('firstFollowUpAt'),
    lastFollowUpAt: run.col('lastFollowUpAt'),
    converted: run.col('converted'),
    convertedAt: run.col('convertedAt'),
    lifecycleStage: run.col('lifecycleStage'),
    revenue: run.col('revenue'),
    lastEngagementAt: run.col('lastEngagementAt'),
    industry: run.col('industry'),
    region: run.col('region'),
  };
  const pools = new Map<string, string | undefined>();
  const queues = new Map<string, boolean>();
  const readFactors = factorReader(run, factors);
  const anyFactor = factors.some((f) => run.has(`values.${f.key}`));
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    let source = run.text(row, C.source);
    if (!source) {
      source = 'unknown';
      run.warn('source-blank', `source is blank${C.source.where}; read as "unknown"`, 'source');
    }
    let businessLine = run.text(row, C.businessLine);
    if (!businessLine) {
      businessLine = 'all';
      if (C.businessLine.present)
        run.warn('default-value', `businessLine is blank${C.businessLine.where}; "all" is used`, 'businessLine');
    }
    const owner = run.text(row, C.owner);
    const poolCell = run.text(row, C.pool);
    let pool: string | undefined;
    if (poolCell) {
      pool = run.cached(pools, poolCell, (t) => poolOf(t, run.values.pool));
      if (!pool)
        run.error(
          'pool-unknown',
          `pool ${JSON.stringify(poolCell)} is not recognised${C.pool.where}; map it to private, line, company or blacklist`,
          'pool',
          poolCell,
        );
    } else pool = owner && !run.cached(queues, owner, isQueueOwner) ? 'private' : 'line';
    const createdAt = run.date(row, C.createdAt, true);
    if (!createdAt && !run.failed) run.error('missing-value', `createdAt is blank${C.createdAt.where}`, 'createdAt');
    const assignedAt = run.date(row, C.assignedAt);
    let poolEnteredAt = run.date(row, C.poolEnteredAt, true);
    if (!poolEnteredAt && !run.failed) {
      poolEnteredAt = assignedAt ?? createdAt;
      run.warn(
        'fallback',
        `poolEnteredAt is ${C.poolEnteredAt.present ? 'blank' : 'not in the file'}; ${assignedAt ? 'assignedAt' : 'createdAt'} is used`,
        'poolEnteredAt',
        assignedAt ? 'assignedAt' : 'createdAt',
      );
    }
    const firstFollowUpAt = run.date(row, C.firstFollowUpAt);
    const lastFollowUpAt = run.date(row, C.lastFollowUpAt);
    let convertedAt = run.date(row, C.convertedAt);
    if (!convertedAt && !run.failed && (C.converted.present || C.lifecycleStage.present)) {
      const flagged =
        run.flag(row, C.converted, run.values.converted) === true ||
        (C.lifecycleStage.present &&
          lifecycleConverted(run.cell(row, C.lifecycleStage), run.values.converted) === true);
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
    const revenue = run.amount(row, C.revenue);
    if (revenue !== undefined) lead.revenue = revenue;
    const lastEngagementAt = run.date(row, C.lastEngagementAt);
    if (lastEngagementAt) lead.lastEngagementAt = lastEngagementAt;
    const industry = run.text(row, C.industry);
    if (industry) lead.industry = industry;
    const region = run.text(row, C.region);
    if (region) lead.region = region;
    if (anyFactor) {
      const values: Record<string, unknown> = {};
      readFactors(row, values);
      for (const _ in values) {
        lead.values = values;
        break;
      }
    }
    return lead;
  };
}

/** Validity-check rows of MODELS.md §1: `{ id?, values, converted, amount? }`. */
function historyBuilder(run: Run, factors: readonly ImportFactor[]): Builder {
  const C = {
    id: run.col('id'),
    converted: run.col('converted'),
    convertedAt: run.col('convertedAt'),
    lifecycleStage: run.col('lifecycleStage'),
    amount: run.col('amount'),
    source: run.col('source'),
  };
  const channelCol = run.col('values.channel');
  const wantsChannel = factors.some((f) => f.key === 'channel');
  const readFactors = factorReader(run, factors);
  const channels = new Map<string, string | undefined>();
  return (row) => {
    const id = run.text(row, C.id);
    // Converted when any signal says so: the flag, a conversion date, a customer lifecycle stage.
    let converted = false;
    let known = false;
    let unknownCell: { field: string; cell: string } | undefined;
    if (C.converted.present) {
      const cell = run.text(row, C.converted) ?? '';
      const own = cell && run.values.converted ? lookupBool(run.values.converted, cell) : undefined;
      const f = own ?? (cell ? parseFlag(cell) : false);
      if (f === null || f === undefined) unknownCell = { field: 'converted', cell };
      else {
        known = true;
        converted ||= f;
      }
    }
    if (C.convertedAt.present) {
      known = true;
      if (run.date(row, C.convertedAt)) converted = true;
    }
    if (C.lifecycleStage.present) {
      const cell = run.text(row, C.lifecycleStage) ?? '';
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
        `${unknownCell.field} ${JSON.stringify(unknownCell.cell)} does not say whether the lead converted${run.col(unknownCell.field).where}; map it to converted or not`,
        unknownCell.field,
        unknownCell.cell,
      );
      return undefined;
    }
    const values: Record<string, unknown> = {};
    readFactors(row, values);
    if (!channelCol.present && C.source.present && wantsChannel) {
      const src = run.text(row, C.source);
      if (src) {
        const ch = run.cached(channels, src, (t) => channelOf(t, run.values.source));
        if (ch && (CHANNELS as readonly string[]).includes(ch)) values.channel = ch;
        else {
          values.channel = 'other';
          run.warn(
            'source-other',
            `source ${JSON.stringify(src)} is not a known channel${C.source.where}; read as "other"`,
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
    const amount = run.amount(row, C.amount);
    if (amount !== undefined) out.amount = amount;
    return out;
  };
}

/** Opportunities of MODELS.md §2; a closed deal is set apart (code `closed`). */
function opportunityBuilder(run: Run): Builder {
  const C = {
    id: run.col('id'),
    name: run.col('name'),
    owner: run.col('owner'),
    amount: run.col('amount'),
    stage: run.col('stage'),
    stageEnteredAt: run.col('stageEnteredAt'),
    createdAt: run.col('createdAt'),
    expectedCloseDate: run.col('expectedCloseDate'),
    keyAccount: run.col('keyAccount'),
    closed: run.col('closed'),
    won: run.col('won'),
    lastActivityAt: run.col('lastActivityAt'),
  };
  const dealFields = DEAL_FIELD_KEYS.map((k) => run.col(`fields.${k}`)).filter((c) => c.present);
  const stages = run.opts.stages ?? DEFAULT_STAGES;
  const stageCache = new Map<string, string | undefined>();
  const readStage = (t: string) => run.cached(stageCache, t, (s) => stageOf(s, run.values.stage, stages));
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    const stageCell = run.text(row, C.stage);
    const stage = stageCell ? readStage(stageCell) : undefined;
    const closedCell = run.text(row, C.closed);
    const closedFlag = closedCell ? (parseFlag(closedCell) ?? readStage(closedCell)) : undefined;
    const won = C.won.present ? parseFlag(run.cell(row, C.won)) : undefined;
    const wonDeal = stage === CLOSED_WON || closedFlag === CLOSED_WON || won === true;
    if (wonDeal || stage === CLOSED_LOST || closedFlag === true || closedFlag === CLOSED_LOST) {
      run.error(
        'closed',
        `the deal is ${wonDeal ? 'won' : 'closed'} (${stageCell ? `stage ${JSON.stringify(stageCell)}` : 'closed'}); set apart`,
        'stage',
        stageCell,
      );
      return undefined;
    }
    if (!stageCell) {
      run.error('missing-value', `stage is blank${C.stage.where}`, 'stage');
      return undefined;
    }
    if (!stage) {
      run.error(
        'stage-unknown',
        `stage ${JSON.stringify(stageCell)} is not a stage of the pipeline (${stages.map((s) => s.key).join(', ')})${C.stage.where}; map it`,
        'stage',
        stageCell,
      );
      return undefined;
    }
    const createdAt = run.date(row, C.createdAt);
    let stageEnteredAt = run.date(row, C.stageEnteredAt, true);
    if (run.failed) return undefined;
    if (!stageEnteredAt) {
      const what = C.stageEnteredAt.present ? 'blank' : 'not in the file';
      if (!createdAt) {
        run.error(
          'missing-value',
          `stageEnteredAt is ${what} and there is no created date to use instead`,
          'stageEnteredAt',
        );
        return undefined;
      }
      stageEnteredAt = createdAt;
      run.warn('fallback', `stageEnteredAt is ${what}; createdAt is used`, 'stageEnteredAt', 'createdAt');
    }
    const o: Record<string, unknown> = { id };
    const name = run.text(row, C.name);
    if (name) o.name = name;
    const owner = run.text(row, C.owner);
    if (owner) o.owner = owner;
    const amount = run.amount(row, C.amount);
    if (amount !== undefined) o.amount = amount;
    else {
      const cell = run.text(row, C.amount);
      run.warn(
        'amount-unknown',
        `amount is ${cell ? 'unreadable' : 'blank'}${C.amount.where}: unknown; the deal is kept, sorts as 0 and is not in the amount at risk`,
        'amount',
        cell,
      );
    }
    o.stage = stage;
    o.stageEnteredAt = stageEnteredAt;
    const close = run.date(row, C.expectedCloseDate);
    if (close) o.expectedCloseDate = close;
    const key = run.flag(row, C.keyAccount);
    if (key !== undefined) o.keyAccount = key;
    if (dealFields.length) {
      let fields: Record<string, unknown> | undefined;
      for (const c of dealFields) {
        const t = run.text(row, c);
        if (t) (fields ??= {})[c.field.slice(7)] = t;
      }
      if (fields) o.fields = fields;
    }
    const last = run.date(row, C.lastActivityAt);
    if (last) o.activities = [{ type: 'activity', at: last }];
    return o;
  };
}

/** Accounts of MODELS.md §5, with usage from wide month columns. */
function accountBuilder(run: Run): Builder {
  const C = {
    id: run.col('id'),
    name: run.col('name'),
    arr: run.col('arr'),
    renewalDate: run.col('renewalDate'),
    tier: run.col('tier'),
    nps: run.col('nps'),
    csat: run.col('csat'),
    overdueDays: run.col('overdueDays'),
    contactChanged: run.col('contactChanged'),
    last30d: run.col('tickets.last30d'),
    baseline30d: run.col('tickets.baseline30d'),
    escalated: run.col('tickets.escalated'),
  };
  const months = Object.keys(run.mapping.fields)
    .map((field) => {
      const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(field);
      return m && run.has(field) ? { c: run.col(field), month: m[1]!, measure: m[2]! } : undefined;
    })
    .filter((m): m is { c: Col; month: string; measure: string } => !!m)
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const range = (row: readonly string[], c: Col, lo: number, hi: number): number | undefined => {
    const v = run.number(row, c);
    if (v === undefined) return undefined;
    if (v < lo || v > hi) {
      run.warn('invalid-value', `${c.field} ${v} is outside ${lo}–${hi}${c.where}; left out`, c.field, String(v));
      return undefined;
    }
    return v;
  };
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    const a: Record<string, unknown> = { id };
    const name = run.text(row, C.name);
    if (name) a.name = name;
    const arr = run.amount(row, C.arr);
    if (arr !== undefined) a.arr = arr;
    const renewal = run.date(row, C.renewalDate);
    if (renewal) a.renewalDate = renewal;
    const tier = run.text(row, C.tier);
    if (tier) a.tier = tier;
    if (months.length) {
      const usage: Record<string, unknown>[] = [];
      for (const m of months) {
        const v = m.measure === 'usageRate' ? run.rate(row, m.c) : run.number(row, m.c);
        if (v === undefined) continue;
        let p = usage[usage.length - 1];
        if (!p || p.month !== m.month) usage.push((p = { month: m.month }));
        p[m.measure] = v;
      }
      if (usage.length) a.usage = usage;
    }
    const last30d = run.number(row, C.last30d);
    const baseline30d = run.number(row, C.baseline30d);
    if (last30d !== undefined && baseline30d !== undefined) {
      const t: Record<string, number> = { last30d, baseline30d };
      const esc = run.number(row, C.escalated);
      if (esc !== undefined) t.escalated = esc;
      a.tickets = t;
    }
    const nps = range(row, C.nps, 0, 10);
    if (nps !== undefined) a.nps = nps;
    const csat = range(row, C.csat, 1, 5);
    if (csat !== undefined) a.csat = csat;
    const overdue = range(row, C.overdueDays, 0, Infinity);
    if (overdue !== undefined) a.overdueDays = overdue;
    const changed = run.flag(row, C.contactChanged);
    if (changed !== undefined) a.contactChanged = changed;
    return a;
  };
}

/** Points of a usage-by-month file: `{ accountId, month, usageRate?, activeUsers? }`. */
function usageBuilder(run: Run): Builder {
  const C = {
    accountId: run.col('accountId'),
    month: run.col('month'),
    usageRate: run.col('usageRate'),
    activeUsers: run.col('activeUsers'),
  };
  return (row) => {
    const accountId = run.text(row, C.accountId);
    if (!accountId) {
      run.error('missing-value', `accountId is blank${C.accountId.where}`, 'accountId');
      return undefined;
    }
    const cell = run.text(row, C.month);
    const month = cell ? parseMonth(cell) : undefined;
    if (!month) {
      run.error(
        cell ? 'invalid-date' : 'missing-value',
        `month ${JSON.stringify(cell ?? '')} is not a month${C.month.where}`,
        'month',
        cell,
      );
      return undefined;
    }
    const p: Record<string, unknown> = { accountId, month };
    const rate = run.rate(row, C.usageRate);
    if (rate !== undefined) p.usageRate = rate;
    const users = run.number(row, C.activeUsers);
    if (users !== undefined) p.activeUsers = users;
    return p;
  };
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
  const build: Builder =
    kind === 'leads'
      ? leadBuilder(run, factors)
      : kind === 'history'
        ? historyBuilder(run, factors)
        : kind === 'opportunities'
          ? opportunityBuilder(run)
          : kind === 'accounts'
            ? accountBuilder(run)
            : usageBuilder(run);
  const rows = table.rows;
  const out = result.rows;
  const lines = result.lines;
  for (let r = 0; r < rows.length; r++) {
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
  result.skipped = [...table.broken, ...run.skipped].sort((a, b) => a.line - b.line);
  result.warnings = run.warnings;
  result.summary.mapped = out.length;
  result.summary.skipped = result.skipped.length;
  result.summary.closed = run.skipped.filter((s) => s.code === 'closed').length;
  if (run.orderUsed) result.dateOrder = run.orderUsed;
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
