/**
 * revops-elements/models: the pure model layer. No DOM, no clock, no I/O:
 * the same functions run in the browser, in workers and in Node 20.
 */
export { ModelInputError, isModelInputError, type Issue, type InvalidRow } from './schemas/issues.js';
export { ceilE, floorE, days, dayNumber } from './models/math.js';
export { LEAD_PRESET, CUSTOMER_PRESET, PRESETS, type PresetName } from './models/presets.js';
export {
  tierLead,
  tierCustomer,
  validateTiering,
  compileModel,
  scoreValues,
  type TierResult,
  type Contribution,
  type TieringValidation,
  type TierStats,
  type CompiledModel,
} from './models/tiering.js';
export { calibrateTiering, type TieringCalibration } from './models/calibrate.js';
export { routeLead, defaultRouteRules, ROUTES, type Route, type RouteResult } from './models/routing.js';
export type { TieringModel, TieringModelInput, Factor, Tier, FactorValues, FactorValue, RouteRule, HistoryRow } from './schemas/tiering.js';
export { MODELS, type ModelName } from './models/registry.js';
