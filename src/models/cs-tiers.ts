/**
 * §6 extras (docs/models.md, issue 15): the deep-service share r2 from the
 * customer-value model's focus tiers, counted over a customer list.
 */
import { deepShareInputSchema, tierCustomerRowSchema, type DeepShareInput } from '../schemas/cs-capacity.js';
import { isModelInputError, parseOrThrow, rowId, tryParse, type InvalidRow } from '../schemas/issues.js';
import type { FactorValues } from '../schemas/tiering.js';
import { asOfDay, compileModel, scoreValues } from './tiering.js';
import { PRESETS } from './presets.js';

export type { DeepShareInput };

export interface DeepShareTier {
  key: string;
  /** The tier's label (its key when it has none). */
  label: string;
  focus: boolean;
  count: number;
  /** count / N; null for N = 0. */
  share: number | null;
}

export interface DeepShareResult {
  /** Every tier of the model, highest first. */
  tiers: DeepShareTier[];
  /** N: the customers counted (valid rows). */
  customers: number;
  /** Customers in focus tiers. */
  focus: number;
  /** focus / N: §6's r2; null for N = 0. */
  deepCustomerShare: number | null;
  invalid: InvalidRow[];
}

/** Count customers by tier and read r2 as the share in focus tiers (docs/models.md §6 extras). */
export function deepShareFromTiers(input: DeepShareInput): DeepShareResult;
export function deepShareFromTiers(input: unknown): DeepShareResult;
export function deepShareFromTiers(input: unknown): DeepShareResult {
  const p = parseOrThrow(deepShareInputSchema, input);
  const cm = compileModel(p.model ?? PRESETS[p.preset ?? 'customer']);
  const asOf = asOfDay(p.asOf);
  const counts = new Map<string, number>(cm.tiers.map((t) => [t.key, 0]));
  const invalid: InvalidRow[] = [];
  let n = 0;
  let focus = 0;
  p.customers.forEach((raw, index) => {
    const row = tryParse(tierCustomerRowSchema, raw);
    let issues = row.ok ? undefined : row.issues;
    if (row.ok)
      try {
        const r = scoreValues(cm, row.data.values as FactorValues, 'values', asOf);
        counts.set(r.tier, counts.get(r.tier)! + 1);
        n++;
        if (r.focus) focus++;
      } catch (e) {
        if (!isModelInputError(e)) throw e;
        issues = e.issues;
      }
    if (issues) {
      const id = rowId(raw);
      invalid.push(id === undefined ? { index, issues } : { index, id, issues });
    }
  });
  return {
    tiers: cm.tiers.map((t) => {
      const count = counts.get(t.key)!;
      return { key: t.key, label: t.label, focus: t.focus, count, share: n ? count / n : null };
    }),
    customers: n,
    focus,
    deepCustomerShare: n ? focus / n : null,
    invalid,
  };
}
