/**
 * The tiering model editor's operations (issue 13): every change to a model a user makes in the editor
 * — factors, options, bands, classes, tiers, focus — as a pure function from a model to a new model, an
 * undo/redo history of models, and where each validation issue is shown. The model edited is the JSON
 * the elements accept: an edit writes only the model's own fields and drops an optional one the user
 * empties, so exporting and importing it gives the same JSON back.
 */
import type { FactorKind } from '../schemas/tiering.js';
import type { Issue } from '../schemas/issues.js';

export interface EditOption {
  value: string;
  label?: string | null;
  score: number | null;
}
export interface EditBand {
  min: number | null;
  score: number | null;
  label?: string | null;
}
/** A factor as it is being edited: any field may be empty (null) or wrong until the model compiles. */
export interface EditFactor {
  key: string;
  kind: FactorKind;
  label?: string | null;
  weight: number | null;
  class?: string | null;
  options?: EditOption[];
  cap?: number | null;
  reference?: number | null;
  bands?: EditBand[];
  decay?: { halfLifeDays: number | null } | null;
}
export interface EditTier {
  key: string;
  label?: string | null;
  minScore: number | null;
  strategy?: string | null;
}
export interface EditModel {
  factors: EditFactor[];
  tiers: EditTier[];
  focusTiers: string[];
  targetFocusShare?: number | null;
  shareTolerance?: number | null;
}

export type FactorField = 'key' | 'label' | 'weight' | 'class' | 'cap' | 'reference' | 'halfLifeDays';
export type OptionField = 'value' | 'label' | 'score';
export type BandField = 'min' | 'score' | 'label';
export type TierField = 'key' | 'label' | 'minScore' | 'strategy';

/** One change the editor makes. Indexes are positions in the model's lists. */
export type Edit =
  | { op: 'add-factor'; kind: FactorKind }
  | { op: 'remove-factor'; factor: number }
  | { op: 'move-factor'; factor: number; to: number }
  | { op: 'set-factor'; factor: number; field: FactorField; value: string | number | null }
  | { op: 'set-kind'; factor: number; kind: FactorKind }
  | { op: 'add-option'; factor: number }
  | { op: 'remove-option'; factor: number; option: number }
  | { op: 'move-option'; factor: number; option: number; to: number }
  | { op: 'set-option'; factor: number; option: number; field: OptionField; value: string | number | null }
  | { op: 'add-band'; factor: number }
  | { op: 'remove-band'; factor: number; band: number }
  | { op: 'set-band'; factor: number; band: number; field: BandField; value: string | number | null }
  | { op: 'add-tier' }
  | { op: 'remove-tier'; tier: number }
  | { op: 'move-tier'; tier: number; to: number }
  | { op: 'set-tier'; tier: number; field: TierField; value: string | number | null }
  | { op: 'set-focus'; tier: number; on: boolean }
  | { op: 'set-share'; field: 'targetFocusShare' | 'shareTolerance'; value: number | null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A model (any JSON) as an editable one: lists that are not lists read as empty, so a broken model can still be fixed. */
export function editable(m: unknown): EditModel {
  const o = isObject(m) ? m : {};
  return {
    ...o,
    factors: Array.isArray(o.factors) ? (o.factors as EditFactor[]) : [],
    tiers: Array.isArray(o.tiers) ? (o.tiers as EditTier[]) : [],
    focusTiers: Array.isArray(o.focusTiers) ? (o.focusTiers as string[]) : [],
  };
}

/** `base-1`, `base-2` …: the first that is not in `taken`. */
export function freshKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** `list` with the item at `from` moved to `to` (clamped to the list); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const t = Math.max(0, Math.min(list.length - 1, to));
  if (from === t || from < 0 || from >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(t, 0, item!);
  return out;
}

const replaceAt = <T>(list: readonly T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));
const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);

/** `o` with `field` set, or without it when `value` is empty (null or '') and the field is optional. */
function withField<T extends object>(o: T, field: string, value: unknown, optional: boolean): T {
  const out = { ...o } as Record<string, unknown>;
  if (optional && (value === null || value === '')) delete out[field];
  else out[field] = value;
  return out as T;
}

const newOption = (taken: readonly EditOption[]): EditOption => ({
  value: freshKey(
    'option',
    taken.map((o) => o.value),
  ),
  score: 0,
});

/** A new factor of a kind: one option (or one band from 0) scoring 0, weight 0, so nothing scores differently until weighted. */
function newFactor(kind: FactorKind, taken: readonly EditFactor[]): EditFactor {
  const key = freshKey(
    'factor',
    taken.map((f) => f.key),
  );
  return kind === 'bands'
    ? { key, kind, weight: 0, bands: [{ min: 0, score: 0 }] }
    : { key, kind, weight: 0, options: [newOption([])] };
}

/** A factor turned into another kind: options carry over between options and multi; bands start afresh. */
function withKind(f: EditFactor, kind: FactorKind): EditFactor {
  if (f.kind === kind) return f;
  const { options, bands: _b, cap: _c, reference: _r, ...rest } = f;
  if (kind === 'bands') return { ...rest, kind, bands: [{ min: 0, score: 0 }] };
  return { ...rest, kind, options: options?.length ? options : [newOption([])] };
}

function setFactorField(f: EditFactor, field: FactorField, value: string | number | null): EditFactor {
  switch (field) {
    case 'key':
      return { ...f, key: String(value ?? '') };
    case 'weight':
      return { ...f, weight: value as number | null };
    case 'halfLifeDays':
      return value === null || value === ''
        ? withField(f, 'decay', null, true)
        : { ...f, decay: { halfLifeDays: value as number } };
    default:
      return withField(f, field, value, true);
  }
}

/** A band added after the last one: same score, min one above (0 for the first). */
function newBand(bands: readonly EditBand[]): EditBand {
  const last = bands[bands.length - 1];
  return last ? { min: (last.min ?? 0) + 1, score: last.score ?? 0 } : { min: 0, score: 0 };
}

function onFactor(m: EditModel, i: number, change: (f: EditFactor) => EditFactor): EditModel {
  const f = m.factors[i];
  return f ? { ...m, factors: replaceAt(m.factors, i, change(f)) } : m;
}

/** Apply one edit; an index that names nothing leaves the model as it is. */
export function applyEdit(m: EditModel, e: Edit): EditModel {
  switch (e.op) {
    case 'add-factor':
      return { ...m, factors: [...m.factors, newFactor(e.kind, m.factors)] };
    case 'remove-factor':
      return { ...m, factors: removeAt(m.factors, e.factor) };
    case 'move-factor':
      return { ...m, factors: moveItem(m.factors, e.factor, e.to) };
    case 'set-factor':
      return onFactor(m, e.factor, (f) => setFactorField(f, e.field, e.value));
    case 'set-kind':
      return onFactor(m, e.factor, (f) => withKind(f, e.kind));
    case 'add-option':
      return onFactor(m, e.factor, (f) => ({ ...f, options: [...(f.options ?? []), newOption(f.options ?? [])] }));
    case 'remove-option':
      return onFactor(m, e.factor, (f) => ({ ...f, options: removeAt(f.options ?? [], e.option) }));
    case 'move-option':
      return onFactor(m, e.factor, (f) => ({ ...f, options: moveItem(f.options ?? [], e.option, e.to) }));
    case 'set-option':
      return onFactor(m, e.factor, (f) => {
        const o = f.options?.[e.option];
        if (!o) return f;
        const next = e.field === 'label' ? withField(o, 'label', e.value, true) : { ...o, [e.field]: e.value };
        return { ...f, options: replaceAt(f.options!, e.option, next) };
      });
    case 'add-band':
      return onFactor(m, e.factor, (f) => ({ ...f, bands: [...(f.bands ?? []), newBand(f.bands ?? [])] }));
    case 'remove-band':
      return onFactor(m, e.factor, (f) => ({ ...f, bands: removeAt(f.bands ?? [], e.band) }));
    case 'set-band':
      return onFactor(m, e.factor, (f) => {
        const b = f.bands?.[e.band];
        if (!b) return f;
        const next = e.field === 'label' ? withField(b, 'label', e.value, true) : { ...b, [e.field]: e.value };
        return { ...f, bands: replaceAt(f.bands!, e.band, next) };
      });
    case 'add-tier':
      return {
        ...m,
        tiers: [
          ...m.tiers,
          {
            key: freshKey(
              'tier',
              m.tiers.map((t) => t.key),
            ),
            minScore: 0,
          },
        ],
      };
    case 'remove-tier': {
      const t = m.tiers[e.tier];
      if (!t) return m;
      return { ...m, tiers: removeAt(m.tiers, e.tier), focusTiers: m.focusTiers.filter((k) => k !== t.key) };
    }
    case 'move-tier':
      return { ...m, tiers: moveItem(m.tiers, e.tier, e.to) };
    case 'set-tier': {
      const t = m.tiers[e.tier];
      if (!t) return m;
      if (e.field === 'key') {
        // A renamed tier stays a focus tier: focusTiers follows the key.
        const key = String(e.value ?? '');
        return {
          ...m,
          tiers: replaceAt(m.tiers, e.tier, { ...t, key }),
          focusTiers: m.focusTiers.map((k) => (k === t.key ? key : k)),
        };
      }
      const next =
        e.field === 'minScore' ? { ...t, minScore: e.value as number | null } : withField(t, e.field, e.value, true);
      return { ...m, tiers: replaceAt(m.tiers, e.tier, next) };
    }
    case 'set-focus': {
      const t = m.tiers[e.tier];
      if (!t || e.on === m.focusTiers.includes(t.key)) return m;
      const rest = m.focusTiers.filter((k) => k !== t.key);
      return { ...m, focusTiers: e.on ? [...rest, t.key] : rest };
    }
    case 'set-share':
      return withField(m, e.field, e.value, true);
  }
}

// ---- undo / redo ------------------------------------------------------------

export interface EditHistory {
  past: EditModel[];
  present: EditModel;
  future: EditModel[];
}

/** How many steps undo goes back. */
export const UNDO_LIMIT = 100;

export const startHistory = (m: EditModel): EditHistory => ({ past: [], present: m, future: [] });

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The history after a new model: undoable, and the redo list is dropped. An unchanged model is no step. */
export function record(h: EditHistory, next: EditModel): EditHistory {
  if (same(next, h.present)) return h;
  return { past: [...h.past, h.present].slice(-UNDO_LIMIT), present: next, future: [] };
}

/** The history after applying an edit to its present model. */
export const edit = (h: EditHistory, e: Edit): EditHistory => record(h, applyEdit(h.present, e));

export function undo(h: EditHistory): EditHistory {
  const prev = h.past[h.past.length - 1];
  return prev ? { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] } : h;
}

export function redo(h: EditHistory): EditHistory {
  const next = h.future[0];
  return next ? { past: [...h.past, h.present], present: next, future: h.future.slice(1) } : h;
}

// ---- where issues are shown -------------------------------------------------

const FACTOR_CELLS = [
  'key',
  'label',
  'kind',
  'weight',
  'class',
  'cap',
  'reference',
  'decay.halfLifeDays',
  'options',
  'bands',
];

/**
 * Every place of the editor an issue can be shown at, as model paths without `model.`: each field of
 * each factor, option, band and tier, each list, and '' (the editor as a whole).
 */
export function editorCells(m: EditModel): string[] {
  const cells = ['', 'factors', 'tiers', 'focusTiers', 'targetFocusShare', 'shareTolerance'];
  m.factors.forEach((f, i) => {
    cells.push(`factors.${i}`, ...FACTOR_CELLS.map((c) => `factors.${i}.${c}`));
    f.options?.forEach((_, j) =>
      cells.push(
        ...['value', 'label', 'score'].map((c) => `factors.${i}.options.${j}.${c}`),
        `factors.${i}.options.${j}`,
      ),
    );
    f.bands?.forEach((_, j) =>
      cells.push(...['min', 'score', 'label'].map((c) => `factors.${i}.bands.${j}.${c}`), `factors.${i}.bands.${j}`),
    );
  });
  m.tiers.forEach((_, t) =>
    cells.push(`tiers.${t}`, ...['key', 'label', 'minScore', 'strategy'].map((c) => `tiers.${t}.${c}`)),
  );
  return cells;
}

/**
 * The issues of a model's validation by the cell that shows each (a path the editor has no cell for
 * goes to its nearest enclosing cell, `factors.2.decay` to `factors.2`; at worst to '').
 */
export function issuesByCell(issues: readonly Issue[], cells: readonly string[], base = 'model'): Map<string, Issue[]> {
  const known = new Set(cells);
  const out = new Map<string, Issue[]>();
  for (const i of issues) {
    let p = i.path === base ? '' : i.path.startsWith(`${base}.`) ? i.path.slice(base.length + 1) : i.path;
    while (p && !known.has(p)) p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
    const list = out.get(p);
    if (list) list.push(i);
    else out.set(p, [i]);
  }
  return out;
}

/** A cell's element id in the editor (ids cannot hold the dots of a path). */
export const cellId = (cell: string): string => `ed-${cell.replace(/\./g, '-') || 'model'}`;
