/**
 * Rules a user tunes in a risk panel are kept as an overlay: only the values
 * the user changed, merged over the host's rules (the page's model, the
 * data's rules or the defaults) each time the panel assesses. A change the
 * host makes later to any other value still takes effect; one edit never
 * freezes the whole rule set.
 *
 * Pipeline overlay (opportunity alerts, docs/models.md §2):
 * `{ stages?, keyAccountMinAmount?, thresholds?, changes? }` where `stages` is either
 * an object keyed by stage key holding the changed fields of that stage, or
 * a whole list (rules imported as JSON), which replaces the host's stages.
 * A stage key the host's pipeline no longer has is dropped and reported.
 * Churn overlay (docs/models.md §5): the changed ChurnRules values.
 *
 * The merge does not validate: the model checks the merged rules and names
 * the bad value by its path (`rules.stages.1.standardDays`).
 * Pure: no DOM.
 */
import type { PipelineRules } from '../models/opportunities.js';
import type { ChurnRules } from '../models/churn.js';
import { isObject } from '../models/guards.js';

export interface Overlaid {
  /** The merged rules to give the model (not validated). */
  rules: unknown;
  /** Stage keys of the overlay the host's rules no longer have (their edits were not applied). */
  dropped: string[];
}

/** Whether an overlay changes nothing. */
export function isEmptyOverlay(overlay: unknown): boolean {
  return overlay === undefined || (isObject(overlay) && Object.keys(overlay).length === 0);
}

/** The pipeline rules in force: the host's resolved rules with the overlay on top. */
export function overlayPipelineRules(host: PipelineRules, overlay: unknown): Overlaid {
  if (overlay === undefined) return { rules: host, dropped: [] };
  // Not an object: hand it on so the model says what is wrong.
  if (!isObject(overlay)) return { rules: overlay, dropped: [] };
  const dropped: string[] = [];
  let stages: unknown = host.stages.map((s) => ({ ...s }));
  const o = overlay.stages;
  if (Array.isArray(o)) stages = o;
  else if (isObject(o)) {
    const list = stages as Record<string, unknown>[];
    for (const [key, patch] of Object.entries(o)) {
      const at = list.findIndex((s) => s.key === key);
      if (at < 0) dropped.push(key);
      else if (isObject(patch)) list[at] = { ...list[at], ...withoutNull(patch), key };
    }
  } else if (o != null) stages = o;
  const t = overlay.thresholds;
  const rules: Record<string, unknown> = {
    stages,
    keyAccountMinAmount: overlay.keyAccountMinAmount ?? host.keyAccountMinAmount,
    thresholds: isObject(t) ? { ...host.thresholds, ...withoutNull(t) } : (t ?? host.thresholds),
  };
  // The change-flag thresholds (issue 14) merge the same way; the key is there only when the host's
  // rules or the overlay have it, so rules without change flags stay the contract's.
  const ch = overlay.changes;
  const changes = isObject(ch) ? { ...host.changes, ...withoutNull(ch) } : (ch ?? host.changes);
  if (changes !== undefined) rules.changes = changes;
  return { rules, dropped };
}

/** The churn rules in force: the host's resolved rules with the overlay's values on top. */
export function overlayChurnRules(host: ChurnRules, overlay: unknown): Overlaid {
  if (overlay === undefined) return { rules: host, dropped: [] };
  if (!isObject(overlay)) return { rules: overlay, dropped: [] };
  return { rules: { ...host, ...withoutNull(overlay) }, dropped: [] };
}

/** A null value means "not changed" (as in the models, where null counts as absent). */
function withoutNull(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/**
 * A copy of the overlay with one value set at `path` (objects are created on
 * the way; a number in the path indexes an existing list).
 */
export function setInOverlay(
  overlay: unknown,
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const root: Record<string, unknown> = isObject(overlay) ? structuredClone(overlay) : {};
  let node: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const cur = (node as Record<string | number, unknown>)[k];
    const next = isObject(cur) || Array.isArray(cur) ? cur : {};
    (node as Record<string | number, unknown>)[k] = next;
    node = next as Record<string, unknown> | unknown[];
  }
  (node as Record<string | number, unknown>)[path[path.length - 1]!] = value;
  return root;
}

/** A copy of a pipeline overlay without the given stage keys (and without an empty `stages`). */
export function dropOverlayStages(overlay: unknown, keys: readonly string[]): unknown {
  if (!isObject(overlay) || !isObject(overlay.stages) || !keys.length) return overlay;
  const stages = { ...overlay.stages };
  for (const k of keys) delete stages[k];
  const out: Record<string, unknown> = { ...overlay, stages };
  if (!Object.keys(stages).length) delete out.stages;
  return out;
}
