/**
 * The fields each import kind fills, with the type of value each reads.
 * Keys are the model's own field names (docs/models.md §1, §2, §5, §7); dotted
 * keys fill nested objects (`values.annualRevenue`, `fields.budget`,
 * `tickets.last30d`). A few keys are helpers the import reads to decide a
 * model field and does not output as such (`converted`, `lifecycleStage`,
 * `closed`, `won`, `createdAt` of a deal, `lastActivityAt`).
 */

export const IMPORT_KINDS = ['leads', 'history', 'opportunities', 'accounts', 'lead-list', 'customer-list'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** Plain record lists scored by a tiering model (lead-score-table, customer-value-table): no dates required. */
export const LIST_KINDS = ['lead-list', 'customer-list'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
/** Whether a kind's rows carry tiering factor values (`values.<factor key>`). */
export const takesFactors = (kind: TableKind): boolean =>
  kind === 'leads' || kind === 'history' || kind === 'lead-list' || kind === 'customer-list';
/** The kinds plus the optional second files: usage by month joined to accounts, owner history joined to leads. */
export type TableKind = ImportKind | 'usage' | 'owner-history';

export type FieldType =
  /** Trimmed text that must not be blank for the row to be used. */
  | 'id'
  | 'text'
  | 'date'
  /** Money: currency signs and codes, separators, 万/亿. */
  | 'amount'
  /** A plain number (NPS, days, counts). */
  | 'number'
  /** A fraction in [0, 1]: `85%`, `0.85`, or `85` (read as per cent). */
  | 'rate'
  | 'flag'
  /** A month (`2026-01`, `2026年1月`, a date in that month). */
  | 'month'
  /** Options, multi-choice or bands of a tiering factor (read by the factor's kind). */
  | 'factor';

export interface FieldSpec {
  key: string;
  type: FieldType;
  /** The row cannot be used without it (after the documented fallbacks). */
  required?: boolean;
}

const f = (key: string, type: FieldType, required = false): FieldSpec =>
  required ? { key, type, required } : { key, type };

/** Fields of a lead of the lead-flow model (docs/models.md §7), plus the helpers `converted` and `lifecycleStage`. */
export const LEAD_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('source', 'text', true),
  f('businessLine', 'text', true),
  f('pool', 'text', true),
  f('owner', 'text'),
  f('createdAt', 'date', true),
  f('poolEnteredAt', 'date', true),
  f('assignedAt', 'date'),
  f('firstFollowUpAt', 'date'),
  f('lastFollowUpAt', 'date'),
  f('converted', 'flag'),
  f('convertedAt', 'date'),
  f('lifecycleStage', 'text'),
  f('revenue', 'amount'),
  f('lastEngagementAt', 'date'),
  f('industry', 'text'),
  f('region', 'text'),
  // §7 extras (issue 14): what the lead bought before, for reactivation by category and past orders.
  f('productCategory', 'text'),
  f('orders', 'number'),
  f('orderAmount', 'amount'),
  f('lastOrderAt', 'date'),
];

/** Rows of the tiering validity check (docs/models.md §1): converted from a flag, a conversion date or a lifecycle stage. */
export const HISTORY_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'text'),
  f('converted', 'flag'),
  f('convertedAt', 'date'),
  f('lifecycleStage', 'text'),
  f('amount', 'amount'),
  f('source', 'text'),
];

/** The pipeline's usual required fields (docs/models.md §2 default stages), plus the CRM's next step. */
export const DEAL_FIELD_KEYS = [
  'need',
  'contactRole',
  'budget',
  'decisionMaker',
  'timeline',
  'competitors',
  'procurementProcess',
  'nextStep',
] as const;

/** Fields of an opportunity (docs/models.md §2), plus the helpers `createdAt`, `closed`, `won` and `lastActivityAt`. */
export const OPPORTUNITY_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('name', 'text'),
  f('owner', 'text'),
  f('amount', 'amount'),
  f('stage', 'text', true),
  f('stageEnteredAt', 'date', true),
  f('createdAt', 'date'),
  f('expectedCloseDate', 'date'),
  f('keyAccount', 'flag'),
  f('closed', 'flag'),
  f('won', 'flag'),
  f('lastActivityAt', 'date'),
  ...DEAL_FIELD_KEYS.map((k) => f(`fields.${k}`, 'text')),
];

/** Fields of an account (docs/models.md §5); usage comes from month columns or a usage file. */
export const ACCOUNT_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('name', 'text'),
  f('arr', 'amount'),
  f('renewalDate', 'date'),
  f('tier', 'text'),
  f('owner', 'text'),
  f('nps', 'number'),
  f('csat', 'number'),
  f('overdueDays', 'number'),
  f('contactChanged', 'flag'),
  f('tickets.last30d', 'number'),
  f('tickets.baseline30d', 'number'),
  f('tickets.escalated', 'number'),
];

/**
 * The CRM's own fields a scored record carries for routing (docs/models.md §1
 * value conditions on `fields`): kept as the CRM wrote them, trimmed.
 */
export const LIST_SIDE_FIELDS = ['region', 'productLine', 'industry', 'businessLine', 'segment'] as const;

/**
 * A lead of a lead list (lead-score-table): id, name, owner, the source (as the
 * CRM wrote it in `fields.source`, and as the `channel` factor), the routing side
 * fields, and the model's factor values (added per model by `fieldSpecs`).
 */
export const LEAD_LIST_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('name', 'text'),
  f('owner', 'text'),
  f('source', 'text'),
  ...LIST_SIDE_FIELDS.map((k) => f(`fields.${k}`, 'text')),
];

/** A customer of a customer list (customer-value-table, cs-capacity-planner): id, name, owner, side fields, factor values. */
export const CUSTOMER_LIST_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('id', 'id', true),
  f('name', 'text'),
  f('owner', 'text'),
  ...LIST_SIDE_FIELDS.map((k) => f(`fields.${k}`, 'text')),
];

/** Rows of a usage-by-month file, joined to accounts by id. */
export const USAGE_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('accountId', 'id', true),
  f('month', 'month', true),
  f('usageRate', 'rate'),
  f('activeUsers', 'number'),
];

/**
 * Rows of a lead owner-history file (Salesforce LeadHistory, HubSpot property
 * history, a Chinese CRM's 负责人变更 log), joined to leads by id into their
 * `transfers` (docs/models.md §7 extras; docs/import.md "Owner history").
 * `field` (the changed field) sets apart rows that are no owner change;
 * without a `from` column the owner before is the previous row's `to`.
 */
export const OWNER_HISTORY_IMPORT_FIELDS: readonly FieldSpec[] = [
  f('leadId', 'id', true),
  f('at', 'date', true),
  f('field', 'text'),
  f('from', 'text'),
  f('to', 'text', true),
];

export const FIELDS: Readonly<Record<TableKind, readonly FieldSpec[]>> = {
  leads: LEAD_IMPORT_FIELDS,
  history: HISTORY_IMPORT_FIELDS,
  opportunities: OPPORTUNITY_IMPORT_FIELDS,
  accounts: ACCOUNT_IMPORT_FIELDS,
  'lead-list': LEAD_LIST_IMPORT_FIELDS,
  'customer-list': CUSTOMER_LIST_IMPORT_FIELDS,
  usage: USAGE_IMPORT_FIELDS,
  'owner-history': OWNER_HISTORY_IMPORT_FIELDS,
};

/** The measures of a usage point, and of a wide month column (`2026-01 使用率`, `Active users 2026-02`). */
export const USAGE_MEASURES = ['usageRate', 'activeUsers'] as const;
export type UsageMeasure = (typeof USAGE_MEASURES)[number];
