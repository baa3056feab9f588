/** The suite's tags: the provider and every element (the folders of components/ with an index.ts). */
export const ELEMENT_TAGS = [
  'lead-score-card',
  'customer-value-card',
  'lead-score-table',
  'customer-value-table',
  'opportunity-alert-panel',
  'churn-alert-panel',
  'funnel-forecast',
  'sales-target-planner',
  'sales-org-designer',
  'cs-capacity-planner',
  'lead-flow-monitor',
] as const;

export const ALL_TAGS = ['revops-provider', ...ELEMENT_TAGS] as const;
