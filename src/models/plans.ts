/**
 * Model 2 and 5 extras (issue 14, seed 000's response plan and review 复盘,
 * Gainsight's CTA): a playbook opened on a record as a plan with an owner,
 * a due date, a status per step and a review note. The transitions, the
 * overdue reading and the tasks exported for the CRM. Spec: docs/models.md
 * "§2 and §5 extras: plans people own". Pure: dates come in, no clock.
 */
import type { PLAN_STEP_STATUSES } from '../schemas/plan-statuses.js';
import type { InvalidRow } from '../schemas/issues.js';
import { check } from '../validate/engine.js';
import { reviewPlansInput, type PlansEnvelope } from '../validate/plans.js';
import { readPlans } from './plans-read.js';
import { dayNumber } from './math.js';

export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];
export interface PlanStep {
  key: string;
  text: string;
  status: PlanStepStatus;
}
export interface Plan {
  /** The record's id: an opportunity's or an account's. */
  record: string;
  /** The playbook's key. */
  playbook: string;
  owner?: string | null;
  due?: string | null;
  status: 'open' | 'closed';
  steps: PlanStep[];
  /** The review note (复盘). */
  review?: string | null;
  openedAt: string;
  closedAt?: string | null;
}

/** What a plan is opened from: a playbook's steps (key and text). */
export interface PlaybookSteps {
  key: string;
  steps: readonly { key: string; text: string }[];
}

export type PlanAction =
  | { type: 'assign'; owner: string | null }
  | { type: 'due'; due: string | null }
  | { type: 'step'; key: string; status: PlanStepStatus }
  | { type: 'review'; text: string | null }
  | { type: 'close'; at: string }
  | { type: 'reopen' };

/** A playbook opened on a record on day `at`: every step to do, no owner, no due date. */
export function openPlan(record: string, playbook: PlaybookSteps, at: string): Plan {
  return {
    record,
    playbook: playbook.key,
    owner: null,
    due: null,
    status: 'open',
    steps: playbook.steps.map((s) => ({ key: s.key, text: s.text, status: 'todo' })),
    review: null,
    openedAt: at,
    closedAt: null,
  };
}

/**
 * The plan after one action (a new object; the same plan when the action
 * changes nothing it may change). A closed plan takes only `review` and
 * `reopen`; a `step` with a key the plan lacks changes nothing.
 */
export function planAction(plan: Plan, action: PlanAction): Plan {
  if (plan.status === 'closed' && action.type !== 'review' && action.type !== 'reopen') return plan;
  switch (action.type) {
    case 'assign': {
      const owner = action.owner?.trim() ? action.owner.trim() : null;
      return owner === (plan.owner ?? null) ? plan : { ...plan, owner };
    }
    case 'due':
      return { ...plan, due: action.due || null };
    case 'step': {
      const i = plan.steps.findIndex((s) => s.key === action.key);
      if (i < 0 || plan.steps[i]!.status === action.status) return plan;
      const steps = plan.steps.slice();
      steps[i] = { ...steps[i]!, status: action.status };
      return { ...plan, steps };
    }
    case 'review':
      return { ...plan, review: action.text?.trim() ? action.text : null };
    case 'close': {
      const closedAt = dayNumber(action.at) < dayNumber(plan.openedAt) ? plan.openedAt : action.at;
      return { ...plan, status: 'closed', closedAt };
    }
    case 'reopen':
      return plan.status === 'open' ? plan : { ...plan, status: 'open', closedAt: null };
  }
}

/** A plan's figures as of a day. */
export interface PlanFigures {
  done: number;
  skipped: number;
  total: number;
  /** Open, with a due date before asOf (due today is not overdue). */
  overdue: boolean;
  /** days(due, asOf) for an overdue plan, else null. */
  daysOverdue: number | null;
}

export function planFigures(plan: Plan, asOfDay: number): PlanFigures {
  let done = 0;
  let skipped = 0;
  for (const s of plan.steps)
    if (s.status === 'done') done++;
    else if (s.status === 'skipped') skipped++;
  const late = plan.status === 'open' && plan.due ? asOfDay - dayNumber(plan.due) : 0;
  return { done, skipped, total: plan.steps.length, overdue: late > 0, daysOverdue: late > 0 ? late : null };
}

export interface PlanRow extends PlanFigures {
  record: string;
  playbook: string;
  owner: string | null;
  due: string | null;
  status: 'open' | 'closed';
}
export interface PlansReview {
  plans: PlanRow[];
  summary: { open: number; closed: number; overdue: number };
  invalid: InvalidRow[];
}

// In a file of its own: a risk panel reads its saved plans with it before its first rows, the rest loads later.
export { readPlans };

/** Each plan's progress and whether it is overdue (docs/models.md "plans people own"). */
export function reviewPlans(input: unknown): PlansReview {
  const env = check<PlansEnvelope>(reviewPlansInput, input);
  const asOfDay = dayNumber(env.asOf);
  const { rows, invalid } = readPlans(env.plans);
  const summary = { open: 0, closed: 0, overdue: 0 };
  const plans = rows.map(({ row: p }) => {
    const fig = planFigures(p, asOfDay);
    summary[p.status]++;
    if (fig.overdue) summary.overdue++;
    return {
      record: p.record,
      playbook: p.playbook,
      owner: p.owner ?? null,
      due: p.due ?? null,
      status: p.status,
      ...fig,
    };
  });
  return { plans, summary, invalid };
}

/** One task for the CRM: a step of a plan. */
export interface PlanTask {
  record: string;
  playbook: string;
  step: string;
  text: string;
  stepStatus: PlanStepStatus;
  owner: string | null;
  due: string | null;
  planStatus: 'open' | 'closed';
  overdue: boolean;
  review: string | null;
}

/** One row per step of each plan, plans in list order, steps in plan order. */
export function planTasks(plans: readonly Plan[], asOf: string): PlanTask[] {
  const asOfDay = dayNumber(asOf);
  const out: PlanTask[] = [];
  for (const p of plans) {
    const { overdue } = planFigures(p, asOfDay);
    for (const s of p.steps)
      out.push({
        record: p.record,
        playbook: p.playbook,
        step: s.key,
        text: s.text,
        stepStatus: s.status,
        owner: p.owner ?? null,
        due: p.due ?? null,
        planStatus: p.status,
        overdue,
        review: p.review ?? null,
      });
  }
  return out;
}
