/**
 * Playbooks people edit and plans people own in the risk panels (issue 14
 * part 4; docs/models.md "§2 and §5 extras: plans people own"): the
 * default playbooks of each panel, the user's edits on top of them, a
 * record's plan opened from the playbooks of its signals or causes, the
 * saved plans as a list, and the rows of the plan exports.
 * Pure: no DOM.
 */
import { openPlan, planFigures, planTasks, type Plan, type PlanFigures, type PlanTask } from '../models/plans.js';
import { dayNumber } from '../models/math.js';
import type { Cell } from '../parse/csv.js';

export interface PlaybookStep {
  key: string;
  /** The words of the step; '' in a default opportunity playbook: the signal's own words (with its numbers). */
  text: string;
}
export interface Playbook {
  key: string;
  title: string;
  steps: PlaybookStep[];
}
/** The user's playbooks by key: a title and the whole list of steps, each replacing the default's. */
export type PlaybookEdits = Readonly<Record<string, { title?: string; steps?: readonly PlaybookStep[] }>>;

export { OPPORTUNITY_PLAN, CHURN_PLAN } from './plan-kinds.js';

/** Default playbooks from a table of titles and step texts (the churn panel's actions); steps keyed s1, s2, … */
export function playbooksOf(table: Readonly<Record<string, { title: string; steps: readonly string[] }>>): Playbook[] {
  return Object.entries(table).map(([key, p]) => ({
    key,
    title: p.title,
    steps: p.steps.map((text, i) => ({ key: `s${i + 1}`, text })),
  }));
}

/** One playbook per signal code, titled by the signal, with one step in the signal's own words (''). */
export const signalPlaybooks = (names: Readonly<Record<string, string>>): Playbook[] =>
  Object.entries(names).map(([key, title]) => ({ key, title, steps: [{ key: 's1', text: '' }] }));

/** The playbooks in force: the defaults with the user's edits (an edit of an unknown key is ignored). */
export function resolvePlaybooks(defaults: readonly Playbook[], edits: PlaybookEdits | undefined): Playbook[] {
  if (!edits) return defaults.slice();
  return defaults.map((p) => {
    const e = Object.hasOwn(edits, p.key) ? edits[p.key] : undefined;
    if (!e) return p;
    return { key: p.key, title: e.title ?? p.title, steps: e.steps ? e.steps.map((s) => ({ ...s })) : p.steps };
  });
}

/** A step key not used by `steps`: s<n> with n one more than the largest in use. */
export function nextStepKey(steps: readonly PlaybookStep[]): string {
  let max = 0;
  for (const s of steps) {
    const m = /^s(\d+)$/.exec(s.key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `s${max + 1}`;
}

export type PlaybookEdit =
  | { type: 'title'; text: string }
  | { type: 'text'; step: string; text: string }
  | { type: 'add'; text?: string }
  | { type: 'remove'; step: string }
  | { type: 'move'; step: string; by: -1 | 1 }
  | { type: 'reset' };

/**
 * The user's edits after one edit of playbook `key` (of `defaults`): the
 * playbook's title and steps as they then are (a reset drops the entry).
 * A blank title is the default title; the last step cannot be removed.
 */
export function editPlaybook(
  edits: PlaybookEdits,
  defaults: readonly Playbook[],
  key: string,
  edit: PlaybookEdit,
): PlaybookEdits {
  const base = defaults.find((p) => p.key === key);
  if (!base) return edits;
  const next: Record<string, { title?: string; steps?: readonly PlaybookStep[] }> = { ...edits };
  if (edit.type === 'reset') {
    delete next[key];
    return next;
  }
  const cur = resolvePlaybooks([base], edits)[0]!;
  let { title } = cur;
  let steps = cur.steps.slice();
  const at = 'step' in edit ? steps.findIndex((s) => s.key === edit.step) : -1;
  switch (edit.type) {
    case 'title':
      title = edit.text.trim() ? edit.text : base.title;
      break;
    case 'text':
      if (at < 0) return edits;
      steps[at] = { ...steps[at]!, text: edit.text };
      break;
    case 'add':
      steps.push({ key: nextStepKey(steps), text: edit.text ?? '' });
      break;
    case 'remove':
      if (at < 0 || steps.length === 1) return edits;
      steps = steps.filter((_, i) => i !== at);
      break;
    case 'move': {
      const to = at + edit.by;
      if (at < 0 || to < 0 || to >= steps.length) return edits;
      [steps[at], steps[to]] = [steps[to]!, steps[at]!];
      break;
    }
  }
  next[key] = { title, steps };
  return next;
}

/** Whether a playbook differs from its default. */
export const isEdited = (edits: PlaybookEdits | undefined, key: string): boolean =>
  !!edits && Object.hasOwn(edits, key);

/**
 * The steps of a record's plan: for each code (the row's signal codes or
 * its actions, in the row's order) the steps of its playbook, keyed
 * `<code>.<step key>`; a step with no text takes `wordsOf(code)` (the
 * signal's own words with its numbers). Codes without a playbook give no step.
 */
export function planStepsFor(
  codes: readonly string[],
  playbooks: readonly Playbook[],
  wordsOf: (code: string) => string,
): PlaybookStep[] {
  const byKey = new Map(playbooks.map((p) => [p.key, p]));
  const out: PlaybookStep[] = [];
  for (const code of codes) {
    const p = byKey.get(code);
    if (!p) continue;
    for (const s of p.steps) out.push({ key: `${code}.${s.key}`, text: s.text.trim() ? s.text : wordsOf(code) });
  }
  return out;
}

/** A plan opened on a record from the playbooks of its codes. */
export const openRecordPlan = (
  record: string,
  playbook: string,
  codes: readonly string[],
  playbooks: readonly Playbook[],
  wordsOf: (code: string) => string,
  at: string,
): Plan => openPlan(record, { key: playbook, steps: planStepsFor(codes, playbooks, wordsOf) }, at);

/** Saved plans by row key. */
export type SavedPlans = Readonly<Record<string, Plan>>;

/** A plan with its figures as of a day, and its row key. */
export interface PlanListRow extends PlanFigures {
  rowKey: string;
  plan: Plan;
}

/**
 * The saved plans as a list: overdue first (most days first), then open
 * by due date (none last), then closed; ties by row key (code units).
 */
export function planList(plans: SavedPlans, asOf: string): PlanListRow[] {
  const day = dayNumber(asOf);
  const rows = Object.entries(plans).map(([rowKey, plan]) => ({ rowKey, plan, ...planFigures(plan, day) }));
  const dueOf = (r: PlanListRow) => (r.plan.due ? dayNumber(r.plan.due) : Infinity);
  const group = (r: PlanListRow) => (r.overdue ? 0 : r.plan.status === 'open' ? 1 : 2);
  return rows.sort(
    (a, b) =>
      group(a) - group(b) ||
      (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
      dueOf(a) - dueOf(b) ||
      (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0),
  );
}

/** The CSV columns of the tasks export (one row per step; data keys as headers). */
export const PLAN_TASK_COLUMNS: readonly (keyof PlanTask)[] = [
  'record',
  'playbook',
  'step',
  'text',
  'stepStatus',
  'owner',
  'due',
  'planStatus',
  'overdue',
  'review',
];

/** The tasks export of the saved plans in list order (for toCsv): one row per step. */
export function planTaskTable(plans: SavedPlans, asOf: string): { header: string[]; cells: Cell[][] } {
  const tasks = planTasks(
    planList(plans, asOf).map((r) => r.plan),
    asOf,
  );
  return { header: [...PLAN_TASK_COLUMNS], cells: tasks.map((t) => PLAN_TASK_COLUMNS.map((c) => t[c])) };
}

/** The JSON export: `{ asOf, plans }`, each plan as saved plus its figures, in list order. */
export const planJson = (plans: SavedPlans, asOf: string) => ({
  asOf,
  plans: planList(plans, asOf).map(({ plan, done, skipped, total, overdue, daysOverdue }) => ({
    ...plan,
    done,
    skipped,
    total,
    overdue,
    daysOverdue,
  })),
});
