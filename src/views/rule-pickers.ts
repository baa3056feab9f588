/**
 * The opportunity rules editor without typed syntax (issues 12 and 14):
 * required fields and activities are chosen from lists of named choices
 * and edited as chips and counts, and the change-flag thresholds are
 * number fields with their scale. Pure: no DOM.
 */
import { CHANGE_THRESHOLD_KEYS, type ChangeThresholds } from '../models/opportunity-changes.js';

export interface Choice {
  key: string;
  label: string;
}

/**
 * The keys a picker offers: the named ones (in the words table's order),
 * then the other keys `used` (the rules' own, in code-unit order) labelled
 * by themselves — unless the host names them: `label` (the element's
 * `codeLabel` for the kind, docs/labels.md) gives each key the host's label,
 * else our name (`builtin`), else the key.
 */
export function choicesOf(
  names: Readonly<Record<string, string>>,
  used: Iterable<string>,
  label: KeyLabel = (key, builtin) => builtin ?? key,
): Choice[] {
  const out: Choice[] = Object.entries(names).map(([key, builtin]) => ({ key, label: label(key, builtin) }));
  const extra = new Set<string>();
  for (const k of used) if (k && !Object.hasOwn(names, k)) extra.add(k);
  for (const key of [...extra].sort()) out.push({ key, label: label(key) });
  return out;
}

/** A key's words: the host's label, else `builtin`, else the key. */
export type KeyLabel = (key: string, builtin?: string) => string;

interface StageLike {
  requiredFields?: readonly string[] | null | undefined;
  requiredActivities?: Readonly<Record<string, number>> | null | undefined;
}

/** Fields a stage may require: the named deal fields and every field some stage requires. */
export const fieldChoices = (
  stages: readonly StageLike[],
  names: Readonly<Record<string, string>>,
  label?: KeyLabel,
): Choice[] =>
  choicesOf(
    names,
    stages.flatMap((s) => s.requiredFields ?? []),
    label,
  );

/** Activity types a stage may require: the named ones and every type some stage requires. */
export const activityChoices = (
  stages: readonly StageLike[],
  names: Readonly<Record<string, string>>,
  label?: KeyLabel,
): Choice[] =>
  choicesOf(
    names,
    stages.flatMap((s) => Object.keys(s.requiredActivities ?? {})),
    label,
  );

/** The required fields with `key` added at the end (unchanged when already there). */
export const withField = (fields: readonly string[] | null | undefined, key: string): string[] =>
  fields?.includes(key) ? [...fields] : [...(fields ?? []), key];

/** The required fields without `key`. */
export const withoutField = (fields: readonly string[] | null | undefined, key: string): string[] =>
  (fields ?? []).filter((f) => f !== key);

/** The required activities with `type` required `count` times (added at the end when new). */
export const withActivity = (
  counts: Readonly<Record<string, number>> | null | undefined,
  type: string,
  count: number,
): Record<string, number> => ({ ...counts, [type]: count });

/** The required activities without `type`. */
export function withoutActivity(
  counts: Readonly<Record<string, number>> | null | undefined,
  type: string,
): Record<string, number> {
  const out: Record<string, number> = { ...counts };
  delete out[type];
  return out;
}

/** The choices not chosen yet (what an "add" picker lists). */
export const remaining = (choices: readonly Choice[], chosen: Iterable<string>): Choice[] => {
  const taken = new Set(chosen);
  return choices.filter((c) => !taken.has(c.key));
};

const SHARES: ReadonlySet<string> = new Set(['amountCutWarn', 'amountCutCritical']);

/** The change-flag thresholds as the editor shows them: shares as percentages, counts and days as whole numbers. */
export const CHANGE_THRESHOLD_FIELDS: readonly { key: keyof ChangeThresholds; scale: number; step: string }[] =
  CHANGE_THRESHOLD_KEYS.map((key) => ({ key, scale: SHARES.has(key) ? 100 : 1, step: SHARES.has(key) ? 'any' : '1' }));
