/** Schemas of model 1 (value tiering): the model definition and the inputs of its functions. */
import * as z from 'zod/mini';
import { finite, fraction, key, nonNegative, opt, plainObject, positive, text, uniqueBy } from './common.js';
import { LIMITS } from './limits.js';

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
            ctx.addIssue({
              code: 'custom',
              input: bands[i]!.min,
              path: [i, 'min'],
              message: `must not be below the previous band's min ${bands[i - 1]!.min} (bands go in ascending order of min)`,
            });
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
      if (!total)
        ctx.addIssue({
          code: 'custom',
          input: m.factors,
          path: ['factors'],
          message: 'need weights with a positive sum (every weight is 0)',
        });
      // Weight × score (≤ 100) is summed: it must stay a finite number.
      else if (!Number.isFinite(total * 100))
        ctx.addIssue({
          code: 'custom',
          input: m.factors,
          path: ['factors'],
          message: 'need weights whose sum × 100 is a finite number; use smaller weights (only their ratios count)',
        });
      const tierKeys = new Set(m.tiers.map((t) => t.key));
      m.focusTiers.forEach((k, i) => {
        if (!tierKeys.has(k))
          ctx.addIssue({
            code: 'custom',
            input: k,
            path: ['focusTiers', i],
            message: `names the tier ${JSON.stringify(k)}, which is not among the tiers (${[...tierKeys].join(', ')})`,
          });
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
