/**
 * What an input issue says, as a code with typed parameters. Every model
 * issue carries one beside its English `message` (which stays the contract's
 * wording): the elements word it in the UI's language from a locale table
 * (`src/i18n/issues/<locale>.ts`, a `Record<IssueCode, (params) => string>`).
 * A user's value travels as the text the English message shows (`shown`), so
 * every locale quotes it as typed and none translates it.
 */

/** A value the user gave, as messages show it: `the text "abc"`, `number -3`, `a list`. */
export interface ShownValue {
  /** `nothing`, `null`, `list`, `NaN`, `object`, `text`, or the JavaScript type (`number`, `boolean` …). */
  kind: string;
  /** The value as written in the message (JSON for text and objects); absent for nothing/null/list/NaN/object. */
  shown?: string;
}

/** What a field expects, by name: zod's type names plus our own (`date`, `month`). */
export type Expected =
  'number' | 'int' | 'string' | 'boolean' | 'array' | 'object' | 'record' | 'null' | 'date' | 'month' | (string & {});

/** The list a `duplicate` issue is about. */
export type DuplicateOf =
  | 'option value'
  | 'factor key'
  | 'tier key'
  | 'stage key'
  | 'activity key'
  | 'month'
  | 'segment key'
  | 'rep id'
  | 'source'
  | 'owner'
  | 'step key';

/** A result field of planCsCapacity that came out non-finite (each has its own fix). */
export type CsFigure =
  | 'base'
  | 'deep-share'
  | 'deep-bound'
  | 'standard-bound'
  | 'room'
  | 'headcount'
  | 'combined-base'
  | 'combined-headcount';

/** Parameters of each issue code. Field names (`field`, `fields`) are paths or keys; values shown as given. */
export interface IssueParams {
  // ---- input shape (zod) ----
  /** Absent; `expected` may be empty ("is required"). */
  required: { expected: Expected[] };
  /** A number that is NaN or ±Infinity. */
  finite: Record<string, never>;
  type: { expected: Expected[]; got: ShownValue };
  min_items: { min: number };
  not_empty: Record<string, never>;
  min: { min: number; inclusive: boolean; got: ShownValue };
  max_items: { max: number };
  max_length: { max: number };
  max: { max: number; inclusive: boolean; got: ShownValue };
  /** `values` as JSON. */
  one_of: { values: string[]; got: ShownValue };
  unsupported: { got: ShownValue };
  whole: { got: ShownValue };
  unknown_keys: { keys: string[] };
  format: { got: ShownValue };
  invalid: { got: ShownValue };
  /** A message no code covers (a zod check we do not word ourselves): shown as it is. */
  other: { text: string };
  // ---- shared schema checks ----
  date: Record<string, never>;
  month: Record<string, never>;
  /** A list over a limit (LIMITS), with its length. */
  max_list: { max: number; got: number };
  max_keys: { max: number; got: number };
  duplicate: { of: DuplicateOf; key: string };
  list_of: { of: 'accounts' | 'opportunities' | 'plans' };
  twelve: { got: number };
  seasonality_zero: Record<string, never>;
  /** A ramp curve whose length is not rampMonths (docs/models.md §3b extras). */
  ramp_curve: { ramp: number; got: number };
  costs_per_level: { levels: number; got: number };
  // ---- funnel ----
  stage_rates: { stages: number; got: number };
  /** `stages` as JSON. */
  unknown_stage: { stage: string; stages: string[] };
  after_high_intent: { highIntent: string; stage: string };
  results_not_finite: { fields: string[]; hint: 'funnel' | 'extreme' };
  team_total: { field: string };
  /** A funnel stage key that a stage history keeps for its closing stages (`won`, `lost`). */
  reserved_stage: { stage: string };
  /** A rep's leftAt before its startedAt (docs/models.md §3d). */
  left_before_start: Record<string, never>;
  /** A rep's openedAt after its startedAt (docs/models.md §3b extras). */
  opened_after_start: Record<string, never>;
  /** An activity mix with both `shares` and `counts`, or neither (docs/models.md §3a extras). */
  mix_kind: Record<string, never>;
  /** A mix key that names no activity; `activities` as JSON. */
  mix_activity: { activity: string; activities: string[] };
  /** Mix shares that do not add up to 1. */
  mix_sum: { sum: number };
  /** A mix given for a funnel without activities. */
  mix_no_activities: Record<string, never>;
  /** A mix given with a team input (it plans one funnel). */
  mix_team: Record<string, never>;
  // ---- tiering ----
  bands_order: { previous: number };
  weights_zero: Record<string, never>;
  weights_overflow: Record<string, never>;
  unknown_tier: { tier: string; tiers: string[] };
  /** `options` as JSON. */
  option: { factor: string; options: string[]; got: ShownValue };
  options_list: { factor: string; options: string[]; got: ShownValue };
  factor_finite: { factor: string; got: ShownValue };
  factor_number: { factor: string; got: ShownValue };
  history_cells: { max: number; rows: number; factors: number };
  tier_sum: { tier: string };
  /** A key of a route rule's `when` (or of a range) that is not a condition; `known`: the keys it knows. */
  unknown_condition: { known: string[] };
  range_empty: Record<string, never>;
  range_order: { min: number };
  range_kind: { factor: string };
  // ---- opportunities, churn ----
  /** `tickets`: last30d / baseline30d; `stage-days`: days in stage / standardDays. */
  ratio_small: { of: 'tickets' | 'stage-days' };
  sum_at_risk: { of: 'amounts' | 'arr' };
  idle_limit: { stage: string };
  /** `stages` as JSON. */
  pipeline_stage: { stages: string[]; got: string };
  // ---- lead flow ----
  source_revenue: { source: string };
  roi_small: Record<string, never>;
  // ---- sales org, CS capacity ----
  result_not_finite: { field: string };
  no_rep_needed: { target: number; got: number };
  cs_not_finite: { figure: CsFigure };
  cs_capacity: { capacity: number; deep: number | null; standard: number | null };
  cs_standard_needed: Record<string, never>;
  // ---- reading text (history, lead exports) ----
  empty_text: Record<string, never>;
  not_json: { why: string };
  history_list: Record<string, never>;
  history_converted: Record<string, never>;
  leads_list: Record<string, never>;
  /** `header`, `alt` as typed in the message (JSON). */
  csv_column: { field: string; header: string; alt: string | null };
  csv_header_quote: Record<string, never>;
  // ---- an import mapping read from JSON (the path names the field, table or value) ----
  mapping_object: Record<string, never>;
  mapping_field: Record<string, never>;
  mapping_values: Record<string, never>;
  mapping_table: Record<string, never>;
  mapping_pool: Record<string, never>;
  mapping_key: Record<string, never>;
  mapping_converted: Record<string, never>;
  mapping_boolean: Record<string, never>;
  mapping_date_order: Record<string, never>;
  // ---- the elements' own input checks ----
  /** A tiering card's data is not an object. */
  card_data: Record<string, never>;
  card_values: Record<string, never>;
  /** A planner's data is not an object. */
  planner_data: Record<string, never>;
  /** lead-flow-monitor's `model` is not an object. */
  lead_flow_model: Record<string, never>;
  /** An attribute that is not valid JSON (`why`: the parser's words). */
  attribute_json: { attr: string; why: string };
  // ---- SQL (toSql) ----
  /** `model` as JSON. */
  sql_model: { model: string; models: string[] };
  /** `got` as JSON. */
  sql_preset: { got: string };
  sql_weight: Record<string, never>;
  sql_route_condition: Record<string, never>;
  /** A model part the SQL compiler has no form for yet. */
  sql_no_form: { what: 'decay' | 'value-test' | 'past-orders' };
  sql_standard_days: Record<string, never>;
  sql_date: Record<string, never>;
  sql_step_prefix: { prefix: string; got: string };
  sql_text: { of: 'string' | 'identifier' };
  sql_nul: { of: 'string' | 'identifier' };
  sql_surrogate: Record<string, never>;
  sql_identifier_empty: Record<string, never>;
  /** `token` as JSON. */
  sql_template: { token: string };
  sql_finite: { got: string };
  sql_day: { got: string };
  sql_identifier_length: { bytes: number; max: number };
  /** `got` as shown (JSON for text). */
  sql_dialect: { dialects: string[]; got: string };
  sql_table: Record<string, never>;
  sql_column_used: { column: string };
  sql_column_case: { column: string; dialect: string; other: string };
}

export type IssueCode = keyof IssueParams;

/** Every issue code (the locale tables are `Record<IssueCode, …>`). */
export const ISSUE_CODES = [
  'required',
  'finite',
  'type',
  'min_items',
  'not_empty',
  'min',
  'max_items',
  'max_length',
  'max',
  'one_of',
  'unsupported',
  'whole',
  'unknown_keys',
  'format',
  'invalid',
  'other',
  'date',
  'month',
  'max_list',
  'max_keys',
  'duplicate',
  'list_of',
  'twelve',
  'seasonality_zero',
  'ramp_curve',
  'costs_per_level',
  'stage_rates',
  'unknown_stage',
  'after_high_intent',
  'results_not_finite',
  'team_total',
  'reserved_stage',
  'left_before_start',
  'opened_after_start',
  'mix_kind',
  'mix_activity',
  'mix_sum',
  'mix_no_activities',
  'mix_team',
  'bands_order',
  'weights_zero',
  'weights_overflow',
  'unknown_tier',
  'option',
  'options_list',
  'factor_finite',
  'factor_number',
  'history_cells',
  'tier_sum',
  'unknown_condition',
  'range_empty',
  'range_order',
  'range_kind',
  'ratio_small',
  'sum_at_risk',
  'idle_limit',
  'pipeline_stage',
  'source_revenue',
  'roi_small',
  'result_not_finite',
  'no_rep_needed',
  'cs_not_finite',
  'cs_capacity',
  'cs_standard_needed',
  'empty_text',
  'not_json',
  'history_list',
  'history_converted',
  'leads_list',
  'csv_column',
  'csv_header_quote',
  'mapping_object',
  'mapping_field',
  'mapping_values',
  'mapping_table',
  'mapping_pool',
  'mapping_key',
  'mapping_converted',
  'mapping_boolean',
  'mapping_date_order',
  'card_data',
  'card_values',
  'planner_data',
  'lead_flow_model',
  'attribute_json',
  'sql_model',
  'sql_preset',
  'sql_weight',
  'sql_route_condition',
  'sql_no_form',
  'sql_standard_days',
  'sql_date',
  'sql_step_prefix',
  'sql_text',
  'sql_nul',
  'sql_surrogate',
  'sql_identifier_empty',
  'sql_template',
  'sql_finite',
  'sql_day',
  'sql_identifier_length',
  'sql_dialect',
  'sql_table',
  'sql_column_used',
  'sql_column_case',
] as const satisfies readonly IssueCode[];

// Both ways: a code missing from the list is a type error here.
type Missing = Exclude<IssueCode, (typeof ISSUE_CODES)[number]>;
export const ISSUE_CODES_COMPLETE: [Missing] extends [never] ? true : Missing = true;

/** One locale's wording of every code: the sentence after the field name. */
export type IssueStrings = { readonly [C in IssueCode]: (p: IssueParams[C]) => string };
