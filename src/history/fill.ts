/**
 * What funnel-forecast does with learned rates (docs/models.md §3c, reading
 * `funnel-forecast`): fill the conversion list, mark each rate as from
 * history or edited, and find the day a history runs to. Pure and free of
 * zod, so the element carries it without the model.
 */
import type { FunnelHistoryResult } from '../models/funnel-history.js';
import { dayNumber, isoDay } from '../models/math.js';

/** A rate history can give a stage: §3a takes rates in (0, 1]. */
export interface HistoryRate {
  rate: number;
  records: number;
  /** records < minRecords. */
  warning: boolean;
}

/** Why a stage kept its typed rate. */
export type KeptReason = 'no-records' | 'zero';

/** Each stage key's usable learned rate, or why it has none. */
export function historyRates(learned: FunnelHistoryResult): Record<string, HistoryRate | KeptReason> {
  const out: Record<string, HistoryRate | KeptReason> = {};
  for (const s of learned.stages)
    out[s.key] =
      s.rate === null ? 'no-records' : s.rate <= 0 ? 'zero' : { rate: s.rate, records: s.records, warning: s.warning };
  return out;
}

/**
 * The conversion list with history's rate for every stage that has a usable
 * one; the other stages keep the typed rate. `keys` are the funnel's stage
 * keys in order; `conversion` the rates in force.
 */
export function fillFromHistory(
  keys: readonly string[],
  conversion: readonly unknown[],
  learned: FunnelHistoryResult,
): { conversion: unknown[]; filled: string[]; kept: { key: string; reason: KeptReason }[] } {
  const rates = historyRates(learned);
  const out = [...conversion];
  const filled: string[] = [];
  const kept: { key: string; reason: KeptReason }[] = [];
  keys.forEach((k, i) => {
    const h = rates[k] ?? 'no-records';
    if (typeof h === 'string') kept.push({ key: k, reason: h });
    else {
      out[i] = h.rate;
      filled.push(k);
    }
  });
  return { conversion: out, filled, kept };
}

/** A stage's mark: its rate is history's (`history`), or was history's and has been edited (`edited`). */
export type HistoryMark = { state: 'history' | 'edited'; rate: HistoryRate } | null;

/**
 * The mark of each stage: `history` while the rate in force equals the
 * learned one (within 1e-9), `edited` for a filled stage whose rate differs,
 * none for a stage history did not fill.
 */
export function historyMarks(
  keys: readonly string[],
  conversion: readonly unknown[],
  learned: FunnelHistoryResult,
  filled: ReadonlySet<string>,
): HistoryMark[] {
  const rates = historyRates(learned);
  return keys.map((k, i) => {
    const h = rates[k];
    if (!h || typeof h === 'string' || !filled.has(k)) return null;
    const v = conversion[i];
    return { state: typeof v === 'number' && Math.abs(v - h.rate) <= 1e-9 ? 'history' : 'edited', rate: h };
  });
}

/** The latest valid event day of a history (YYYY-MM-DD), the default `asOf`; undefined when it has none. */
export function latestEventDay(opportunities: readonly unknown[]): string | undefined {
  let max = -Infinity;
  // A history repeats its dates: each text is read once.
  const seen = new Set<string>();
  for (const o of opportunities) {
    const events = (o as { events?: unknown } | null)?.events;
    if (!Array.isArray(events)) continue;
    for (const e of events) {
      const at = (e as { at?: unknown } | null)?.at;
      if (typeof at !== 'string' || seen.has(at)) continue;
      if (seen.size < 100_000) seen.add(at);
      const d = dayNumber(at);
      if (d > max) max = d;
    }
  }
  return max === -Infinity ? undefined : isoDay(max);
}
