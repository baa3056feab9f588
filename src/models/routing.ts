/** Lead routing (docs/models.md §1, from seed 001 分配): which sales motion takes a tiered lead. */
import { routeInputSchema, type FactorValues, type RouteRule } from '../schemas/tiering.js';
import { parseOrThrow } from '../schemas/issues.js';
import { atLeast } from './math.js';
import { LEAD_PRESET } from './presets.js';
import { compileModel, type CompiledModel } from './tiering.js';

export const ROUTES = ['field-sales', 'telesales', 'sdr', 'nurture'] as const;
export type Route = (typeof ROUTES)[number];

/** Reason codes of the default rules; the UI words them. */
export const DEFAULT_REASONS = [
  'lowest-tier',
  'uncertain',
  'low-quality',
  'local-demand',
  'complex-demand',
  'default',
] as const;

export interface RouteResult {
  route: string | null;
  reason: string | null;
}

/** The seed's principles as rules, in order: nurture the lowest tier, clean uncertain or low-quality leads, field sales for local or complex demand, else telesales. */
export function defaultRouteRules(cm: CompiledModel): RouteRule[] {
  const t = cm.tiers;
  const lowest = t[t.length - 1]!.key;
  const second = t.length > 1 ? t[t.length - 2]!.key : undefined;
  return [
    { when: { tiers: [lowest] }, route: 'nurture', reason: 'lowest-tier' },
    { when: { minMissingWeightShare: 0.3 }, route: 'sdr', reason: 'uncertain' },
    { when: { tiers: second === undefined ? [] : [second] }, route: 'sdr', reason: 'low-quality' },
    { when: { flags: ['local'] }, route: 'field-sales', reason: 'local-demand' },
    { when: { flags: ['complexDemand'] }, route: 'field-sales', reason: 'complex-demand' },
    { when: {}, route: 'telesales', reason: 'default' },
  ];
}

/** Route a tiered lead: the first rule whose conditions all hold wins. */
export function routeLead(input: unknown): RouteResult {
  const { result, values, model, rules } = parseOrThrow(routeInputSchema, input);
  const list = rules ?? defaultRouteRules(compileModel(model ?? LEAD_PRESET));
  const vals = (values ?? {}) as FactorValues;
  for (const { when, route, reason } of list) {
    if (when.tiers != null && !when.tiers.includes(result.tier)) continue;
    if (when.minMissingWeightShare != null && !atLeast(result.missingWeightShare, when.minMissingWeightShare)) continue;
    if (when.flags != null && !when.flags.every((f) => Boolean(vals[f]))) continue;
    return { route, reason: reason ?? null };
  }
  return { route: null, reason: null };
}
