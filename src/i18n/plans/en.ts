/** Strings of the plans people own and the playbook editor of the risk panels (issue 14), in English. */
import type { PlanStepStatus } from '../../models/plans.js';
import { counted } from '../plural.js';

export interface PlanStrings {
  plan: string;
  openPlan: string;
  openPlanHint: string;
  owner: string;
  due: string;
  stepStatus: Record<PlanStepStatus, string>;
  statusOf: (step: string) => string;
  planStatus: Record<'open' | 'closed', string>;
  review: string;
  reviewHint: string;
  close: string;
  reopen: string;
  overdue: (days: string) => string;
  progress: (done: number, total: number) => string;
  closedOn: (date: string) => string;
  plans: string;
  plansHint: (open: number, overdue: number) => string;
  noPlans: string;
  record: string;
  exportCsv: string;
  exportJson: string;
  keptHint: string;
  sessionHint: string;
  playbooks: string;
  playbooksHint: string;
  playbookTitle: string;
  stepText: (n: number) => string;
  signalWords: string;
  addStep: string;
  removeStep: (n: number) => string;
  moveUp: (n: number) => string;
  moveDown: (n: number) => string;
  resetPlaybook: string;
  edited: string;
  loading: string;
}

export const PLANS: PlanStrings = {
  plan: 'Plan',
  openPlan: 'Open a plan',
  openPlanHint: 'A plan takes the steps of the playbooks of this record’s signals; give it an owner and a due date.',
  owner: 'Owner',
  due: 'Due',
  stepStatus: { todo: 'To do', done: 'Done', skipped: 'Skipped' },
  statusOf: (s) => `Status of “${s}”`,
  planStatus: { open: 'Open', closed: 'Closed' },
  review: 'Review',
  reviewHint: 'What happened and what the team learned (复盘).',
  close: 'Close the plan',
  reopen: 'Reopen the plan',
  overdue: (d) => `Overdue by ${counted(d, 'day', 'days')}`,
  progress: (d, t) => `${d} of ${t} done`,
  closedOn: (d) => `Closed on ${d}`,
  plans: 'Plans',
  plansHint: (o, d) => `${counted(o, 'open plan', 'open plans')}, ${d} overdue. Overdue plans come first.`,
  noPlans: 'No plan yet: open one from a record.',
  record: 'Record',
  exportCsv: 'Export tasks (CSV)',
  exportJson: 'Export plans (JSON)',
  keptHint: 'Plans are kept in this browser.',
  sessionHint: 'Plans last until the page is reloaded.',
  playbooks: 'Playbooks',
  playbooksHint: 'The steps each plan starts from. Changes apply to plans opened after them.',
  playbookTitle: 'Title',
  stepText: (n) => `Step ${n}`,
  signalWords: 'the signal’s own words',
  addStep: 'Add a step',
  removeStep: (n) => `Remove step ${n}`,
  moveUp: (n) => `Move step ${n} up`,
  moveDown: (n) => `Move step ${n} down`,
  resetPlaybook: 'Back to the default',
  edited: 'edited',
  loading: 'Loading…',
};
