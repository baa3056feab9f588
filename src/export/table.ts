/**
 * Tables for people: a column list (label in the user's language, a kind that
 * says how the UI rounds and shows the value) and rows of raw model values,
 * turned into what a spreadsheet user expects. One function decides each
 * cell's rounded value (`exportValue`) and its text (`cellText`); the CSV and
 * the .xlsx writer (`./xlsx.ts`) both go through it, so the two files agree.
 */
import { csvRows } from './csv-rows.js';
import type { Cell } from '../parse/csv.js';

export type { Cell };

/**
 * How a column's values are shown:
 * - `money`: 2 decimals (the currency goes in the label);
 * - `rate`: a fraction (0.155) shown as a percentage, `digits` decimals of the percentage (default 1);
 * - `count`: whole numbers (people, leads, accounts where the UI shows them whole);
 * - `number`: `digits` decimals (default 2);
 * - `date`: an ISO day (`2026-03-31`), a date cell in the workbook;
 * - `text`: as given (codes should arrive here already as labels).
 */
export type ColumnKind = 'money' | 'rate' | 'count' | 'number' | 'date' | 'text';

export interface ExportColumn {
  /** The header, in the user's language, in words (never a model key). */
  label: string;
  kind: ColumnKind;
  /** Decimals for `number` and `rate` (of the percentage). */
  digits?: number;
}

export interface ExportTable {
  /** The sheet name in the workbook and the section title in a CSV with several tables. */
  name: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly Cell[])[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The decimals a column keeps (of the percentage for a rate). */
export function columnDigits(c: ExportColumn): number {
  if (c.kind === 'money') return 2;
  if (c.kind === 'count') return 0;
  if (c.kind === 'rate') return clampDigits(c.digits ?? 1);
  if (c.kind === 'number') return clampDigits(c.digits ?? 2);
  return 0;
}

const clampDigits = (d: number): number => Math.min(6, Math.max(0, Math.trunc(d)));

/** Round half away from zero at `d` decimals, through the decimal text (so 1.005 → 1.01, 3167999.9999999995 → 3168000). */
export function roundTo(x: number, d: number): number {
  const r = Number(Math.abs(x).toFixed(Math.min(d + 3, 20)));
  const s = Math.round(Number((r * 10 ** d).toPrecision(15))) / 10 ** d;
  const v = x < 0 ? -s : s;
  return Object.is(v, -0) ? 0 : v;
}

/**
 * A cell's value as the file holds it: a rounded number (a rate stays a
 * fraction, rounded to what its percentage shows), a day as ISO text, text as
 * text; null for an empty cell or a number that is not finite.
 */
export function exportValue(c: ExportColumn, v: Cell): string | number | null {
  if (v == null || v === '') return null;
  if (c.kind === 'text') return typeof v === 'number' && !Number.isFinite(v) ? null : String(v);
  if (c.kind === 'date') return String(v);
  const n = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : Number(v);
  if (typeof v === 'string' && (v.trim() === '' || !Number.isFinite(n))) return v; // a note in a number column stays readable
  if (!Number.isFinite(n)) return null;
  const d = columnDigits(c);
  return c.kind === 'rate' ? roundTo(n, d + 2) : roundTo(n, d);
}

/** A cell as the CSV shows it: numbers at the column's decimals, a rate with "%", a day as ISO. */
export function cellText(c: ExportColumn, v: Cell): string {
  const x = exportValue(c, v);
  if (x == null) return '';
  if (typeof x === 'string') return x;
  if (c.kind === 'rate') return `${roundTo(x * 100, columnDigits(c))}%`;
  return String(x);
}

/** Whether a day is an ISO calendar day the workbook can hold as a date. */
export const isIsoDay = (s: unknown): s is string => {
  if (typeof s !== 'string' || !ISO_DAY.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  // Some engines roll 2026-02-30 over to March: the day must read back the same.
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};

/** The header and cells of a table as text. */
export function tableText(t: ExportTable): { header: string[]; cells: string[][] } {
  return {
    header: t.columns.map((c) => c.label),
    cells: t.rows.map((r) => t.columns.map((c, i) => cellText(c, r[i]))),
  };
}

/** Text a spreadsheet could run as a formula gets an apostrophe; numbers (and percentages) may start with "-" or "+". */
export const defuse = (s: string): string =>
  /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?%?$/.test(s) ? `'${s}` : s;

/**
 * CSV text of one table, or of several: each then under its name, with an
 * empty line between them. Text a spreadsheet could run as a formula is
 * defused (`defuse`). No byte-order mark: `downloadText` adds it for Excel.
 */
export function tablesCsv(tables: readonly ExportTable[]): string {
  const lines = (t: ExportTable): string[][] => {
    const x = tableText(t);
    return [x.header, ...x.cells].map((r) => r.map(defuse));
  };
  if (tables.length === 1) return csvRows(lines(tables[0]!));
  return tables.map((t) => csvRows([[defuse(t.name)], ...lines(t)])).join('\n\n');
}
