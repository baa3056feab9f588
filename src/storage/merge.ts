/**
 * Per-field merge of saved state: what one element changed since it last read
 * the store (a patch of the paths that differ) laid over what the store holds
 * now, so two elements or two tabs editing different fields both keep their
 * edits. Plain objects merge key by key; anything else (a list, a number)
 * is one value: the last write of that value wins.
 */

/** One change: set `value` at `path`, or delete what is there. */
export type Change = { path: string[]; value: unknown } | { path: string[]; delete: true };

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Deep equality of JSON-like values (plain objects, lists, primitives; NaN equals NaN). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * The changes that turn `from` into `to`. An absent `from` counts as an empty
 * object when `to` is one, so a first save still merges field by field.
 */
export function changes(from: unknown, to: unknown, path: string[] = [], out: Change[] = []): Change[] {
  const a = from === undefined && isPlain(to) ? {} : from;
  if (isPlain(a) && isPlain(to)) {
    for (const k of Object.keys(a)) if (!hasOwn(to, k)) out.push({ path: [...path, k], delete: true });
    for (const k of Object.keys(to))
      if (!hasOwn(a, k) || !sameValue(a[k], to[k])) changes(a[k], to[k], [...path, k], out);
    return out;
  }
  if (!sameValue(a, to)) out.push(to === undefined ? { path, delete: true } : { path, value: to });
  return out;
}

/** `base` with the changes applied (a new value; `base` is left as it is). */
export function applyChanges(base: unknown, list: readonly Change[]): unknown {
  let root: unknown = structuredClone(base);
  for (const c of list) {
    if (!c.path.length) {
      root = 'delete' in c ? undefined : structuredClone(c.value);
      continue;
    }
    if (!isPlain(root)) root = {};
    let o = root as Record<string, unknown>;
    for (const k of c.path.slice(0, -1)) {
      if (!isPlain(o[k]) || !hasOwn(o, k)) define(o, k, {});
      o = o[k] as Record<string, unknown>;
    }
    const last = c.path[c.path.length - 1]!;
    if ('delete' in c) delete o[last];
    else define(o, last, structuredClone(c.value));
  }
  return root;
}

// An own property even for a key named __proto__ (plain assignment would set the prototype).
const define = (o: Record<string, unknown>, k: string, value: unknown) =>
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
