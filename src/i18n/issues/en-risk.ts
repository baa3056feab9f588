/** English wording of the opportunity and churn models' own codes (see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_RISK = {
  ratio_small: (p) =>
    `is too small: ${p.of === 'tickets' ? 'last30d / baseline30d' : 'days in stage / standardDays'} is not a finite number`,
  sum_at_risk: (p) => `have ${p.of === 'arr' ? 'arr values' : 'amounts'} whose sum at risk is not a finite number`,
  idle_limit: (p) =>
    `gives stage ${JSON.stringify(p.stage)} an idle limit maxIdleDays × idleCriticalFactor that is not a finite number; use a smaller factor`,
  pipeline_stage: (p) => `must be one of the pipeline stages ${p.stages.join(', ')} (got ${JSON.stringify(p.got)})`,
} satisfies Partial<IssueStrings>;
