/**
 * Whether a history can say anything about a tiering model (docs/models.md §1
 * validity check): rows whose factor values are all missing score 0 and land
 * in the lowest tier, which would make any model look ordered; and a handful
 * of rows or conversions says little. Pure.
 */

/** Fewer rows than this: the check is shown with a warning. */
export const MIN_HISTORY_ROWS = 30;
/** Fewer conversions than this: the check is shown with a warning. */
export const MIN_HISTORY_CONVERSIONS = 5;

export interface HistoryCheck {
  rows: number;
  conversions: number;
  /** The model's factors that have a value in at least one row. */
  factors: string[];
  /** No row has any factor value: validating or calibrating would be meaningless (refused). */
  noFactors: boolean;
  fewRows: boolean;
  fewConversions: boolean;
}

const filled = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Count the rows, conversions and factors with values of history rows `{ values, converted }`. */
export function historyCheck(rows: readonly unknown[], factorKeys: readonly string[]): HistoryCheck {
  let conversions = 0;
  const seen = new Set<string>();
  for (const r of rows) {
    if (!r || typeof r !== 'object') continue;
    const row = r as { values?: Record<string, unknown>; converted?: unknown };
    if (row.converted === true) conversions++;
    const values = row.values;
    if (values && typeof values === 'object' && seen.size < factorKeys.length)
      for (const k of factorKeys) if (!seen.has(k) && filled(values[k])) seen.add(k);
  }
  const factors = factorKeys.filter((k) => seen.has(k));
  return {
    rows: rows.length,
    conversions,
    factors,
    noFactors: factors.length === 0,
    fewRows: rows.length < MIN_HISTORY_ROWS,
    fewConversions: conversions < MIN_HISTORY_CONVERSIONS,
  };
}
