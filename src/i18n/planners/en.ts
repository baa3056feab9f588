/** English.
 * Strings every planner shares (funnel-forecast, sales-target-planner,
 * sales-org-designer, cs-capacity-planner). Kept short: funnel-forecast
 * carries them within a 30 KB budget. Each planner's own strings live in its
 * own module.
 */

export interface PlannerStrings {
  parameters: string;
  results: string;
  tune: string;
  scenarios: string;
  name: string;
  save: string;
  load: string;
  duplicate: string;
  remove: string;
  compareA: string;
  compareB: string;
  current: string;
  feasible: string;
  infeasible: string;
  /** The per-field (and per-list) action that drops the user's edits there. */
  revert: string;
  /** After the scenario badge: the parameters in force differ from it. */
  modified: string;
  undo: string;
  loaded: (name: string) => string;
  differ: (a: string, b: string) => string;
  /** A row of a list (a stage, a segment) only in scenario B, or only in A. */
  added: (what: string, name: string) => string;
  removed: (what: string, name: string) => string;
  same: string;
  add: string;
  drop: string;
}

export const PLANNER: PlannerStrings = {
  parameters: 'Parameters',
  results: 'Results',
  tune: 'What to tune next',
  scenarios: 'Scenarios',
  name: 'Scenario name',
  save: 'Save',
  load: 'Load',
  duplicate: 'Duplicate',
  remove: 'Delete',
  compareA: 'Compare A',
  compareB: 'with B',
  current: 'Current',
  feasible: 'Feasible',
  infeasible: 'Not feasible',
  revert: 'Revert to the page’s data',
  modified: 'modified',
  undo: 'Undo',
  loaded: (n) => `Loaded “${n}” over unsaved edits.`,
  differ: (a, b) => `Parameters that differ, ${a} → ${b}:`,
  added: (what, name) => `${what} “${name}” added`,
  removed: (what, name) => `${what} “${name}” removed`,
  same: 'none.',
  add: 'Add',
  drop: 'Remove',
};
