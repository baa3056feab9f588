/**
 * Labels of factors, tiers and options as the tiering elements show them:
 * a preset's (Chinese) label or a bare key is translated into the UI's
 * language; a custom label is shown as given.
 */
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import type { TieringStrings } from '../../src/i18n/tiering.js';

const PRESET_LABELS = new Map<string, string | undefined>(
  [...LEAD_PRESET.factors, ...CUSTOMER_PRESET.factors].map((f) => [f.key, f.label]),
);
const PRESET_TIER_LABELS = new Map<string, string | undefined>(LEAD_PRESET.tiers.map((t) => [t.key, t.label]));

export function factorLabel(t: TieringStrings, key: string, label: string): string {
  const named = t.factorNames[key];
  return named !== undefined && (label === key || label === PRESET_LABELS.get(key)) ? named : label;
}

export function tierLabel(t: TieringStrings, key: string, label: string): string {
  const named = t.tierNames[key];
  return named !== undefined && (label === key || label === PRESET_TIER_LABELS.get(key)) ? named : label;
}

export const optionLabel = (t: TieringStrings, value: string, label?: string | null): string =>
  label ?? t.optionNames[value] ?? value;
