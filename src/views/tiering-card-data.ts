/**
 * What a tiering card reads from its `data`: the record's factor values, the CRM fields routing rules may
 * test, the date ageing factors are scored at, a name to show, and a key that tells one record from
 * another (what-if values belong to the record they were made on).
 */
import type { FactorValues } from '../schemas/tiering.js';
import { ModelInputError } from '../schemas/issues.js';
import { elementIssue } from '../schemas/element-issues.js';
import { isObject } from '../models/guards.js';

export interface CardRecord {
  values: FactorValues;
  fields: Record<string, unknown>;
  /** `data.asOf`, when given. */
  asOf?: string;
  name?: string;
  /** `id:<id>` for a record with an id, else `values:<its values as JSON>`. */
  key: string;
}

/** `{ values, fields?, asOf?, id?, name? }` or the values themselves; undefined (no data) is an empty record. */
export function readCardData(d: unknown): CardRecord {
  let values: FactorValues = {};
  let fields: Record<string, unknown> = {};
  let asOf: string | undefined;
  if (d !== undefined) {
    if (!isObject(d)) throw new ModelInputError([elementIssue('data', 'card_data', {})]);
    if ('values' in d) {
      if (!isObject(d.values)) throw new ModelInputError([elementIssue('data.values', 'card_values', {})]);
      values = d.values as FactorValues;
      if (isObject(d.fields)) fields = d.fields;
      if (d.asOf != null) asOf = d.asOf as string;
    } else values = d as FactorValues;
  }
  const n = isObject(d) ? (d.name ?? d.id) : undefined;
  const id = isObject(d) ? d.id : undefined;
  const out: CardRecord = {
    values,
    fields,
    key: typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `values:${JSON.stringify(values)}`,
  };
  if (asOf !== undefined) out.asOf = asOf;
  if (typeof n === 'string' || typeof n === 'number') out.name = String(n);
  return out;
}
