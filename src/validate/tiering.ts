/**
 * The tiering schemas (src/schemas/tiering.ts, the contract) by hand, for the models of value tiering and
 * routing: the same issues and the same data as the zod schemas for every input
 * (test/node/validate-tiering.test.ts), without zod's bytes on the tiering cards' page.
 */
import { LIMITS } from '../schemas/limits.js';
import { shownValue } from '../schemas/issues.js';
import { EN_BASE } from '../i18n/issues/en-base.js';
import { EN_TIERING } from '../i18n/issues/en-tiering.js';
import { ROUTE_CONDITIONS } from '../schemas/route-conditions.js';
import {
  bool,
  byKind,
  checked,
  list,
  literal,
  max,
  maxLength,
  min,
  minLength,
  num,
  object,
  oneOf,
  opt,
  raw,
  record,
  refine,
  str,
  union,
  unknown,
  type S,
} from './engine.js';
import {
  finite,
  fraction,
  isoDate,
  key,
  maxKeys,
  nonNegative,
  plainObject,
  positive,
  text,
  uniqueBy,
} from './field-checks.js';

const score = num(min(0), max(100));

const options = list(
  object({ value: key, label: opt(text), score }),
  LIMITS.options,
  minLength(1),
  maxLength(LIMITS.options),
  uniqueBy('value', 'option value'),
);

const base = {
  key,
  label: opt(text),
  weight: nonNegative,
  decay: opt(object({ halfLifeDays: positive })),
  class: opt(key),
};

const factor = byKind('kind', [
  { ...base, kind: literal('options'), options },
  { ...base, kind: literal('multi'), options, cap: opt(nonNegative) },
  {
    ...base,
    kind: literal('bands'),
    reference: opt(positive),
    bands: list(
      object({ min: finite, score, label: opt(text) }),
      LIMITS.options,
      minLength(1),
      maxLength(LIMITS.options),
      refine<{ min: number }[]>((bands, add) => {
        for (let i = 1; i < bands.length; i++)
          if (bands[i]!.min < bands[i - 1]!.min)
            add(raw(EN_TIERING, 'bands_order', { previous: bands[i - 1]!.min }, [i, 'min']));
      }),
    ),
  },
]);

/** tieringModelSchema. */
export const tieringModel: S = checked(
  object({
    factors: list(factor, LIMITS.factors, minLength(1), maxLength(LIMITS.factors), uniqueBy('key', 'factor key')),
    tiers: list(
      object({ key, label: opt(text), minScore: finite, strategy: opt(text) }),
      LIMITS.tiers,
      minLength(1),
      maxLength(LIMITS.tiers),
      uniqueBy('key', 'tier key'),
    ),
    focusTiers: list(key, LIMITS.tiers, maxLength(LIMITS.tiers)),
    targetFocusShare: opt(fraction),
    shareTolerance: opt(nonNegative),
  }),
  refine<{ factors: { weight: number }[]; tiers: { key: string }[]; focusTiers: string[] }>((m, add) => {
    const total = m.factors.reduce((s, f) => s + f.weight, 0);
    if (!total) add(raw(EN_TIERING, 'weights_zero', {}, ['factors']));
    else if (!Number.isFinite(total * 100)) add(raw(EN_TIERING, 'weights_overflow', {}, ['factors']));
    const tierKeys = new Set(m.tiers.map((t) => t.key));
    m.focusTiers.forEach((k, i) => {
      if (!tierKeys.has(k)) add(raw(EN_TIERING, 'unknown_tier', { tier: k, tiers: [...tierKeys] }, ['focusTiers', i]));
    });
  }),
);

/** tierInputSchema. */
export const tierInput: S = object({ model: opt(plainObject), values: plainObject, asOf: opt(isoDate) });

/** historyRowSchema. */
export const historyRow: S = object({
  id: opt(union(str(), num())),
  values: plainObject,
  converted: bool,
  amount: opt(finite),
});

/** validateInputSchema. */
export const validateInput: S = object({
  model: opt(plainObject),
  preset: opt(oneOf(['lead', 'customer'])),
  asOf: opt(isoDate),
  history: list(unknown, LIMITS.rows, maxLength(LIMITS.rows)),
});

/** Keys of a loose object beyond `known` are issues at their own path. */
const onlyKeys = (known: readonly string[]) =>
  refine<Record<string, unknown>>((o, add) => {
    for (const k of Object.keys(o))
      if (!known.includes(k)) add(raw(EN_TIERING, 'unknown_condition', { known: [...known] }, [k]));
  });

const range = checked(
  object({ min: opt(finite), max: opt(finite) }, true),
  onlyKeys(['min', 'max']),
  refine<{ min?: number | null; max?: number | null }>((r, add) => {
    if (r.min == null && r.max == null) add(raw(EN_TIERING, 'range_empty', {}));
    else if (r.min != null && r.max != null && r.max < r.min)
      add(raw(EN_TIERING, 'range_order', { min: r.min }, ['max']));
  }),
);

const valueTest = union(
  list(
    unknown,
    LIMITS.campaignValues,
    maxLength(LIMITS.campaignValues),
    refine<unknown[]>((items, add) => {
      items.forEach((v, i) => {
        if (typeof v !== 'string' && typeof v !== 'boolean' && !(typeof v === 'number' && Number.isFinite(v)))
          add(raw(EN_BASE, 'type', { expected: ['string', 'number', 'boolean'], got: shownValue(v) }, [i]));
      });
    }),
  ),
  range,
);

const valueTests = opt(checked(record(valueTest), maxKeys(LIMITS.routeRules)));

const names = opt(list(str(), LIMITS.routeRules, maxLength(LIMITS.routeRules)));

const routeRule = object({
  when: checked(
    object(
      { tiers: names, minMissingWeightShare: opt(finite), flags: names, values: valueTests, fields: valueTests },
      true,
    ),
    onlyKeys(ROUTE_CONDITIONS),
  ),
  route: key,
  reason: opt(text),
});

/** routeInputSchema. */
export const routeInput: S = object({
  result: object({ tier: str(), missingWeightShare: finite }),
  values: opt(plainObject),
  fields: opt(plainObject),
  model: opt(plainObject),
  rules: opt(list(routeRule, LIMITS.routeRules, maxLength(LIMITS.routeRules))),
});
