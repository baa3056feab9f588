/**
 * The risk panels' exports for people: one row per record shown, headers in
 * the panel's words, levels, stages, signals and responses as the panel
 * names them, amounts at 2 decimals and ratios as the row detail shows them.
 * (The panels' `csv()` with data keys and codes stays for integrations.)
 */
import type { Cell } from '../parse/csv.js';
import type { Level } from '../models/signals.js';
import type { OpportunityRow, OpportunitySuggestion } from '../models/opportunities.js';
import type { ChangeSuggestion } from '../models/opportunity-changes.js';
import type { ChurnRow } from '../models/churn.js';
import type { Opportunity } from '../schemas/opportunities.js';
import type { Account } from '../schemas/churn.js';
import type { OpportunityStrings } from '../i18n/opportunity-alerts/en.js';
import type { ChurnStrings } from '../i18n/churn-alerts/en.js';
import type { RiskStrings } from '../i18n/risk/en.js';
import type { ActionStrings } from '../i18n/actions/en.js';
import type { ExportColumn, ExportTable } from './table.js';

/** An export column and its cell from a model row and its input record. */
export interface PeopleColumn<R, Rec> extends ExportColumn {
  value: (row: R, rec: Rec) => Cell;
}

/** The table of the rows given (the rows shown, in display order). */
export function peopleTable<R, Rec>(
  name: string,
  columns: readonly PeopleColumn<R, Rec>[],
  rows: Iterable<{ row: R; rec: Rec }>,
): ExportTable {
  const out: Cell[][] = [];
  for (const { row, rec } of rows) out.push(columns.map((c) => c.value(row, rec)));
  return {
    name,
    columns: columns.map(({ label, kind, digits }) =>
      digits === undefined ? { label, kind } : { label, kind, digits },
    ),
    rows: out,
  };
}

export interface RiskExportWords {
  r: Pick<RiskStrings, 'levels' | 'level' | 'signals' | 'responses'>;
  a: Pick<ActionStrings, 'idCol' | 'riskScoreCol' | 'yes' | 'no'>;
  currency: string;
  /** A signal's words from its code and the panel's name for it: the host's label (docs/labels.md), else the name. */
  signalLabel?: (code: string, builtin: string | undefined) => string;
}

/** "Stage overdue (Critical); Idle (Warning)". */
const signalText = (
  signals: readonly { code: string; level: Level }[],
  names: Record<string, string>,
  w: RiskExportWords,
): string =>
  signals
    .map(
      (s) =>
        `${w.signalLabel ? w.signalLabel(s.code, names[s.code]) : (names[s.code] ?? s.code)} (${w.r.levels[s.level]})`,
    )
    .join('; ');

export function opportunityPeopleColumns(
  t: Pick<
    OpportunityStrings,
    | 'name'
    | 'owner'
    | 'stage'
    | 'amount'
    | 'key'
    | 'signalNames'
    | 'changeNames'
    | 'metricNames'
    | 'suggestions'
    | 'changeSuggestions'
  >,
  w: RiskExportWords,
  stageName: (key: string) => string,
): PeopleColumn<OpportunityRow, Opportunity>[] {
  const { r, a } = w;
  const names: Record<string, string> = { ...t.signalNames, ...t.changeNames };
  return [
    { label: a.idCol, kind: 'text', value: (x) => x.id },
    { label: t.name, kind: 'text', value: (_x, o) => o.name },
    { label: t.owner, kind: 'text', value: (_x, o) => o.owner },
    { label: t.stage, kind: 'text', value: (_x, o) => stageName(o.stage) },
    { label: `${t.amount} (${w.currency})`, kind: 'money', value: (_x, o) => o.amount },
    { label: t.key, kind: 'text', value: (x) => (x.keyAccount ? a.yes : a.no) },
    { label: r.level, kind: 'text', value: (x) => r.levels[x.level] },
    { label: a.riskScoreCol, kind: 'count', value: (x) => x.riskScore },
    { label: t.metricNames.completeness, kind: 'rate', digits: 0, value: (x) => x.metrics.completeness },
    { label: t.metricNames.compliance, kind: 'rate', digits: 0, value: (x) => x.metrics.compliance },
    { label: t.metricNames.daysInStage, kind: 'count', value: (x) => x.metrics.daysInStage },
    { label: t.metricNames.cycleRatio, kind: 'number', digits: 2, value: (x) => x.metrics.cycleRatio },
    { label: t.metricNames.daysIdle, kind: 'count', value: (x) => x.metrics.daysIdle },
    { label: r.signals, kind: 'text', value: (x) => signalText(x.signals, names, w) },
    {
      label: r.responses,
      kind: 'text',
      value: (x) =>
        x.suggestions
          .map((s) =>
            s in t.changeSuggestions
              ? t.changeSuggestions[s as ChangeSuggestion]
              : t.suggestions[s as OpportunitySuggestion],
          )
          .join(' '),
    },
  ];
}

export function churnPeopleColumns(
  t: Pick<ChurnStrings, 'name' | 'tier' | 'arr' | 'renewal' | 'causesCol' | 'causes' | 'signalNames' | 'actions'>,
  w: RiskExportWords,
  tierOf: (rec: Account) => string,
): PeopleColumn<ChurnRow, Account>[] {
  const { r, a } = w;
  return [
    { label: a.idCol, kind: 'text', value: (x) => x.id },
    { label: t.name, kind: 'text', value: (_x, c) => c.name },
    { label: t.tier, kind: 'text', value: (_x, c) => tierOf(c) },
    { label: `${t.arr} (${w.currency})`, kind: 'money', value: (_x, c) => c.arr },
    { label: t.renewal, kind: 'date', value: (_x, c) => c.renewalDate },
    { label: r.level, kind: 'text', value: (x) => r.levels[x.level] },
    { label: a.riskScoreCol, kind: 'count', value: (x) => x.riskScore },
    { label: t.causesCol, kind: 'text', value: (x) => x.causes.map((c) => t.causes[c] ?? c).join('; ') },
    { label: r.signals, kind: 'text', value: (x) => signalText(x.signals, t.signalNames, w) },
    { label: r.responses, kind: 'text', value: (x) => x.actions.map((k) => t.actions[k]?.title ?? k).join('; ') },
  ];
}
