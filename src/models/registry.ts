/**
 * Every model by its command-line name (kebab-case of MODELS.md). The CLI and
 * any host that dispatches by name use this table.
 */
import { calibrateTiering } from './calibrate.js';
import { routeLead } from './routing.js';
import { tierCustomer, tierLead, validateTiering } from './tiering.js';

export const MODELS = {
  'tier-lead': tierLead,
  'tier-customer': tierCustomer,
  'validate-tiering': validateTiering,
  'calibrate-tiering': calibrateTiering,
  'route-lead': routeLead,
} as const satisfies Record<string, (input: unknown) => unknown>;

export type ModelName = keyof typeof MODELS;
