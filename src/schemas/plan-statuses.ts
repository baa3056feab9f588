/** The statuses of a plan and of its steps (docs/models.md "plans people own"), apart from the schemas: no zod for the views. */
export const PLAN_STEP_STATUSES = ['todo', 'done', 'skipped'] as const;
export const PLAN_STATUSES = ['open', 'closed'] as const;
