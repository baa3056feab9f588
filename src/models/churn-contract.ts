/**
 * Model 5's contract (docs/models.md §5): the rules with their defaults, the
 * causes, signals and responses, and the shapes of an assessed row. The model
 * itself is in ./churn.ts, which re-exports all of this.
 */
import type { InvalidRow } from '../schemas/issues.js';
import type { Level, LevelCounts, SignalLevel } from './signals.js';

/** Rules with every default filled in. */
export interface ChurnRules {
  usageLookbackMonths: number;
  usageDropWarn: number;
  usageDropCritical: number;
  activeUsersDropWarn: number;
  activeUsersDropCritical: number;
  lowUsageRate: number;
  ticketSpikeWarn: number;
  ticketSpikeCritical: number;
  ticketZeroBaselineWarn: number;
  npsDetractorMax: number;
  csatLowBelow: number;
  overdueWarnDays: number;
  overdueCriticalDays: number;
  eventWindowDays: number;
  renewalWindowDays: number;
}

export const DEFAULT_CHURN_RULES: Readonly<ChurnRules> = Object.freeze({
  usageLookbackMonths: 3,
  usageDropWarn: 0.2,
  usageDropCritical: 0.4,
  activeUsersDropWarn: 0.2,
  activeUsersDropCritical: 0.4,
  lowUsageRate: 0.3,
  ticketSpikeWarn: 2,
  ticketSpikeCritical: 3,
  ticketZeroBaselineWarn: 5,
  npsDetractorMax: 6,
  csatLowBelow: 3,
  overdueWarnDays: 30,
  overdueCriticalDays: 60,
  eventWindowDays: 90,
  renewalWindowDays: 90,
});

/** The likely causes of churn. */
export const CHURN_CAUSES = [
  'value',
  'service',
  'satisfaction',
  'business',
  'relationship',
  'competition',
  'price',
  'renewal',
] as const;
export type ChurnCause = (typeof CHURN_CAUSES)[number];

/** Event types that raise a signal; others are ignored. */
export const CHURN_EVENT_TYPES = ['downgrade-request', 'competitor-eval', 'business-change', 'complaint'] as const;
export type ChurnEventType = (typeof CHURN_EVENT_TYPES)[number];

/** Signal codes in the order signals appear in a row. */
export const CHURN_SIGNAL_CODES = [
  'usage-drop',
  'active-users-drop',
  'low-usage',
  'ticket-spike',
  'escalation',
  'detractor',
  'low-csat',
  'payment-overdue',
  'contact-changed',
  ...CHURN_EVENT_TYPES,
  'renewal-at-risk',
] as const;
export type ChurnSignalCode = (typeof CHURN_SIGNAL_CODES)[number];

/** The cause each signal points to. */
export const SIGNAL_CAUSE: Readonly<Record<ChurnSignalCode, ChurnCause>> = {
  'usage-drop': 'value',
  'active-users-drop': 'value',
  'low-usage': 'value',
  'ticket-spike': 'service',
  escalation: 'service',
  detractor: 'satisfaction',
  'low-csat': 'service',
  'payment-overdue': 'business',
  'contact-changed': 'relationship',
  'downgrade-request': 'price',
  'competitor-eval': 'competition',
  'business-change': 'business',
  complaint: 'service',
  'renewal-at-risk': 'renewal',
};

/** Response playbook keys (the UI words them), one per cause, in cause order. */
export const CHURN_ACTIONS = [
  'value-review-adoption',
  'service-recovery',
  'satisfaction-follow-up',
  'business-health-check',
  'rebuild-relationship',
  'competitive-defense',
  'pricing-review',
  'renewal-plan',
] as const;
export type ChurnAction = (typeof CHURN_ACTIONS)[number];

/** The response to each cause. */
export const ACTION_FOR_CAUSE: Readonly<Record<ChurnCause, ChurnAction>> = {
  value: 'value-review-adoption',
  service: 'service-recovery',
  satisfaction: 'satisfaction-follow-up',
  business: 'business-health-check',
  relationship: 'rebuild-relationship',
  competition: 'competitive-defense',
  price: 'pricing-review',
  renewal: 'renewal-plan',
};

/** Numbers behind a drop signal: latest value, baseline mean, relative drop. */
export interface DropDetail {
  latest: number;
  latestMonth: string;
  baseline: number;
  /** How many earlier points the baseline averages. */
  baselinePoints: number;
  drop: number;
}

interface SignalOf<C extends ChurnSignalCode, D> {
  code: C;
  cause: (typeof SIGNAL_CAUSE)[C];
  level: SignalLevel;
  detail: D;
}
export type ChurnSignal =
  | SignalOf<'usage-drop' | 'active-users-drop', DropDetail>
  | SignalOf<'low-usage', { latest: number; latestMonth: string; threshold: number }>
  | SignalOf<'ticket-spike', { last30d: number; baseline30d: number; ratio: number | null }>
  | SignalOf<'escalation', { escalated: number }>
  | SignalOf<'detractor', { nps: number }>
  | SignalOf<'low-csat', { csat: number }>
  | SignalOf<'payment-overdue', { overdueDays: number }>
  | SignalOf<'contact-changed', Record<string, never>>
  | SignalOf<ChurnEventType, { count: number; lastAt: string; daysAgo: number }>
  | SignalOf<'renewal-at-risk', { daysToRenewal: number; renewalDate: string }>;

export interface ChurnRow {
  id: string;
  level: Level;
  riskScore: number;
  signals: ChurnSignal[];
  causes: ChurnCause[];
  daysToRenewal: number | null;
  actions: ChurnAction[];
}

export interface ChurnSummary extends LevelCounts {
  /** Σ arr of the warning and critical rows (missing arr = 0). */
  arrAtRisk: number;
}

export interface ChurnAssessment {
  rows: ChurnRow[];
  summary: ChurnSummary;
  invalid: InvalidRow[];
}
