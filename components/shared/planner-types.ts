/** What a planner's parts share: its fields, key figures, scenarios, saved state and parts loaded on demand. */
import type { Kind } from './planner-input.js';

/** One labelled parameter input. */
export interface Field {
  /** Dot path in the model input: `target`, `conversion.2`, `reps.0.acv`. */
  path: string;
  label: string;
  unit?: string;
  hint?: string;
  kind?: Kind;
  /** Slider bounds in display units (% for pct); no slider without them. */
  slider?: [min: number, max: number, step: number];
  /** Empty means absent (null) rather than missing. */
  optional?: boolean;
  /** Inside a table cell: the label is for screen readers only. */
  bare?: boolean;
}

/** A key figure: shown in the results header and compared between scenarios (matched by key). */
export interface Figure {
  key: string;
  label: string;
  value: number | null;
  kind: Kind | 'x';
  text?: string;
}

export interface Scenario {
  name: string;
  input: Record<string, unknown>;
  /** ISO time it was saved. */
  at: string;
}

/** What a planner saves under its storage-key. */
export interface PlannerSaved {
  v: 1;
  /** The user's edits by dot path (`target`, `stages.2.count`, or a whole list after adding a row), invalid text included. */
  edits: Record<string, unknown>;
  scenarios: Scenario[];
  active?: string;
}

/** Where a planner keeps a part loaded on demand (see `lazyPart`). */
export interface LazySlot<V> {
  view?: V;
  loading?: boolean;
  /** Its module could not be loaded (not tried again). */
  failed?: boolean;
}
