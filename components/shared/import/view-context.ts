/** What the import view's templates share: their context, and field and file problems in the UI language. */
import type { Formatter } from '../../../src/i18n/format.js';
import type { ImportStrings } from '../../../src/i18n/import.js';
import { fileIssueWords } from '../../../src/views/import-words.js';
import type { FileIssue, ImportResult } from '../../../src/views/import-core.js';
import type { ImportController } from './import-controller.js';

/** What a view needs of its element. */
export interface ImportViewContext {
  ctl: ImportController;
  t: ImportStrings;
  fmt: Formatter;
  /** Prefix of every id (unique within the element's shadow root). */
  id: string;
  /** The paste button's words (Analyse, Check, Read). */
  readLabel: string;
  /** The words of the button that drops a loaded file (none: no such button). */
  clearLabel?: string;
  /** Names of fields the view does not know: a factor's label (`values.<key>` → key given). */
  factorLabel?: (key: string) => string | undefined;
  /** A pipeline stage's name. */
  stageLabel?: (key: string) => string;
  /** The file name an exported mapping is saved as. */
  mappingFile: string;
  /** Text or files the element reads itself (lead-flow's JSON model input); resolves true when it took them. */
  ownText?: (text: string, label: string) => Promise<boolean> | undefined;
  /** Extra accepted file types (e.g. `.json`). */
  accept?: string;
  /** Hide the mapping, values and result (the second file of churn shows them too; a host may not). */
  compact?: boolean;
}

export const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A field's name in the UI language: the view's names, a factor's label, a usage month. */
export function fieldName(c: ImportViewContext, key: string): string {
  const named = c.t.fieldNames[key];
  if (named) return named;
  if (key.startsWith('values.')) return c.factorLabel?.(key.slice(7)) ?? key.slice(7);
  const m = /^usage\.(\d{4}-\d{2})\.(usageRate|activeUsers)$/.exec(key);
  if (m) return c.t.usageField(m[1]!, m[2] as 'usageRate' | 'activeUsers');
  return key;
}

/** A file problem in the UI language. */
export function fileIssueText(c: ImportViewContext, issue: FileIssue): string {
  return fileIssueWords({ t: c.t, fmt: c.fmt, fieldName: (k) => fieldName(c, k), header: c.ctl.table?.header }, issue);
}

/** The fields a file problem names (their selects are marked invalid). */
export function fieldIssue(result: ImportResult): ReadonlySet<string> {
  const out = new Set<string>();
  for (const i of result.issues) for (const f of i.fields ?? []) out.add(f);
  return out;
}
