/** English wording of the codes of the elements' own input checks (see en-base.ts). */
import type { IssueStrings } from '../../schemas/issue-codes.js';

export const EN_ELEMENTS = {
  card_data: () => 'expected an object: { "values": { … } } or the factor values themselves',
  card_values: () => 'expected an object of factor values',
  planner_data: () => 'expected an object: the model input',
  lead_flow_model: () => 'expected an object { "rules", "channelCosts", "tiering" }',
  attribute_json: (p) => `the ${p.attr} attribute is not valid JSON (${p.why})`,
} satisfies Partial<IssueStrings>;
