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
  mix_kind: () => 'must give either shares or counts of the activities (one of the two)',
  mix_activity: (p) =>
    `names the activity ${JSON.stringify(p.activity)}, which is not among the activities (${p.activities.join(', ')})`,
  mix_sum: (p) => `must add up to 1 (100 %), got ${p.sum}`,
  mix_no_activities: () => 'needs at least one activity to split the gap across',
  mix_team: () => "is a team: an activity mix plans one funnel (give one rep's funnel)",
} satisfies Partial<IssueStrings>;
