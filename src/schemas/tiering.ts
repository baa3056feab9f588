/** Schemas of model 1 (value tiering): the model definition and the inputs of its functions. */
import * as z from 'zod/mini';
import {
  finite,
  fraction,
  isoDate,
  key,
  maxKeys,
  nonNegative,
  opt,
  plainObject,
  positive,
  text,
  uniqueBy,
} from './common.js';
import { LIMITS } from './limits.js';
import { ROUTE_CONDITIONS } from './route-conditions.js';
import { customIssue, shownValue } from './issues.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { EN_TIERING } from '../i18n/issues/en-tiering.js';

export const FACTOR_KINDS = ['options', 'multi', 'bands'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];

const score = z.number().check(z.gte(0), z.lte(100));

export const optionSchema = z.object({ value: key, label: opt(text), score });
const options = z.array(optionSchema).check(
  z.minLength(1),
  z.maxLength(LIMITS.options),
  uniqueBy((o: { value: string }) => o.value, 'option value', 'value'),
);

export const bandSchema = z.object({ min: finite, score, label: opt(text) });

/** Optional ageing of a time-stamped factor (docs/models.md §1, engagement that ages): its score halves every halfLifeDays. */
export const decaySchema = z.object({ halfLifeDays: positive });

// `class`: the factor's class (docs/models.md §1 factor classes), for a sub-score per class.
const base = { key, label: opt(text), weight: nonNegative, decay: opt(decaySchema), class: opt(key) };

export const factorSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('options'), options }),
  z.object({ ...base, kind: z.literal('multi'), options, cap: opt(nonNegative) }),
  z.object({
    ...base,
    kind: z.literal('bands'),
    reference: opt(positive),
    bands: z.array(bandSchema).check(
      z.minLength(1),
      z.maxLength(LIMITS.options),
      z.superRefine((bands, ctx) => {
        for (let i = 1; i < bands.length; i++) {
          if (bands[i]!.min < bands[i - 1]!.min)
            ctx.addIssue(
              customIssue(EN_TIERING, 'bands_order', { previous: bands[i - 1]!.min }, [i, 'min'], bands[i]!.min),
            );
        }
      }),
    ),
  }),
]);

// `strategy`: the tier's follow-up in the user's words (docs/models.md §1 tier strategies), shown by the elements.
export const tierSchema = z.object({ key, label: opt(text), minScore: finite, strategy: opt(text) });

export const tieringModelSchema = z
  .object({
    factors: z.array(factorSchema).check(
      z.minLength(1),
      z.maxLength(LIMITS.factors),
      uniqueBy((f: { key: string }) => f.key, 'factor key', 'key'),
    ),
    tiers: z.array(tierSchema).check(
      z.minLength(1),
      z.maxLength(LIMITS.tiers),
      uniqueBy((t: { key: string }) => t.key, 'tier key', 'key'),
    ),
    focusTiers: z.array(key).check(z.maxLength(LIMITS.tiers)),
    targetFocusShare: opt(fraction),
    shareTolerance: opt(nonNegative),
  })
  .check(
    z.superRefine((m, ctx) => {
      const total = m.factors.reduce((s, f) => s + f.weight, 0);
      if (!total) ctx.addIssue(customIssue(EN_TIERING, 'weights_zero', {}, ['factors'], m.factors));
      // Weight × score (≤ 100) is summed: it must stay a finite number.
      else if (!Number.isFinite(total * 100))
        ctx.addIssue(customIssue(EN_TIERING, 'weights_overflow', {}, ['factors'], m.factors));
      const tierKeys = new Set(m.tiers.map((t) => t.key));
      m.focusTiers.forEach((k, i) => {
        if (!tierKeys.has(k))
          ctx.addIssue(
            customIssue(EN_TIERING, 'unknown_tier', { tier: k, tiers: [...tierKeys] }, ['focusTiers', i], k),
          );
      });
    }),
  );

export type TieringModelInput = z.input<typeof tieringModelSchema>;
export type TieringModel = z.output<typeof tieringModelSchema>;
export type Factor = TieringModel['factors'][number];
export type Tier = TieringModel['tiers'][number];

export type FactorValue = string | number | boolean | null | readonly string[];
export type FactorValues = Record<string, FactorValue | undefined>;

const preset = opt(z.enum(['lead', 'customer']));

export const tierInputSchema = z.object({ model: opt(plainObject), values: plainObject, asOf: opt(isoDate) });

export const historyRowSchema = z.object({
  id: opt(z.union([z.string(), z.number()])),
  values: plainObject,
  converted: z.boolean(),
  amount: opt(finite),
});
export type HistoryRow = z.output<typeof historyRowSchema>;

export const validateInputSchema = z.object({
  model: opt(plainObject),
  preset,
  asOf: opt(isoDate),
  history: z.array(z.unknown()).check(z.maxLength(LIMITS.rows)),
});

// The conditions a route rule's `when` knows, in a module of their own for the hand checks (src/validate/tiering.ts).
export { ROUTE_CONDITIONS };
const RANGE_KEYS = ['min', 'max'] as const;

/** Keys of a loose object beyond `known` are issues at their own path (a dropped key would change what matches). */
const onlyKeys = (known: readonly string[]) =>
  z.superRefine<Record<string, unknown>>((o, ctx) => {
    for (const k of Object.keys(o))
      if (!known.includes(k))
        ctx.addIssue(customIssue(EN_TIERING, 'unknown_condition', { known: [...known] }, [k], o[k]));
  });

const rangeSchema = z.looseObject({ min: opt(finite), max: opt(finite) }).check(
  onlyKeys(RANGE_KEYS),
  z.superRefine((r, ctx) => {
    if (r.min == null && r.max == null) ctx.addIssue(customIssue(EN_TIERING, 'range_empty', {}, [], r));
    else if (r.min != null && r.max != null && r.max < r.min)
      ctx.addIssue(customIssue(EN_TIERING, 'range_order', { min: r.min }, ['max'], r.max));
  }),
);
export interface RouteRange {
  min?: number | null;
  max?: number | null;
}

/** A value test: one of the listed values, or a number in [min, max). */
const valueTestSchema = z.union([
  // Items are checked by hand: a failing item schema would make the union report the other branch ("expected an object").
  z.array(z.unknown()).check(
    z.maxLength(LIMITS.campaignValues),
    z.superRefine((items, ctx) => {
      items.forEach((v, i) => {
        if (typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && Number.isFinite(v)))
          ctx.addIssue(
            customIssue(EN_BASE, 'type', { expected: ['string', 'number', 'boolean'], got: shownValue(v) }, [i], v),
          );
      });
    }),
  ),
  rangeSchema,
]);
/** A list of strings, finite numbers and booleans (checked), or a range. */
export type ValueTest = z.output<typeof valueTestSchema>;

const valueTests = opt(z.record(z.string(), valueTestSchema).check(maxKeys(LIMITS.routeRules)));

const routeRuleSchema = z.object({
  when: z
    .looseObject({
      tiers: opt(z.array(z.string()).check(z.maxLength(LIMITS.routeRules))),
      minMissingWeightShare: opt(finite),
      flags: opt(z.array(z.string()).check(z.maxLength(LIMITS.routeRules))),
      values: valueTests,
      fields: valueTests,
    })
    .check(onlyKeys(ROUTE_CONDITIONS)),
  route: key,
  reason: opt(text),
});
export type RouteRule = z.output<typeof routeRuleSchema>;

export const routeInputSchema = z.object({
  result: z.object({ tier: z.string(), missingWeightShare: finite }),
  values: opt(plainObject),
  fields: opt(plainObject),
  model: opt(plainObject),
  rules: opt(z.array(routeRuleSchema).check(z.maxLength(LIMITS.routeRules))),
});
