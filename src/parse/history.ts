/**
 * History rows a host hands a tiering card as they are (the `history`
 * property): `{ id?, values, converted, amount? }` kept, flat rows
 * (`{ id, converted, amount, ...factors }`) wrapped as such. A file or text
 * of history (CSV, .xlsx, JSON) goes through the import pipeline instead
 * (src/import, kind `history`), and so do a host's CRM records with a
 * field-map.
 */

const RESERVED = new Set(['id', 'converted', 'amount']);

/** Wrap a flat row ({ id, converted, amount, ...factors }) as a history row. */
function fromFlat(row: Record<string, unknown>): unknown {
  if (row.values && typeof row.values === 'object') return row;
  const values: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!RESERVED.has(k)) values[k] = v;
  const out: Record<string, unknown> = { values, converted: row.converted };
  if (row.id !== undefined) out.id = row.id;
  if (row.amount !== undefined) out.amount = row.amount;
  return out;
}

/** Flat rows from a history list given as a property, for hosts that pass CRM records as they are. */
export const normaliseHistory = (list: readonly unknown[]): unknown[] =>
  list.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? fromFlat(r as Record<string, unknown>) : r));
