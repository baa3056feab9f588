/**
 * Labels of factors, tiers, options and routes as the tiering elements show
 * them: a custom label in the model is shown as given; else the host's label
 * for the key (`codeLabels`, docs/labels.md), else a preset's (Chinese) label
 * or a bare key translated into the UI's language.
 */
import { CUSTOMER_PRESET, LEAD_PRESET } from '../../src/models/presets.js';
import type { TieringStrings } from '../../src/i18n/tiering.js';
import type { LabelKind } from '../../src/views/code-labels.js';

/** The element's `codeLabel`: the host's label for a code, else `builtin`, else the code. */
export type HostLabel = (kind: LabelKind, code: string, builtin?: string) => string;

const PRESET_LABELS = new Map<string, string | undefined>(
  [...LEAD_PRESET.factors, ...CUSTOMER_PRESET.factors].map((f) => [f.key, f.label]),
);
const PRESET_TIER_LABELS = new Map<string, string | undefined>(LEAD_PRESET.tiers.map((t) => [t.key, t.label]));

export function factorLabel(t: TieringStrings, key: string, label: string, host?: HostLabel): string {
  if (label !== key && label !== PRESET_LABELS.get(key)) return label;
  const builtin = t.factorNames[key] ?? label;
  return host ? host('factor', key, builtin) : builtin;
}

export function tierLabel(t: TieringStrings, key: string, label: string, host?: HostLabel): string {
  if (label !== key && label !== PRESET_TIER_LABELS.get(key)) return label;
  const builtin = t.tierNames[key] ?? label;
  return host ? host('tier', key, builtin) : builtin;
}

export const optionLabel = (t: TieringStrings, value: string, label?: string | null, host?: HostLabel): string =>
  label ?? (host ? host('option', value, t.optionNames[value]) : (t.optionNames[value] ?? value));

/** A route's words: the host's label, else ours (`routes`), else the route as the rules name it. */
export const routeLabel = (t: TieringStrings, route: string, host?: HostLabel): string =>
  host ? host('route', route, t.routes[route]) : (t.routes[route] ?? route);
