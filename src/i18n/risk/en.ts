/** English. Strings shared by the two risk panels (opportunity-alert-panel, churn-alert-panel), and their date formats. */
import type { Level } from '../../models/signals.js';
import { counted } from '../plural.js';

export type RulesSource = 'tuned' | 'model' | 'data' | 'defaults';

export type ProgressPhase = 'send' | 'assess' | 'receive';

export interface RiskStrings {
  levels: Record<Level, string>;
  level: string;
  asOf: (date: string) => string;
  asOfToday: (date: string) => string;
  /** Header figure: rows assessed and skipped. */
  rowsFigure: string;
  assessedN: (n: string) => string;
  skippedN: (n: string) => string;
  filters: string;
  allLevels: string;
  atRisk: string;
  all: string;
  search: string;
  searchHint: string;
  sortBy: string;
  sortRisk: string;
  sortName: string;
  showing: (shown: string, total: string) => string;
  noMatch: string;
  /** Every row was skipped (none could be assessed). */
  allSkipped: (count: number, n: string) => string;
  sorting: string;
  clearFilters: string;
  listHint: string;
  progress: Record<ProgressPhase, (pct: string) => string>;
  rules: string;
  /** Hint under the rules when changes are kept (storage-key) or only for the session. */
  rulesHintSaved: string;
  rulesHintSession: string;
  rulesFrom: (source: string) => string;
  /** Your changes on top of the host's rules (source: model, data or defaults). */
  rulesFromTuned: (base: string) => string;
  rulesSource: Record<RulesSource, string>;
  rulesNotJson: (why: string) => string;
  /** The data is neither the list nor an object holding it. */
  notData: (list: string, key: string) => string;
  /** The card's head: activating it opens (and selects) the record. */
  cardToggle: string;
  resetRules: string;
  exportRules: string;
  importRules: string;
  rulesJson: string;
  invalidRows: (n: number) => string;
  signals: string;
  noSignals: string;
  metrics: string;
  responses: string;
  days: (n: string) => string;
  none: string;
  chartTable: string;
  closeRow: string;
}

export const RISK: RiskStrings = {
  levels: { ok: 'OK', warning: 'Warning', critical: 'Critical' },
  level: 'Level',
  asOf: (d) => `As of ${d}`,
  asOfToday: (d) => `As of ${d} (today: the data has no assessment date)`,
  rowsFigure: 'Rows',
  assessedN: (n) => `${n} assessed`,
  skippedN: (n) => `${n} skipped`,
  filters: 'Filters',
  allLevels: 'All levels',
  atRisk: 'At risk (warning or critical)',
  all: 'All',
  search: 'Search',
  searchHint: 'Name or id',
  sortBy: 'Sort by',
  sortRisk: 'Risk (level, score, amount)',
  sortName: 'Name (A–Z)',
  showing: (s, t) => `Showing ${s} of ${t}`,
  noMatch: 'No rows match the filters.',
  allSkipped: (c, n) =>
    c === 1
      ? 'Its only row was skipped: see why above.'
      : `All ${n} rows were skipped: see the rows that could not be assessed above.`,
  sorting: 'Sorting…',
  clearFilters: 'Clear filters',
  listHint: 'Arrow keys move between rows, Enter opens one.',
  progress: {
    send: (p) => `Preparing rows… ${p}`,
    assess: (p) => `Assessing… ${p}`,
    receive: (p) => `Loading results… ${p}`,
  },
  rules: 'Rules',
  rulesHintSaved:
    'Changes apply at once and are kept in this browser. Only the values you change are yours; everything else follows the rules below them. “Reset rules” removes your changes.',
  rulesHintSession:
    'Changes apply at once but are not kept: they last until the page is reloaded. Only the values you change are yours; “Reset rules” removes your changes.',
  rulesFrom: (s) => `Rules in use: ${s}`,
  rulesFromTuned: (b) => `Rules in use: your changes, on top of ${b}`,
  rulesSource: {
    tuned: 'your changes',
    model: 'the rules set for this page',
    data: 'the rules that came with the data',
    defaults: 'the standard rules',
  },
  rulesNotJson: (why) => `The rules are not valid JSON (${why}).`,
  notData: (list, key) =>
    `The data cannot be read: give a list of ${list}, or an object with the list under “${key}” and the assessment date under “asOf”.`,
  cardToggle: 'Show or hide the details',
  resetRules: 'Reset rules',
  exportRules: 'Export rules (JSON)',
  importRules: 'Import rules',
  rulesJson: 'Rules as JSON',
  invalidRows: (n) => `${counted(n, 'row', 'rows')} could not be assessed`,
  signals: 'Signals',
  noSignals: 'No risk signals.',
  metrics: 'Metrics',
  responses: 'Suggested responses',
  days: (n) => `${n} d`,
  none: '—',
  chartTable: 'Figures of the chart',
  closeRow: 'Close',
};
