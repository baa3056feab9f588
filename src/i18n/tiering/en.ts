/** English. Strings of the two tiering cards (lead-score-card, customer-value-card). */
import { counted, plural } from '../plural.js';

export interface TieringStrings {
  score: string;
  outOf: string;
  tier: string;
  strategy: string;
  route: string;
  routes: Record<string, string>;
  reasons: Record<string, string>;
  noRoute: string;
  /** Export headers: why a lead took its route, the share of the weight without a value, the summary sheet. */
  recordCol: string;
  reasonCol: string;
  missingShareCol: string;
  summarySheet: string;
  /** The label of the group of people exports (CSV, Excel). */
  peopleExport: string;
  missingNote: (n: number, share: string, keys: string) => string;
  factors: string;
  whatIfHint: string;
  edited: string;
  revertEdits: string;
  factor: string;
  value: string;
  factorScore: string;
  weight: string;
  points: string;
  /** A factor's score after ageing: the multiplier as a percentage (`aged to 25 %`). */
  aged: (pct: string) => string;
  notSet: string;
  reference: (avg: string) => string;
  contributions: string;
  chartSummary: (score: string, top: string) => string;
  tuning: string;
  /** The model editor's disclosure (the editor loads when it is opened). */
  editModel: string;
  /** The sub-scores by factor class: heading, and one class's points of its maximum. */
  classScores: string;
  classPoints: (points: string, max: string) => string;
  weightPct: string;
  weightTotal: (total: string) => string;
  thresholds: string;
  minScore: string;
  focus: string;
  targetShare: string;
  tolerance: string;
  referenceLabel: string;
  modelJson: string;
  modelFrom: Record<'shared' | 'tuned' | 'page' | 'preset', string>;
  importHint: string;
  validity: string;
  historyFile: string;
  pasteHistory: string;
  runCheck: string;
  clearHistory: string;
  historyRows: (n: number) => string;
  /** Why Calibrate is disabled: too few history rows (`n` of at least `min`). */
  calibrateNeedsRows: (n: string, min: string) => string;
  /** Why Calibrate is disabled: too few conversions. */
  calibrateNeedsConversions: (n: string, min: string) => string;
  /** The calibration table's row label for one tier's supporting rows. */
  tierRows: (tier: string) => string;
  /** A tier's supporting rows and how many of them converted. */
  rowsConverted: (rows: string, converted: string) => string;
  count: string;
  share: string;
  converted: string;
  conversionRate: string;
  amount: string;
  monotonicLabel: string;
  monotonicYes: string;
  monotonicNo: string;
  focusShare: (share: string, target: string, tol: string) => string;
  auc: (auc: string) => string;
  aucNone: string;
  passed: string;
  failed: string;
  validityChart: string;
  validityChartSummary: (parts: string) => string;
  calibrate: string;
  calibrating: string;
  calibration: string;
  before: string;
  after: string;
  metric: string;
  calibrationApplied: string;
  calibrationNeedsBoth: string;
  trendUp: (delta: string, prev: string) => string;
  trendDown: (delta: string, prev: string) => string;
  trendFlat: (prev: string) => string;
  tierNames: Record<string, string>;
  factorNames: Record<string, string>;
  optionNames: Record<string, string>;
}

export interface CardStrings {
  title: string;
  focusStrategy: string;
  standardStrategy: string;
  historyHint: string;
}

export const TIERING: TieringStrings = {
  score: 'Value score',
  outOf: 'out of 100',
  tier: 'Tier',
  strategy: 'Strategy',
  route: 'Route to',
  routes: { 'field-sales': 'Field sales', telesales: 'Telesales', sdr: 'SDR cleaning', nurture: 'Nurture pool' },
  reasons: {
    'lowest-tier': 'Lowest tier: standardised nurture, wake up later',
    uncertain: 'Much of the information is missing: clean it first',
    'low-quality': 'Quality is low: clean first, then hand to sales',
    'local-demand': 'Local demand: meet face to face',
    'complex-demand': 'Complex demand: dig deep in person',
    default: 'No local or complex demand: phone follow-up',
  },
  noRoute: 'No routing rule matched',
  recordCol: 'Record',
  reasonCol: 'Reason',
  missingShareCol: 'Missing weight',
  summarySheet: 'Summary',
  peopleExport: 'Export for people',
  missingNote: (n, share, keys) =>
    `${counted(n, 'factor', 'factors')} missing (${share} of the weight): ${keys}. ${plural('en', n, { one: 'It scores', other: 'They score' })} 0.`,
  factors: 'Factors',
  whatIfHint: 'Change a value to see the score move at once.',
  edited: 'What-if values differ from the record.',
  revertEdits: 'Revert to record',
  factor: 'Factor',
  value: 'Value',
  factorScore: 'Score',
  weight: 'Weight',
  points: 'Points',
  aged: (pct) => `aged to ${pct}`,
  notSet: '— not set —',
  reference: (avg) => `divided by the average ${avg}`,
  contributions: 'Contribution of each factor',
  chartSummary: (score, top) => `Bar chart: points each factor adds to the score of ${score}. ${top}`,
  tuning: 'Weights and tiers',
  editModel: 'Edit the model',
  classScores: 'By factor class',
  classPoints: (points, max) => `${points} of ${max}`,
  weightPct: 'Weight (%)',
  weightTotal: (t) => `Total ${t}; weights are normalised to 100 %.`,
  thresholds: 'Tier thresholds',
  minScore: 'Minimum score',
  focus: 'Deep follow-up',
  targetShare: 'Target focus share (%)',
  tolerance: 'Tolerance (%)',
  referenceLabel: 'Average (reference)',
  modelJson: 'Model as JSON',
  modelFrom: {
    shared: 'In force: the tuning shared by every card on this page (Reset returns to the page’s model).',
    tuned: 'In force: your tuning (Reset returns to the page’s model).',
    page: 'In force: the model given by this page.',
    preset: 'In force: the default model from the seed article.',
  },
  importHint: 'Paste a model JSON and import it, or export the current one.',
  validity: 'Validity check',
  historyFile: 'History file (JSON or CSV)',
  pasteHistory: 'Or paste history (JSON or CSV)',
  runCheck: 'Check',
  clearHistory: 'Clear history',
  historyRows: (n) => counted(n, 'historical row', 'historical rows'),
  calibrateNeedsRows: (n, min) =>
    `Calibrate needs at least ${min} history rows; this history has ${n}. Weights tuned on fewer follow noise.`,
  calibrateNeedsConversions: (n, min) =>
    `Calibrate needs at least ${min} conversions; this history has ${n}. Weights tuned on fewer follow noise.`,
  tierRows: (tier) => `Rows · ${tier}`,
  rowsConverted: (rows, converted) => `${rows} (${converted} converted)`,
  count: 'Count',
  share: 'Share',
  converted: 'Converted',
  conversionRate: 'Conversion',
  amount: 'Amount',
  monotonicLabel: 'Conversion falls tier by tier',
  monotonicYes: 'Conversion falls from each tier to the next: tiers are ordered.',
  monotonicNo: 'Conversion does not fall tier by tier: a lower tier converts better.',
  focusShare: (s, t, tol) => `Focus share ${s} against the target ${t} ± ${tol}.`,
  auc: (a) => `AUC ${a} (0.5 is chance, 1 is perfect ranking).`,
  aucNone: 'AUC needs both converted and lost rows.',
  passed: 'Check passed',
  failed: 'Check not passed',
  validityChart: 'Share and conversion by tier',
  validityChartSummary: (parts) => `Bar chart by tier: ${parts}.`,
  calibrate: 'Calibrate',
  calibrating: 'Calibrating…',
  calibration: 'Proposed calibration',
  before: 'Before',
  after: 'After',
  metric: 'Measure',
  calibrationApplied: 'Calibrated weights and thresholds applied.',
  calibrationNeedsBoth: 'Load history to calibrate.',
  trendUp: (d, p) => `Up ${d} from ${p}`,
  trendDown: (d, p) => `Down ${d} from ${p}`,
  trendFlat: (p) => `Unchanged from ${p}`,
  tierNames: { A: 'High value', B: 'Mid-high value', C: 'Mid-low value', D: 'Low value' },
  factorNames: {
    channel: 'Channel',
    form: 'Form',
    annualRevenue: 'Business scale (annual revenue)',
    contactRole: 'Contact',
    demandClarity: 'Demand clarity',
    demandMatch: 'Demand match',
    interest: 'Business interest',
    tenureMonths: 'Months as customer',
    cumulativePayment: 'Cumulative payment',
    users: 'Users',
    usageRate: 'Feature usage rate',
  },
  optionNames: {
    'website-direct': 'Website (direct)',
    seo: 'SEO',
    sem: 'SEM',
    'offline-event': 'Offline event',
    'online-event': 'Online event',
    referral: 'Referral',
    partner: 'Partner',
    'purchased-list': 'Purchased list',
    other: 'Other',
    'demo-request': 'Demo request',
    'register-and-call': 'Registered and called',
    'inbound-call': 'Inbound call',
    'form-submit': 'Form submitted',
    'register-only': 'Registered only',
    'content-download': 'Content download',
    'decision-maker': 'Decision maker',
    'budget-owner': 'Budget owner',
    'team-head-unclear-authority': 'Team head, authority unclear',
    influencer: 'Influencer',
    'end-user': 'End user',
    unknown: 'Unknown',
    clear: 'Clear',
    partial: 'Partial',
    vague: 'Vague',
    none: 'None',
    'standard-high': 'Highly standard',
    'custom-heavy': 'Custom-heavy',
    'follows-account': 'Follows our account',
    'frequent-reader': 'Reads often',
    'webinar-viewer': 'Watches webinars',
    'pricing-page': 'Visited pricing',
    'trial-signup': 'Trial sign-up',
    'event-attendee': 'Event attendee',
  },
};

export const LEAD_CARD: CardStrings = {
  title: 'Lead value',
  focusStrategy: 'Deep, personalised follow-up',
  standardStrategy: 'Standardised nurture',
  historyHint: 'Load historical leads with a converted column (true/false) to check the tiers against what happened.',
};

export const CUSTOMER_CARD: CardStrings = {
  title: 'Customer value',
  focusStrategy: 'Deep, personalised service',
  standardStrategy: 'Standardised service',
  historyHint:
    'Load historical customers with a converted column (e.g. renewed or upgraded: true/false) to check the tiers.',
};
