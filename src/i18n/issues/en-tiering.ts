/** English wording of the tiering model's own codes (see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';
import { shownEn } from './en-base.js';

export const EN_TIERING = {
  bands_order: (p) => `must not be below the previous band's min ${p.previous} (bands go in ascending order of min)`,
  weights_zero: () => 'need weights with a positive sum (every weight is 0)',
  weights_overflow: () =>
    'need weights whose sum × 100 is a finite number; use smaller weights (only their ratios count)',
  unknown_tier: (p) => `names the tier ${JSON.stringify(p.tier)}, which is not among the tiers (${p.tiers.join(', ')})`,
  option: (p) => `must be one of the options of factor ${p.factor}: ${p.options.join(', ')} (got ${shownEn(p.got)})`,
  options_list: (p) =>
    `expected a list of options of factor ${p.factor} (${p.options.join(', ')}), got ${shownEn(p.got)}`,
  factor_finite: (p) => `must be a finite number for factor ${p.factor} (got ${shownEn(p.got)})`,
  factor_number: (p) => `expected a number for factor ${p.factor}, got ${shownEn(p.got)}`,
  history_cells: (p) =>
    `allows at most ${p.max.toLocaleString('en')} rows × factors (got ${p.rows} rows × ${p.factors} factors)`,
  tier_sum: (p) => `have amounts whose sum in tier ${p.tier} is not a finite number; use smaller amounts`,
  unknown_condition: (p) => `is not a known condition (known: ${p.known.join(', ')})`,
  range_empty: () => 'needs min, max or both (a range of numbers: min ≤ value < max)',
  range_order: (p) => `must not be below min ${p.min}`,
  range_kind: (p) => `tests factor ${p.factor}, whose values are options, with a range; list its options instead`,
} satisfies Partial<IssueStrings>;
