/** English. Strings of opportunity-alert-panel (商机预警). */
import type { OpportunityDimension, OpportunitySignalCode, OpportunitySuggestion } from '../../models/opportunities.js';
import type { ChangeSignalCode, ChangeSuggestion, ChangeThresholds } from '../../models/opportunity-changes.js';
import { counted } from '../plural.js';

export interface OpportunityStrings {
  title: string;
  name: string;
  owner: string;
  stage: string;
  amount: string;
  /** In the amount column: an imported deal whose amount the CRM left empty (assessed as 0). */
  amountUnknown: string;
  signalsCol: string;
  key: string;
  amountAtRisk: string;
  /** Header label of key accounts at risk, and its figure (count · amount). */
  keyAtRiskLabel: string;
  keyAtRisk: (n: string, amount: string) => string;
  /** The list is empty (nothing assessed). */
  nothingToShow: string;
  /** The list in words, for messages about the data. */
  listWord: string;
  /** Edits of stages the host's pipeline no longer has were dropped. */
  droppedStages: (stages: string, n: number) => string;
  /** Row fields and parts of the rules in plain words (shown beside a bad field's path). */
  rowFields: Record<string, string>;
  dimension: string;
  dims: Record<OpportunityDimension, string>;
  allDims: string;
  allOwners: string;
  allStages: string;
  keyOnly: string;
  sortAmount: string;
  sortCycle: string;
  sortIdle: string;
  signalNames: Record<OpportunitySignalCode, string>;
  missingFields: (fields: string, completeness: string, required: number) => string;
  stageOverdue: (days: string, standard: string, ratio: string) => string;
  shortfall: (items: string, compliance: string, days: string, standard: string) => string;
  idle: (days: string, max: string, critical: string, last: string | null) => string;
  closePassed: (date: string, days: string) => string;
  metricNames: { completeness: string; compliance: string; daysInStage: string; cycleRatio: string; daysIdle: string };
  suggestions: Record<OpportunitySuggestion, string>;
  plan: string;
  planHintSaved: string;
  planHintSession: string;
  planItems: {
    'missing-fields': (fields: string) => string;
    'stage-overdue': (stage: string, days: string) => string;
    'activity-shortfall': (items: string) => string;
    idle: (days: string) => string;
    'close-date-passed': (date: string) => string;
  };
  planDone: (done: number, total: number) => string;
  stages: Record<string, string>;
  fieldNames: Record<string, string>;
  activityNames: Record<string, string>;
  chart: string;
  chartSummary: (parts: string) => string;
  chartPart: (stage: string, median: string, standard: string, n: string) => string;
  open: string;
  median: string;
  p90: string;
  standard: string;
  overdue: string;
  legendMedian: string;
  legendP90: string;
  legendStandard: string;
  rulesStage: string;
  standardDays: string;
  maxIdleDays: string;
  requiredFields: string;
  requiredActivities: string;
  thresholds: string;
  completenessWarn: string;
  completenessCritical: string;
  cycleWarn: string;
  cycleCritical: string;
  idleCriticalFactor: string;
  keyAccountMinAmount: string;
  /** Change flags from history (issue 14). */
  changeNames: Record<ChangeSignalCode, string>;
  closePushed: (pushes: number, days: string, last: string) => string;
  amountCut: (share: string, peak: string, amount: string) => string;
  stageRegressed: (n: number, from: string, to: string, at: string) => string;
  noNextStep: string;
  singleThreaded: (contacts: number, min: string) => string;
  changeSuggestions: Record<ChangeSuggestion, string>;
  changeThresholds: string;
  changeThresholdLabels: Record<keyof ChangeThresholds, string>;
  /** The rep roll-up of the team view (issue 14). */
  reps: string;
  repsHint: string;
  rep: string;
  rank: string;
  noOwner: string;
  staleMedian: string;
  staleMax: string;
  /** The rules editor's pickers (no typed syntax). */
  addField: string;
  addActivity: string;
  removeItem: (name: string, stage: string) => string;
  countOf: (name: string, stage: string) => string;
  noneRequired: string;
}

export const OPPORTUNITY: OpportunityStrings = {
  title: 'Opportunity alerts',
  name: 'Opportunity',
  owner: 'Owner',
  stage: 'Stage',
  amount: 'Amount',
  amountUnknown: 'unknown',
  signalsCol: 'Signals',
  key: 'Key account',
  amountAtRisk: 'Amount at risk',
  keyAtRiskLabel: 'Key accounts at risk',
  keyAtRisk: (n, a) => `${n} · ${a}`,
  nothingToShow: 'No opportunities to show.',
  listWord: 'opportunities',
  droppedStages: (s, n) =>
    n === 1
      ? `Your changes to the stage ${s} were dropped: the pipeline no longer has that stage.`
      : `Your changes to the stages ${s} were dropped: the pipeline no longer has those stages.`,
  rowFields: {
    id: 'Id',
    name: 'Name',
    owner: 'Owner',
    amount: 'Amount',
    stage: 'Stage',
    stageEnteredAt: 'Entered the stage on',
    expectedCloseDate: 'Expected close',
    keyAccount: 'Key account',
    fields: 'Opportunity details',
    activities: 'Activities',
    type: 'Activity type',
    at: 'Activity date',
    keyAccountMinAmount: 'Key account from amount',
    thresholds: 'Thresholds',
    stages: 'Stages',
  },
  dimension: 'Dimension',
  dims: { info: 'Information', action: 'Action', cycle: 'Cycle' },
  allDims: 'All dimensions',
  allOwners: 'All owners',
  allStages: 'All stages',
  keyOnly: 'Key accounts only',
  sortAmount: 'Amount (largest first)',
  sortCycle: 'Days in stage against the standard',
  sortIdle: 'Days idle',
  signalNames: {
    'missing-fields': 'Missing fields',
    'stage-overdue': 'Stage overdue',
    'activity-shortfall': 'Activity shortfall',
    idle: 'Idle',
    'close-date-passed': 'Close date passed',
  },
  missingFields: (f, c, r) => `Missing ${f}: completeness ${c} of ${counted(r, 'required field', 'required fields')}.`,
  stageOverdue: (d, s, r) => `${counted(d, 'day', 'days')} in stage against a standard of ${s} (${r}×).`,
  shortfall: (items, c, d, s) => `Still to do: ${items}. Compliance ${c}, day ${d} of ${s}.`,
  idle: (d, m, c, last) =>
    `No activity for ${counted(d, 'day', 'days')} (max ${m}, critical after ${c})${last ? `; last on ${last}` : '; none recorded'}.`,
  closePassed: (date, d) => `Expected close ${date} passed ${counted(d, 'day', 'days')} ago.`,
  metricNames: {
    completeness: 'Completeness',
    compliance: 'Activity compliance',
    daysInStage: 'Days in stage',
    cycleRatio: 'Against standard',
    daysIdle: 'Days idle',
  },
  suggestions: {
    'complete-missing-fields': 'Complete the missing information with the customer before moving on.',
    'review-stage-plan': 'Review the stage plan with the owner: what blocks the next step, and by when.',
    'schedule-required-activities': 'Schedule the follow-up activities the stage requires.',
    'contact-now': 'Contact the customer now: the opportunity has gone quiet.',
    'confirm-close-date': 'Confirm a realistic close date, or close the opportunity as lost.',
    'key-account-response-plan':
      'Key account: review the details, actions and timeline with the team and work through the response plan.',
  },
  plan: 'Response plan',
  planHintSaved: 'Key account: each signal is a step to close. Ticks are kept in this browser.',
  planHintSession: 'Key account: each signal is a step to close. Ticks last until the page is reloaded.',
  planItems: {
    'missing-fields': (f) => `Fill in ${f} with the account team`,
    'stage-overdue': (s, d) => `Agree the next step out of ${s} (${counted(d, 'day', 'days')} in stage)`,
    'activity-shortfall': (items) => `Book ${items}`,
    idle: (d) => `Reach the customer this week (${counted(d, 'day', 'days')} without contact)`,
    'close-date-passed': (date) => `Re-forecast the close date (was ${date})`,
  },
  planDone: (d, t) => `${d} of ${t} done`,
  stages: { qualify: 'Qualify', solution: 'Solution', proposal: 'Proposal', negotiation: 'Negotiation' },
  fieldNames: {
    need: 'need',
    contactRole: 'contact role',
    budget: 'budget',
    decisionMaker: 'decision maker',
    timeline: 'timeline',
    competitors: 'competitors',
    procurementProcess: 'procurement process',
  },
  activityNames: { call: 'call', visit: 'visit', demo: 'demo', proposal: 'proposal' },
  chart: 'Days in stage against the standard',
  chartSummary: (p) => `Days in stage per stage against the standard: ${p}`,
  chartPart: (s, m, std, n) => `${s}: median ${counted(m, 'day', 'days')}, standard ${std}, ${n} open`,
  open: 'Open',
  median: 'Median days',
  p90: '90th percentile',
  standard: 'Standard days',
  overdue: 'Overdue',
  legendMedian: 'median',
  legendP90: 'to the 90th percentile',
  legendStandard: 'standard',
  rulesStage: 'Stage',
  standardDays: 'Standard days',
  maxIdleDays: 'Max idle days',
  requiredFields: 'Required fields',
  requiredActivities: 'Required activities',
  thresholds: 'Thresholds',
  completenessWarn: 'Completeness warning below (%)',
  completenessCritical: 'Completeness critical below (%)',
  cycleWarn: 'Stage overdue warning above (× standard)',
  cycleCritical: 'Stage overdue critical above (× standard)',
  idleCriticalFactor: 'Idle critical after (× max idle days)',
  keyAccountMinAmount: 'Key account from amount',
  changeNames: {
    'close-date-pushed': 'Close date pushed',
    'amount-decreased': 'Amount decreased',
    'stage-regressed': 'Stage moved back',
    'no-next-step': 'No next step',
    'single-threaded': 'Single-threaded',
  },
  closePushed: (n, d, last) =>
    `Close date pushed ${counted(n, 'time', 'times')}, ${counted(d, 'day', 'days')} in all; last on ${last}.`,
  amountCut: (s, p, a) => `Amount down ${s} from its peak ${p} to ${a}.`,
  stageRegressed: (n, f, t, at) => `Moved back ${counted(n, 'time', 'times')}; last from ${f} to ${t} on ${at}.`,
  noNextStep: 'No next step is recorded.',
  singleThreaded: (c, m) => `${counted(c, 'contact', 'contacts')} engaged (at least ${m} wanted).`,
  changeSuggestions: {
    'requalify-close-date': 'Requalify the close date with the buyer: what has to happen, and by when.',
    'review-amount': 'Review why the amount fell: scope, discount or competition.',
    'review-stage-regression': 'Review what sent the deal back a stage, and the plan to move it forward.',
    'set-next-step': 'Agree and record the next step with a date.',
    'multi-thread': 'Reach more people at the account: the decision maker, the users, procurement.',
  },
  changeThresholds: 'Change flags',
  changeThresholdLabels: {
    pushCountWarn: 'Close date pushed: warning from (times)',
    pushCountCritical: 'Close date pushed: critical from (times)',
    pushDaysWarn: 'Close date pushed: warning from (days in all)',
    pushDaysCritical: 'Close date pushed: critical from (days in all)',
    amountCutWarn: 'Amount decreased: warning from (%)',
    amountCutCritical: 'Amount decreased: critical from (%)',
    regressCritical: 'Stage moved back: critical from (times)',
    minContacts: 'Single-threaded: fewer contacts than',
  },
  reps: 'Reps',
  repsHint: 'Per owner over the opportunities shown; rank 1 has the most critical, then warning, then amount at risk.',
  rep: 'Rep',
  rank: 'Rank',
  noOwner: 'No owner',
  staleMedian: 'Median days idle',
  staleMax: 'Most days idle',
  addField: 'Add a required field',
  addActivity: 'Add a required activity',
  removeItem: (n, s) => `Remove ${n} from ${s}`,
  countOf: (n, s) => `How many ${n} in ${s}`,
  noneRequired: 'None required',
};
