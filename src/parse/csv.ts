/** CSV out: rows of plain values to RFC 4180 text (src/export/csv-rows.ts quotes what needs quoting). */
import { csvRows } from '../export/csv-rows.js';

export type Cell = string | number | boolean | null | undefined;

/**
 * CSV text from a header and rows. A leading "=", "+", "-" or "@" in text is
 * prefixed with an apostrophe so spreadsheets never run it as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (v: Cell): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    const s = String(v);
    // Only text that is a plain number may start with "-" or "+"; anything else a spreadsheet could run is defused.
    return /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) ? `'${s}` : s;
  };
  return csvRows([header.map(String), ...rows.map((r) => r.map(cell))]);
}
