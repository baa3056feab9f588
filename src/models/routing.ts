/** Lead routing (docs/models.md §1, from seed 001 分配): which sales motion, team or queue takes a tiered lead. */
import type * as z from 'zod/mini';
import type { FactorValues, RouteRange, RouteRule, routeInputSchema, ValueTest } from '../schemas/tiering.js';
import { issuesOf, ModelInputError, type Issue } from '../schemas/issues.js';
// routeInputSchema by hand (same issues, same data; test/node/validate-tiering.test.ts): no zod here.
import { check } from '../validate/engine.js';
import { routeInput } from '../validate/tiering.js';
import { atLeast } from './math.js';
import { LEAD_PRESET } from './presets.js';
import { compileModel, type CompiledModel } from './tiering.js';
import { EN_TIERING } from '../i18n/issues/en-tiering.js';

const issue = issuesOf(EN_TIERING);

type RouteInput = z.output<typeof routeInputSchema>;

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

/** What a rule reads of a lead: its tier result, its values and the host's CRM fields. */
export interface RouteSubject {
  result: { tier: string; missingWeightShare: number };
  values: FactorValues;
  fields: Readonly<Record<string, unknown>>;
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

const own = (o: Readonly<Record<string, unknown>>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** One value test (docs/models.md §1 value conditions): a listed value (any item of a list), or a number in [min, max). */
export function valueTestHolds(test: ValueTest | readonly unknown[] | RouteRange, x: unknown): boolean {
  if (x === undefined || x === null) return false;
  if (Array.isArray(test)) {
    const listed = test as readonly unknown[];
    return Array.isArray(x) ? x.some((item) => listed.includes(item)) : listed.includes(x);
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  const { min, max } = test as { min?: number | null; max?: number | null };
  return (min == null || atLeast(x, min)) && (max == null || !atLeast(x, max));
}

const testsHold = (tests: Record<string, ValueTest> | null | undefined, of: Readonly<Record<string, unknown>>) =>
  tests == null || Object.keys(tests).every((k) => valueTestHolds(tests[k]!, own(of, k)));

/** Whether every condition of a rule's `when` holds for the lead. */
export function ruleHolds(when: RouteRule['when'], s: RouteSubject): boolean {
  if (when.tiers != null && !when.tiers.includes(s.result.tier)) return false;
  if (when.minMissingWeightShare != null && !atLeast(s.result.missingWeightShare, when.minMissingWeightShare))
    return false;
  if (when.flags != null && !when.flags.every((f) => Boolean(s.values[f]))) return false;
  return testsHold(when.values, s.values) && testsHold(when.fields, s.fields);
}

/** The first rule that holds, as `{ route, reason }`; nulls when none does. */
export function pickRoute(rules: readonly RouteRule[], s: RouteSubject): RouteResult {
  for (const { when, route, reason } of rules) if (ruleHolds(when, s)) return { route, reason: reason ?? null };
  return { route: null, reason: null };
}

/** Tests on option factors must list that factor's options (a typo would silently match nothing). */
export function checkRuleValues(rules: readonly RouteRule[], cm: CompiledModel, base = 'rules'): void {
  const issues: Issue[] = [];
  rules.forEach((rule, r) => {
    const tests = rule.when.values;
    if (tests == null) return;
    for (const k of Object.keys(tests)) {
      const f = cm.factors.find((x) => x.key === k);
      if (!f || f.kind === 'bands') continue;
      const test = tests[k]!;
      const path = `${base}.${r}.when.values.${k}`;
      if (!Array.isArray(test)) {
        issues.push(issue(path, 'range_kind', { factor: k }));
        continue;
      }
      const options = [...f.options!.keys()];
      (test as readonly unknown[]).forEach((item, i) => {
        if (typeof item !== 'string' || !f.options!.has(item))
          issues.push(
            issue(`${path}.${i}`, 'option', {
              factor: k,
              options: options.map((o) => JSON.stringify(o)),
              got:
                typeof item === 'string'
                  ? { kind: 'text', shown: JSON.stringify(item) }
                  : { kind: typeof item, shown: String(item) },
            }),
          );
      });
    }
  });
  if (issues.length) throw new ModelInputError(issues);
}

/** Route a tiered lead: the first rule whose conditions all hold wins. */
export function routeLead(input: unknown): RouteResult {
  const { result, values, fields, model, rules } = check<RouteInput>(routeInput, input);
  let list: readonly RouteRule[];
  if (rules == null) list = defaultRouteRules(compileModel(model ?? LEAD_PRESET));
  else {
    // The model is read only when a rule tests values (existing rules never needed a valid model).
    if (rules.some((r) => r.when.values != null)) checkRuleValues(rules, compileModel(model ?? LEAD_PRESET));
    list = rules;
  }
  return pickRoute(list, { result, values: (values ?? {}) as FactorValues, fields: fields ?? {} });
}

/**
 * Routing rules validated once for a whole list (the tables route every row
 * with them): the default rules for the model without `rules`.
 */
export function compileRouteRules(rules: unknown, cm: CompiledModel): readonly RouteRule[] {
  if (rules == null) return defaultRouteRules(cm);
  // The schema checks the rules; the result it also needs is a stand-in.
  const list = check<RouteInput>(routeInput, { result: { tier: '', missingWeightShare: 0 }, rules }).rules!;
  checkRuleValues(list, cm);
  return list;
}
