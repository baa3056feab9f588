/**
 * One import's reading of its table: each field's column (or constant)
 * resolved once, the date order and decimal mark each column settles, and
 * the rows skipped or noted, by the file's line numbers. The row builders
 * of `./kinds.ts` read cells through it.
 */
import type { ApplyOptions } from './apply.js';
import { lookup } from './keys.js';
import { columnOf, type ImportMapping, type ValueTables } from './mapping.js';
import { PRESETS, headerKey } from './presets.js';
import type { FileIssue, ImportTable, RowIssue } from './table.js';
import {
  INVALID_DATE,
  dateEvidence,
  isoOfYearFirst,
  orderFromEvidence,
  parseDate,
  parseFlag,
  readNumber,
  yearFirstKey,
  type DateOrder,
} from './values.js';

/** A field as this import reads it: its column (or constant), resolved once, with what the prepare pass found. */
export interface Col {
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

/** Distinct date cells an import remembers per order: past this, a cell is read again each time (all read alike). */
const DATE_MEMO = 1 << 16;

export const DEFAULT_STAGES = ['qualify', 'solution', 'proposal', 'negotiation'].map((key) => ({ key }));

/** Everything the row builders share for one import. */
export class Run {
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
  /** Each distinct year-first date's reading, by its yearFirstKey (see date). */
  private readonly yearFirst = new Map<number, string>();
  /** Each distinct date cell's reading, by the order it was read in (see date). */
  private readonly dates: Record<DateOrder, Map<string, string | undefined>> = {
    mdy: new Map(),
    dmy: new Map(),
    ymd: new Map(),
  };

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

  /**
   * What the prepare pass decides, without using it: from `evidence` (per column index, counted over every row
   * of the table, e.g. by the import worker as it read them) or else from the table's rows.
   */
  settle(specs: readonly { key: string; type: string }[], evidence?: readonly ColumnEvidence[]): Settled {
    const rows = this.table.rows;
    let fileMdy = 0;
    let fileDmy = 0;
    let either = 0;
    const dates: { c: Col; mdy: number; dmy: number }[] = [];
    const numbers: Settled['numbers'] = [];
    for (const s of specs) {
      const c = this.col(s.key);
      if (c.col < 0) continue;
      if (s.type === 'date') {
        let e = evidence?.[c.col];
        if (!counted(e, 'date')) countColumn(rows, c.col, 0, rows.length, (e = emptyEvidence()), 'date');
        either += e.either;
        dates.push({ c, mdy: e.mdy, dmy: e.dmy });
        fileMdy += e.mdy;
        fileDmy += e.dmy;
      } else if (NUMBER_TYPES.has(s.type)) {
        let e = evidence?.[c.col];
        if (!counted(e, 'number')) countColumn(rows, c.col, 0, rows.length, (e = emptyEvidence()), 'number');
        const { dot, comma } = e;
        numbers.push({
          c,
          mark: dot && !comma ? '.' : comma && !dot ? ',' : this.table.decimalMark,
          mixed: dot && comma,
        });
      }
    }
    const forced = this.opts.dateOrder && this.opts.dateOrder !== 'auto' ? this.opts.dateOrder : undefined;
    const mapped = this.mapping.dateOrder && this.mapping.dateOrder !== 'auto' ? this.mapping.dateOrder : undefined;
    const user = forced ?? mapped;
    const preset = PRESETS[this.opts.preset].dateOrder;
    const fallback: DateOrder = preset === 'ymd' ? 'mdy' : preset;
    const fileOrder = orderFromEvidence(fileMdy, fileDmy);
    const yearLast = fileMdy + fileDmy + either;
    const out: Settled = {
      // A user's mdy/dmy wins; ymd (year-first files) still reads year-last cells by what the file shows.
      dates: dates.map(({ c, mdy, dmy }) => ({
        c,
        order: user && user !== 'ymd' ? user : (orderFromEvidence(mdy, dmy) ?? fileOrder ?? fallback),
      })),
      numbers,
      yearLast,
      fileOrder,
      orderUsed: yearLast ? (user && user !== 'ymd' ? user : (fileOrder ?? fallback)) : undefined,
    };
    if (!user && !fileOrder && either > 0)
      out.note = {
        code: 'date-order-assumed',
        message: `no date of the file settles whether 3/5/2026 is March 5 or 3 May; read as ${fallback === 'mdy' ? 'month/day/year' : 'day/month/year'} (set the date order to change it)`,
      };
    return out;
  }

  /** Read the columns as `settle` decided, and (`withNote`) note an assumed date order. */
  use(s: Settled, withNote = true): void {
    for (const d of s.dates) d.c.order = d.order;
    for (const n of s.numbers) {
      n.c.mark = n.mark;
      n.c.mixed = n.mixed;
    }
    this.yearLast = s.yearLast;
    this.fileOrder = s.fileOrder;
    this.orderUsed = s.orderUsed;
    if (s.note && withNote) this.notes.push(s.note);
  }

  date(row: readonly string[], c: Col, required = false): string | undefined {
    if (!c.present) return undefined;
    const cell = c.col >= 0 ? row[c.col]! : c.constant;
    if (!cell) return undefined;
    // Exports repeat dates (and date-times to the minute): read each distinct date once, and give every row and
    // column with it the same string, so 100,000 leads do not keep a copy each. The usual year-first shapes are
    // remembered by their parts, read in one scan (no order applies to them): a lookup by the cell's text hashed
    // and compared every fresh string, which cost more than the scan.
    const key = yearFirstKey(cell);
    if (key >= 0) {
      let iso = this.yearFirst.get(key);
      if (iso === undefined) {
        iso = isoOfYearFirst(cell, key);
        if (this.yearFirst.size < DATE_MEMO) this.yearFirst.set(key, iso);
      }
      return iso;
    }
    const memo = this.dates[c.order];
    let v = memo.get(cell);
    if (v === undefined && !memo.has(cell)) {
      v = parseDate(cell, c.order);
      if (memo.size < DATE_MEMO) memo.set(cell, v);
    }
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
      const own = lookup(table, cell);
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

/** Units written after a count or score (`30天`, `4.5分`, `12 days`, `8人`). */
const stripUnit = (cell: string): string => {
  const c = cell.charCodeAt(cell.length - 1);
  if (c < 128 && c !== 32 && c !== 115 && c !== 83) return cell; // not a space, not "days"
  return cell.trim().replace(/\s*(天|日|分|人|个|個|次|件|days?)$/i, '');
};

/** What a prepare pass decided: each date column's order, each number column's decimal mark, and what the file shows. */
export interface Settled {
  dates: { c: Col; order: DateOrder }[];
  numbers: { c: Col; mark: '.' | ','; mixed: boolean }[];
  yearLast: number;
  fileOrder: DateOrder | undefined;
  orderUsed: DateOrder | undefined;
  note?: FileIssue;
}

/**
 * Whether two prepare passes of the same specs read every column the same way: then they map every row the same,
 * as long as the row builders and cell readers read only each column's `order`, `mark` and `mixed` (what the file
 * shows as a whole — `yearLast`, `fileOrder`, `orderUsed`, the note — is settled once every row is read).
 */
export const sameReading = (a: Settled, b: Settled): boolean =>
  a.dates.length === b.dates.length &&
  a.numbers.length === b.numbers.length &&
  a.dates.every((d, i) => d.order === b.dates[i]!.order) &&
  a.numbers.every((n, i) => n.mark === b.numbers[i]!.mark && n.mixed === b.numbers[i]!.mixed);

/**
 * What the prepare pass counts in one column: year-last dates that settle month first, day first or neither
 * (`either`: 3/5/2026), other non-blank cells (for the 2,000-cell stop), and whether number cells show a decimal
 * point or a decimal comma.
 */
export interface ColumnEvidence {
  mdy: number;
  dmy: number;
  either: number;
  other: number;
  dot: boolean;
  comma: boolean;
  /**
   * What was not counted (the import worker counts a column's dates only when the file's default mapping reads it
   * as a date, its marks only when as a number): a mapping that reads it so counts it from the rows.
   */
  skip?: 'date' | 'number' | 'both';
}

/** Whether `e` holds the counts of `what`. */
const counted = (e: ColumnEvidence | undefined, what: 'date' | 'number'): e is ColumnEvidence =>
  !!e && e.skip !== what && e.skip !== 'both';

export const emptyEvidence = (): ColumnEvidence => ({ mdy: 0, dmy: 0, either: 0, other: 0, dot: false, comma: false });

/** A column whose first 2,000 non-blank cells hold no year-last date is a year-first (or no) date column: done. */
const DATE_STOP = 2000;

/** A column whose counting of dates is over: its first 2,000 non-blank cells hold no year-last date. */
const datesDone = (e: ColumnEvidence): boolean => e.other >= DATE_STOP && e.mdy + e.dmy + e.either === 0;

/** Count one non-blank cell's date into `e`. */
const countDate = (cell: string, e: ColumnEvidence): void => {
  const d = dateEvidence(cell);
  if (d === undefined) e.other++;
  else if (d === 'mdy') e.mdy++;
  else if (d === 'dmy') e.dmy++;
  else e.either++;
};

/** Note one non-blank cell's decimal mark in `e`. */
const countMark = (cell: string, e: ColumnEvidence): void => {
  const m = numberMark(cell);
  if (m === '.') e.dot = true;
  else if (m === ',') e.comma = true;
};

/** Nothing more in a column can change its decimal mark: it shows both. */
const marksDone = (e: ColumnEvidence): boolean => e.dot && e.comma;

/**
 * Count column `i` of rows [from, to) into `e`, in row order (going on where an earlier call stopped): its dates
 * (`date`) or the decimal marks of its number cells (`number`).
 */
export function countColumn(
  rows: readonly (readonly string[])[],
  i: number,
  from: number,
  to: number,
  e: ColumnEvidence,
  what: 'date' | 'number',
): void {
  const dates = what === 'date';
  for (let r = from; r < to && !(dates ? datesDone(e) : marksDone(e)); r++) {
    const cell = rows[r]![i]!;
    if (cell) (dates ? countDate : countMark)(cell, e);
  }
}

/**
 * Count rows [from, to) into the evidence of every column (as the import worker does while it reads a file): the
 * same counts as `countColumn` column by column, read row by row (each row's cells are together in
 * memory).
 */
export function countColumns(
  rows: readonly (readonly string[])[],
  from: number,
  to: number,
  into: ColumnEvidence[],
): void {
  const dates: number[] = [];
  const marks: number[] = [];
  into.forEach((e, i) => {
    if (counted(e, 'date')) dates.push(i);
    if (counted(e, 'number')) marks.push(i);
  });
  for (let r = from; r < to; r++) {
    const row = rows[r]!;
    for (const i of dates) {
      const cell = row[i];
      const e = into[i]!;
      if (cell && !datesDone(e)) countDate(cell, e);
    }
    for (const i of marks) {
      const cell = row[i];
      const e = into[i]!;
      if (cell && !marksDone(e)) countMark(cell, e);
    }
  }
}

/** Which of its columns' counts a mapping reads: `settle`'s date and number columns. */
export function evidenceNeeds(run: Run, specs: readonly { key: string; type: string }[]): Map<number, Set<string>> {
  const needs = new Map<number, Set<string>>();
  for (const s of specs) {
    const what = s.type === 'date' ? 'date' : NUMBER_TYPES.has(s.type) ? 'number' : undefined;
    const c = run.col(s.key).col;
    if (!what || c < 0) continue;
    let set = needs.get(c);
    if (!set) needs.set(c, (set = new Set()));
    set.add(what);
  }
  return needs;
}

const NUMBER_TYPES = new Set(['amount', 'number', 'rate']);

/**
 * The decimal mark a number cell shows ('' for plain digits or none), for the prepare pass. Only a cell with a `.`
 * or `,` and an ASCII digit can show one: both number readers need a digit 0–9 (so a note with a comma in it is not
 * read as a number).
 */
const numberMark = (cell: string): string => {
  let mark = false;
  let digit = false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 46 || ch === 44) mark = true;
    else if (ch >= 48 && ch <= 57) digit = true;
  }
  return mark && digit ? (readNumber(stripUnit(cell))?.mark ?? '') : '';
};
