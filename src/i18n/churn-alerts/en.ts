/** English. Strings of churn-alert-panel (用户流失预警). */
import type { ChurnAction, ChurnCause, ChurnRules, ChurnSignalCode } from '../../models/churn.js';
import { counted } from '../plural.js';

type EventText = (count: string, last: string, daysAgo: string, window: string) => string;

export interface ChurnStrings {
  title: string;
  name: string;
  arr: string;
  renewal: string;
  causesCol: string;
  arrAtRisk: string;
  /** Header label of accounts renewing soon with signals. */
  renewingAtRiskLabel: string;
  /** The list is empty (nothing assessed). */
  nothingToShow: string;
  /** The list in words, for messages about the data. */
  listWord: string;
  /** Row fields and rules in plain words (shown beside a bad field's path). */
  rowFields: Record<string, string>;
  cause: string;
  causes: Record<ChurnCause, string>;
  allCauses: string;
  tier: string;
  allTiers: string;
  noTier: string;
  renewalOnly: string;
  /** The act-first order: renewal urgency × ARR × level (docs/models.md §5). */
  sortActFirst: string;
  sortArr: string;
  sortRenewal: string;
  renewsIn: (days: string, date: string) => string;
  renewalPassed: (days: string, date: string) => string;
  noRenewal: string;
  renewalShort: (days: string) => string;
  /** A lapsed renewal in the list: how long ago. */
  renewalAgoShort: (days: string) => string;
  /** Said (not only shown in colour) for a renewal inside the renewal window. */
  renewingSoon: string;
  signalNames: Record<ChurnSignalCode, string>;
  drop: (what: string, latest: string, month: string, drop: string, baseline: string, points: number) => string;
  usageRate: string;
  activeUsers: string;
  lowUsage: (latest: string, month: string, threshold: string) => string;
  ticketSpike: (last: string, baseline: string, ratio: string | null) => string;
  escalation: (n: string) => string;
  detractor: (nps: string) => string;
  lowCsat: (csat: string) => string;
  paymentOverdue: (days: string) => string;
  contactChanged: string;
  event: EventText;
  renewalAtRisk: (days: string, date: string) => string;
  chain: string;
  chainCause: string;
  chainSymptom: string;
  chainResponse: string;
  playbook: string;
  actions: Record<ChurnAction, { title: string; steps: string[] }>;
  usage: string;
  usageTable: string;
  noValue: string;
  usageSummary: (what: string, first: string, firstMonth: string, last: string, lastMonth: string, n: number) => string;
  month: string;
  grid: string;
  gridHint: string;
  gridSummary: (parts: string) => string;
  gridPart: (tier: string, level: string, n: string, arr: string) => string;
  actFirst: string;
  accounts: (n: string) => string;
  rulesNames: Record<keyof ChurnRules, string>;
  /** The CSM (owner) filter and roll-up (issue 14). */
  csm: string;
  allCsms: string;
  noCsm: string;
  csms: string;
  csmsHint: string;
  rank: string;
  renewingAtRiskShort: string;
  accountsHead: string;
}

export const CHURN: ChurnStrings = {
  title: 'Churn early warning',
  name: 'Account',
  arr: 'ARR',
  renewal: 'Renewal',
  causesCol: 'Likely causes',
  arrAtRisk: 'ARR at risk',
  renewingAtRiskLabel: 'Renewing soon with signals',
  nothingToShow: 'No accounts to show.',
  listWord: 'accounts',
  rowFields: {
    id: 'Id',
    name: 'Name',
    arr: 'ARR',
    renewalDate: 'Renewal date',
    tier: 'Value tier',
    owner: 'CSM',
    usage: 'Usage by month',
    month: 'Month',
    usageRate: 'Usage rate',
    activeUsers: 'Active users',
    tickets: 'Tickets',
    last30d: 'Tickets in the last 30 days',
    baseline30d: 'Usual tickets in 30 days',
    escalated: 'Escalated tickets',
    nps: 'NPS',
    csat: 'CSAT',
    overdueDays: 'Days payment is overdue',
    contactChanged: 'Contact changed',
    events: 'Events',
    type: 'Event type',
    at: 'Event date',
  },
  cause: 'Cause',
  causes: {
    value: 'Value',
    service: 'Service',
    satisfaction: 'Satisfaction',
    business: 'Business',
    relationship: 'Relationship',
    competition: 'Competition',
    price: 'Price',
    renewal: 'Renewal',
  },
  allCauses: 'All causes',
  tier: 'Value tier',
  allTiers: 'All tiers',
  noTier: 'No tier',
  renewalOnly: 'Renewal at risk only',
  sortActFirst: 'Act first (renewal soon × ARR × level)',
  sortArr: 'ARR (largest first)',
  sortRenewal: 'Renewal (soonest first)',
  renewsIn: (d, date) => `Renews in ${counted(d, 'day', 'days')} (${date})`,
  renewalPassed: (d, date) => `Renewal date ${date} passed ${counted(d, 'day', 'days')} ago`,
  noRenewal: 'No renewal date',
  renewalShort: (d) => `${d} d`,
  renewalAgoShort: (d) => `${d} d ago`,
  renewingSoon: 'renewing soon',
  signalNames: {
    'usage-drop': 'Usage drop',
    'active-users-drop': 'Active users drop',
    'low-usage': 'Low usage',
    'ticket-spike': 'Ticket spike',
    escalation: 'Escalations',
    detractor: 'Detractor (NPS)',
    'low-csat': 'Low CSAT',
    'payment-overdue': 'Payment overdue',
    'contact-changed': 'Contact changed',
    'downgrade-request': 'Downgrade request',
    'competitor-eval': 'Evaluating a competitor',
    'business-change': 'Business change',
    complaint: 'Complaint',
    'renewal-at-risk': 'Renewal at risk',
  },
  drop: (what, l, m, d, b, n) =>
    `${what} ${l} in ${m}, down ${d} from the mean of the ${counted(n, 'month', 'months')} before (${b}).`,
  usageRate: 'Usage rate',
  activeUsers: 'Active users',
  lowUsage: (l, m, t) => `Usage rate ${l} in ${m}, below ${t}.`,
  ticketSpike: (l, b, r) =>
    r === null
      ? `${counted(l, 'ticket', 'tickets')} in 30 days with no baseline.`
      : `${counted(l, 'ticket', 'tickets')} in 30 days against a baseline of ${b} (${r}×).`,
  escalation: (n) => `${counted(n, 'escalated ticket', 'escalated tickets')}.`,
  detractor: (n) => `NPS ${n}: a detractor.`,
  lowCsat: (c) => `CSAT ${c} of 5.`,
  paymentOverdue: (d) => `Payment overdue by ${counted(d, 'day', 'days')}.`,
  contactChanged: 'The main contact has changed.',
  event: (c, last, ago, w) =>
    `${c}× in the last ${counted(w, 'day', 'days')}; latest ${last} (${counted(ago, 'day', 'days')} ago).`,
  renewalAtRisk: (d, date) => `Renewal on ${date}, in ${counted(d, 'day', 'days')}, with open signals.`,
  chain: 'Cause → symptom → response',
  chainCause: 'Cause triggered',
  chainSymptom: 'Symptom',
  chainResponse: 'Response',
  playbook: 'Playbook',
  actions: {
    'value-review-adoption': {
      title: 'Value review',
      steps: ['Review usage with the customer’s admin', 'Agree a use case and a training plan'],
    },
    'service-recovery': {
      title: 'Service recovery',
      steps: ['Give open tickets a senior owner and a fix date', 'Check satisfaction after the fix'],
    },
    'satisfaction-follow-up': {
      title: 'Satisfaction follow-up',
      steps: ['Call to hear the reasons', 'Agree improvements and report back'],
    },
    'business-health-check': {
      title: 'Business health check',
      steps: ['Check the customer’s situation and payments', 'Agree a payment or scope plan'],
    },
    'rebuild-relationship': {
      title: 'Rebuild the relationship',
      steps: ['Meet the new contact', 'Map the decision makers again'],
    },
    'competitive-defense': {
      title: 'Competitive defence',
      steps: ['Learn what the competitor offers', 'Bring an executive sponsor and the roadmap'],
    },
    'pricing-review': {
      title: 'Pricing review',
      steps: ['Understand the budget pressure', 'Offer a right-sized package instead of a downgrade'],
    },
    'renewal-plan': {
      title: 'Renewal plan',
      steps: ['Start the renewal plan now', 'Resolve the open signals before the renewal date'],
    },
  },
  usage: 'Usage by month',
  usageTable: 'Usage by month (figures)',
  noValue: 'no data',
  usageSummary: (w, a, am, b, bm, n) => `${w} over ${counted(n, 'month', 'months')}: ${a} in ${am}, ${b} in ${bm}`,
  month: 'Month',
  grid: 'Value × risk',
  gridHint: 'Act first where high value meets high risk. Choose a cell to filter the list.',
  gridSummary: (p) => `Accounts by value tier and risk level: ${p}`,
  gridPart: (t, l, n, a) => `${t} ${l}: ${n} (${a})`,
  actFirst: 'Act first',
  accounts: (n) => counted(n, 'account', 'accounts'),
  rulesNames: {
    usageLookbackMonths: 'Usage baseline months',
    usageDropWarn: 'Usage drop warning from (%)',
    usageDropCritical: 'Usage drop critical from (%)',
    activeUsersDropWarn: 'Active users drop warning from (%)',
    activeUsersDropCritical: 'Active users drop critical from (%)',
    lowUsageRate: 'Low usage below (%)',
    ticketSpikeWarn: 'Ticket spike warning from (× baseline)',
    ticketSpikeCritical: 'Ticket spike critical from (× baseline)',
    ticketZeroBaselineWarn: 'Tickets without a baseline: warning from',
    npsDetractorMax: 'Detractor up to NPS',
    csatLowBelow: 'Low CSAT below',
    overdueWarnDays: 'Payment overdue warning after (days)',
    overdueCriticalDays: 'Payment overdue critical after (days)',
    eventWindowDays: 'Events counted within (days)',
    renewalWindowDays: 'Renewal window (days)',
  },
  csm: 'CSM',
  allCsms: 'All CSMs',
  noCsm: 'No CSM',
  csms: 'CSMs',
  csmsHint: 'Per CSM over the accounts shown; rank 1 has the most critical, then warning, then ARR at risk.',
  rank: 'Rank',
  renewingAtRiskShort: 'Renewing with signals',
  accountsHead: 'Accounts',
};
