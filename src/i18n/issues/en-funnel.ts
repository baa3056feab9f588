/** English wording of the funnel model's own codes (see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_FUNNEL = {
  stage_rates: (p) => `must have one rate per stage (${p.stages}: stage i → i+1, the last → won), got ${p.got}`,
  unknown_stage: (p) =>
    `names the stage ${JSON.stringify(p.stage)}, which is not among the stages (${p.stages.join(', ')})`,
  after_high_intent: (p) =>
    `must be at or above the high-intent stage ${JSON.stringify(p.highIntent)} (got ${JSON.stringify(p.stage)}, which comes after it)`,
  reserved_stage: (p) =>
    `names the stage ${JSON.stringify(p.stage)}, which a stage history keeps for closed deals (won, lost): rename the stage`,
  left_before_start: () => 'must be on or after startedAt (the day the rep started)',
  opened_after_start: () => 'must be on or before startedAt (the role is opened before the rep starts)',
  team_total: (p) => `have results whose team total (${p.field}) is not a finite number; check for extreme values`,
} satisfies Partial<IssueStrings>;
