/**
 * The "managers by spans" rule shared by the sales organisation (docs/models.md §4)
 * and the customer-success organisation (§6).
 */
import { ceilE } from './math.js';

/**
 * Managers per level for `count` people under the given spans of control:
 * level 1 = ceilE(count / spans[0]), level k = ceilE(level k−1 / spans[k−1]);
 * stops after the first level with exactly 1 manager, or when the spans run
 * out. A count of 0 (or less) needs no managers: `[]`.
 *
 * Spans are whole numbers ≥ 1 (the schemas check this). A span of 1 never
 * reduces a level; the loop still ends because it walks the finite list once.
 */
export function managersBySpans(count: number, spans: readonly number[]): number[] {
  const levels: number[] = [];
  if (!(count > 0)) return levels;
  let n = count;
  for (const span of spans) {
    // `+ 0` turns a −0 from Math.ceil of a tiny negative into 0.
    n = Math.max(1, ceilE(n / span)) + 0;
    levels.push(n);
    if (n === 1) break;
  }
  return levels;
}

/** Σ managers_k · costs_k over the levels that exist. */
export function managerCostOf(managers: readonly number[], costs: readonly number[]): number {
  let total = 0;
  for (let k = 0; k < managers.length; k++) total += managers[k]! * costs[k]!;
  return total;
}

/** Total managers over all levels. */
export const managerCount = (managers: readonly number[]): number => {
  let total = 0;
  for (const m of managers) total += m;
  return total;
};
