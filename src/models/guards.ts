/** A plain object (not null, not a list): the check before reading a record's fields. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
