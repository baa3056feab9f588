/** English. Strings of <funnel-forecast> (model 3a). Kept short: the element has a 30 KB budget. */

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
  /** Opens the activity mix (docs/models.md §3a extras). */
  splitGap: string;
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
  splitGap: 'Split the gap across activities',
};
