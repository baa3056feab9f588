/**
 * Rows of the plain record lists a tiering model scores (lead-score-table,
 * customer-value-table, cs-capacity-planner's customers): `{ id, name?,
 * owner?, values, fields? }` as `recordParts` (src/views/tiering-table.ts)
 * reads them. No date is required: a list is scored as it stands.
 */
import { LIST_SIDE_FIELDS } from './fields.js';
import { channelReader, factorReader, type Builder } from './kinds.js';
import type { ImportFactor } from './mapping.js';
import type { Run } from './run.js';

/** A lead-list or customer-list row: only the id is required; factor cells that cannot be read are left out and noted. */
export function listBuilder(run: Run, factors: readonly ImportFactor[]): Builder {
  const C = { id: run.col('id'), name: run.col('name'), owner: run.col('owner'), source: run.col('source') };
  const side = LIST_SIDE_FIELDS.map((k) => ({ key: k, c: run.col(`fields.${k}`) })).filter((x) => x.c.present);
  const readFactors = factorReader(run, factors);
  const readChannel = channelReader(run, factors, C.source);
  return (row) => {
    const id = run.text(row, C.id);
    if (!id) {
      run.error('missing-value', `id is blank${C.id.where}`, 'id');
      return undefined;
    }
    const rec: Record<string, unknown> = { id };
    const name = run.text(row, C.name);
    if (name) rec.name = name;
    const owner = run.text(row, C.owner);
    if (owner) rec.owner = owner;
    const values: Record<string, unknown> = {};
    readFactors(row, values);
    readChannel(row, values);
    rec.values = values;
    let fields: Record<string, string> | undefined;
    // The source as the CRM wrote it: rules may test it as well as the channel it reads as.
    const source = run.text(row, C.source);
    if (source) (fields ??= {}).source = source;
    for (const { key, c } of side) {
      const t = run.text(row, c);
      if (t) (fields ??= {})[key] = t;
    }
    if (fields) rec.fields = fields;
    return rec;
  };
}
