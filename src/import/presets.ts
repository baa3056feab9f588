/**
 * Header presets: the column names each CRM's exports use for the fields of
 * each import kind, and the other columns those exports carry (they count
 * when detecting which CRM a file comes from). Headers are compared by
 * `headerKey` (no case, spaces or punctuation; Salesforce `__c` dropped;
 * a unit in brackets such as `(万元)` read as a multiplier).
 */
import type { TableKind } from './fields.js';
import { headerKey } from './keys.js';
import { FACTOR_HEADERS, type Preset, type PresetName } from './preset-build.js';
import { GENERIC_EN, HUBSPOT, SALESFORCE_API, SALESFORCE_REPORT } from './presets-global.js';
import { FXIAOKE, GENERIC_ZH, XIAOSHOUYI } from './presets-china.js';

export { headerKey, normKey } from './keys.js';
export { FACTOR_HEADERS, PRESET_NAMES, type Preset, type PresetName } from './preset-build.js';

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'salesforce-api': SALESFORCE_API,
  'salesforce-report': SALESFORCE_REPORT,
  hubspot: HUBSPOT,
  xiaoshouyi: XIAOSHOUYI,
  fxiaoke: FXIAOKE,
  'generic-zh': GENERIC_ZH,
  'generic-en': GENERIC_EN,
};

/** Every normalised header some preset knows for a kind (fields and other columns), for header-row detection. */
const knownCache = new Map<TableKind | 'any', Set<string>>();
export function knownHeaders(kind: TableKind | 'any'): Set<string> {
  let s = knownCache.get(kind);
  if (s) return s;
  s = new Set<string>();
  for (const p of Object.values(PRESETS)) {
    const kinds = kind === 'any' ? (Object.keys(p.fields) as TableKind[]) : [kind];
    for (const k of kinds) {
      for (const hs of Object.values(p.fields[k] ?? {})) for (const h of hs) s.add(headerKey(h).key);
      for (const h of p.other[k] ?? []) s.add(headerKey(h).key);
    }
  }
  for (const hs of Object.values(FACTOR_HEADERS)) for (const h of hs) s.add(headerKey(h).key);
  knownCache.set(kind, s);
  return s;
}
