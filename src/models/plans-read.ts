import type { InvalidRow } from '../schemas/issues.js';
import { checkRows } from '../validate/engine.js';
import { plan } from '../validate/plans.js';
import type { Plan } from './plans.js';

/** The valid plans of a list with their index, and the bad ones. */
export function readPlans(list: readonly unknown[]): { rows: { index: number; row: Plan }[]; invalid: InvalidRow[] } {
  return checkRows<Plan>(plan, list);
}
