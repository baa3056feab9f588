/** Schemas of model 1 (value tiering): the model definition and the inputs of its functions. */
import * as z from 'zod/mini';
import { finite, fraction, key, nonNegative, opt, plainObject, positive, text, uniqueBy } from './common.js';
import { LIMITS } from './limits.js';
import { customIssue } from './issues.js';
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

const base = { key, label: opt(text), weight: nonNegative };

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

export const tierSchema = z.object({ key, label: opt(text), minScore: finite });

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

export const tierInputSchema = z.object({ model: opt(plainObject), values: plainObject });

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
  history: z.array(z.unknown()).check(z.maxLength(LIMITS.rows)),
});

const routeRuleSchema = z.object({
  when: z.object({
    tiers: opt(z.array(z.string()).check(z.maxLength(LIMITS.routeRules))),
    minMissingWeightShare: opt(finite),
    flags: opt(z.array(z.string()).check(z.maxLength(LIMITS.routeRules))),
  }),
  route: key,
  reason: opt(text),
});
export type RouteRule = z.output<typeof routeRuleSchema>;

export const routeInputSchema = z.object({
  result: z.object({ tier: z.string(), missingWeightShare: finite }),
  values: opt(plainObject),
  model: opt(plainObject),
  rules: opt(z.array(routeRuleSchema).check(z.maxLength(LIMITS.routeRules))),
});
