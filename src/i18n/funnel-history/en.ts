/** English. Strings of funnel-forecast's rates from history (docs/models.md §3c), loaded with that view. */
import { plural } from '../plural.js';

export interface FunnelHistoryStrings {
  /** The progress bar while a large history is read. */
  learning: string;
  fromHistory: string;
  historyWindow: string;
  lastMonths: (n: string) => string;
  fillHistory: string;
  historyFile: string;
  /** The mark beside a rate filled from history. */
  historyMark: (n: string) => string;
  fewRecords: (min: string) => string;
  edited: string;
  revertHistory: string;
  records: string;
  medianDays: string;
  /** records used, first month, last month. */
  historySummary: (used: string, from: string, to: string) => string;
  keptNoRecords: (stage: string) => string;
  keptZero: (stage: string) => string;
  notRead: (n: string) => string;
  /** The columns a stage-history file lacks (id, stage, date). */
  missingColumns: (cols: string) => string;
  rowsLeftOut: (n: string) => string;
}

export const FUNNEL_HISTORY: FunnelHistoryStrings = {
  learning: 'Learning the rates from history',
  fromHistory: 'From history',
  historyWindow: 'Window',
  lastMonths: (n) => `Last ${n} months`,
  fillHistory: 'Fill rates from history',
  historyFile: 'Stage history file (CSV or .xlsx: id, stage, date)',
  historyMark: (n) => `from history, ${n} ${plural('en', n, { one: 'record', other: 'records' })}`,
  fewRecords: (min) => `fewer than ${min} records`,
  edited: 'edited',
  revertHistory: 'Revert to history',
  records: 'Records',
  medianDays: 'Median days in stage',
  historySummary: (used, from, to) =>
    `${used} ${plural('en', used, { one: 'record', other: 'records' })}, ${from} to ${to}`,
  keptNoRecords: (stage) => `${stage}: no records in the window; the typed rate is kept`,
  keptZero: (stage) => `${stage}: every record was lost; the typed rate is kept`,
  notRead: (n) => `${n} ${plural('en', n, { one: 'row', other: 'rows' })} of the history not read`,
  missingColumns: (cols) => `The file needs the columns ${cols}`,
  rowsLeftOut: (n) =>
    `${n} ${plural('en', n, { one: 'row', other: 'rows' })} left out (a stage that is not in the funnel, a blank cell or a date that could not be read)`,
};
