/** A plain object (not null, not a list): the check before reading a record's fields. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The dot paths of the numbers in a result that are not finite (objects and lists walked; the keys in `skip`
 * left out, e.g. a row's issues), at most `max` of them: a model lists them in a `results_not_finite` issue.
 */
export function nonFinitePaths(value: unknown, skip: ReadonlySet<string> = new Set(), max = 5): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (out.length >= max) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i)));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) if (!skip.has(k)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(value, '');
  return out;
}
