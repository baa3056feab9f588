/** English. Strings of sharing a headcount plan between the planners (docs/models.md §4 extras); loaded with that view. */
export interface PlanShareStrings {
  title: string;
  /** Where the plan in force comes from. */
  fromFile: (name: string) => string;
  fromProperty: string;
  fromElement: (id: string) => string;
  fromProvider: string;
  none: string;
  file: string;
  paste: string;
  usePasted: string;
  drop: string;
  used: (name: string) => string;
  unnamed: string;
}

export const PLAN_SHARE: PlanShareStrings = {
  title: 'Headcount plan',
  fromFile: (name) => `The plan in force: the imported file “${name}”`,
  fromProperty: 'The plan in force: the one the page gives',
  fromElement: (id) => `The plan in force: the sales target planner “${id}” on this page`,
  fromProvider: 'The plan in force: the sales target planner under the same provider',
  none: 'No plan yet: import a scenario file exported by the sales target planner, or paste it',
  file: 'Scenario file (JSON)',
  paste: 'Or paste the file’s text',
  usePasted: 'Use the pasted plan',
  drop: 'Stop using the imported plan',
  used: (name) => `Imported: ${name}`,
  unnamed: 'unnamed plan',
};
