/**
 * What the tiering cards show around calibration (docs/models.md §1): whether
 * Calibrate may run on a history, and how many history rows support each
 * tier before and after the proposal. Pure; the history's counts come from
 * `historyCheck` (src/views/tiering-history.ts), whose thresholds it reuses.
 */
import type { TieringCalibration } from '../models/calibrate.js';
import { MIN_HISTORY_CONVERSIONS, MIN_HISTORY_ROWS, type HistoryCheck } from './tiering-history.js';

/** Why Calibrate is disabled, first reason first; null when it may run. */
export type CalibrateBlock =
  | { reason: 'no-history' }
  | { reason: 'no-factors' }
  | { reason: 'few-rows'; rows: number; min: number }
  | { reason: 'few-conversions'; conversions: number; min: number };

/**
 * Calibrating on a handful of rows or conversions tunes the weights to noise:
 * below MIN_HISTORY_ROWS rows or MIN_HISTORY_CONVERSIONS conversions (the
 * thresholds the validity guard warns at) Calibrate is disabled. The check
 * itself still runs on any history (with its warning).
 */
export function calibrateBlock(check: HistoryCheck | undefined): CalibrateBlock | null {
  if (!check || check.rows === 0) return { reason: 'no-history' };
  if (check.noFactors) return { reason: 'no-factors' };
  if (check.fewRows) return { reason: 'few-rows', rows: check.rows, min: MIN_HISTORY_ROWS };
  if (check.fewConversions)
    return { reason: 'few-conversions', conversions: check.conversions, min: MIN_HISTORY_CONVERSIONS };
  return null;
}

/** One tier's history rows and conversions under the old and under the proposed model. */
export interface TierSupport {
  key: string;
  label: string;
  before: { count: number; converted: number };
  after: { count: number; converted: number };
}

/**
 * Rows per tier before and after a calibration, in the tier order of the
 * proposal (calibration keeps the tiers and their order; only thresholds move).
 */
export function tierSupport(c: TieringCalibration): TierSupport[] {
  const before = new Map(c.before.tiers.map((t) => [t.key, t]));
  return c.after.tiers.map((t) => {
    const b = before.get(t.key);
    return {
      key: t.key,
      label: t.label,
      before: { count: b?.count ?? 0, converted: b?.converted ?? 0 },
      after: { count: t.count, converted: t.converted },
    };
  });
}
