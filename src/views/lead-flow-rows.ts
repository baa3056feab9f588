/**
 * Rows of a lead export that could not be used, one problem per entry: CSV
 * rows the reader skipped, and leads the model refused, placed at their
 * spreadsheet row and column where the export is a CSV.
 */
import { movedIssue, type InvalidRow, type Issue } from '../schemas/issues.js';
import type { LeadsFile, RowProblem } from '../parse/leads.js';

export interface RowIssue {
  /** CSV: the spreadsheet row (header = 1). */
  row?: number;
  /** The lead's index in the list given to the model. */
  index?: number;
  id?: string;
  /** The CSV header (or JSON field) of the bad value; empty for a row that could not be read at all. */
  column: string;
  /** English wording (for revops-invalid). */
  message: string;
  /** A CSV reading problem, worded in the UI language from its code. */
  problem?: RowProblem;
  /** The model's issue, when it has a code: worded in the UI language from it. */
  issue?: Issue;
}

/** Every row problem of an export: the reader's skipped rows, then the model's invalid leads; a CSV's in row order. */
export function collectRowIssues(
  file: Pick<LeadsFile, 'skipped' | 'rows' | 'columns' | 'format'>,
  invalid: readonly InvalidRow[],
): RowIssue[] {
  const out: RowIssue[] = file.skipped.flatMap((s) =>
    s.problems.map((problem, k) => ({
      row: s.row,
      column: problem.column ?? '',
      message: s.issues[k]?.message ?? '',
      problem,
    })),
  );
  for (const bad of invalid) {
    const row = file.rows?.[bad.index];
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
  if (file.format === 'csv') out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return out;
}

/**
 * A row problem as a `revops-invalid` issue: a skipped CSV row at `row.<n>`;
 * a refused lead at `leads.<index>.<field>` (the lead field read from the CSV
 * column), its message saying where it is (CSV row and column, or lead index and id).
 */
export function rowIssueAsIssue(r: RowIssue, columns: Readonly<Record<string, string>> | undefined): Issue {
  if (r.index === undefined) return { path: `row.${r.row}`, message: `CSV row ${r.row}: ${r.message}` };
  const where =
    r.row !== undefined
      ? `CSV row ${r.row}, column ${JSON.stringify(r.column)}`
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
