/**
 * Input limits of every model (docs/limits.md). Each bounds the work of one
 * call: list models stay linear in their rows because no row can carry an
 * unbounded list of its own, and no parameter list can make a model
 * quadratic (funnel stages, spans of control). Input beyond a limit is a
 * ModelInputError naming the path ("allows at most 50 items").
 */
export const LIMITS = {
  /** Rows of a list model: opportunities, accounts, leads, history. */
  rows: 2_000_000,
  /** History rows × factors (validate-tiering and calibrate-tiering score every cell). */
  historyCells: 20_000_000,
  /** Reps of a funnel team. */
  reps: 100_000,
  /** CS segments. */
  segments: 1_000,
  /** Funnel stages; pipeline stages of the opportunity rules. */
  stages: 50,
  /** Funnel activities. */
  activities: 200,
  /** Tiering factors. */
  factors: 200,
  /** Options (or bands) of one factor; items of one multi-choice value. */
  options: 500,
  /** Tiers of a tiering model. */
  tiers: 50,
  /** Routing rules, and the tiers or flags one rule names. */
  routeRules: 200,
  /** Levels of spans of control (and manager costs). */
  spanLevels: 10,
  /** Required fields, and required activity types, of one pipeline stage. */
  stageRequirements: 200,
  /** Activities of one opportunity; events of one account. */
  rowEvents: 10_000,
  /** Usage points of one account (100 years of months). */
  usagePoints: 1_200,
  /** Values in one campaign list of the lead-flow reactivation rules. */
  campaignValues: 10_000,
  /** Sources in channelCosts. */
  channelCosts: 10_000,
} as const;
