/**
 * The funnel model without its schema, for input a hand check vouches for:
 * the check accepts only what the schema accepts as it is (plain objects and
 * lists, finite numbers in range, unique keys, the cross-field rules), so the
 * result is forecastFunnel's. Any other input gets `undefined`: the element
 * then loads the validating model (src/models/funnel.ts, with zod), whose
 * issues name each bad field. Valid input never needs zod's bytes.
 */
import type { Funnel, FunnelRep } from '../schemas/funnel.js';
import { LIMITS } from '../schemas/limits.js';
import { computeFunnel, computeTeam, isTeamInput, type FunnelResult, type FunnelTeamResult } from './funnel-compute.js';

type Obj = Record<string, unknown>;

const plain = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const list = (v: unknown, min: number, max: number): v is unknown[] =>
  Array.isArray(v) && v.length >= min && v.length <= max;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonNegative = (v: unknown): boolean => num(v) && v >= 0;
const positive = (v: unknown): boolean => num(v) && v > 0;
const key = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const optional = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || v === null || ok(v);
const optText = (v: unknown): boolean => optional(v, (x) => typeof x === 'string');

/** Every item passes `ok` (a hole fails, as the schema reads it as undefined) and `keyOf` is unique. */
function items(xs: unknown[], ok: (x: Obj) => boolean, keys?: Set<string>): boolean {
  for (const x of xs) {
    if (!plain(x) || !ok(x)) return false;
    if (keys) {
      if (keys.has(x.key as string)) return false;
      keys.add(x.key as string);
    }
  }
  return true;
}

/** True when the funnel schema takes `f` as it is (the rep schema also with `id` and `name`). */
function isFunnel(f: unknown, rep: boolean): f is Funnel {
  if (!plain(f)) return false;
  if (rep && !(key(f.id) || num(f.id))) return false;
  if (rep && typeof f.name !== 'string') return false;
  const { stages, conversion, activities } = f;
  if (!nonNegative(f.target) || !optional(f.achieved, nonNegative) || !positive(f.acv)) return false;
  if (!optional(f.maxNewHighIntent, nonNegative) || !key(f.highIntentStage)) return false;
  const stageKeys = new Set<string>();
  if (!list(stages, 1, LIMITS.stages)) return false;
  if (!items(stages, (s) => key(s.key) && optText(s.label) && nonNegative(s.count), stageKeys)) return false;
  if (!list(conversion, stages.length, stages.length)) return false;
  for (const r of conversion) {
    if (!num(r) || r <= 0 || r > 1) return false;
  }
  const order = [...stageKeys];
  const h = order.indexOf(f.highIntentStage);
  if (h < 0) return false;
  if (activities === undefined || activities === null) return true;
  if (!list(activities, 0, LIMITS.activities)) return false;
  return items(
    activities,
    (a) => {
      const s = order.indexOf(a.stage as string);
      return (
        key(a.key) &&
        optText(a.label) &&
        key(a.stage) &&
        s >= 0 &&
        s <= h &&
        positive(a.yieldPerUnit) &&
        optional(a.capacity, nonNegative)
      );
    },
    new Set(),
  );
}

/**
 * forecastFunnel for input the hand check vouches for; `undefined` for any
 * other (let the validating model word what is wrong). A result that is not
 * finite still throws its ModelInputError, as the model does.
 */
export function forecastChecked(input: unknown): FunnelResult | FunnelTeamResult | undefined {
  if (!isTeamInput(input)) return isFunnel(input, false) ? computeFunnel(input) : undefined;
  const reps = (input as { reps: unknown }).reps;
  if (!plain(input) || !list(reps, 0, LIMITS.reps)) return undefined;
  const rows: { index: number; row: FunnelRep }[] = [];
  for (let index = 0; index < reps.length; index++) {
    const row = reps[index];
    if (!isFunnel(row, true)) return undefined;
    rows.push({ index, row: row as FunnelRep });
  }
  return computeTeam(rows, []);
}
