/**
 * Two planner inputs compared in plain words: one row per changed field, with
 * the field's label and its values in the field's units ("Conversion · Leads:
 * 15 % → 25 %"), and rows of keyed lists matched by key, so a stage added or
 * removed is one row ("Stage “Demo” added") and the stages after it are not
 * all "changed". Lists of plain values of another length are one row.
 */
import { isObject as isObj } from '../models/guards.js';

export interface DiffRow {
  /** The path in the second input (the first for a removed row). */
  path: string;
  change: 'changed' | 'added' | 'removed';
  /** The field's label, or the list's name for an added or removed row. */
  label: string;
  /** Values as the field shows them; for an added or removed row, the row's name. */
  from: string;
  to: string;
}

export interface DiffOptions {
  /** A field's or a list's label by path (the path in the second input); undefined: the path in words. */
  label: (path: string) => string | undefined;
  /** A value as its field shows it (by path): "15 %", "CN¥1,000,000". */
  value: (path: string, v: unknown) => string;
  /**
   * Lists of values that run beside a keyed list of the same object, item for
   * row (`{ conversion: 'stages' }`: conversion[i] belongs to stages[i]): their
   * items are matched through the rows' keys, so a stage added is not a
   * change of every rate after it.
   */
  aligned?: Record<string, string>;
  /**
   * A keyed row's name as the element says it (`list`: the list's field,
   * `stages` also inside `reps.0.stages`): its own label, else the host's
   * label for its code (`codeLabels`, docs/labels.md). Undefined: its label,
   * name or key.
   */
  rowName?: (list: string, row: Record<string, unknown>) => string | undefined;
}

/** The identity of a list row: its `key`, else its `id` (rows without either are compared by position). */
const idOf = (v: unknown): string | undefined =>
  isObj(v) && (typeof v.key === 'string' || typeof v.id === 'string' || typeof v.id === 'number')
    ? String(v.key ?? v.id)
    : undefined;

/** A row's name: its label or name, else its key or id. */
export const rowName = (v: unknown): string =>
  isObj(v) ? plainText(v.label ?? v.name ?? v.key ?? v.id ?? '') : plainText(v ?? '');

/** A value as text: a primitive as itself, anything else as its JSON. */
const plainText = (v: unknown): string => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** `stages.2.count` → "stages · 2 · count"; `newCustomersTarget` → "new customers target". */
export const pathWords = (path: string): string =>
  path
    .split('.')
    .map((p) => p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' · ');

/** The field a list sits in: `reps.0.stages` → `stages`. */
const listField = (path: string): string => path.split('.').findLast((s) => !/^\d+$/.test(s)) ?? '';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function scenarioDiff(a: unknown, b: unknown, o: DiffOptions): DiffRow[] {
  const rows: DiffRow[] = [];
  const nameOf = (p: string, v: unknown): string => (isObj(v) && o.rowName?.(listField(p), v)) || rowName(v);
  // Inside a keyed row, an unlabelled field is named after its row: Stage “Intent” · count.
  type Ctx = { name: string; base: string } | undefined;
  const label = (p: string, c?: Ctx) =>
    o.label(p) ??
    (c && p.startsWith(`${c.base}.`) ? `${c.name} · ${pathWords(p.slice(c.base.length + 1))}` : pathWords(p));
  const walk = (x: unknown, y: unknown, p: string, c?: Ctx): void => {
    if (same(x, y)) return;
    const join = (k: string | number) => (p ? `${p}.${k}` : String(k));
    if (isObj(x) && isObj(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
        const by = o.aligned?.[k];
        if (by && Array.isArray(x[k]) && Array.isArray(y[k]) && Array.isArray(x[by]) && Array.isArray(y[by])) {
          const xs = x[k] as unknown[];
          const ys = y[k] as unknown[];
          const before = new Map((x[by] as unknown[]).map((v, i) => [idOf(v), i]));
          (y[by] as unknown[]).forEach((row, j) => {
            const i = before.get(idOf(row));
            // A row only in y is said once, as added; a row only in x, as removed.
            if (i !== undefined && idOf(row) !== undefined) walk(xs[i], ys[j], `${join(k)}.${j}`, c);
          });
        } else walk(x[k], y[k], join(k), c);
      }
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      const both: unknown[] = [...(x as unknown[]), ...(y as unknown[])];
      const keyed = both.length > 0 && both.every((v) => idOf(v) !== undefined);
      if (keyed) {
        const before = new Map(x.map((v, i) => [idOf(v)!, i]));
        const after = new Set(y.map(idOf));
        x.forEach((v, i) => {
          if (!after.has(idOf(v)))
            rows.push({ path: join(i), change: 'removed', label: label(p), from: nameOf(p, v), to: '' });
        });
        y.forEach((v, j) => {
          const i = before.get(idOf(v)!);
          if (i === undefined)
            rows.push({ path: join(j), change: 'added', label: label(p), from: '', to: nameOf(p, v) });
          else walk(x[i], v, join(j), { name: `${label(p, c)} “${nameOf(p, v)}”`, base: join(j) });
        });
        return;
      }
      if (x.length === y.length && !x.some(isObj) && !y.some(isObj)) {
        x.forEach((v, i) => walk(v, y[i], join(i), c));
        return;
      }
      const list = (l: unknown[]) => l.map((v, i) => (isObj(v) ? rowName(v) : o.value(join(i), v))).join(', ');
      rows.push({ path: p, change: 'changed', label: label(p, c), from: list(x), to: list(y) });
      return;
    }
    rows.push({ path: p, change: 'changed', label: label(p, c), from: o.value(p, x), to: o.value(p, y) });
  };
  walk(a, b, '');
  return rows;
}

/** How a planner field shows a value: a fraction typed in % as "15 %", money and numbers through the formatter. */
export function valueText(
  v: unknown,
  kind: 'num' | 'int' | 'pct' | 'money' | 'text' | undefined,
  f: { number: (x: number, max?: number) => string; money: (x: number) => string },
): string {
  if (v == null || v === '') return '—';
  if (typeof v !== 'number') return isObj(v) || Array.isArray(v) ? rowName(v) : plainText(v);
  if (kind === 'pct') return `${f.number(+(v * 100).toPrecision(12), 4)} %`;
  if (kind === 'money') return f.money(v);
  return f.number(v, 6);
}
