import { isObject } from './guards.js';

/** The owner of an input row: a non-empty `owner` text, else null. */
export function ownerOfRow(row: unknown): string | null {
  if (!isObject(row)) return null;
  const o = row.owner;
  return typeof o === 'string' && o !== '' ? o : null;
}
