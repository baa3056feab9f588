/**
 * Rows of a lead export that could not be used, one problem per entry: rows
 * the import skipped (by the file's line and the column of the field at
 * fault), and leads the model refused, placed at their line and column where
 * the leads came from a file.
 */
import { movedIssue, type InvalidRow, type Issue } from '../schemas/issues.js';

/** A row problem of the import (src/import RowIssue): line, code, field, value and an English message. */
export interface ImportRowProblem {
  line: number;
  code: string;
  message: string;
  field?: string;
  value?: string;
}

/** Where the model's leads came from: a file (lines and columns known) or JSON. */
export interface LeadRows {
  format: 'csv' | 'xlsx' | 'records' | 'json';
  /** Rows the import skipped. */
  skipped: readonly ImportRowProblem[];
  /** A file: the line of each lead given to the model. */
  lines?: readonly number[];
  /** A file: the column each lead field (or `values.<factor>`) was read from. */
  columns?: Readonly<Record<string, string>>;
}

export interface RowIssue {
  /** A file: the line (a spreadsheet's row; the header's is before it). */
  row?: number;
  /** The lead's index in the list given to the model. */
  index?: number;
  id?: string;
  /** The column (or JSON field) of the bad value; empty for a row that could not be read at all. */
  column: string;
  /** English wording (for revops-invalid). */
  message: string;
  /** An import problem, worded in the UI language from its code. */
  problem?: ImportRowProblem;
  /** The model's issue, when it has a code: worded in the UI language from it. */
  issue?: Issue;
}

/** Every row problem: the import's skipped rows, then the model's invalid leads; a file's in line order. */
export function collectRowIssues(file: LeadRows, invalid: readonly InvalidRow[]): RowIssue[] {
  const out: RowIssue[] = file.skipped.map((s) => ({
    row: s.line,
    column: (s.field && file.columns?.[s.field]) || '',
    message: s.message,
    problem: s,
  }));
  for (const bad of invalid) {
    const row = file.lines?.[bad.index];
    for (const i of bad.issues) {
      const head = i.path.split('.')[0] ?? '';
      const column = file.columns?.[i.path] ?? file.columns?.[head] ?? i.path;
      const r: RowIssue = { index: bad.index, column, message: i.message };
      if (i.code) r.issue = i;
      if (row !== undefined) r.row = row;
      if (bad.id !== undefined) r.id = bad.id;
      out.push(r);
    }
  }
  // A stable sort: a row's problems keep their order.
  if (file.format !== 'json') out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}

/**
 * A row problem as a `revops-invalid` issue: a skipped row at `row.<n>`; a
 * refused lead at `leads.<index>.<field>` (the lead field read from the
 * column), its message saying where it is (row and column, or lead index and id).
 */
export function rowIssueAsIssue(r: RowIssue, columns: Readonly<Record<string, string>> | undefined): Issue {
  if (r.index === undefined) return { path: `row.${r.row}`, message: `row ${r.row}: ${r.message}` };
  const where =
    r.row !== undefined
      ? `row ${r.row}, column ${JSON.stringify(r.column)}`
      : `leads.${r.index}${r.id ? ` (id ${r.id})` : ''}`;
  const field = columns ? (Object.keys(columns).find((k) => columns[k] === r.column) ?? r.column) : r.column;
  const path = ['leads', r.index, field].filter((x) => x !== '').join('.');
  const message = `${where}: ${r.message}`;
  return r.issue ? movedIssue(r.issue, path, message) : { path, message };
}

/** How many rows have a problem (a row with two bad cells counts once). */
export function rowsWithIssues(issues: readonly RowIssue[]): number {
  return new Set(issues.map((r) => r.row ?? `i${r.index}`)).size;
}
