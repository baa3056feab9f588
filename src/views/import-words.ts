/**
 * An import's file problems in the UI language: the typed parameters of the
 * problem (line, sheet, column, headers, fields) made into the words a
 * locale's table (src/i18n/import/<locale>.ts) puts in its sentence. The
 * user's headers, sheet and column names are quoted as given, never translated.
 */
import type { Formatter } from '../i18n/format.js';
import type { ImportStrings } from '../i18n/import.js';
import type { FileIssue } from '../import/table.js';

export interface FileIssueWording {
  t: ImportStrings;
  fmt: Formatter;
  /** A field's name in the UI language. */
  fieldName: (key: string) => string;
  /** The file's headers, when the problem does not list them. */
  header?: readonly string[] | undefined;
}

const q = (s: string) => `“${s}”`;
const list = (xs: readonly string[] | undefined, n = 12) =>
  xs ? xs.slice(0, n).map(q).join(', ') + (xs.length > n ? ', …' : '') : '';

/** A file problem in the locale of `w.t`. */
export function fileIssueWords(w: FileIssueWording, issue: FileIssue): string {
  const d: Parameters<ImportStrings['fileIssue']>[1] = {};
  if (issue.code === 'header-only' || issue.code === 'title-only') {
    if (issue.line !== undefined) d.line = w.fmt.integer(issue.line);
    d.headers = list(issue.headers);
    if (issue.headers?.[0]) d.title = q(issue.headers[0]);
  }
  if (issue.sheets) d.sheets = list(issue.sheets);
  if (issue.code === 'sheet-not-found') d.sheet = q(issue.sheet ?? '');
  if (issue.fields) d.fields = issue.fields.map(w.fieldName).join(', ');
  if (issue.code === 'missing-columns') d.headers = list(issue.headers ?? w.header);
  if (issue.code === 'unknown-column') {
    d.field = issue.fields?.[0] ? w.fieldName(issue.fields[0]) : '';
    d.column = q(issue.column ?? '');
  }
  return w.t.fileIssue(issue.code, d);
}
