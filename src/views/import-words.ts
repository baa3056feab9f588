/**
 * An import's file problems, row problems and notes in the UI language: a
 * locale's table (src/i18n/import/<locale>.ts) has a sentence per code; the
 * typed parameters of a file problem (line, sheet, column, headers, fields)
 * are made into the words it puts in. The user's headers, sheet and column
 * names are quoted as given, never translated.
 */
import type { Formatter } from '../i18n/format.js';
import type { FileIssueWords, ImportStrings } from '../i18n/import.js';
import type { FileIssue, ImportNoteCode } from '../import/table.js';

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
  const d: FileIssueWords = {};
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
  return has(w.t.fileIssues, issue.code) ? w.t.fileIssues[issue.code](d) : w.t.fileIssueOther(issue.code);
}

/** Whether a code is one of a table's (a code from elsewhere, e.g. a newer pipeline's, is not). */
const has = <K extends string>(table: Record<K, unknown>, code: string): code is K => Object.hasOwn(table, code);

/** A row problem in the locale of `t` (the field already named in it, the value as given); an unknown code as it is. */
export function rowProblemWords(t: ImportStrings, code: string, field: string, value: string): string {
  return has(t.rowProblems, code) ? t.rowProblems[code](field, value) : code;
}

/** A note on an import in the locale of `t`; an unknown code as it is. */
export function noteWords(
  t: ImportStrings,
  code: string,
  d: Parameters<ImportStrings['notes'][ImportNoteCode]>[0],
): string {
  return has(t.notes, code) ? t.notes[code](d) : code;
}
