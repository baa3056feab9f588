/** English. Strings of <funnel-forecast> (model 3a). Kept short: the element has a 30 KB budget. */
import { plural } from '../plural.js';

export interface FunnelStrings {
  title: string;
  target: string;
  achieved: string;
  acv: string;
  /** The order value the seed's step 5 says to reach (a result, not the input). */
  acvNeeded: string;
  maxNew: string;
  maxNewHint: string;
  /** "(max n)" after an infeasible high-intent need. */
  max: (n: string) => string;
  highIntent: string;
  stage: string;
  count: string;
  conversion: string;
  pWin: string;
  needed: string;
  activity: string;
  yieldPerUnit: string;
  capacity: string;
  /** Units in column heads: stage counts, yield, capacity. */
  customers: string;
  perUnit: string;
  units: string;
  forecast: string;
  expected: string;
  gap: string;
  attainment: string;
  won: string;
  rep: string;
  name: string;
  stages: Record<string, string>;
  activities: Record<string, string>;
  /** The seed's activity kinds, for "add an activity". */
  kinds: Record<string, string>;
  newStage: string;
  addStage: string;
  addActivity: string;
  addRep: string;
  removeRep: string;
  teamNeeds: string;
  noGap: string;
  /** The seed's step 5: raise the order value. */
  raise: string;
  /** Rates from history (docs/models.md §3c). */
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

export const FUNNEL: FunnelStrings = {
  title: 'Funnel forecast',
  target: 'Target',
  achieved: 'Achieved',
  acv: 'Order value',
  acvNeeded: 'Order value needed',
  maxNew: 'Max new high-intent',
  maxNewHint: 'Empty: no limit',
  max: (n) => `(max ${n})`,
  highIntent: 'High-intent stage',
  stage: 'Stage',
  count: 'In pipeline',
  conversion: 'Conversion',
  pWin: 'Win probability',
  needed: 'New needed',
  activity: 'Activity',
  yieldPerUnit: 'Yield',
  capacity: 'Capacity',
  customers: 'customers',
  perUnit: 'customers per unit',
  units: 'units; empty: no limit',
  forecast: 'Forecast',
  expected: 'Pipeline',
  gap: 'Gap',
  attainment: 'Attainment',
  won: 'Won (expected)',
  rep: 'Rep',
  name: 'Name',
  stages: { lead: 'Leads', highIntent: 'High intent' },
  activities: {},
  kinds: {
    calls: 'Calls (telesales)',
    visits: 'Visits (field sales)',
    'online-events': 'Online events',
    'offline-events': 'Offline events',
  },
  newStage: 'New stage',
  addStage: 'Add a stage',
  addActivity: 'Add an activity',
  addRep: 'Add a rep',
  removeRep: 'Remove this rep',
  teamNeeds: 'The team needs (sum over the reps)',
  noGap: 'No gap.',
  raise: 'Raise the order value to',
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
